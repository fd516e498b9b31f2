/**
 * Contract: the same scenarios through the Office host (on the fake Excel) and through the
 * exceljs host give identical sheets — values, merges, number formats, fonts, fills, borders,
 * alignment, sizes, page layout, panes, gridlines — and identical reads.
 */
import ExcelJS from 'exceljs';
import { OfficeHost, SYNC_BUDGET_BYTES } from '../../src/hosts/office/officeHost';
import { type PackageHost } from '../../src/hosts/package/packageHost';
import { tallyCommand } from '../../src/commands/tally';
import { nationalWorkbook } from '../../bench/office';
import { workbookFrom, TEST_CLOCK, type Cell } from '../helpers/workbook';
import { type FakeExcel, type FakeExcelOptions, fakeFromXlsx } from './fakeExcel';
import { normalizeFake, normalizePackage } from './normalize';
import { richPlan, smallPlan } from './plans';
import type { Rect, SheetPlan } from '../../src/workbook/sheetPlan';

const INPUTS = {
  'Đại hội': [
    ['Thông tin', 'Giá trị'],
    ['Tổ chức đảng', 'Đảng bộ phường Ngọc Lâm'],
    ['Ngày', new Date(Date.UTC(2020, 4, 19))],
  ],
  'Bầu cử': [
    ['Mã', 'Cuộc bầu cử', 'Số lượng cần bầu'],
    ['BCH', 'Bầu Ban Chấp hành', 15],
  ],
  'Phiếu BCH': [
    [null, null, null],
    [null, 'Số phiếu', 'Nguyễn Văn An'],
    [null, '1', 'x'],
    [null, '2', null],
    [null, null, null, '-'],
  ],
};

async function bothHosts(): Promise<{ xlsx: PackageHost; fake: FakeExcel; office: OfficeHost }> {
  const xlsx = await workbookFrom(INPUTS);
  const fake = await fakeFromXlsx(xlsx);
  return { xlsx, fake, office: new OfficeHost(fake.run) };
}

async function writeBoth(
  plans: SheetPlan[],
  replace: string[] = [],
): Promise<{ xlsx: PackageHost; fake: FakeExcel; office: OfficeHost }> {
  const hosts = await bothHosts();
  await hosts.xlsx.writeOutputs(plans, replace);
  await hosts.office.writeOutputs(plans, replace);
  // The exceljs workbook must also save (exceljs does not read page breaks back, so compare in memory).
  expect(hosts.xlsx.toBytes(TEST_CLOCK).length).toBeGreaterThan(1000);
  return hosts;
}

describe('Office host and exceljs host write identical sheets', () => {
  test('a plan using every feature', async () => {
    const plan = richPlan();
    const { xlsx, fake } = await writeBoth([plan]);
    const fromFake = normalizeFake(fake.sheet(plan.name) ?? fail('no sheet'));
    const fromXlsx = await normalizePackage(xlsx.toBytes(TEST_CLOCK), plan.name);
    expect(fromFake).toEqual(fromXlsx);
    // And the expected things are really there (a comparison of two empty sheets proves nothing).
    expect(fromFake.formulas).toEqual([]);
    expect(fromFake.values[4][1]).toBe('=SUM(A1:A3)');
    expect(fromFake.values[6]).toEqual(['007', '+84 912 345 678', '19/05/2020', '@home']);
    expect(fromFake.values[7].slice(0, 3)).toEqual(['TRUE', '1e5', '95,54%']);
    expect(fromFake.merges).toEqual(['A1:C1', 'A2:D2']);
    expect(fromFake.cells.D4).toMatchObject({ numberFormat: '0.00%', font: 'Times New Roman', size: 13 });
    expect(fromFake.cells.B9).toMatchObject({ italic: true, underline: true, color: 'C00000', indent: 1 });
    expect(fromFake.edges.length).toBeGreaterThan(40);
    const tinhTrang =
      '|list:Có mặt,Vắng có lý do,Vắng|prompt:Tình trạng/Để trống là có mặt.|alert:warning:Không có trong danh sách/Hãy chọn một giá trị trong danh sách.';
    expect(fromFake.validations).toEqual([
      'B3|list:|prompt:Họ và tên/Họ và tên đầy đủ, như trên phiếu.|alert:',
      `D4${tinhTrang}`,
      `D5${tinhTrang}`,
      `D6${tinhTrang}`,
    ]);
    expect(fromFake.page).toMatchObject({
      orientation: 'portrait',
      printArea: 'A1:D9',
      printTitleRows: '3:3',
      center: true,
      fit: true,
      breaks: [5],
    });
    expect(fromFake.page?.margins).toEqual([25, 25, 35, 15, 10, 10]);
    expect(fromFake.freeze).toBe('3,1');
    expect(fromFake.gridlines).toBe(false);
    expect(fromFake.protected).toBe(true);
    expect(fromFake.columnWidths).toEqual({ 0: 36, 1: 180, 2: 60, 3: 72 });
  });

  test('replacing earlier outputs keeps the inputs and orders the outputs the same way', async () => {
    const hosts = await bothHosts();
    const first = [smallPlan('Nhật ký', 'cũ'), smallPlan('Kết quả BCH', 'cũ'), smallPlan('Biên bản BCH', 'cũ')];
    await hosts.xlsx.writeOutputs(first, []);
    await hosts.office.writeOutputs(first, []);
    await hosts.office.sheetNames();
    const second = [smallPlan('Kết quả BCH', 'mới'), smallPlan('Biên bản BCH', 'mới')];
    await hosts.xlsx.writeOutputs(second, ['Nhật ký']);
    await hosts.office.writeOutputs(second, ['Nhật ký']);
    const xlsxNames = await hosts.xlsx.sheetNames();
    expect(hosts.fake.sheets.map((s) => s.name)).toEqual(xlsxNames);
    expect(xlsxNames).toEqual(['Đại hội', 'Bầu cử', 'Phiếu BCH', 'Kết quả BCH', 'Biên bản BCH']);
    expect(hosts.fake.sheet('Kết quả BCH')?.peek(0, 0)?.value).toBe('mới');
  });

  test('reads return the same values anchored at A1 (dates as serial numbers in Excel)', async () => {
    const { xlsx, office } = await bothHosts();
    const names = await xlsx.sheetNames();
    expect(await office.sheetNames()).toEqual(names);
    const fromXlsx = await xlsx.readSheets(names);
    const fromOffice = await office.readSheets(names);
    for (const name of names) {
      const expected = (fromXlsx.get(name) ?? []).map((row) =>
        row.map((v) => (v instanceof Date ? v.getTime() / 86400000 + 25569 : v)),
      );
      expect(fromOffice.get(name)).toEqual(expected);
    }
    // 'Phiếu BCH' starts at B2: the used range is offset, the port's values are not.
    expect(fromOffice.get('Phiếu BCH')?.[1]).toEqual([null, 'Số phiếu', 'Nguyễn Văn An']);
    expect(fromOffice.get('Phiếu BCH')?.[4]).toEqual([null, null, null, '-']);
  });
});

/**
 * A congress whose ballot sheet has merged cells below its header row: ballot 10's mark (C11, an
 * `x`) merged with the blank D11, and the numbers of ballots 14 and 15 merged (A15:A16); plus a
 * harmless merge on `Đại hội`. Excel (ExcelApi 1.13) lists them as the file does.
 */
async function mergedCongress(options: FakeExcelOptions = {}) {
  const sheets = Object.fromEntries(nationalWorkbook(20, 6, 5)) as Record<string, Cell[][]>;
  const xlsx = await workbookFrom(sheets, { 'Phiếu BCH': ['C11:D11', 'A15:A16'], 'Đại hội': ['C2:D3'] });
  const fake = await fakeFromXlsx(xlsx, options);
  const office = new OfficeHost(fake.run, SYNC_BUDGET_BYTES, { isSetSupported: fake.isSetSupported });
  return { xlsx, fake, office };
}

const MERGE_NOW = () => new Date(Date.UTC(2025, 9, 15, 9, 30));
const sorted = (rects: Rect[] | undefined) =>
  (rects ?? [])
    .map((r) => ({ row: r.row, col: r.col, rows: r.rows ?? 1, cols: r.cols ?? 1 }))
    .sort((a, b) => a.row - b.row || a.col - b.col);

describe('a merged cell in a ballot row, through both hosts', () => {
  test('both hosts give the same merged ranges, the Office host within its read syncs', async () => {
    const { xlsx, fake, office } = await mergedCongress();
    const names = await xlsx.sheetNames();
    expect(await office.sheetNames()).toEqual(names);
    await office.readSheets(names);
    const syncs = fake.syncCount;
    const fromOffice = await office.mergedRanges(names);
    expect(fake.syncCount).toBe(syncs); // served from the read: no round trip of its own
    const fromXlsx = await xlsx.mergedRanges(names);
    for (const name of names)
      expect({ name, merges: sorted(fromOffice.get(name)) }).toEqual({ name, merges: sorted(fromXlsx.get(name)) });
    expect(sorted(fromOffice.get('Phiếu BCH'))).toEqual([
      { row: 10, col: 2, rows: 1, cols: 2 },
      { row: 14, col: 0, rows: 2, cols: 1 },
    ]);
  });

  test('tally: BAD_MARK at each merged range through both hosts, nothing written, in the same syncs as before', async () => {
    const { xlsx, fake, office } = await mergedCongress();
    const before = fake.sheets.map((s) => s.name);
    const viaXlsx = await tallyCommand({ port: xlsx, lang: 'en', now: MERGE_NOW, write: true });
    const viaOffice = await tallyCommand({ port: office, lang: 'en', now: MERGE_NOW, write: true });
    const expected = [
      { code: 'BAD_MARK', cell: "'Phiếu BCH'!C11:D11" },
      { code: 'BAD_MARK', cell: "'Phiếu BCH'!A15:A16" },
    ];
    expect(viaXlsx.errors.map((e) => ({ code: e.code, cell: e.cell }))).toEqual(expected);
    expect(viaOffice.errors).toEqual(viaXlsx.errors);
    expect(viaOffice.errors[0].message).toBe('MERGED_BALLOT_CELLS');
    expect(viaOffice.written).toBe(false);
    expect(fake.sheets.map((s) => s.name)).toEqual(before);
    // Names, sizes with the merged areas, values: 3 syncs, as a tally without merges reads.
    expect(fake.syncCount).toBe(3);
    expect(office.stats).toEqual({ reads: 3, writes: 0, chunks: 0, readChunks: 0 });
  });
});

function fail(message: string): never {
  throw new Error(message);
}

// Keeps ExcelJS imported for the type-only normaliser signature in editors.
void ExcelJS;
