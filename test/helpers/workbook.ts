import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { PackageHost } from '../../src/hosts/package/packageHost';

export type Cell = string | number | boolean | Date | null;

/** The clock tests stamp the files they write with. */
export const TEST_CLOCK = new Date(Date.UTC(2025, 4, 12, 10));

/**
 * Builds a real workbook from arrays (sheet name → rows) with exceljs (another program, as a
 * clerk's file would come from one), and opens its bytes with the package host.
 */
export async function workbookFrom(
  sheets: Record<string, Cell[][]>,
  merges: Record<string, string[]> = {},
): Promise<PackageHost> {
  return PackageHost.open(await workbookBytesFrom(sheets, merges));
}

/** The same as bytes; `merges` names ranges to merge, by sheet (`{ 'Phiếu BCH': ['C4:D4'] }`). */
export async function workbookBytesFrom(
  sheets: Record<string, Cell[][]>,
  merges: Record<string, string[]> = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') ws.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const range of merges[name] ?? []) ws.mergeCells(range);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook file opened with the package host. */
export function loadHost(file: string): PackageHost {
  return PackageHost.open(new Uint8Array(readFileSync(file)));
}

/** Writes a host's workbook to a file. */
export function saveHost(host: PackageHost, file: string): void {
  writeFileSync(file, host.toBytes(TEST_CLOCK));
}

/** A host's workbook written and loaded by exceljs (a real consumer of our output). */
export async function exceljsOf(host: PackageHost): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(host.toBytes(TEST_CLOCK) as unknown as ArrayBuffer);
  return wb;
}

/** The values of every sheet of a host, by name. */
export async function allValues(host: PackageHost): Promise<Map<string, Cell[][]>> {
  const names = await host.sheetNames();
  return host.readSheets(names);
}
