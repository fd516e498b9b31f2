/**
 * The fake Excel object model for tests. The model itself lives in src/hosts/office/fakeExcel.ts
 * (the benchmark and the e2e Office.js stub use it too); this module adds test loaders.
 */
import type { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { FakeExcel, FakeExcelOptions } from '../../src/hosts/office/fakeExcel';

export * from '../../src/hosts/office/fakeExcel';

/** The same data as an exceljs workbook, loaded into a fake Excel (values only, dates as serials). */
export async function fakeFromXlsx(host: XlsxHost, options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const names = await host.sheetNames();
  const values = await host.readSheets(names);
  return FakeExcel.fromValues(names.map((n) => [n, values.get(n) ?? []] as [string, unknown[][]]), options);
}
