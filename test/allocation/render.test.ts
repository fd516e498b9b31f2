/**
 * The `Phân bổ đại biểu` sheet plan: contract columns, parameters, grand totals, print setup,
 * the tied units highlighted; and the `Chi bộ` parser's forgiving reading.
 */
import { allocate } from '../../src/engine/allocation/allocate';
import type { AllocationInput } from '../../src/engine/allocation/types';
import { ALLOCATION_HEADERS, allocationSheetPlan } from '../../src/workbook/render/allocation';
import { countOf, parseUnits } from '../../src/workbook/parse/units';

const input = (over: Partial<AllocationInput> = {}): AllocationInput => ({
  method: 'hamilton',
  seats: 4,
  caps: [],
  cells: { seats: "'Đại hội'!B6" },
  units: [
    { name: 'Chi bộ A', members: 11, minimum: 0, added: 1, exOfficio: 2, cell: "'Chi bộ'!A2" },
    { name: 'Chi bộ B', members: 11, minimum: 0, added: 0, exOfficio: 0, cell: "'Chi bộ'!A3" },
    { name: '+Chi bộ C', members: 11, minimum: 0, added: 0, exOfficio: 0, cell: "'Chi bộ'!A4" },
  ],
  ...over,
});

describe('Phân bổ đại biểu sheet plan', () => {
  const { result, findings } = allocate(input());
  if (!result) throw new Error('no result');
  const plan = allocationSheetPlan(result, findings, 'vi', {
    congressLine: 'Đại hội đại biểu Đảng bộ phường Ngọc Lâm lần thứ XXIII',
    basis: 'Đảng viên chính thức',
    caps: [],
  });
  const row = (first: string) => plan.values.findIndex((r) => r[0] === first);

  test('the contract columns, one row per unit, text kept as text, grand totals', () => {
    expect(plan.name).toBe('Phân bổ đại biểu');
    const head = row('Chi bộ');
    expect(plan.values[head]).toEqual(ALLOCATION_HEADERS);
    expect(ALLOCATION_HEADERS).toEqual([
      'Chi bộ',
      'Đảng viên',
      'Định suất',
      'Số đại biểu theo công thức',
      'Cộng thêm',
      'Đương nhiên',
      'Tổng số',
      'Tỷ lệ',
    ]);
    expect(plan.values[head + 1]).toEqual(['Chi bộ A', 11, 1.3333, 1, 1, 2, 4, 0.6667]);
    expect(plan.values[head + 3][0]).toBe('+Chi bộ C');
    expect(plan.values[head + 4]).toEqual(['Tổng cộng', 33, 4, 3, 1, 2, 6, 1]);
  });

  test('method, parameters and the unassigned seats are printed; tied rows are filled', () => {
    expect(plan.values[row('Phương pháp phân bổ')][1]).toBe('Số dư lớn nhất');
    expect(plan.values[row('Số đại biểu phân bổ')][1]).toBe(4);
    expect(plan.values[row('Đã phân bổ')][1]).toBe(3);
    expect(String(plan.values[row('Chưa phân bổ (bằng nhau ở suất cuối)')][1])).toContain(
      '1: Chi bộ A; Chi bộ B; +Chi bộ C',
    );
    const head = row('Chi bộ');
    const filled = plan.styles
      .filter((s) => s.style.fill === 'FFF2CC' && s.range.cols === 8 && s.range.row < row('Tổng cộng'))
      .map((s) => s.range.row);
    expect(filled).toEqual([head + 1, head + 2, head + 3]);
    expect(
      plan.values.some((r) => typeof r[0] === 'string' && r[0].startsWith("Cảnh báo TIE_LAST_SEAT ('Chi bộ'!A2)")),
    ).toBe(true);
  });

  test('Times New Roman, borders on the table, A4 fit to width with the header repeated', () => {
    expect(plan.defaultStyle).toMatchObject({ font: 'Times New Roman' });
    const head = row('Chi bộ');
    expect(plan.styles).toContainEqual({
      range: { row: head + 1, col: 0, rows: 4, cols: 8 },
      style: { border: 'thin', vAlign: 'middle' },
    });
    expect(plan.page).toMatchObject({ paper: 'A4', fitToWidth: true, printTitleRows: [head, head] });
  });

  test('Cơ sở và định mức prints its parameters and the computed total', () => {
    const out = allocate(
      input({ method: 'baseQuota', seats: null, baseQuota: { baseSeats: 13, membersPerSeat: 12000, threshold: 6001 } }),
    );
    if (!out.result) throw new Error('no result');
    const p = allocationSheetPlan(out.result, out.findings, 'en', {
      basis: 'Đảng viên chính thức',
      baseQuota: { baseSeats: 13, membersPerSeat: 12000, threshold: 6001 },
      caps: [],
    });
    const value = (label: string) => p.values.find((r) => r[0] === label)?.[1];
    expect([
      value('Đại biểu cơ sở'),
      value('Định mức'),
      value('Ngưỡng số dư'),
      value('Số đại biểu theo công thức (tính ra)'),
    ]).toEqual([13, 12000, 6001, 39]);
  });
});

describe('Chi bộ parser', () => {
  test('counts: numbers, digits as text, thousands grouped with dots, commas or spaces', () => {
    expect([countOf(25), countOf('025'), countOf('1.234'), countOf('12,000'), countOf('30 001')]).toEqual([
      25, 25, 1234, 12000, 30001,
    ]);
    expect([countOf(-1), countOf(2.5), countOf('1.2'), countOf('abc'), countOf('')]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  test('Tổng số đảng viên without a Đảng viên dự bị column is an error at the header row', () => {
    const values = [
      ['Chi bộ', 'Đảng viên chính thức'],
      ['A', 10],
    ];
    expect(parseUnits('Chi bộ', values, 'Đảng viên chính thức').problems).toEqual([]);
    expect(parseUnits('Chi bộ', values, 'Tổng số đảng viên').problems).toEqual([
      expect.objectContaining({ code: 'MISSING_HEADER', message: 'ALLOC_PROBATIONARY_COLUMN', cell: "'Chi bộ'!C1" }),
    ]);
  });

  test('a matching total row is accepted and is not a unit; blank optional columns are 0', () => {
    const { units, problems } = parseUnits('Chi bộ', [
      ['Chi bộ', 'Đảng viên chính thức', 'Cộng thêm'],
      ['A', 10, null],
      ['B', 5, 1],
      ['TONG CONG', 15, 1],
    ]);
    expect(problems).toEqual([]);
    expect(units).toEqual([
      { name: 'A', official: 10, probationary: 0, minimum: 0, added: 0, exOfficio: 0, cell: "'Chi bộ'!A2" },
      { name: 'B', official: 5, probationary: 0, minimum: 0, added: 1, exOfficio: 0, cell: "'Chi bộ'!A3" },
    ]);
  });

  test('no units: an error under the header', () => {
    expect(parseUnits('Chi bộ', [['Chi bộ', 'Đảng viên chính thức']]).problems).toEqual([
      expect.objectContaining({ message: 'ALLOC_NO_UNITS', cell: "'Chi bộ'!A2" }),
    ]);
  });
});

describe('engine input errors', () => {
  test('Cơ sở và định mức without Định mức; a threshold not below Định mức', () => {
    expect(
      allocate(input({ method: 'baseQuota', seats: null, cells: { membersPerSeat: "'Đại hội'!A9" } })).errors,
    ).toEqual([
      expect.objectContaining({ code: 'BAD_VALUE', message: 'ALLOC_MEMBERS_PER_SEAT_REQUIRED', cell: "'Đại hội'!A9" }),
    ]);
    expect(
      allocate(
        input({ method: 'baseQuota', seats: null, baseQuota: { baseSeats: 1, membersPerSeat: 100, threshold: 100 } }),
      ).errors,
    ).toEqual([expect.objectContaining({ message: 'ALLOC_BAD_THRESHOLD' })]);
  });
  test('all units without members, for a proportional method', () => {
    const units = input().units.map((u) => ({ ...u, members: 0 }));
    expect(allocate(input({ units })).errors).toEqual([
      expect.objectContaining({ message: 'ALLOC_NO_MEMBERS', cell: "'Chi bộ'!A2" }),
    ]);
  });
  test('QUOTA_BAND: raised by a minimum is info; pushed below the band by it is a warning; both quota formats', () => {
    const out = allocate(
      input({
        method: 'dhondt',
        seats: 10,
        units: [
          { name: 'A', members: 100, minimum: 0, added: 0, exOfficio: 0 },
          { name: 'B', members: 1, minimum: 3, added: 0, exOfficio: 0, cell: "'Chi bộ'!A3" },
        ],
      }),
    );
    // B's minimum of 3 (quota 0.099) leaves A 7 seats for a quota of 9.901.
    expect(out.findings.filter((f) => f.code === 'QUOTA_BAND')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'ALLOC_QUOTA_BAND',
        params: expect.objectContaining({ seats: 7, quota: '9,9010', quotaEn: '9.9010', floor: 9, ceil: 10 }),
      }),
      expect.objectContaining({
        severity: 'info',
        message: 'ALLOC_QUOTA_BAND_MINIMUM',
        cell: "'Chi bộ'!A3",
        params: expect.objectContaining({ quota: '0,0990', quotaEn: '0.0990', floor: 0, ceil: 1 }),
      }),
    ]);
  });
});
