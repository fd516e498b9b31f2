/**
 * A print-ready page laid out on a grid of equal narrow columns that together fit the printable
 * width of an A4 page, so the print scale stays 100% (Hướng dẫn 36-HD/VPTW, regulations §9.1).
 * Every piece of text sits in a merged range of whole columns; merged cells do not grow to fit
 * wrapped text in Excel or LibreOffice, so each row's height is set from the lines its text takes
 * (textWidth), and every row gets an explicit height so the pagination is known in advance.
 */
import type { Margins } from '../../engine/model/settings';
import { type CellStyle, emptyPlan, type PageSetup, type PlanValue, setValue, type SheetPlan } from '../sheetPlan';
import { lineCount } from './textWidth';

export const FONT = 'Times New Roman';
export const BODY_SIZE = 14;
/** Columns of the grid: fine enough for a centred rule as long as a title, and for table weights. */
export const GRID_COLS = 24;

const A4_WIDTH_MM = 210;
const A4_HEIGHT_MM = 297;
const PT_PER_MM = 72 / 25.4;
/**
 * Points left unused at the right edge: column widths are stored in character units and rounded
 * to whole pixels by the spreadsheet (up to a pixel per column), and a stand-in font may differ.
 */
const WIDTH_SLACK_PT = 10;
/** Inner padding of a cell, both sides together (Excel draws about 2–3 px each side). */
export const CELL_PADDING_PT = 7;

/** Height of one line of text at `size` points, as spreadsheets set it for Times New Roman. */
export function lineHeight(size: number): number {
  return Math.ceil(size * 1.34 * 4) / 4;
}

/** Printable width and height of A4 portrait inside the margins, in points. */
export function printableArea(margins: Margins): { width: number; height: number } {
  return {
    width: (A4_WIDTH_MM - margins.left - margins.right) * PT_PER_MM,
    height: (A4_HEIGHT_MM - margins.top - margins.bottom) * PT_PER_MM,
  };
}

/** Splits `total` columns by weights with the largest remainder; every part gets at least `min`. */
export function spans(weights: number[], total: number, min = 1): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map((x) => Math.max(min, Math.floor(x)));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k].i]++;
  // Too many minimums: take back from the widest parts.
  while (left < 0) {
    const widest = out.indexOf(Math.max(...out));
    out[widest]--;
    left++;
  }
  return out;
}

export interface Place {
  col: number;
  cols: number;
  style?: CellStyle;
  /** The caller measured the text to print on one line (`breakHeaderLine`): one line high. */
  oneLine?: boolean;
}

export class PageGrid {
  readonly plan: SheetPlan;
  readonly colWidth: number;
  readonly page: { width: number; height: number };
  row = 0;

  /**
   * A measuring grid keeps only the rows' heights (`put` writes no value, style or merge): the
   * minutes are laid out again for each page a long table runs onto, and only the last layout is
   * kept, so the earlier ones need only what pagination reads.
   */
  constructor(
    name: string,
    readonly margins: Margins,
    readonly cols = GRID_COLS,
    readonly measureOnly = false,
  ) {
    this.page = printableArea(margins);
    this.colWidth = Math.floor(((this.page.width - WIDTH_SLACK_PT) / cols) * 100) / 100;
    this.plan = emptyPlan(name);
    this.plan.columnWidths = new Array<number>(cols).fill(this.colWidth);
    this.plan.defaultStyle = { font: FONT, size: BODY_SIZE, vAlign: 'top' };
    this.plan.showGridLines = false;
    this.plan.rowHeights = {};
  }

  /** Width in points of `cols` columns. */
  width(cols: number): number {
    return cols * this.colWidth;
  }

  /** Makes row `row` at least `points` high. */
  need(row: number, points: number): void {
    const heights = this.plan.rowHeights ?? {};
    heights[row] = Math.max(heights[row] ?? 0, points);
    this.plan.rowHeights = heights;
  }

  /**
   * Puts `value` in row `row`, columns col … col+cols−1 (merged when more than one), wrapped,
   * and makes the row tall enough for the lines it takes. Returns the number of lines.
   */
  put(row: number, value: PlanValue, at: Place): number {
    if (this.measureOnly) return this.measure(row, value, at);
    setValue(this.plan, row, at.col, value);
    // Fill the rest of the row's extent so the grid is rectangular to the last column.
    if (this.plan.values[row].length < this.cols)
      setValue(this.plan, row, this.cols - 1, this.plan.values[row][this.cols - 1] ?? null);
    if (at.cols > 1) this.plan.merges.push({ row, col: at.col, cols: at.cols });
    const style = this.wrapped(at.style);
    this.plan.styles.push({ range: { row, col: at.col, cols: at.cols }, style });
    const size = style.size ?? BODY_SIZE;
    const text = value === null ? '' : typeof value === 'number' ? String(value) : String(value);
    const lines =
      text && !at.oneLine ? lineCount(text, this.width(at.cols) - CELL_PADDING_PT, size, Boolean(style.bold)) : 1;
    this.need(row, lines * lineHeight(size) + (lines > 1 ? 2 : 1));
    return lines;
  }

  /** Each caller's style with wrapping, made once per style object (the runs share it). */
  private readonly wrappedStyles = new Map<CellStyle | undefined, CellStyle>();

  private wrapped(style: CellStyle | undefined): CellStyle {
    let out = this.wrappedStyles.get(style);
    if (!out) {
      out = { wrap: true, ...(style ?? {}) };
      this.wrappedStyles.set(style, out);
    }
    return out;
  }

  /** What `put` does to the row's height, and nothing else. */
  private measure(row: number, value: PlanValue, at: Place): number {
    const size = at.style?.size ?? BODY_SIZE;
    const text = value === null ? '' : String(value);
    const lines =
      text && !at.oneLine ? lineCount(text, this.width(at.cols) - CELL_PADDING_PT, size, Boolean(at.style?.bold)) : 1;
    this.need(row, lines * lineHeight(size) + (lines > 1 ? 2 : 1));
    return lines;
  }

  /** A value across the whole width on a new row; returns the row. */
  line(value: PlanValue, style?: CellStyle, indentCols = 0): number {
    const r = this.row++;
    this.put(r, value, { col: indentCols, cols: this.cols - indentCols, style });
    return r;
  }

  /** An empty row of the given height. */
  gap(points: number): number {
    const r = this.row++;
    if (!this.measureOnly) setValue(this.plan, r, this.cols - 1, null);
    this.need(r, points);
    return r;
  }

  /** A bottom rule under columns col … col+cols−1 on its own thin row (the short rule under a title). */
  rule(col: number, cols: number, height = 4): number {
    const r = this.gap(height);
    if (!this.measureOnly) this.plan.styles.push({ range: { row: r, col, cols }, style: { borderBottom: 'thin' } });
    return r;
  }

  /** Height of rows from … to−1 in points. */
  heightOf(from: number, to: number): number {
    let h = 0;
    for (let r = from; r < to; r++) h += this.plan.rowHeights?.[r] ?? lineHeight(BODY_SIZE);
    return h;
  }

  /**
   * Page breaks for every page: each [start, end) group of rows stays on one page when it fits
   * on a page, given the rows' heights and the printable height. Returns the 0-based rows a
   * break follows.
   */
  keepTogether(groups: [number, number][]): number[] {
    const breaks: number[] = [];
    // LibreOffice reserves the header's band on every page, the first too: keep a margin.
    const limit = this.page.height - 30;
    // Of the groups starting at a row, the longest (a heading's group may start a table's too).
    const longest = new Map<number, number>();
    for (const [start, end] of groups) {
      const known = longest.get(start);
      if (known === undefined || end > known) longest.set(start, end);
    }
    let used = 0;
    for (let r = 0; r < this.row; r++) {
      const end = longest.get(r);
      if (end !== undefined) {
        const h = this.heightOf(r, end);
        if (used > 0 && used + h > limit && h <= limit) {
          breaks.push(r - 1);
          used = 0;
        }
      }
      const h = this.heightOf(r, r + 1);
      // A row that does not fit starts the next page. The break is written too, so that every
      // page ends where this count says (with a margin), not where a spreadsheet's own count of
      // the page would put it — otherwise its breaks and ours would leave half-empty pages.
      if (used > 0 && used + h > limit) {
        breaks.push(r - 1);
        used = 0;
      }
      used += h;
    }
    return breaks;
  }

  /** Page setup: A4 portrait, the margins, print area over the grid, fit-to-width as a guard. */
  finish(extra: Partial<PageSetup> = {}): SheetPlan {
    const rows = Math.max(1, this.row);
    const page: PageSetup = {
      paper: 'A4',
      orientation: 'portrait',
      marginsMm: { ...this.margins },
      headerMm: 10,
      footerMm: 10,
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows, cols: this.cols },
      ...extra,
    };
    this.plan.page = page;
    return this.plan;
  }
}
