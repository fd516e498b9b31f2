/**
 * The host-neutral description of an output sheet (ARCHITECTURE.md). Both hosts (exceljs and
 * Office.js) apply the same plan, so a golden test of a plan covers both.
 * Coordinates are 0-based; `values[r][c]` is the cell at row r+1, column c+1.
 */
export type PlanValue = string | number | boolean | null;

export interface Rect {
  row: number;
  col: number;
  rows?: number; // default 1
  cols?: number; // default 1
}

export type BorderWeight = 'thin' | 'medium' | 'dotted';

export interface CellStyle {
  font?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string; // RRGGBB
  fill?: string; // RRGGBB
  hAlign?: 'left' | 'center' | 'right' | 'justify';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  indent?: number;
  numberFormat?: string;
  /** Borders on every cell of the range (each edge of each cell). */
  border?: BorderWeight;
  /** Only the bottom edge of each cell of the range (a rule under a title). */
  borderBottom?: BorderWeight;
  borderTop?: BorderWeight;
}

export interface StyleRun {
  range: Rect;
  style: CellStyle;
}

export interface PageSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Top, bottom, left, right in millimetres. */
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Header and footer distance from the page edge, millimetres. */
  headerMm?: number;
  footerMm?: number;
  /** Fit to one page wide (a guard: the grid is laid out to fit at 100%). */
  fitToWidth?: boolean;
  printArea?: Rect;
  /** Rows repeated at the top of each printed page (0-based, inclusive). */
  printTitleRows?: [number, number];
  centerHorizontally?: boolean;
  /** Page number centred at the top from page 2 (different first page). */
  pageNumberTopFromSecond?: boolean;
  /** Manual page breaks: a break is inserted after each of these 0-based rows. */
  rowBreaks?: number[];
}

/**
 * Data validation on a range (Excel's Data > Data Validation; ExcelApi 1.8, exceljs
 * `dataValidations`). The template uses it to offer each coded column's values and to say, when
 * a header is selected, what goes in its column. Input values are never refused: the parsers
 * match labels forgivingly (`co mat` = `Có mặt`), so a value outside the list only warns.
 */
export interface Validation {
  range: Rect;
  /** A drop-down of these values (joined with commas: none may hold one; at most 255 characters). */
  list?: readonly string[];
  /** The input message shown when a cell of the range is selected (title ≤ 32, message ≤ 255). */
  prompt?: { title: string; message: string };
  /** The warning shown for a value outside `list` (title ≤ 32, message ≤ 255). */
  alert?: { title: string; message: string };
}

export interface SheetPlan {
  name: string;
  values: PlanValue[][];
  styles: StyleRun[];
  merges: Rect[];
  /** Column widths in points, index = column. */
  columnWidths: number[];
  /** Row heights in points by 0-based row. */
  rowHeights?: Record<number, number>;
  /** Default font of the sheet's cells (applied to the used range before the runs). */
  defaultStyle?: CellStyle;
  page?: PageSetup;
  freeze?: { rows: number; cols: number };
  showGridLines?: boolean;
  tabColor?: string;
  /**
   * Sheet protection without a password: the clerk can read and print but not edit by accident
   * (integrity: finalised results and the append-only log, issue 12).
   */
  protected?: boolean;
  /** Drop-down lists and input messages (every host writes them: package, Office). */
  validations?: Validation[];
}

export function emptyPlan(name: string): SheetPlan {
  return { name, values: [], styles: [], merges: [], columnWidths: [] };
}

/** Number of rows and columns the plan's values span. */
export function planExtent(plan: SheetPlan): { rows: number; cols: number } {
  let cols = 0;
  for (const row of plan.values) cols = Math.max(cols, row.length);
  return { rows: plan.values.length, cols };
}

/** Small helper for renderers: sets a value, growing the grid as needed. */
export function setValue(plan: SheetPlan, row: number, col: number, value: PlanValue): void {
  while (plan.values.length <= row) plan.values.push([]);
  const line = plan.values[row];
  while (line.length < col) line.push(null);
  line[col] = value;
}
