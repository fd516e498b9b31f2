/**
 * SURPLUS_LOW, SURPLUS_HIGH, SURPLUS_PREPARED (190-QĐ/TW Điều 14 khoản 1; regulations.md §3.4) and
 * FLOOR_NOMINEE_UNAPPROVED (Điều 14 khoản 3; §3.3).
 */
import type { Problem } from '../findings/finding';
import { personName } from '../text/normalize';
import type { ElectionDef } from '../model/election';
import { cite } from './citations';
import { COMMITTEE_OFFICES, type ListContext, listLabel, seatsCell, SURPLUS_OFFICES } from './context';
import { formatSurplusPercent, judgeCommitteeSurplus, judgePreparedSurplus, type SurplusRounding } from './surplus';
import { FLOOR_SOURCES } from '../model/person';
import { finding } from '../findings/finding';

/**
 * Surplus of the committee and standing-committee lists. Only round 1: the list of a later round
 * holds those left from the earlier one, and the congress decides on it (regulations.md §5.5).
 */
export function surplusFindings(ctx: ListContext): Problem[] {
  const rounding = ctx.input.congress.settings.surplusRounding;
  const out: Problem[] = [];
  for (const e of ctx.input.elections) {
    if (!SURPLUS_OFFICES.includes(e.office) || e.previousId !== null || e.seats <= 0 || e.candidates.length === 0)
      continue;
    const c = e.candidates.length;
    const s = e.seats;
    const j = judgeCommitteeSurplus(c, s, rounding);
    const base = {
      list: listLabel(e),
      candidates: c,
      seats: s,
      surplus: j.surplus,
      percent: formatSurplusPercent(c, s),
      rounding,
    };
    const rule = j.small ? cite.smallBodySurplus(ctx.ruleSet) : cite.surplus(ctx.ruleSet);
    if (j.verdict === 'low') {
      out.push(
        finding('error', 'SURPLUS_LOW', j.small ? 'LIST_SURPLUS_SMALL_LOW' : 'LIST_SURPLUS_LOW', seatsCell(e), rule, {
          ...base,
          expected: s + 1,
        }),
      );
    } else if (j.verdict === 'high') {
      const floor = e.candidates.some((n) => {
        const source = ctx.person(n)?.source;
        return source !== undefined && source !== null && FLOOR_SOURCES.includes(source);
      });
      const key = j.small ? 'LIST_SURPLUS_SMALL_HIGH' : floor ? 'LIST_SURPLUS_HIGH_FLOOR' : 'LIST_SURPLUS_HIGH';
      out.push(finding('error', 'SURPLUS_HIGH', key, seatsCell(e), rule, { ...base, max: j.max, expected: s + 1 }));
    }
    if (!j.small) out.push(...preparedFinding(ctx, e, rounding));
  }
  return out;
}

/** The convening committee's own nominees (`Nguồn` = `Cấp ủy giới thiệu`): 10–15% surplus, a warning. */
function preparedFinding(ctx: ListContext, e: ElectionDef, rounding: SurplusRounding): Problem[] {
  const sources = e.candidates.map((n) => ctx.person(n)?.source ?? null);
  if (sources.every((s) => s === null)) return [];
  const prepared = sources.filter((s) => s === 'Cấp ủy giới thiệu').length;
  const j = judgePreparedSurplus(prepared, e.seats, rounding);
  // Under 7 seats no whole number lies between 10% and 15% when compared exactly: no finding.
  if (j.min > j.max || j.verdict === 'ok') return [];
  return [
    finding('warning', 'SURPLUS_PREPARED', 'LIST_SURPLUS_PREPARED', seatsCell(e), cite.surplus(ctx.ruleSet), {
      list: listLabel(e),
      prepared,
      seats: e.seats,
      surplus: j.surplus,
      percent: formatSurplusPercent(prepared, e.seats),
      min: j.min,
      max: j.max,
      rounding,
    }),
  ];
}

/**
 * A nominee from the floor (`Đại hội đề cử`, `Ứng cử`) on a list must have passed the opinion
 * ballot that feeds it (`10 × approvals > 3 × A`, decided by the tally). Not judged while that
 * ballot is not counted.
 */
export function floorNomineeFindings(ctx: ListContext): Problem[] {
  const out: Problem[] = [];
  for (const target of ctx.input.elections) {
    if (target.office === 'Xin ý kiến') continue;
    const opinions = ctx.input.elections.filter(
      (o) => o.office === 'Xin ý kiến' && o.feeds !== null && o.feeds.toUpperCase() === target.id.toUpperCase(),
    );
    target.candidates.forEach((name, i) => {
      const source = ctx.person(name)?.source ?? null;
      if (source === null || !FLOOR_SOURCES.includes(source)) return;
      const cell = target.candidateCells[i];
      const base = { name, source, list: listLabel(target) };
      const rule = cite.floorNominee(ctx.ruleSet);
      if (opinions.length === 0) {
        // The opinion ballot is mandatory for the committee elected by the congress (HD 04 on
        // Điều 17 khoản 4); for other lists the presidium decides whether to hold one.
        const severity = COMMITTEE_OFFICES.includes(target.office) ? 'error' : 'warning';
        out.push(finding(severity, 'FLOOR_NOMINEE_UNAPPROVED', 'FLOOR_NOMINEE_NO_OPINION', cell, rule, base));
        return;
      }
      const key = personName(name);
      const opinion = opinions.find((o) => o.candidates.some((c) => personName(c) === key));
      if (!opinion) {
        out.push(
          finding('error', 'FLOOR_NOMINEE_UNAPPROVED', 'FLOOR_NOMINEE_NOT_ASKED', cell, rule, {
            ...base,
            opinion: listLabel(opinions[0]),
          }),
        );
        return;
      }
      const result = ctx.result(opinion.id);
      if (!result || result.status === 'zero' || result.status === 'blocked') return;
      if (result.elected.some((n) => personName(n) === key)) return;
      const votes = result.candidates.find((c) => personName(c.name) === key)?.votes ?? 0;
      out.push(
        finding('error', 'FLOOR_NOMINEE_UNAPPROVED', 'FLOOR_NOMINEE_UNAPPROVED', cell, rule, {
          ...base,
          opinion: listLabel(opinion),
          approvals: votes,
          base: result.denominator,
        }),
      );
    });
  }
  return out;
}
