import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import type { CommandContext } from '../../src/commands/types';
import type { Cell } from '../helpers/workbook';
import { NOW } from './fixtures';

/** The workbook as a clerk's file would bring it back: saved and loaded again. */
export async function reopened(host: XlsxHost): Promise<XlsxHost> {
  return XlsxHost.fromBuffer(await host.toBuffer());
}

export function ctxOf(host: CommandContext['port'], over: Partial<CommandContext> = {}): CommandContext {
  return { port: host, lang: 'vi', now: NOW, write: true, operator: 'Nguyễn Thị Thư Ký', ...over };
}

/** Sets a cell (0-based) in an exceljs-backed workbook, as a clerk typing would. */
export function setCell(host: XlsxHost, sheet: string, row: number, col: number, value: Cell): void {
  const ws = host.workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  ws.getCell(row + 1, col + 1).value = value;
}

/** Deletes a row (0-based) of a sheet, moving the rows below up. */
export function deleteRow(host: XlsxHost, sheet: string, row: number): void {
  const ws = host.workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  ws.spliceRows(row + 1, 1);
}

export async function values(host: XlsxHost, sheet: string): Promise<Cell[][]> {
  return (await host.readSheets([sheet])).get(sheet) ?? [];
}

export function isProtected(host: XlsxHost, sheet: string): boolean {
  const ws = host.workbook.getWorksheet(sheet) as unknown as { sheetProtection?: { sheet?: boolean } | null };
  return Boolean(ws?.sheetProtection?.sheet);
}
