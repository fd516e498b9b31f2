/**
 * The fake Excel object model for tests (fakeExcelModel.ts, also used by the e2e Office.js stub
 * and the Office benchmark); this module adds test loaders.
 */
import type { PackageHost } from '../../src/hosts/package/packageHost';
import { FakeExcel, type FakeExcelOptions } from './fakeExcelModel';

export * from './fakeExcelModel';

/** The same data as a workbook file, loaded into a fake Excel (values and merged ranges, dates as serials). */
export async function fakeFromXlsx(host: PackageHost, options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const names = await host.sheetNames();
  const values = await host.readSheets(names);
  const merges = await host.mergedRanges(names);
  const fake = FakeExcel.fromValues(
    names.map((n) => [n, values.get(n) ?? []] as [string, unknown[][]]),
    options,
  );
  for (const sheet of fake.sheets)
    sheet.merges = (merges.get(sheet.name) ?? []).map((m) => ({
      row: m.row,
      col: m.col,
      rows: m.rows ?? 1,
      cols: m.cols ?? 1,
    }));
  return fake;
}
