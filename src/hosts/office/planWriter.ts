import type { BorderWeight, CellStyle, PlanValue, Rect, SheetPlan } from '../../workbook/sheetPlan';
import { planExtent } from '../../workbook/sheetPlan';
import { a1 } from '../../workbook/address';
import type { ExcelRange, ExcelRangeFormat, ExcelWorksheet } from './excelApi';

/** Millimetres → points (Excel's page margins and header distances are in points). */
export const mmToPoints = (mm: number): number => Math.round((mm / 25.4) * 72 * 100) / 100;

/** The A1 address of a 0-based rectangle. */
export function rectAddress(rect: Rect): string {
  const last = a1(rect.row + (rect.rows ?? 1) - 1, rect.col + (rect.cols ?? 1) - 1);
  const first = a1(rect.row, rect.col);
  return first === last ? first : `${first}:${last}`;
}

/**
 * Would Excel turn this string into something else when it is assigned to `Range.values`? A
 * leading `=`, `+`, `-` or `@` makes a formula; a string without letters may become a number,
 * a date or a percentage; TRUE/FALSE become booleans; `1e5` becomes 100000. WORKBOOK.md: "Text
 * is written as text", so such cells are formatted `@` before their values are set.
 */
export function needsTextFormat(value: string): boolean {
  if (/^[=+\-@]/.test(value)) return true;
  if (!/\p{L}/u.test(value)) return value.length > 0;
  if (/^\s*(true|false)\s*$/i.test(value)) return true;
  return /^\s*[-+]?[\d.,]+e[-+]?\d+\s*$/i.test(value);
}

const TEXT_FORMAT = '@';
const GENERAL = 'General';

/** The number format of every cell of the plan's extent: styles in order, `@` for text Excel would coerce. */
export function numberFormats(plan: SheetPlan): string[][] {
  const { rows, cols } = planExtent(plan);
  const grid: string[][] = [];
  for (let r = 0; r < rows; r++) grid.push(new Array<string>(cols).fill(plan.defaultStyle?.numberFormat ?? GENERAL));
  for (const run of plan.styles) {
    const format = run.style.numberFormat;
    if (!format) continue;
    const { row, col } = run.range;
    for (let r = row; r < Math.min(rows, row + (run.range.rows ?? 1)); r++) {
      for (let c = col; c < Math.min(cols, col + (run.range.cols ?? 1)); c++) grid[r][c] = format;
    }
  }
  plan.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (typeof value === 'string' && needsTextFormat(value)) grid[r][c] = TEXT_FORMAT;
    }),
  );
  return grid;
}

/** Rows r0 ≤ r < r1 of the plan's values as a full rectangle (Excel wants exact dimensions). */
export function valueBlock(plan: SheetPlan, r0: number, r1: number, cols: number): (string | number | boolean)[][] {
  const out: (string | number | boolean)[][] = [];
  for (let r = r0; r < r1; r++) {
    const line = plan.values[r] ?? [];
    const row: (string | number | boolean)[] = [];
    for (let c = 0; c < cols; c++) {
      const value: PlanValue | undefined = line[c];
      row.push(value === null || value === undefined ? '' : value);
    }
    out.push(row);
  }
  return out;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function border(weight: BorderWeight): { style: string; weight: string } {
  if (weight === 'dotted') return { style: 'Dot', weight: 'Thin' };
  return { style: 'Continuous', weight: weight === 'medium' ? 'Medium' : 'Thin' };
}

function setBorder(
  format: ExcelRangeFormat,
  edge: Parameters<ExcelRangeFormat['borders']['getItem']>[0],
  weight: BorderWeight,
): void {
  const item = format.borders.getItem(edge);
  const b = border(weight);
  item.style = b.style;
  item.weight = b.weight;
}

/** Queues a cell style on a range (everything but the number format, which goes as a 2-D array). */
export function queueStyle(range: ExcelRange, style: CellStyle, multiRow: boolean, multiCol: boolean): void {
  const f = range.format;
  if (style.font) f.font.name = style.font;
  if (style.size) f.font.size = style.size;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.underline !== undefined) f.font.underline = style.underline ? 'Single' : 'None';
  if (style.color) f.font.color = `#${style.color.replace('#', '').toUpperCase()}`;
  if (style.fill) f.fill.color = `#${style.fill.replace('#', '').toUpperCase()}`;
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.indent !== undefined) f.indentLevel = style.indent;
  if (style.border) {
    // Each edge of each cell: the outer edges plus the inside lines of a block.
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) setBorder(f, edge, style.border);
    if (multiRow) setBorder(f, 'InsideHorizontal', style.border);
    if (multiCol) setBorder(f, 'InsideVertical', style.border);
  }
  if (style.borderTop) setBorder(f, 'EdgeTop', style.borderTop);
  if (style.borderBottom) {
    setBorder(f, 'EdgeBottom', style.borderBottom);
    if (multiRow) setBorder(f, 'InsideHorizontal', style.borderBottom);
  }
}

/** Rough JSON size of the formatting commands of a plan (styles, merges, layout). */
export function formatPayloadBytes(plan: SheetPlan): number {
  return (
    utf8Length(JSON.stringify([plan.styles, plan.merges, plan.columnWidths, plan.rowHeights ?? {}, plan.page ?? {}])) +
    200 * (plan.styles.length + plan.merges.length)
  );
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Queues rows r0 ≤ r < r1: number formats first (so text stays text), then values. */
export function queueValues(ws: ExcelWorksheet, plan: SheetPlan, formats: string[][], r0: number, r1: number): void {
  const { cols } = planExtent(plan);
  if (r1 <= r0 || cols === 0) return;
  const range = ws.getRange(`${a1(r0, 0)}:${a1(r1 - 1, cols - 1)}`);
  const block = formats.slice(r0, r1);
  if (block.some((row) => row.some((f) => f !== GENERAL))) range.numberFormat = block;
  range.values = valueBlock(plan, r0, r1, cols);
}

/** Queues everything but values: styles, merges, sizes, page layout, panes, gridlines. */
export function queueLayout(ws: ExcelWorksheet, plan: SheetPlan): void {
  const { rows, cols } = planExtent(plan);
  if (plan.defaultStyle && rows > 0 && cols > 0) {
    queueStyle(
      ws.getRange(`A1:${a1(rows - 1, cols - 1)}`),
      { ...plan.defaultStyle, numberFormat: undefined },
      rows > 1,
      cols > 1,
    );
  }
  for (const run of plan.styles) {
    queueStyle(ws.getRange(rectAddress(run.range)), run.style, (run.range.rows ?? 1) > 1, (run.range.cols ?? 1) > 1);
  }
  for (const m of plan.merges) {
    if ((m.rows ?? 1) === 1 && (m.cols ?? 1) === 1) continue;
    ws.getRange(rectAddress(m)).merge(false);
  }
  plan.columnWidths.forEach((points, c) => {
    // Excel's Range.format.columnWidth is in points, the unit of the plan.
    if (points > 0) ws.getRange(a1(0, c)).format.columnWidth = points;
  });
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    ws.getRange(a1(Number(row), 0)).format.rowHeight = height;
  }
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    const { rows: fr, cols: fc } = plan.freeze;
    if (fc === 0) ws.freezePanes.freezeRows(fr);
    else if (fr === 0) ws.freezePanes.freezeColumns(fc);
    else ws.freezePanes.freezeAt(`A1:${a1(fr - 1, fc - 1)}`);
  }
  if (plan.showGridLines === false) ws.showGridlines = false;
  if (plan.tabColor) ws.tabColor = `#${plan.tabColor.replace('#', '').toUpperCase()}`;
  for (const v of plan.validations ?? []) {
    const dv = ws.getRange(rectAddress(v.range)).dataValidation;
    if (v.list) dv.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
    if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    // A warning, never a stop: the parsers accept spellings a list would refuse.
    if (v.list && v.alert) dv.errorAlert = { showAlert: true, style: 'Warning', ...v.alert };
  }
  const page = plan.page;
  if (!page) return;
  const layout = ws.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.topMargin = mmToPoints(page.marginsMm.top);
  layout.bottomMargin = mmToPoints(page.marginsMm.bottom);
  layout.leftMargin = mmToPoints(page.marginsMm.left);
  layout.rightMargin = mmToPoints(page.marginsMm.right);
  layout.headerMargin = mmToPoints(page.headerMm ?? 10);
  layout.footerMargin = mmToPoints(page.footerMm ?? 10);
  layout.centerHorizontally = page.centerHorizontally ?? false;
  // A writable parent property is assigned whole (addin-engineering.md §2.1).
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (page.printArea) layout.setPrintArea(rectAddress(page.printArea));
  if (page.printTitleRows) layout.setPrintTitleRows(`$${page.printTitleRows[0] + 1}:$${page.printTitleRows[1] + 1}`);
  if (page.pageNumberTopFromSecond) {
    // Page number centred at the top from page 2: a blank first-page header.
    const hf = layout.headersFooters;
    hf.state = 'FirstAndDefault';
    hf.firstPage.centerHeader = '';
    hf.defaultForAllPages.centerHeader = PAGE_NUMBER_HEADER;
  }
  for (const r of page.rowBreaks ?? []) ws.horizontalPageBreaks.add(a1(r + 1, 0));
}

/** The centre section of the header the exceljs host writes (&C…). */
export const PAGE_NUMBER_HEADER = '&"Times New Roman,Regular"&14&P';
