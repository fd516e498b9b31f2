/**
 * ALTERNATE_NOT_FROM_LIST (QC190 Điều 18; WORKBOOK.md "Alternates"): under 190-QĐ/TW a name on an
 * alternates' list must be on the official delegates' list of the same congress and not elected
 * there. An error at the name's header cell; the tally blocks that election with a check.
 */
import { finding, type Problem } from '../findings/finding';
import { alternateListFaults, alternatesFromOfficialList } from '../rules/alternates';
import { cite } from './citations';
import { type ListContext, listLabel } from './context';

export function alternateListFindings(ctx: ListContext): Problem[] {
  const { congress, elections } = ctx.input;
  if (!alternatesFromOfficialList(congress.ruleSet)) return [];
  const officials = elections.filter((e) => e.office === 'Đại biểu chính thức');
  const elected = officials.flatMap((e) => ctx.result(e.id)?.elected ?? []);
  const official = officials.map(listLabel).join(', ') || '—';
  const out: Problem[] = [];
  for (const e of elections.filter((x) => x.office === 'Đại biểu dự khuyết')) {
    for (const fault of alternateListFaults(e, elections, elected)) {
      out.push(
        finding(
          'error',
          'ALTERNATE_NOT_FROM_LIST',
          fault.reason === 'notOnOfficialList' ? 'ALTERNATE_NOT_ON_OFFICIAL_LIST' : 'ALTERNATE_ELECTED_OFFICIAL',
          e.candidateCells[fault.index],
          cite.alternates(congress.ruleSet),
          { name: fault.name, list: listLabel(e), official },
        ),
      );
    }
  }
  return out;
}
