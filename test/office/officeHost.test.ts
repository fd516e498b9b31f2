import { OfficeHost, SYNC_BUDGET_BYTES, anchorAtA1, areaRects } from '../../src/hosts/office/officeHost';
import { needsTextFormat } from '../../src/hosts/office/planWriter';
import { tallyCommand } from '../../src/commands/tally';
import { nationalWorkbook } from '../../bench/office';
import { FakeExcel, FakeExcelError, type FakeExcelOptions } from './fakeExcel';
import { richPlan, smallPlan } from './plans';
import type { SheetPlan } from '../../src/workbook/sheetPlan';

const inputs = (): FakeExcel =>
  FakeExcel.fromValues([
    ['Đại hội', [['Tổ chức đảng', 'Chi bộ 1']]],
    ['Bầu cử', [['Mã'], ['BCH']]],
  ]);

function bigPlan(name: string, rows: number, cols: number): SheetPlan {
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => `Ô ${r}-${c} Nguyễn Văn An`),
  );
  return {
    name,
    values,
    styles: [{ range: { row: 0, col: 0, cols }, style: { bold: true } }],
    merges: [],
    columnWidths: [],
  };
}

describe('Office host', () => {
  test('one sync lists the sheets, one sizes the used ranges, one reads them, two write everything', async () => {
    const fake = inputs();
    const host = new OfficeHost(fake.run);
    const names = await host.sheetNames();
    expect(fake.syncCount).toBe(1);
    const values = await host.readSheets(names);
    expect(fake.syncCount).toBe(3);
    expect(values.get('Bầu cử')).toEqual([['Mã'], ['BCH']]);
    await host.writeOutputs([richPlan('Kết quả BCH'), richPlan('Biên bản BCH')], []);
    expect(fake.syncCount).toBe(5);
    expect(host.stats).toEqual({ reads: 3, writes: 2, chunks: 0, readChunks: 0 });
    // Calculation and screen updating suspended exactly once.
    expect(fake.suspendedCalculation).toBe(1);
    expect(fake.suspendedScreenUpdating).toBe(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Đại hội', 'Bầu cử', 'Kết quả BCH', 'Biên bản BCH']);
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(4 * 1024 * 1024);
  });

  test('reads too: a sheet whose values would pass the budget is read in row chunks, each response under the limit', async () => {
    const limit = 60_000;
    const rows: unknown[][] = [['Số phiếu', 'Nguyễn Văn An', 'Trần Thị Bình']];
    // Ballot-like: marks and blanks, as the estimate assumes.
    for (let r = 1; r <= 6000; r++) rows.push([String(r), r % 3 === 0 ? 'x' : '', r % 7 === 0 ? 'x' : '']);
    const fake = FakeExcel.fromValues(
      [['Phiếu BCH', [[null], [null, ...rows[0]], ...rows.slice(1).map((r) => [null, ...r])]]],
      {
        payloadLimit: limit,
      },
    );
    const host = new OfficeHost(fake.run, 50_000);
    const values = await host.readSheets(await host.sheetNames());
    expect(host.stats.readChunks).toBeGreaterThanOrEqual(2);
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThanOrEqual(limit);
    const sheet = values.get('Phiếu BCH') ?? [];
    expect(sheet.length).toBe(6002);
    expect(sheet[1]).toEqual([null, 'Số phiếu', 'Nguyễn Văn An', 'Trần Thị Bình']);
    expect(sheet[6001]).toEqual([null, '6000', 'x']);
    expect(sheet[5993]).toEqual([null, '5992', null, 'x']);
  });

  test('a read response Excel refuses after all is read again in smaller chunks', async () => {
    const rows: unknown[][] = [];
    // Long texts: 8 bytes a cell underestimates them ten times over.
    for (let r = 0; r < 400; r++) rows.push([`${'Nguyễn Văn An '.repeat(6)}${r}`, `${'x'.repeat(80)}`]);
    const fake = FakeExcel.fromValues([['Nhân sự', rows]], { payloadLimit: 30_000 });
    const host = new OfficeHost(fake.run, 25_000);
    const values = await host.readSheets(await host.sheetNames());
    expect(values.get('Nhân sự')?.length).toBe(400);
    expect(values.get('Nhân sự')?.[399]?.[0]).toContain('399');
    expect(fake.syncs.some((s) => s.responseBytes > 30_000)).toBe(true); // refused at least once
  });

  test('a payload that would pass the budget is split into extra syncs, each under the limit', async () => {
    const limit = 200_000;
    const fake = FakeExcel.fromValues([['Đại hội', [['x']]]], { payloadLimit: limit });
    const host = new OfficeHost(fake.run, 150_000);
    await host.sheetNames();
    const plan = bigPlan('Kết quả BCH', 2000, 10); // ≈ 0.7 MB of values
    await host.writeOutputs([plan], []);
    expect(host.stats.chunks).toBeGreaterThanOrEqual(3);
    expect(host.stats.writes).toBe(2);
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(limit);
    const sheet = fake.sheet('Kết quả BCH');
    expect(sheet?.peek(1999, 9)?.value).toBe('Ô 1999-9 Nguyễn Văn An');
    expect(sheet?.peek(0, 0)?.font.bold).toBe(true);
  });

  test('without chunking the same payload is refused by an Excel with a small limit (the fake enforces it)', async () => {
    const fake = FakeExcel.fromValues([['Đại hội', [['x']]]], { payloadLimit: 200_000 });
    const host = new OfficeHost(fake.run, 10_000_000);
    await host.sheetNames();
    await expect(host.writeOutputs([bigPlan('Kết quả BCH', 2000, 10)], [])).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Đại hội']);
  });

  test('a failure while writing leaves the previous outputs intact and no temporary sheet behind', async () => {
    const fake = inputs();
    const host = new OfficeHost(fake.run);
    await host.writeOutputs([smallPlan('Kết quả BCH', 'cũ')], []);
    const before = fake.sheets.map((s) => s.name);
    await host.sheetNames();
    fake.failAtSync = { sync: fake.syncCount + 2, code: 'GeneralException' }; // the swap sync
    await expect(host.writeOutputs([smallPlan('Kết quả BCH', 'mới')], [])).rejects.toBeInstanceOf(FakeExcelError);
    expect(fake.sheets.map((s) => s.name)).toEqual(before);
    expect(fake.sheet('Kết quả BCH')?.peek(0, 0)?.value).toBe('cũ');
  });

  test('a failure in the first write sync removes the sheets it created', async () => {
    const fake = inputs();
    const host = new OfficeHost(fake.run);
    await host.sheetNames();
    const bad: SheetPlan = {
      ...smallPlan('Kết quả BCH', 'x'),
      merges: [
        { row: 0, col: 0, cols: 2 },
        { row: 0, col: 1, cols: 2 },
      ],
    };
    await expect(host.writeOutputs([bad], [])).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Đại hội', 'Bầu cử']);
  });

  test('protection is set in the swap sync: no extra sync, even when the values come in chunks', async () => {
    const fake = FakeExcel.fromValues([['Đại hội', [['x']]]], { payloadLimit: 200_000 });
    const host = new OfficeHost(fake.run, 150_000);
    await host.sheetNames();
    const big = { ...bigPlan('Kết quả BCH', 2000, 10), protected: true };
    await host.writeOutputs(
      [big, { ...smallPlan('Nhật ký', 'x'), protected: true }, smallPlan('Biên bản BCH', 'y')],
      [],
    );
    const unprotected = { ...host.stats };
    expect(fake.sheet('Kết quả BCH')?.protected).toBe(true);
    expect(fake.sheet('Nhật ký')?.protected).toBe(true);
    expect(fake.sheet('Biên bản BCH')?.protected).toBe(false);
    // Every value and format went in before the protection (a protected sheet refuses writes).
    expect(fake.sheet('Kết quả BCH')?.peek(1999, 9)?.value).toBe('Ô 1999-9 Nguyễn Văn An');
    expect(fake.sheet('Kết quả BCH')?.peek(0, 0)?.font.bold).toBe(true);
    // The same plans unprotected cost the same syncs.
    const fake2 = FakeExcel.fromValues([['Đại hội', [['x']]]], { payloadLimit: 200_000 });
    const host2 = new OfficeHost(fake2.run, 150_000);
    await host2.sheetNames();
    await host2.writeOutputs(
      [bigPlan('Kết quả BCH', 2000, 10), smallPlan('Nhật ký', 'x'), smallPlan('Biên bản BCH', 'y')],
      [],
    );
    expect(host2.stats).toEqual(unprotected);
    expect(fake2.syncCount).toBe(fake.syncCount);
    // A protected output is replaced like any other by the next run.
    await host.writeOutputs([{ ...smallPlan('Nhật ký', 'z'), protected: true }], []);
    expect(fake.sheet('Nhật ký')?.peek(0, 0)?.value).toBe('z');
    expect(fake.sheet('Nhật ký')?.protected).toBe(true);
  });

  test('stale temporary sheets of an interrupted run are removed by the next one', async () => {
    const fake = inputs();
    fake.sheets.push(new (fake.sheets[0].constructor as new (n: string) => (typeof fake.sheets)[0])('~ĐH~0~abc'));
    const host = new OfficeHost(fake.run);
    expect(await host.sheetNames()).toEqual(['Đại hội', 'Bầu cử']);
    await host.writeOutputs([smallPlan('Kết quả BCH', 'x')], []);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Đại hội', 'Bầu cử', 'Kết quả BCH']);
  });

  test('cell edit mode surfaces as its error code', async () => {
    const fake = inputs();
    fake.cellEditMode = true;
    const host = new OfficeHost(fake.run);
    await expect(host.sheetNames()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  test('selecting a finding selects its cell', async () => {
    const fake = inputs();
    const host = new OfficeHost(fake.run);
    expect(await host.selectCell("'Bầu cử'!B7")).toBe(true);
    expect(fake.selection).toEqual({ sheet: 'Bầu cử', address: 'B7' });
    expect(fake.activeSheet).toBe('Bầu cử');
    expect(await host.selectCell("'Không có'!A1")).toBe(false);
  });

  test('used ranges are anchored at A1', () => {
    expect(
      anchorAtA1("'Phiếu BCH'!C3:D4", [
        ['a', ''],
        ['', 'b'],
      ]),
    ).toEqual([[], [], [null, null, 'a'], [null, null, null, 'b']]);
    expect(anchorAtA1('Sheet1!A1', [[1]])).toEqual([[1]]);
  });

  test('text Excel would convert gets the text format', () => {
    for (const s of ['=A1', '+84', '-', '@x', '007', '19/05/2020', '95%', 'TRUE', '1e5'])
      expect(needsTextFormat(s)).toBe(true);
    for (const s of ['Nguyễn Văn An', 'Bầu đủ', "H'Hen Niê", '']) expect(needsTextFormat(s)).toBe(false);
  });
});

describe('Office host fillCells', () => {
  test('fills empty cells as text and refuses to overwrite', async () => {
    const fake = inputs();
    const host = new OfficeHost(fake.run);
    await host.fillCells('Bầu cử', [
      { row: 2, col: 0, value: 'BCH-2' },
      { row: 2, col: 1, value: 3 },
      { row: 2, col: 2, value: '=x' },
    ]);
    const sheet = fake.sheet('Bầu cử');
    expect(sheet?.peek(2, 0)?.value).toBe('BCH-2');
    expect(sheet?.peek(2, 1)?.value).toBe(3);
    expect(sheet?.peek(2, 2)?.value).toBe('=x');
    expect(sheet?.peek(2, 2)?.formula).toBeUndefined();
    await expect(
      host.fillCells('Bầu cử', [
        { row: 3, col: 0, value: 'a' },
        { row: 1, col: 0, value: 'b' },
      ]),
    ).rejects.toMatchObject({ code: 'CellNotEmpty' });
    expect(sheet?.peek(3, 0)?.value ?? null).toBeNull();
  });

  test('many cells: row blocks under the budget, a few syncs; a non-empty cell anywhere stops every write', async () => {
    const limit = 200_000;
    const fake = FakeExcel.fromValues([['Phiếu BCH', [['Số phiếu', 'A', 'B']]]], { payloadLimit: limit });
    const host = new OfficeHost(fake.run, 150_000);
    const cells = [];
    for (let r = 1; r <= 1600; r++) {
      cells.push({ row: r, col: 0, value: String(r) });
      for (let c = 1; c <= 200; c += 7) cells.push({ row: r, col: c, value: c % 2 ? 'x' : '-' });
    }
    await host.fillCells('Phiếu BCH', cells);
    // 201 columns at 24 bytes a cell: 31 rows a block under 150 KB, one read and one write each.
    expect(fake.syncCount).toBe(2 * Math.ceil(1600 / Math.floor(150_000 / (201 * 24))));
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(limit);
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThanOrEqual(limit);
    // With the real 4 MB budget the same 1,600 rows are two blocks: two reads, two writes.
    const roomy = FakeExcel.fromValues([['Phiếu BCH', [['Số phiếu']]]]);
    await new OfficeHost(roomy.run).fillCells('Phiếu BCH', cells);
    expect(roomy.syncCount).toBe(4);
    const sheet = fake.sheet('Phiếu BCH');
    expect(sheet?.peek(1600, 0)?.value).toBe('1600');
    expect(sheet?.peek(1600, 0)?.numberFormat).toBe('@');
    expect(sheet?.peek(800, 8)?.value).toBe('-');
    expect(sheet?.peek(800, 2)?.value ?? null).toBeNull();
    expect(sheet?.peek(0, 1)?.value).toBe('A');
    // A second fill whose last block meets a filled cell writes nothing at all.
    const again = [
      { row: 1700, col: 0, value: 'a' },
      { row: 1600, col: 1, value: 'b' },
    ];
    await expect(host.fillCells('Phiếu BCH', again)).rejects.toMatchObject({ code: 'CellNotEmpty' });
    expect(sheet?.peek(1700, 0)?.value ?? null).toBeNull();
  });
});

describe('Office host merged areas (ExcelApi 1.13)', () => {
  const NOW = () => new Date(Date.UTC(2025, 9, 15, 9, 30));
  /** The contract test's congress in a fake Excel: ballot 10's mark C11 merged with D11. */
  function congress(options: FakeExcelOptions = {}, extraMerges = 0): FakeExcel {
    const fake = FakeExcel.fromValues(nationalWorkbook(20, 6, 5), options);
    fake.sheet('Phiếu BCH')?.merges.push({ row: 10, col: 2, rows: 1, cols: 2 });
    // A roll formatted with a merged cell on every row: more than Excel lists in one range.
    for (let r = 0; r < extraMerges; r++)
      fake.sheet('Đại biểu')?.merges.push({ row: 100 + r, col: 6, rows: 1, cols: 2 });
    return fake;
  }

  test('the fake refuses the API to an Excel without ExcelApi 1.13, as Excel does', async () => {
    const fake = congress({ excelApi: '1.9' });
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.13')).toBe(false); // 1.13 > 1.9, not 1.13 < 1.9
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Phiếu BCH').getRange().getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('without ExcelApi 1.13 the host reads as before: no merged areas asked, the tally as today, 5 syncs', async () => {
    const fake = congress({ excelApi: '1.9' });
    const host = new OfficeHost(fake.run, SYNC_BUDGET_BYTES, { isSetSupported: fake.isSetSupported });
    const outcome = await tallyCommand({ port: host, lang: 'en', now: NOW, write: true });
    // Today's behaviour, documented: the merged mark reads as one mark and a blank.
    expect(outcome.errors).toEqual([]);
    expect(outcome.written).toBe(true);
    expect(fake.syncCount).toBe(5);
    expect(fake.syncs.every((s) => !JSON.stringify(s).includes('ApiNotFound'))).toBe(true);
    expect(await host.mergedRanges(['Phiếu BCH'])).toEqual(new Map());
    expect(fake.syncCount).toBe(5);
  });

  test("without an Office global (Node) the host assumes only the pane's 1.9", async () => {
    const fake = congress();
    const host = new OfficeHost(fake.run);
    await host.readSheets(await host.sheetNames());
    expect(await host.mergedRanges(['Phiếu BCH'])).toEqual(new Map());
    const office = { context: { requirements: { isSetSupported: fake.isSetSupported } } };
    (globalThis as { Office?: unknown }).Office = office;
    try {
      const pane = new OfficeHost(fake.run);
      await pane.readSheets(await pane.sheetNames());
      expect((await pane.mergedRanges(['Phiếu BCH'])).get('Phiếu BCH')).toEqual([
        { row: 10, col: 2, rows: 1, cols: 2 },
      ]);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  test('an Excel that claims 1.13 but lacks the API: one more sync, then read as before and never asked again', async () => {
    const fake = congress({ excelApi: '1.9' });
    const host = new OfficeHost(fake.run, SYNC_BUDGET_BYTES, { isSetSupported: () => true });
    const names = await host.sheetNames();
    const values = await host.readSheets(names);
    expect(values.get('Phiếu BCH')?.[10]?.[2]).toBe('x');
    expect(fake.syncCount).toBe(4); // names, refused sizing, sizing, values
    expect(await host.mergedRanges(names)).toEqual(new Map());
    await host.readSheets(names);
    expect(fake.syncCount).toBe(6);
  });

  test('a sheet with more than 512 merged areas: the others are still checked, that one reads as before', async () => {
    const fake = congress({}, 600);
    const host = new OfficeHost(fake.run, SYNC_BUDGET_BYTES, { isSetSupported: fake.isSetSupported });
    const outcome = await tallyCommand({ port: host, lang: 'en', now: NOW, write: true });
    expect(outcome.errors.map((e) => [e.code, e.cell])).toEqual([['BAD_MARK', "'Phiếu BCH'!C11:D11"]]);
    // Names, refused sizing, sizing, values; then halves of the 4 input sheets down to the roll: 4 more
    // (the 4 together are not asked again: Excel refused them already).
    expect(fake.syncCount).toBe(8);
    const merges = await host.mergedRanges(['Đại biểu', 'Phiếu BCH']);
    expect([...merges.keys()]).toEqual(['Phiếu BCH']);
    expect(fake.syncCount).toBe(8);
  });

  test('a sheet the last read did not cover costs one sync', async () => {
    const fake = congress();
    const host = new OfficeHost(fake.run, SYNC_BUDGET_BYTES, { isSetSupported: fake.isSetSupported });
    await host.readSheets(['Đại hội']);
    const before = fake.syncCount;
    const merges = await host.mergedRanges(['Phiếu BCH', 'Không có']);
    expect(fake.syncCount).toBe(before + 1);
    expect(merges).toEqual(new Map([['Phiếu BCH', [{ row: 10, col: 2, rows: 1, cols: 2 }]]]));
  });

  test('merged areas are asked of the whole sheet: Excel lists only those whose top-left cell is in the range', async () => {
    const fake = congress();
    fake.sheet('Phiếu BCH')?.merges.push({ row: 30, col: 20, rows: 3, cols: 1 }); // beyond the used range
    const host = new OfficeHost(fake.run, SYNC_BUDGET_BYTES, { isSetSupported: fake.isSetSupported });
    await host.readSheets(['Phiếu BCH']);
    expect((await host.mergedRanges(['Phiếu BCH'])).get('Phiếu BCH')).toEqual([
      { row: 10, col: 2, rows: 1, cols: 2 },
      { row: 30, col: 20, rows: 3, cols: 1 },
    ]);
  });

  test('RangeAreas addresses: quoted names with commas, whole rows and columns, single cells left out', () => {
    expect(areaRects("'Phiếu, BCH'!C3:D3, 'Phiếu, BCH'!$A$15:$A$16,'It''s'!E5, Sheet1!5:6, Sheet1!C:D")).toEqual([
      { row: 2, col: 2, rows: 1, cols: 2 },
      { row: 14, col: 0, rows: 2, cols: 1 },
      { row: 4, col: 0, rows: 2, cols: 16384 },
      { row: 0, col: 2, rows: 1048576, cols: 2 },
    ]);
    expect(areaRects('')).toEqual([]);
  });
});
