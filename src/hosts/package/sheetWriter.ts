/**
 * A SheetPlan as a SpreadsheetML worksheet part, written directly: every field of the plan as the
 * exceljs host wrote it (a cell's style is the default style, then each run over it in order; the
 * cells covered by a merge take the master's style), strings as inline strings so the workbook's
 * shared strings part is left as it was, and never a formula.
 */
import type { CellStyle, Rect, SheetPlan } from '../../workbook/sheetPlan';
import { planExtent } from '../../workbook/sheetPlan';
import { a1, quoteSheet } from '../../workbook/address';
import type { ResolvedStyle, StyleBook } from './styles';
import { escapeAttribute, escapeText } from './xml';

/** Millimetres → inches (SpreadsheetML page margins are in inches), as the exceljs host rounded them. */
const mmToInch = (mm: number): number => Math.round((mm / 25.4) * 10000) / 10000;

/**
 * Column width in points → Excel character units for the default font (Calibri 11, maximum digit
 * width 7 px): pixels = width × 7 + 5, and a point is 4/3 px.
 */
export function pointsToCharWidth(points: number): number {
  const px = (points * 4) / 3;
  return Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
}

/** The page number the minutes print at the top centre from page 2 (same text as the Office host's). */
export const PAGE_NUMBER_HEADER = '&C&"Times New Roman,Regular"&14&P';

const MAX_COLS = 16384;

export interface DefinedName {
  name: string;
  value: string;
}

export interface WrittenSheet {
  xml: string;
  /** Print area and print titles, as workbook-level defined names local to this sheet. */
  definedNames: DefinedName[];
}

function emptyStyle(): ResolvedStyle {
  return { font: {}, alignment: {}, border: {} };
}

/** A style run applied over a resolved style, as the exceljs host merged them (part by part). */
function applyRun(before: ResolvedStyle, style: CellStyle): ResolvedStyle {
  const out: ResolvedStyle = {
    font: { ...before.font },
    alignment: { ...before.alignment },
    border: { ...before.border },
    fill: before.fill,
    numberFormat: before.numberFormat,
  };
  if (style.font) out.font.name = style.font;
  if (style.size) out.font.size = style.size;
  if (style.bold !== undefined) out.font.bold = style.bold;
  if (style.italic !== undefined) out.font.italic = style.italic;
  if (style.underline !== undefined) out.font.underline = style.underline;
  if (style.color) out.font.color = style.color;
  if (style.hAlign) out.alignment.horizontal = style.hAlign;
  if (style.vAlign) out.alignment.vertical = style.vAlign;
  if (style.wrap !== undefined) out.alignment.wrapText = style.wrap;
  if (style.indent !== undefined) out.alignment.indent = style.indent;
  if (style.numberFormat) out.numberFormat = style.numberFormat;
  if (style.fill) out.fill = style.fill;
  if (style.border) {
    out.border.top = style.border;
    out.border.bottom = style.border;
    out.border.left = style.border;
    out.border.right = style.border;
  }
  if (style.borderBottom) out.border.bottom = style.borderBottom;
  if (style.borderTop) out.border.top = style.borderTop;
  return out;
}

/**
 * The style of every styled cell, as an index into `styles` (states are interned, and each
 * transition state × run is computed once: the minutes style thousands of cells alike).
 */
class StyleGrid {
  readonly states: ResolvedStyle[] = [];
  private readonly stateKeys = new Map<string, number>();
  /** Per run: state before → state after (numeric keys: no string built per cell). */
  private readonly transitions: Map<number, number>[] = [];
  readonly cells = new Map<number, number>();

  intern(style: ResolvedStyle): number {
    const key = JSON.stringify(style);
    let id = this.stateKeys.get(key);
    if (id === undefined) {
      id = this.states.length;
      this.states.push(style);
      this.stateKeys.set(key, id);
    }
    return id;
  }

  apply(from: number, runIndex: number, style: CellStyle): number {
    let byRun = this.transitions[runIndex];
    if (!byRun) byRun = this.transitions[runIndex] = new Map<number, number>();
    let to = byRun.get(from);
    if (to === undefined) {
      to = this.intern(applyRun(this.states[from], style));
      byRun.set(from, to);
    }
    return to;
  }
}

function cellsOf(rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.row; r < rect.row + (rect.rows ?? 1); r++) {
    for (let c = rect.col; c < rect.col + (rect.cols ?? 1); c++) visit(r, c);
  }
}

/** Masters and covered cells of the plan's merges; overlapping merges are a renderer bug, refused. */
function mergeMap(plan: SheetPlan): { covered: Map<number, number>; ranges: Rect[] } {
  const covered = new Map<number, number>();
  const masters = new Set<number>();
  const ranges: Rect[] = [];
  for (const m of plan.merges) {
    if ((m.rows ?? 1) === 1 && (m.cols ?? 1) === 1) continue;
    const master = m.row * MAX_COLS + m.col;
    cellsOf(m, (r, c) => {
      const key = r * MAX_COLS + c;
      if (covered.has(key) || masters.has(key)) throw new Error(`${plan.name}: merged ranges overlap at ${a1(r, c)}`);
      if (key === master) masters.add(key);
      else covered.set(key, master);
    });
    ranges.push(m);
  }
  return { covered, ranges };
}

function rectRef(rect: Rect): string {
  return `${a1(rect.row, rect.col)}:${a1(rect.row + (rect.rows ?? 1) - 1, rect.col + (rect.cols ?? 1) - 1)}`;
}

function absoluteRect(rect: Rect): string {
  const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `${abs(a1(rect.row, rect.col))}:${abs(a1(rect.row + (rect.rows ?? 1) - 1, rect.col + (rect.cols ?? 1) - 1))}`;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

/**
 * `<dataValidations>`: a drop-down (`type="list"`, its values as one quoted formula) that only
 * warns on another value — the parsers match spellings a list would refuse — and an input
 * message; a validation with a message and no list is "any value" (no type).
 */
function validationsXml(plan: SheetPlan): string {
  const items = plan.validations ?? [];
  if (items.length === 0) return '';
  const attr = (name: string, value: string | undefined) =>
    value === undefined ? '' : ` ${name}="${escapeAttribute(value)}"`;
  const out = items.map((v) => {
    const list = v.list ? `"${v.list.join(',')}"` : undefined;
    const alert = v.list ? v.alert : undefined;
    return (
      '<dataValidation' +
      (list ? ' type="list"' : '') +
      ' allowBlank="1"' +
      (v.prompt ? ' showInputMessage="1"' : '') +
      (alert ? ' showErrorMessage="1" errorStyle="warning"' : '') +
      attr('errorTitle', alert?.title) +
      attr('error', alert?.message) +
      attr('promptTitle', v.prompt?.title) +
      attr('prompt', v.prompt?.message) +
      ` sqref="${rectRef(v.range)}"` +
      (list ? `><formula1>${escapeText(list)}</formula1></dataValidation>` : '/>')
    );
  });
  return `<dataValidations count="${items.length}">${out.join('')}</dataValidations>`;
}

export function writeSheet(plan: SheetPlan, styles: StyleBook): WrittenSheet {
  const { rows, cols } = planExtent(plan);
  const grid = new StyleGrid();
  const base = grid.intern(plan.defaultStyle ? applyRun(emptyStyle(), plan.defaultStyle) : emptyStyle());
  const { covered, ranges } = mergeMap(plan);

  // Cells with a value start from the default style (exceljs gave each new cell its column's style).
  plan.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value !== null && value !== undefined) grid.cells.set(r * MAX_COLS + c, base);
    }),
  );
  plan.styles.forEach((run, i) => {
    cellsOf(run.range, (r, c) => {
      const key = r * MAX_COLS + c;
      if (covered.has(key)) return;
      grid.cells.set(key, grid.apply(grid.cells.get(key) ?? base, i, run.style));
    });
  });
  // Every cell of a merged range shows its master's style (exceljs's Cell.merge).
  for (const [key, master] of covered) {
    const style = grid.cells.get(master);
    if (style !== undefined) grid.cells.set(key, style);
    else grid.cells.delete(key);
  }

  const xfOf = new Map<number, number>();
  const xf = (state: number): number => {
    let index = xfOf.get(state);
    if (index === undefined) {
      index = styles.xfFor(grid.states[state]);
      xfOf.set(state, index);
    }
    return index;
  };
  const columnXf = plan.defaultStyle ? xf(base) : null;

  // Cells by row, in column order.
  const byRow = new Map<number, number[]>();
  for (const key of grid.cells.keys()) {
    const r = Math.floor(key / MAX_COLS);
    const list = byRow.get(r);
    if (list) list.push(key % MAX_COLS);
    else byRow.set(r, [key % MAX_COLS]);
  }
  const heights = plan.rowHeights ?? {};
  for (const r of Object.keys(heights)) if (!byRow.has(Number(r))) byRow.set(Number(r), []);
  const rowNumbers = [...byRow.keys()].sort((a, b) => a - b);

  let maxRow = rows - 1;
  let maxCol = cols - 1;
  for (const r of rowNumbers) {
    maxRow = Math.max(maxRow, r);
    for (const c of byRow.get(r) ?? []) maxCol = Math.max(maxCol, c);
  }

  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  );
  const page = plan.page;
  const sheetPr: string[] = [];
  if (plan.tabColor) sheetPr.push(`<tabColor rgb="FF${plan.tabColor.replace('#', '').toUpperCase()}"/>`);
  if (page?.fitToWidth) sheetPr.push('<pageSetUpPr fitToPage="1"/>');
  if (sheetPr.length) out.push(`<sheetPr>${sheetPr.join('')}</sheetPr>`);
  out.push(`<dimension ref="${maxRow >= 0 && maxCol >= 0 ? `A1:${a1(maxRow, maxCol)}` : 'A1'}"/>`);

  const gridLines = plan.showGridLines === false ? ' showGridLines="0"' : '';
  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0) ? plan.freeze : null;
  if (freeze) {
    const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
    out.push(
      `<sheetViews><sheetView workbookViewId="0"${gridLines}><pane${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''} topLeftCell="${a1(freeze.rows, freeze.cols)}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${a1(freeze.rows, freeze.cols)}" sqref="${a1(freeze.rows, freeze.cols)}"/></sheetView></sheetViews>`,
    );
  } else {
    out.push(`<sheetViews><sheetView workbookViewId="0"${gridLines}/></sheetViews>`);
  }
  out.push('<sheetFormatPr defaultRowHeight="15"/>');

  const colCount = Math.max(plan.columnWidths.length, columnXf !== null ? cols : 0);
  const colXml: string[] = [];
  for (let c = 0; c < colCount; c++) {
    const points = plan.columnWidths[c] ?? 0;
    const styled = columnXf !== null && c < cols;
    if (points <= 0 && !styled) continue;
    const width = points > 0 ? pointsToCharWidth(points) : 9.140625;
    colXml.push(
      `<col min="${c + 1}" max="${c + 1}" width="${width}"${points > 0 ? ' customWidth="1"' : ''}${styled ? ` style="${columnXf}"` : ''}/>`,
    );
  }
  if (colXml.length) out.push(`<cols>${colXml.join('')}</cols>`);

  out.push('<sheetData>');
  for (const r of rowNumbers) {
    const height = heights[r];
    const colsOfRow = (byRow.get(r) ?? []).sort((a, b) => a - b);
    out.push(`<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ''}>`);
    const line = plan.values[r] ?? [];
    for (const c of colsOfRow) {
      const key = r * MAX_COLS + c;
      const state = grid.cells.get(key);
      const s = state === undefined ? '' : ` s="${xf(state)}"`;
      const ref = a1(r, c);
      const value = covered.has(key) ? null : line[c];
      if (value === null || value === undefined) out.push(`<c r="${ref}"${s}/>`);
      else if (typeof value === 'string')
        out.push(`<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`);
      else if (typeof value === 'boolean') out.push(`<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`);
      else out.push(`<c r="${ref}"${s}><v>${numberText(value)}</v></c>`);
    }
    out.push('</row>');
  }
  out.push('</sheetData>');
  if (plan.protected) out.push('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
  if (ranges.length) {
    out.push(`<mergeCells count="${ranges.length}">`);
    for (const m of ranges) out.push(`<mergeCell ref="${rectRef(m)}"/>`);
    out.push('</mergeCells>');
  }
  // After the merges, before the page (the schema's order of a worksheet's parts).
  out.push(validationsXml(plan));
  const definedNames: DefinedName[] = [];
  if (page) {
    const m = page.marginsMm;
    if (page.centerHorizontally) out.push('<printOptions horizontalCentered="1"/>');
    out.push(
      `<pageMargins left="${mmToInch(m.left)}" right="${mmToInch(m.right)}" top="${mmToInch(m.top)}" bottom="${mmToInch(m.bottom)}" header="${mmToInch(page.headerMm ?? 10)}" footer="${mmToInch(page.footerMm ?? 10)}"/>`,
    );
    out.push(`<pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="0" orientation="${page.orientation}"/>`);
    if (page.pageNumberTopFromSecond)
      out.push(
        `<headerFooter differentFirst="1"><oddHeader>${escapeText(PAGE_NUMBER_HEADER)}</oddHeader></headerFooter>`,
      );
    const breaks = page.rowBreaks ?? [];
    if (breaks.length) {
      out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
      for (const r of breaks) out.push(`<brk id="${r + 1}" max="16383" man="1"/>`);
      out.push('</rowBreaks>');
    }
    const sheet = quoteSheet(plan.name);
    if (page.printArea)
      definedNames.push({ name: '_xlnm.Print_Area', value: `${sheet}!${absoluteRect(page.printArea)}` });
    if (page.printTitleRows)
      definedNames.push({
        name: '_xlnm.Print_Titles',
        value: `${sheet}!$${page.printTitleRows[0] + 1}:$${page.printTitleRows[1] + 1}`,
      });
  } else {
    out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  }
  out.push('</worksheet>');
  return { xml: out.join(''), definedNames };
}
