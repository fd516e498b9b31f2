import type ExcelJS from 'exceljs';
import { PackageHost } from '../../src/hosts/package/packageHost';
import type { CommandContext } from '../../src/commands/types';
import { type Cell, exceljsOf, TEST_CLOCK } from '../helpers/workbook';
import { NOW } from './fixtures';

/** The workbook as a clerk's file would bring it back: saved and opened again. */
export async function reopened(host: PackageHost): Promise<PackageHost> {
  return PackageHost.open(host.toBytes(TEST_CLOCK));
}

export function ctxOf(host: CommandContext['port'], over: Partial<CommandContext> = {}): CommandContext {
  return { port: host, lang: 'vi', now: NOW, write: true, operator: 'Nguyễn Thị Thư Ký', ...over };
}

/** The workbook edited by another program (exceljs), as a clerk or a tamperer would: a new host. */
export async function edited(host: PackageHost, edit: (wb: ExcelJS.Workbook) => void): Promise<PackageHost> {
  const wb = await exceljsOf(host);
  edit(wb);
  return PackageHost.open(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function sheetOf(wb: ExcelJS.Workbook, sheet: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return ws;
}

/** Sets a cell (0-based), as a clerk typing would. */
export function setCell(host: PackageHost, sheet: string, row: number, col: number, value: Cell): Promise<PackageHost> {
  return edited(host, (wb) => {
    sheetOf(wb, sheet).getCell(row + 1, col + 1).value = value;
  });
}

/** Sets many cells (0-based) of one sheet. */
export function setCells(host: PackageHost, sheet: string, cells: [number, number, Cell][]): Promise<PackageHost> {
  return edited(host, (wb) => {
    const ws = sheetOf(wb, sheet);
    for (const [row, col, value] of cells) ws.getCell(row + 1, col + 1).value = value;
  });
}

/** Deletes a row (0-based) of a sheet, moving the rows below up. */
export function deleteRow(host: PackageHost, sheet: string, row: number): Promise<PackageHost> {
  return edited(host, (wb) => {
    sheetOf(wb, sheet).spliceRows(row + 1, 1);
  });
}

export async function values(host: PackageHost, sheet: string): Promise<Cell[][]> {
  return (await host.readSheets([sheet])).get(sheet) ?? [];
}

/** Whether a sheet of the workbook is protected, as another program reads the file. */
export async function isProtected(host: PackageHost, sheet: string): Promise<boolean> {
  const ws = (await exceljsOf(host)).getWorksheet(sheet) as unknown as { sheetProtection?: { sheet?: boolean } | null };
  return Boolean(ws?.sheetProtection?.sheet);
}
