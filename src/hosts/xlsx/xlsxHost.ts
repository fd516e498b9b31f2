import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { CellValue, CellWrite, SheetValues, WorkbookPort } from '../../workbook/port';
import type { CellStyle, Rect, SheetPlan } from '../../workbook/sheetPlan';
import { planExtent } from '../../workbook/sheetPlan';
import { a1 } from '../../workbook/address';
import { orderOutputSheets } from '../../workbook/sheetNames';

/** Millimetres → inches (exceljs page margins are in inches). */
const mmToInch = (mm: number) => Math.round((mm / 25.4) * 10000) / 10000;

/**
 * Column width in points → Excel character units for the default font (Calibri 11, maximum digit
 * width 7 px): pixels = width × 7 + 5, and a point is 4/3 px.
 */
export function pointsToCharWidth(points: number): number {
  const px = (points * 4) / 3;
  return Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
}

/** A cell of exceljs flattened to a plain value (formulas to their results, rich text to text). */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((p) => p.text).join('');
  if ('result' in v) return plainValue(v.result as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return null;
  if (typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return null;
}

/** The exceljs file host: the command line's and the standalone page's workbook. */
export class XlsxHost implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async load(file: string): Promise<XlsxHost> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return new XlsxHost(workbook);
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxHost> {
    const workbook = new ExcelJS.Workbook();
    // exceljs accepts an ArrayBuffer or a Buffer; the standalone page passes an ArrayBuffer.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    return new XlsxHost(workbook);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readSheets(names: string[]): Promise<Map<string, SheetValues>> {
    const result = new Map<string, SheetValues>();
    for (const name of names) {
      const ws = this.workbook.getWorksheet(name);
      if (!ws) continue;
      const rows: SheetValues = [];
      ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells: CellValue[] = [];
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          // Merged cells repeat the master's value in exceljs; read only the master.
          if (cell.isMerged && cell.master !== cell) return;
          while (cells.length < colNumber - 1) cells.push(null);
          cells[colNumber - 1] = plainValue(cell.value);
        });
        while (rows.length < rowNumber - 1) rows.push([]);
        rows[rowNumber - 1] = cells;
      });
      result.set(name, rows);
    }
    return result;
  }

  async writeOutputs(plans: SheetPlan[], replace: string[]): Promise<void> {
    // 1. Build every new sheet under a temporary name; nothing existing is touched yet.
    const built: { plan: SheetPlan; ws: ExcelJS.Worksheet }[] = [];
    try {
      plans.forEach((plan, i) => {
        const ws = this.workbook.addWorksheet(`~tmp${i}~${Date.now() % 100000}`);
        applyPlan(ws, plan);
        built.push({ plan, ws });
      });
    } catch (error) {
      for (const { ws } of built) this.workbook.removeWorksheet(ws.id);
      throw error;
    }
    // 2. Swap: remove the old outputs, rename the new sheets, order them after the inputs.
    const newNames = new Set(plans.map((p) => p.name.toLowerCase()));
    const doomed = new Set(replace.map((n) => n.toLowerCase()));
    for (const ws of [...this.workbook.worksheets]) {
      if (built.some((b) => b.ws === ws)) continue;
      const key = ws.name.toLowerCase();
      if (newNames.has(key) || doomed.has(key)) this.workbook.removeWorksheet(ws.id);
    }
    for (const { plan, ws } of built) ws.name = plan.name;
    const ordered = orderOutputSheets(this.workbook.worksheets.map((ws) => ws.name));
    ordered.forEach((name, index) => {
      const ws = this.workbook.getWorksheet(name);
      if (ws) (ws as unknown as { orderNo: number }).orderNo = index;
    });
  }

  async fillCells(sheet: string, cells: CellWrite[]): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    for (const c of cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      if (cell.value !== null && cell.value !== undefined && cell.value !== '')
        throw new Error(`cell ${sheet}!${a1(c.row, c.col)} is not empty`);
    }
    for (const c of cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      // A new style object: cells read from a file may share theirs, and only this one changes.
      if (typeof c.value === 'string') cell.style = { ...cell.style, numFmt: '@' };
      cell.value = c.value;
    }
  }

  /** Writes the workbook to a new file (through a temporary file, so a failure leaves nothing half-written). */
  async save(file: string): Promise<void> {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const temp = `${file}.tmp-${process.pid}`;
    await this.workbook.xlsx.writeFile(temp);
    await fs.rename(temp, file);
  }

  async toBuffer(): Promise<Uint8Array> {
    const data = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(data);
  }
}

function cellsOf(rect: Rect): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let r = rect.row; r < rect.row + (rect.rows ?? 1); r++) {
    for (let c = rect.col; c < rect.col + (rect.cols ?? 1); c++) out.push({ row: r, col: c });
  }
  return out;
}

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

type Styled = Pick<ExcelJS.Cell, 'font' | 'alignment' | 'numFmt' | 'fill' | 'border'>;

/**
 * A function that applies one style to cells. The style's parts are built once, and a cell's
 * part merged with them is shared with every other cell that had the same part before (a table
 * of the minutes styles thousands of cells alike). Parts are never changed in place: a later
 * style builds new ones, so sharing is safe.
 */
function styler(style: CellStyle, results: Map<string, Partial<ExcelJS.Style>> = new Map()): (cell: Styled) => void {
  const hasFont = Boolean(
    style.font ||
    style.size ||
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.underline !== undefined ||
    style.color,
  );
  const font: Partial<ExcelJS.Font> = {};
  if (style.font) font.name = style.font;
  if (style.size) font.size = style.size;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = style.underline;
  if (style.color) font.color = { argb: argb(style.color) };
  const hasAlignment = Boolean(style.hAlign || style.vAlign || style.wrap !== undefined || style.indent !== undefined);
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.indent !== undefined) alignment.indent = style.indent;
  const hasBorder = Boolean(style.border || style.borderBottom || style.borderTop);
  const border: Partial<ExcelJS.Borders> = {};
  if (style.border) {
    const edge = { style: style.border };
    border.top = edge;
    border.bottom = edge;
    border.left = edge;
    border.right = edge;
  }
  if (style.borderBottom) border.bottom = { style: style.borderBottom };
  if (style.borderTop) border.top = { style: style.borderTop };
  const fill: ExcelJS.Fill | undefined = style.fill
    ? { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } }
    : undefined;
  const merged = <T extends object>(cache: Map<unknown, T>, before: T | undefined, patch: T): T => {
    let out = cache.get(before);
    if (!out) {
      out = { ...(before ?? {}), ...patch };
      cache.set(before, out);
    }
    return out;
  };
  const fonts = new Map<unknown, Partial<ExcelJS.Font>>();
  const alignments = new Map<unknown, Partial<ExcelJS.Alignment>>();
  const borders = new Map<unknown, Partial<ExcelJS.Borders>>();
  const apply = (cell: Styled): void => {
    if (hasFont) cell.font = merged(fonts, cell.font, font);
    if (hasAlignment) cell.alignment = merged(alignments, cell.alignment, alignment);
    if (style.numberFormat) cell.numFmt = style.numberFormat;
    if (fill) cell.fill = fill;
    if (hasBorder) cell.border = merged(borders, cell.border, border);
  };
  // Cells get a whole style object, one per distinct result, instead of having their own object
  // changed: exceljs recognises a style object it has seen when it saves (a WeakMap in its styles
  // writer), so thousands of alike cells are written without serialising each one's style.
  // Results are shared by every run of the sheet with the same style (`results`, keyed by it).
  const own = JSON.stringify(style);
  return (target) => {
    const cell = target as ExcelJS.Cell;
    if (!('style' in cell) || !cell.style) return apply(target);
    const before = cell.style;
    const key = `${own}|${partId(before.font)}|${partId(before.alignment)}|${partId(before.border)}|${partId(before.fill)}|${before.numFmt ?? ''}`;
    let after = results.get(key);
    if (!after) {
      after = { ...before };
      apply(after as Styled);
      results.set(key, after);
    }
    cell.style = after;
  };
}

const partIds = new WeakMap<object, number>();
let nextPartId = 1;
/** A number per style part object (font, alignment, …), to key results by what they were built from. */
function partId(part: unknown): string {
  if (!part || typeof part !== 'object') return '-';
  let id = partIds.get(part);
  if (id === undefined) partIds.set(part, (id = nextPartId++));
  return String(id);
}

/** Excel's column limit, to number cells as row × MAX_COLS + col. */
const MAX_COLS = 16384;

/**
 * The cells of merged ranges other than each range's top-left (master) cell, numbered
 * row × MAX_COLS + col (0-based). Overlapping ranges are a bug of the renderer: refused here.
 */
function coveredByMerges(plan: SheetPlan): Set<number> {
  const covered = new Set<number>();
  const masters = new Set<number>();
  for (const m of plan.merges) {
    for (let r = m.row; r < m.row + (m.rows ?? 1); r++) {
      for (let c = m.col; c < m.col + (m.cols ?? 1); c++) {
        const key = r * MAX_COLS + c;
        if (covered.has(key) || masters.has(key)) throw new Error(`${plan.name}: merged ranges overlap at ${a1(r, c)}`);
        if (r === m.row && c === m.col) masters.add(key);
        else covered.add(key);
      }
    }
  }
  return covered;
}

/** A cell by 1-based row and column without exceljs's address parsing (`ws.getCell(r, c)` builds an A1 string). */
function cellAt(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return ws.getRow(row).getCell(col);
}

/** Applies a SheetPlan to an empty exceljs worksheet. */
/** What applyMerges needs of exceljs 4's internals (the version is pinned). */
interface MergeInternals {
  _merges: Record<string, unknown>;
}
type RangeClass = new (top: number, left: number, bottom: number, right: number) => unknown;

/**
 * Merges the plan's ranges (checked for overlap by coveredByMerges). exceljs's own mergeCells
 * checks each new merge against every earlier one and parses an address for every cell: the
 * minutes of a long election have thousands of merged cells, so this does what it does — each
 * cell merged to its master, the range recorded in the sheet's index of merges — without either.
 * The first merge goes through exceljs, which also shows which class it records ranges with.
 */
function applyMerges(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const internal = ws as unknown as MergeInternals;
  let Range: RangeClass | null = null;
  for (const m of plan.merges) {
    const rows = m.rows ?? 1;
    const cols = m.cols ?? 1;
    if (rows === 1 && cols === 1) continue;
    const [top, left, bottom, right] = [m.row + 1, m.col + 1, m.row + rows, m.col + cols];
    const master = cellAt(ws, top, left);
    if (!Range) {
      ws.mergeCells(top, left, bottom, right);
      Range = (internal._merges[master.address] as { constructor: RangeClass }).constructor;
      continue;
    }
    for (let r = top; r <= bottom; r++) {
      const row = ws.getRow(r);
      for (let c = left; c <= right; c++) {
        if (r !== top || c !== left) (row.getCell(c) as unknown as { merge(master: ExcelJS.Cell): void }).merge(master);
      }
    }
    internal._merges[master.address] = new Range(top, left, bottom, right);
  }
}

export function applyPlan(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const { rows, cols } = planExtent(plan);
  // The default style goes on the columns before any cell exists: exceljs gives each new cell its
  // column's style, and the file carries it for the empty cells too (`<col style>`), without a
  // styled entry for every empty cell of the grid (the minutes' grid has thousands).
  if (plan.defaultStyle) {
    const apply = styler(plan.defaultStyle);
    for (let c = 0; c < cols; c++) apply(ws.getColumn(c + 1) as unknown as Styled);
  }
  plan.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value === null || value === undefined) return;
      // Strings are stored as string cells: exceljs never turns "=…" into a formula.
      cellAt(ws, r + 1, c + 1).value = value;
    });
  });
  void rows;
  // exceljs gives every cell of a merged range its master's style (Cell.merge), so styling the
  // other cells of a merge first would be work thrown away.
  const covered = coveredByMerges(plan);
  const results = new Map<string, Partial<ExcelJS.Style>>();
  for (const run of plan.styles) {
    const apply = styler(run.style, results);
    for (const { row, col } of cellsOf(run.range))
      if (!covered.has(row * MAX_COLS + col)) apply(cellAt(ws, row + 1, col + 1));
  }
  applyMerges(ws, plan);
  plan.columnWidths.forEach((points, c) => {
    if (points > 0) ws.getColumn(c + 1).width = pointsToCharWidth(points);
  });
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  const views: Partial<ExcelJS.WorksheetView>[] = [];
  if (plan.freeze) {
    views.push({
      state: 'frozen',
      xSplit: plan.freeze.cols,
      ySplit: plan.freeze.rows,
      showGridLines: plan.showGridLines ?? true,
    });
  } else if (plan.showGridLines === false) {
    views.push({ showGridLines: false });
  }
  if (views.length) ws.views = views;
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
  const page = plan.page;
  if (page) {
    const m = page.marginsMm;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: page.orientation,
      margins: {
        top: mmToInch(m.top),
        bottom: mmToInch(m.bottom),
        left: mmToInch(m.left),
        right: mmToInch(m.right),
        header: mmToInch(page.headerMm ?? 10),
        footer: mmToInch(page.footerMm ?? 10),
      },
      horizontalCentered: page.centerHorizontally ?? false,
      fitToPage: page.fitToWidth ?? false,
      fitToWidth: 1,
      fitToHeight: 0,
      scale: 100,
    };
    if (page.printArea) {
      const pa = page.printArea;
      ws.pageSetup.printArea = `${a1(pa.row, pa.col)}:${a1(pa.row + (pa.rows ?? 1) - 1, pa.col + (pa.cols ?? 1) - 1)}`;
    }
    if (page.printTitleRows)
      ws.pageSetup.printTitlesRow = `${page.printTitleRows[0] + 1}:${page.printTitleRows[1] + 1}`;
    if (page.pageNumberTopFromSecond) {
      ws.headerFooter = {
        differentFirst: true,
        differentOddEven: false,
        firstHeader: '',
        oddHeader: '&C&"Times New Roman,Regular"&14&P',
      };
    }
    for (const r of page.rowBreaks ?? []) ws.getRow(r + 1).addPageBreak();
  }
}
