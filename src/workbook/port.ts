import type { Rect, SheetPlan } from './sheetPlan';

/**
 * A cell as read from a workbook. Hosts flatten formulas to their results and rich text to plain
 * text. The Office host returns dates as serial numbers; the parser reads a number in a date
 * field as an Excel serial date.
 */
export type CellValue = string | number | boolean | Date | null;

/** A sheet's cells anchored at A1: `values[r][c]` is row r+1, column c+1 (rows may be ragged). */
export type SheetValues = CellValue[][];

/**
 * The one port both hosts implement (ARCHITECTURE.md): read sheets as 2-D values, apply
 * SheetPlans. The commands see nothing else of Excel or files.
 */
export interface WorkbookPort {
  /** Names of every worksheet, in tab order. */
  sheetNames(): Promise<string[]>;
  /** The used values of each named sheet (names as returned by sheetNames). Missing names are absent. */
  readSheets(names: string[]): Promise<Map<string, SheetValues>>;
  /**
   * Writes the plans as new sheets under temporary names, then removes the sheets named in
   * `replace` and the existing sheets of the plans' names, renames the new sheets, and orders
   * them after the input sheets. A failure before the swap leaves the workbook as it was.
   */
  writeOutputs(plans: SheetPlan[], replace: string[]): Promise<void>;
  /**
   * Fills empty cells of an existing input sheet (0-based row and column), values written as
   * text. Only `next-round` uses it, to add the next round's `Bầu cử` row the clerk asked for; it
   * never overwrites a non-empty cell (the host throws instead).
   */
  fillCells(sheet: string, cells: CellWrite[]): Promise<void>;
  /**
   * Optional: the merged ranges of the named sheets (0-based). A ballot row with merged cells
   * would read as one mark and blanks, so the readers refuse it at the range (issue 13). The
   * package host gives them; a host without them reads as before.
   */
  mergedRanges?(names: string[]): Promise<Map<string, Rect[]>>;
}

export interface CellWrite {
  row: number;
  col: number;
  value: string | number;
}

/** Progress reports for anything slower than a second (the pane shows a bar). */
export type ProgressFn = (fraction: number, label: string) => void;
