/**
 * BALLOT_ORDER (regulations.md §3.6, anchors.md §5.2): A-B-C by given name (or `Tên gọi`), then
 * family name, then middle names, then the earlier birth date; a `(yyyy)` suffix is ignored for
 * sorting but stands for the birth year when `Nhân sự` has no date. A warning that shows the
 * expected order.
 */
import type { Problem } from '../findings/finding';
import { ballotOrder, type BallotSortInput, stripYearSuffix } from '../text/collate';
import { dayNumber } from '../text/format';
import { cite } from './citations';
import { type ListContext, listLabel } from './context';
import { finding } from '../findings/finding';

export function orderFindings(ctx: ListContext): Problem[] {
  const out: Problem[] = [];
  for (const e of ctx.input.elections) {
    // A trust ballot lists the people rated by their positions, not A-B-C (QĐ 96 Phụ lục 4).
    if (e.candidates.length < 2 || e.office === 'Lấy phiếu tín nhiệm') continue;
    const items = e.candidates.map((name, index): BallotSortInput & { index: number } => {
      const person = ctx.person(name);
      const year = stripYearSuffix(name).year;
      const birthDay = person?.birth
        ? dayNumber(person.birth.date)
        : year !== null
          ? dayNumber({ year, month: 1, day: 1 })
          : null;
      return { name, givenName: person?.givenName ?? null, birthDay, index };
    });
    const expected = ballotOrder(items);
    const firstWrong = expected.findIndex((item, position) => item.index !== position);
    if (firstWrong < 0) continue;
    const listing = expected.map((item, position) => `${position + 1}. ${item.name}`).join('; ');
    out.push(
      finding('warning', 'BALLOT_ORDER', 'BALLOT_ORDER', e.candidateCells[firstWrong], cite.ballotOrder(), {
        list: listLabel(e),
        expected: listing,
      }),
    );
  }
  return out;
}
