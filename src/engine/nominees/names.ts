/**
 * DUPLICATE_NAME, NEAR_DUPLICATE_NAME and NOT_IN_NHAN_SU (WORKBOOK.md "Person names match
 * exactly": NFC, trimmed, spaces collapsed; accents and case matter).
 */
import type { Problem } from '../findings/finding';
import { labelKey, personName } from '../text/normalize';
import { cite } from './citations';
import { type ListContext, listLabel } from './context';
import { finding } from '../findings/finding';

export function nameFindings(ctx: ListContext): Problem[] {
  const out: Problem[] = [];
  for (const e of ctx.input.elections) {
    const exact = new Map<string, number>();
    const near = new Map<string, number>();
    e.candidates.forEach((raw, i) => {
      const name = personName(raw);
      const cell = e.candidateCells[i];
      const first = exact.get(name);
      if (first !== undefined) {
        out.push(
          finding('error', 'DUPLICATE_NAME', 'DUPLICATE_NAME', cell, cite.ballotList(ctx.ruleSet), {
            name,
            list: listLabel(e),
            otherCell: e.candidateCells[first] ?? '',
          }),
        );
        return;
      }
      exact.set(name, i);
      const key = labelKey(name);
      const other = near.get(key);
      if (other !== undefined) {
        out.push(
          finding('warning', 'NEAR_DUPLICATE_NAME', 'NEAR_DUPLICATE_NAME', cell, cite.ballotList(ctx.ruleSet), {
            value: name,
            other: personName(e.candidates[other]),
            otherCell: e.candidateCells[other] ?? '',
          }),
        );
      } else near.set(key, i);
    });
  }
  if (ctx.input.people === null) {
    const anyList = ctx.input.elections.some((e) => e.candidates.length > 0);
    return anyList ? [...out, finding('warning', 'MISSING_SHEET', 'NO_NHAN_SU', undefined, cite.summaryList())] : out;
  }
  const reported = new Set<string>();
  for (const e of ctx.input.elections) {
    e.candidates.forEach((raw, i) => {
      const name = personName(raw);
      if (reported.has(name) || ctx.person(name)) return;
      reported.add(name);
      const close = ctx.peopleByKey.get(labelKey(name));
      const params = { name, list: listLabel(e), near: close?.name ?? '', otherCell: close?.cells.name ?? '' };
      out.push(
        finding(
          'warning',
          'NOT_IN_NHAN_SU',
          close ? 'NOT_IN_NHAN_SU_NEAR' : 'NOT_IN_NHAN_SU',
          e.candidateCells[i],
          cite.summaryList(),
          params,
        ),
      );
    });
  }
  return out;
}
