/**
 * The fake Excel object model for tests (fakeExcelModel.ts, also used by the e2e Office.js stub
 * and the Office benchmark); this module adds test loaders.
 */
import type { PackageHost } from '../../src/hosts/package/packageHost';
import { FakeExcel, type FakeExcelOptions } from './fakeExcelModel';

export * from './fakeExcelModel';

/** The same data as an exceljs workbook, loaded into a fake Excel (values only, dates as serials). */
export async function fakeFromXlsx(host: PackageHost, options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const names = await host.sheetNames();
  const values = await host.readSheets(names);
  return FakeExcel.fromValues(
    names.map((n) => [n, values.get(n) ?? []] as [string, unknown[][]]),
    options,
  );
}
