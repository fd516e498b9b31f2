import { resultsSheetPlan, RESULT_LABELS, TABLE_HEADERS } from '../../src/workbook/render/results';
import { tallyElections } from '../../src/engine/tally/tally';
import { ballots, congress, election, people } from '../engine/fixtures';
import type { PlanValue, SheetPlan } from '../../src/workbook/sheetPlan';

const columnA = (plan: SheetPlan) => plan.values.map((row) => row[0]);
const rowOf = (plan: SheetPlan, label: PlanValue) => plan.values.findIndex((row) => row[0] === label);

function tally(def: ReturnType<typeof election>, n = 10) {
  const { results } = tallyElections({ congress: congress(), roll: people(n, 'Chính thức'), elections: [def] });
  return resultsSheetPlan(def, results[0]);
}

describe('Kết quả <Mã>', () => {
  test('the fixed labels in column A, in the contract order, with their figures', () => {
    const def = election({
      candidates: ['A', 'B', 'C'],
      seats: 2,
      issued: 10,
      ballots: ballots(['..x', '..x', '.x.', '...', 'xxx', '..x']),
    });
    const plan = tally(def);
    expect(plan.name).toBe('Kết quả T');
    const labels = Object.values(RESULT_LABELS);
    const rows = labels.map((l) => rowOf(plan, l));
    expect(rows.every((r) => r > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    const value = (label: string) => plan.values[rowOf(plan, label)][1];
    expect(value('Số phiếu phát ra')).toBe(10);
    expect(value('Số phiếu thu vào')).toBe(6);
    expect(value('Số phiếu hợp lệ')).toBe(4);
    expect(value('Số phiếu không hợp lệ')).toBe(2);
    expect(value('Cơ sở tính (D)')).toBe(10);
    expect(value('Số phiếu cần đạt')).toBe(6);
    expect(value('Trạng thái')).toBe('Bầu chưa đủ');
    expect(columnA(plan)).toContain('Bầu quá số lượng cần bầu');
    const head = plan.values.findIndex((row) => row[0] === 'STT' && row[1] === 'Họ và tên');
    expect(plan.values[head]).toEqual(TABLE_HEADERS);
    expect(plan.values[head + 1]).toEqual([1, 'A', 4, 0.4, 1, 1, '']);
  });

  test('a blocked election says so and elects nobody; a zero report shows the base', () => {
    const blocked = tally(
      election({ candidates: ['A', 'B'], seats: 1, issued: 2, ballots: ballots(['.x', '.x', '.x']) }),
    );
    expect(blocked.values[rowOf(blocked, 'Trạng thái')][1]).toBe('Chưa công bố');
    expect(blocked.values.some((r) => r[3] === 'KHÔNG ĐẠT')).toBe(true);
    const zero = tally(election({ candidates: ['A', 'B'], seats: 1, issued: 9 }), 11);
    expect(zero.values[rowOf(zero, 'Trạng thái')][1]).toBe('Báo cáo số 0');
    expect(zero.values[rowOf(zero, 'Cơ sở tính (D)')][1]).toBe(11);
    expect(zero.values[rowOf(zero, 'Số phiếu cần đạt')][1]).toBe(6);
  });

  test('a tie is stated plainly with what the congress must decide', () => {
    const plan = tally(
      election({
        candidates: ['A', 'B', 'C'],
        seats: 2,
        issued: 9,
        ballots: ballots(['..x', '.x.', 'x..', '..x', '.x.', 'x..', '..x', '.x.', 'x..']),
      }),
      9,
    );
    expect(plan.values[rowOf(plan, 'Trạng thái')][1]).toBe('Bằng phiếu');
    expect(
      plan.values.some((r) => typeof r[0] === 'string' && r[0].startsWith('Bằng phiếu ở vị trí cuối: A, B, C.')),
    ).toBe(true);
  });
});
