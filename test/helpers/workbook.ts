import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';

export type Cell = string | number | boolean | Date | null;

/**
 * Builds a real exceljs workbook from arrays (sheet name → rows), writes it to an .xlsx buffer
 * and loads it back, so tests go through the same bytes a clerk's file would.
 */
export async function workbookFrom(sheets: Record<string, Cell[][]>): Promise<XlsxHost> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') ws.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  const buffer = await wb.xlsx.writeBuffer();
  return XlsxHost.fromBuffer(buffer);
}

/** The values of every sheet of a host, by name. */
export async function allValues(host: XlsxHost): Promise<Map<string, Cell[][]>> {
  const names = await host.sheetNames();
  return host.readSheets(names);
}
