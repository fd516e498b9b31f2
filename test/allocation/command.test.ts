/**
 * `allocate` end to end through real .xlsx bytes (exceljs writes the workbook, the xlsx host
 * reads it): the JSON fields, the written sheet, findings with cells and rules, input errors in
 * Vietnamese and English.
 */
import { allocateCommand } from '../../src/commands/allocate';
import type { CommandContext } from '../../src/commands/types';
import type { PackageHost } from '../../src/hosts/package/packageHost';
import { ALLOCATION_HEADERS } from '../../src/workbook/render/allocation';
import { allValues, type Cell, workbookFrom } from '../helpers/workbook';

const CONGRESS: Cell[][] = [
  ['Thông tin', 'Giá trị'],
  ['Tổ chức đảng', 'Đảng bộ phường Ngọc Lâm'],
  ['Loại đại hội', 'Đại hội đại biểu'],
  ['Lần thứ', 'XXIII'],
  ['Nhiệm kỳ', '2020 - 2025'],
];

/** Balinski & Young's first example as five units, under a title row, with forgiving headers. */
function units(
  rows: Cell[][] = [
    ['Chi bộ 1', 5117, 10, null, null, 3],
    ['Chi bộ 2', 4400, 0, null, 2, 2],
    ['Chi bộ 3', 162, 1, null, null, null],
    ['Chi bộ 4', 161, 0, null, null, null],
    ['Chi bộ 5', 160, 0, null, null, 1],
  ],
): Cell[][] {
  return [
    ['DANH SÁCH CHI BỘ TRỰC THUỘC'],
    [],
    ['STT', 'CHI BO', 'Dang vien chinh thuc', 'Đảng viên dự bị', 'Tối thiểu', 'Cộng thêm', 'Cấp ủy viên đương nhiệm'],
    ...rows.map((r, i) => [i + 1, ...r]),
  ];
}

function ctx(host: PackageHost, opts: Partial<CommandContext> = {}): CommandContext {
  return { port: host, lang: 'vi', now: () => new Date('2020-05-19T10:00:00Z'), write: true, ...opts };
}

async function run(settings: Cell[][], unitRows?: Cell[][], opts: Partial<CommandContext> = {}) {
  const host = await workbookFrom({ 'Đại hội': [...CONGRESS, ...settings], 'Chi bộ': units(unitRows) });
  const outcome = await allocateCommand(ctx(host, opts));
  return { host, outcome };
}

describe('allocate through a real workbook', () => {
  test("D'Hondt: the contract's JSON fields, ex officio and added seats outside the formula", async () => {
    const { outcome } = await run([
      ['Số đại biểu phân bổ', 100],
      ['Phương pháp phân bổ', 'D’Hondt'.replace('’', "'")],
    ]);
    expect(outcome.errors).toEqual([]);
    const allocation = outcome.report.allocation as Record<string, unknown>;
    expect(allocation).toMatchObject({
      method: "D'Hondt",
      basis: 'Đảng viên chính thức',
      seats: 100,
      allocated: 100,
      unassigned: 0,
      tied: [],
      total: 100 + 2 + 6,
    });
    expect(allocation.units).toEqual([
      {
        unit: 'Chi bộ 1',
        members: 5117,
        quota: 51.17,
        seats: 52,
        added: 0,
        exOfficio: 3,
        total: 55,
        formula: 52,
        tied: false,
      },
      {
        unit: 'Chi bộ 2',
        members: 4400,
        quota: 44,
        seats: 47,
        added: 2,
        exOfficio: 2,
        total: 49,
        formula: 45,
        tied: false,
      },
      {
        unit: 'Chi bộ 3',
        members: 162,
        quota: 1.62,
        seats: 1,
        added: 0,
        exOfficio: 0,
        total: 1,
        formula: 1,
        tied: false,
      },
      {
        unit: 'Chi bộ 4',
        members: 161,
        quota: 1.61,
        seats: 1,
        added: 0,
        exOfficio: 0,
        total: 1,
        formula: 1,
        tied: false,
      },
      {
        unit: 'Chi bộ 5',
        members: 160,
        quota: 1.6,
        seats: 1,
        added: 0,
        exOfficio: 1,
        total: 2,
        formula: 1,
        tied: false,
      },
    ]);
    // D'Hondt gives Chi bộ 2 45 seats for a quota of exactly 44: outside its band.
    expect(outcome.report.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'QUOTA_BAND',
        cell: "'Chi bộ'!B5",
        rule: 'Quy định 29-QĐ/TW mục 11.2',
        message: expect.stringContaining('44,0000'),
      }),
    ]);
  });

  test('Tổng số đảng viên counts probationary members; the sheet is written with the contract columns', async () => {
    const { host, outcome } = await run([
      ['Số đại biểu phân bổ', 100],
      ['Tính theo', 'Tổng số đảng viên'],
    ]);
    expect(outcome.written).toBe(true);
    const allocation = outcome.report.allocation as { units: { members: number }[]; method: string };
    expect(allocation.method).toBe('Số dư lớn nhất');
    expect(allocation.units.map((u) => u.members)).toEqual([5127, 4400, 163, 161, 160]);
    const sheets = await allValues(host);
    const sheet = sheets.get('Phân bổ đại biểu');
    expect(sheet).toBeDefined();
    const rows = sheet!;
    const head = rows.findIndex((r) => r[0] === 'Chi bộ');
    expect(rows[head]).toEqual(ALLOCATION_HEADERS);
    expect(rows[head + 1].slice(0, 7)).toEqual(['Chi bộ 1', 5127, expect.any(Number), 51, 0, 3, 54]);
    const total = rows.find((r) => r[0] === 'Tổng cộng');
    expect(total?.slice(0, 7)).toEqual(['Tổng cộng', 10011, 100, 100, 2, 6, 108]);
    expect(rows.some((r) => r[0] === 'Phương pháp phân bổ' && r[1] === 'Số dư lớn nhất')).toBe(true);
    // Inputs untouched, output after them.
    expect([...sheets.keys()]).toEqual(['Đại hội', 'Chi bộ', 'Phân bổ đại biểu', 'Nhật ký']);
  });

  test('a tie for the last seat: TIE_LAST_SEAT per tied unit, seats unassigned, never broken', async () => {
    const { outcome } = await run(
      [
        ['Số đại biểu phân bổ', 4],
        ['Phương pháp phân bổ', 'Sainte-Lague'],
      ],
      [
        ['Chi bộ A', 11, 0, null, null, null],
        ['Chi bộ B', 11, 0, null, null, null],
        ['Chi bộ C', 11, 0, null, null, null],
      ],
    );
    expect(outcome.report.allocation).toMatchObject({
      method: 'Sainte-Laguë',
      seats: 4,
      allocated: 3,
      unassigned: 1,
      tied: ['Chi bộ A', 'Chi bộ B', 'Chi bộ C'],
      total: 3,
    });
    const ties = outcome.report.findings!.filter((f) => f.code === 'TIE_LAST_SEAT');
    expect(ties.map((f) => f.cell)).toEqual(["'Chi bộ'!B4", "'Chi bộ'!B5", "'Chi bộ'!B6"]);
    expect(ties[0].message).toContain('còn 1 trong 4 suất chưa phân bổ');
  });

  test('NO_SEAT and OVER_CAP (setting and directive), each at its cell', async () => {
    const { outcome } = await run(
      [
        ['Số đại biểu phân bổ', 3],
        ['Số đại biểu tối đa', 7],
        ['Cấp đại hội', 'Cơ sở'],
      ],
      [
        ['Chi bộ A', 300, 0, null, null, 4],
        ['Chi bộ B', 200, 0, null, 1, 0],
        ['Chi bộ C', 10, 0, null, null, 0],
        ['Chi bộ D', 0, 0, null, null, 0],
      ],
    );
    const findings = outcome.report.findings!;
    expect(findings.filter((f) => f.code === 'NO_SEAT').map((f) => f.cell)).toEqual(["'Chi bộ'!B6", "'Chi bộ'!B7"]);
    expect(findings.filter((f) => f.code === 'OVER_CAP')).toEqual([
      expect.objectContaining({
        severity: 'error',
        cell: "'Đại hội'!B7",
        message: expect.stringContaining('Tổng số đại biểu 8 '),
      }),
    ]);
    // Directive cap of a grassroots congress (250, §7.3) fires on a big congress, at `Cấp đại hội`.
    const big = await run([
      ['Số đại biểu phân bổ', 260],
      ['Cấp đại hội', 'Cơ sở'],
    ]);
    expect(big.outcome.report.findings!.filter((f) => f.code === 'OVER_CAP')).toEqual([
      expect.objectContaining({
        cell: "'Đại hội'!B7",
        rule: 'Chỉ thị 45-CT/TW (2025)',
        message: expect.stringContaining('250'),
      }),
    ]);
  });

  test('Cơ sở và định mức: 13 / 12,000 / 6,001 — 30,000 members give 15 seats, 30,001 give 16', async () => {
    const { outcome } = await run(
      [
        ['Phương pháp phân bổ', 'Cơ sở và định mức'],
        ['Đại biểu cơ sở', 13],
        ['Định mức', '12.000'],
        ['Ngưỡng số dư', 6001],
      ],
      [
        ['Đảng bộ A', 30000, 0, null, null, 0],
        ['Đảng bộ B', '30.001', 0, null, null, 0],
        ['Đảng bộ C', 6000, 0, 14, null, 0],
      ],
    );
    expect(outcome.errors).toEqual([]);
    expect(outcome.report.allocation).toMatchObject({
      method: 'Cơ sở và định mức',
      seats: 15 + 16 + 14,
      allocated: 45,
      unassigned: 0,
      total: 45,
      units: [
        expect.objectContaining({ unit: 'Đảng bộ A', quota: 2.5, seats: 15 }),
        expect.objectContaining({ unit: 'Đảng bộ B', quota: 2.5001, seats: 16 }),
        expect.objectContaining({ unit: 'Đảng bộ C', quota: 0.5, seats: 14 }),
      ],
    });
  });

  test('minimums in the sheet are honoured (Hamilton)', async () => {
    const { outcome } = await run(
      [['Số đại biểu phân bổ', 10]],
      [
        ['Chi bộ A', 1000, 0, 1, null, 0],
        ['Chi bộ B', 100, 0, 1, null, 0],
        ['Chi bộ C', 10, 0, 1, null, 0],
      ],
    );
    const allocation = outcome.report.allocation as { units: { seats: number }[] };
    expect(allocation.units.map((u) => u.seats)).toEqual([8, 1, 1]);
  });
});

describe('input errors name their cells (exit 1 material)', () => {
  test('minimums above the seats: MINIMUMS_EXCEED_SEATS at the setting', async () => {
    const { outcome, host } = await run(
      [['Số đại biểu phân bổ', 2]],
      [
        ['Chi bộ A', 10, 0, 1, null, 0],
        ['Chi bộ B', 10, 0, 2, null, 0],
      ],
    );
    expect(outcome.errors.map((e) => [e.code, e.cell])).toEqual([['MINIMUMS_EXCEED_SEATS', "'Đại hội'!B6"]]);
    expect(outcome.report.errors[0].message).toContain('Cộng số đại biểu tối thiểu của các chi bộ được 3');
    expect(outcome.written).toBe(false);
    expect([...(await allValues(host)).keys()]).toEqual(['Đại hội', 'Chi bộ']);
  });

  test('Huntington-Hill with fewer seats than units: BAD_SEATS', async () => {
    const { outcome } = await run([
      ['Số đại biểu phân bổ', 4],
      ['Phương pháp phân bổ', 'huntington-hill'],
    ]);
    expect(outcome.errors.map((e) => [e.code, e.cell])).toEqual([['BAD_SEATS', "'Đại hội'!B6"]]);
    expect(outcome.report.allocation).toBeUndefined();
  });

  test('no seats given: the error points at the row where the setting belongs', async () => {
    const { outcome } = await run([['Phương pháp phân bổ', 'Sainte-Laguë']]);
    expect(outcome.errors.map((e) => [e.code, e.cell])).toEqual([['BAD_VALUE', "'Đại hội'!A7"]]);
  });

  test('bad counts, a unit without a name, a duplicate and a wrong total row, in English', async () => {
    const { outcome } = await run(
      [['Số đại biểu phân bổ', 10]],
      [
        ['Chi bộ A', 'mười', 0, null, null, 0],
        [null, 5, 0, null, null, 0],
        ['Chi bộ B', 7, 0, null, -1, 0],
        ['chi bo a', 3, 0, null, null, 0],
        ['Chi bộ C', null, 0, null, null, 0],
        ['Tổng cộng', 99, null, null, null, null],
      ],
      { lang: 'en' },
    );
    expect(outcome.errors.map((e) => [e.code, e.cell])).toEqual([
      ['BAD_VALUE', "'Chi bộ'!C4"],
      ['BAD_VALUE', "'Chi bộ'!B5"],
      ['BAD_VALUE', "'Chi bộ'!F6"],
      ['BAD_VALUE', "'Chi bộ'!B7"],
      ['BAD_VALUE', "'Chi bộ'!C8"],
      ['BAD_VALUE', "'Chi bộ'!C9"],
    ]);
    expect(outcome.report.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('Value "mười" in column "Đảng viên chính thức" is not a whole number'),
      expect.stringContaining('no unit name'),
      expect.stringContaining('Value "-1" in column "Cộng thêm"'),
      expect.stringContaining('Unit "chi bo a" has two rows (the other at \'Chi bộ\'!B4)'),
      expect.stringContaining('"Đảng viên chính thức" of unit "Chi bộ C" is missing'),
      expect.stringContaining('The "Tổng cộng" row says 99'),
    ]);
  });

  test('missing sheet `Chi bộ`; missing header row', async () => {
    const host = await workbookFrom({ 'Đại hội': [...CONGRESS, ['Số đại biểu phân bổ', 5]] });
    const outcome = await allocateCommand(ctx(host));
    expect(outcome.errors).toEqual([expect.objectContaining({ code: 'MISSING_SHEET', cell: undefined })]);
    expect(outcome.report.errors[0].message).toContain('Thiếu trang tính "Chi bộ"');
    const noHeader = await workbookFrom({
      'Đại hội': [...CONGRESS, ['Số đại biểu phân bổ', 5]],
      'Chi bộ': [['Tên', 'Số']],
    });
    const second = await allocateCommand(ctx(noHeader));
    expect(second.errors.map((e) => [e.code, e.cell])).toEqual([['MISSING_HEADER', "'Chi bộ'!A1"]]);
  });
});

describe('pane', () => {
  test('the pane entry runs the same command (report only when write is false)', async () => {
    const { PANE_COMMANDS } = await import('../../src/taskpane/commandTable');
    const entry = PANE_COMMANDS.find((c) => c.id === 'allocate');
    expect(entry).toMatchObject({ label: 'PANE_CMD_ALLOCATE', writes: true });
    const host = await workbookFrom({ 'Đại hội': [...CONGRESS, ['Số đại biểu phân bổ', 26]], 'Chi bộ': units() });
    const outcome = await entry?.run(ctx(host, { write: false }), {});
    expect(outcome?.report.allocation).toMatchObject({ seats: 26, allocated: 26 });
    expect(outcome?.written).toBe(false);
    expect([...(await allValues(host)).keys()]).toEqual(['Đại hội', 'Chi bộ']);
  });
});
