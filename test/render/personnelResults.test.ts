/**
 * `Kết quả <Mã>` of a trust vote and of an introduction ballot (WORKBOOK.md version 2): the
 * contract's figures in column A, then the kind's own table.
 */
import { resultsPlanFor, TRUST_HEADERS, INTRODUCTION_HEADERS } from '../../src/workbook/render/personnelResults';
import { RESULT_LABELS } from '../../src/workbook/render/results';
import { tallyElections } from '../../src/engine/tally/tally';
import type { ElectionDef } from '../../src/engine/model/election';
import type { PlanValue, SheetPlan } from '../../src/workbook/sheetPlan';
import { ballots, congress, election, people } from '../engine/fixtures';

const rowOf = (plan: SheetPlan, first: PlanValue) => plan.values.findIndex((row) => row[0] === first);
const value = (plan: SheetPlan, label: string) => plan.values[rowOf(plan, label)]?.[1];
const flat = (plan: SheetPlan) => plan.values.flat().filter((v) => v !== null);

function plans(defs: ElectionDef[], convened = 30): SheetPlan[] {
  const c = congress('Hội nghị');
  const { results } = tallyElections({ congress: c, roll: people(convened, 'Chính thức'), elections: defs });
  return results.map((r, i) =>
    resultsPlanFor(defs[i], r, c, r.previousRound ? (results.find((x) => x.id === r.previousRound) ?? null) : null),
  );
}

describe('Kết quả of a trust vote', () => {
  // R = 30: A 15 low (exactly one half), B 20 low (two thirds), C 17 low (lower band).
  const marks = Array.from(
    { length: 30 },
    (_, i) => (i < 15 ? '3' : '1') + (i < 20 ? '3' : '2') + (i < 17 ? '3' : '.'),
  );
  const def = election({
    id: 'TN',
    title: 'Lấy phiếu tín nhiệm',
    office: 'Lấy phiếu tín nhiệm',
    ballotType: 'Lấy phiếu tín nhiệm',
    seats: 0,
    candidates: ['A', 'B', 'C'],
    returned: 30,
    ballots: ballots(marks),
  });

  test("the contract's labels: R as the base, the band limits, `Đã kiểm phiếu`", () => {
    const [plan] = plans([def]);
    expect(plan.name).toBe('Kết quả TN');
    for (const label of Object.values(RESULT_LABELS)) expect(rowOf(plan, label)).toBeGreaterThan(0);
    expect(value(plan, 'Cơ sở tính (D)')).toBe(30);
    expect(plan.values[rowOf(plan, 'Cơ sở tính (D)')][2]).toMatch(/R = tổng số phiếu thu về/);
    expect(value(plan, 'Số phiếu cần đạt')).toBe(16);
    expect(plan.values[rowOf(plan, 'Số phiếu cần đạt')][2]).toMatch(/3 × số phiếu ≥ 2 × R \(từ 20 phiếu\)/);
    expect(value(plan, 'Trạng thái')).toBe('Đã kiểm phiếu');
    expect(rowOf(plan, 'Số còn thiếu')).toBe(-1);
  });

  test('the table: STT, name, position, the three levels (count, % of R), invalid, band in words', () => {
    const [plan] = plans([def]);
    const head = rowOf(plan, 'STT');
    expect(plan.values[head]).toEqual(TRUST_HEADERS);
    expect(plan.values[head + 1].slice(3, 9)).toEqual([
      'Số phiếu',
      'Tỷ lệ so với R',
      'Số phiếu',
      'Tỷ lệ so với R',
      'Số phiếu',
      'Tỷ lệ so với R',
    ]);
    expect(plan.values[head + 2]).toEqual([1, 'A', null, 15, 0.5, 0, 0, 15, 0.5, 0, null]);
    expect(plan.values[head + 3]).toEqual([
      2,
      'B',
      null,
      0,
      0,
      10,
      0.3333,
      20,
      0.6667,
      0,
      'Từ 2/3 trở lên phiếu tín nhiệm thấp',
    ]);
    expect(plan.values[head + 4].slice(7)).toEqual([17, 0.5667, 13, 'Trên 1/2 đến dưới 2/3 phiếu tín nhiệm thấp']);
    expect(plan.merges).toContainEqual({ row: head, col: 3, cols: 2 });
    expect(plan.merges).toContainEqual({ row: head, col: 10, rows: 2 });
    expect(flat(plan).join(' ')).toMatch(/Đúng 1\/2 không thuộc mức nào/);
  });
});

test('a trust vote at the zero report: the people listed, no figure, no band', () => {
  const def = election({
    id: 'TN',
    office: 'Lấy phiếu tín nhiệm',
    ballotType: 'Lấy phiếu tín nhiệm',
    seats: 0,
    candidates: ['A', 'B'],
    issued: 30,
  });
  const [plan] = plans([def]);
  expect(value(plan, 'Trạng thái')).toBe('Báo cáo số 0');
  const head = rowOf(plan, 'STT');
  expect(plan.values[head + 2]).toEqual([1, 'A', null, null, null, null, null, null, null, null, null]);
});

describe('Kết quả of an introduction', () => {
  const round1 = election({
    id: 'GT-1',
    title: 'Giới thiệu nhân sự (bước 3)',
    office: 'Giới thiệu nhân sự',
    ballotType: 'Giới thiệu nhân sự',
    seats: 2,
    candidates: ['A', 'B', 'C'],
    ballots: ballots([...Array<string>(16).fill('..x'), ...Array<string>(4).fill('x..')]).map((b, i) =>
      i === 0 ? { ...b, writeIns: [{ name: 'D', cell: "'Phiếu GT-1'!E2" }] } : b,
    ),
  });
  const round2 = election({
    id: 'GT-2',
    title: 'Giới thiệu nhân sự (bước 5)',
    office: 'Giới thiệu nhân sự',
    ballotType: 'Giới thiệu nhân sự',
    seats: 2,
    round: 2,
    previousId: 'GT-1',
    candidates: ['A', 'B', 'C'],
    ballots: ballots(Array<string>(18).fill('.x.')),
  });

  test('round 1: count, % of convened, of present, of valid, rank, decision; a name written in noted', () => {
    const [plan] = plans([round1, round2]);
    const head = rowOf(plan, 'STT');
    expect(plan.values[head]).toEqual(INTRODUCTION_HEADERS);
    // Ballot 1 introduces A, B and D: 3 > 2 places, void. Of 30 convened and 19 valid: A 15 (one
    // half: not introduced), B 19, C 4, D 0.
    expect(plan.values[head + 1]).toEqual([1, 'A', 15, 0.5, 0.5, 0.7895, 2, null, null]);
    expect(plan.values[head + 2]).toEqual([2, 'B', 19, 0.6333, 0.6333, 1, 1, 'Được giới thiệu', null]);
    expect(plan.values[head + 4]).toEqual([4, 'D', 0, 0, 0, 0, 4, null, 'Ghi thêm']);
    expect(value(plan, 'Trạng thái')).toBe('Bầu chưa đủ');
    expect(flat(plan).join(' ')).toMatch(/cấp ủy tiếp tục quy trình giới thiệu/);
  });

  test('round 2 shows round 1 beside it for the names in round 2', () => {
    const [, plan] = plans([round1, round2]);
    const head = rowOf(plan, 'STT');
    expect(plan.values[head].slice(0, 5)).toEqual(['STT', 'Họ và tên', 'Lần 1 (GT-1)', '', 'Lần 2 (GT-2)']);
    expect(plan.values[head + 1].slice(2, 8)).toEqual([
      'Số phiếu',
      'Tỷ lệ so với số triệu tập',
      'Số phiếu',
      'Tỷ lệ so với số triệu tập',
      'Tỷ lệ so với số có mặt',
      'Tỷ lệ so với phiếu hợp lệ',
    ]);
    // A: 15 then 18; B: 19 then 0; C: 4 then 18.
    expect(plan.values[head + 2].slice(0, 5)).toEqual([1, 'A', 15, 0.5, 18]);
    expect(plan.values[head + 3].slice(0, 5)).toEqual([2, 'B', 19, 0.6333, 0]);
    expect(plan.values[head + 4].slice(0, 5)).toEqual([3, 'C', 4, 0.1333, 18]);
    expect(plan.values[head + 4][9]).toBe('Được giới thiệu');
  });
});
