/**
 * A SheetPlan as a SpreadsheetML worksheet part, written directly: every field of the plan as the
 * exceljs host wrote it (a cell's style is the default style, then each run over it in order; the
 * cells covered by a merge take the master's style), strings as inline strings so the workbook's
 * shared strings part is left as it was, and never a formula.
 */
import type { CellStyle, Rect, SheetPlan } from '../../workbook/sheetPlan';
import { planExtent } from '../../workbook/sheetPlan';
import { a1, columnLetters, quoteSheet } from '../../workbook/address';
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
 * The resolved styles of a sheet, interned, and the transitions between them: each (state, run
 * style) pair is computed once, runs keyed by their content (the minutes style thousands of
 * cells with a few dozen distinct runs).
 */
class StyleStates {
  readonly states: ResolvedStyle[] = [];
  private readonly stateKeys = new Map<string, number>();
  private readonly runKeys = new Map<string, number>();
  /** Per distinct run style: state before → state after. */
  private readonly transitions: number[][] = [];

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

  /** Run styles already numbered, by object (the minutes' runs share their style objects). */
  private readonly runObjects = new Map<CellStyle, number>();

  /** A run's style as a number (equal content, equal number: applyRun reads nothing else). */
  runId(style: CellStyle): number {
    const known = this.runObjects.get(style);
    if (known !== undefined) return known;
    const id = this.runIdByContent(style);
    this.runObjects.set(style, id);
    return id;
  }

  private runIdByContent(style: CellStyle): number {
    const key = JSON.stringify(style);
    let id = this.runKeys.get(key);
    if (id === undefined) {
      id = this.transitions.length;
      this.transitions.push([]);
      this.runKeys.set(key, id);
    }
    return id;
  }

  /** Per state before, the state after run `runId` (holes: not computed yet). */
  transitionsOf(runId: number): number[] {
    return this.transitions[runId];
  }

  /** The state after run `runId` (style `style`) over state `from`, computed and remembered. */
  learn(from: number, runId: number, style: CellStyle): number {
    const to = this.intern(applyRun(this.states[from], style));
    this.transitions[runId][from] = to;
    return to;
  }
}

/** No cell here (in a row's state array). */
const NONE = -1;
/** Covered-cell flags of a row: covered by a merge, or a merge's master. */
const COVERED = 1;
const MASTER = 2;

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

/**
 * The cells of a plan and their styles, row by row: per row, a state per column (NONE where no
 * cell is written) and the merge flags. Dense rows sized to what touches each row: the plans are
 * grids (the minutes are 24 columns wide), and arrays cost far less than a map per cell. The work
 * is split into small functions: a command-line run compiles each hot one while it runs, and the
 * optimising compiler's time grows faster than the size of what it compiles.
 */
class CellGrid {
  readonly state: (Int32Array | undefined)[] = [];
  readonly merged: (Uint8Array | undefined)[] = [];
  /** The merges of more than one cell. */
  readonly ranges: Rect[] = [];

  constructor(private readonly widths: number[]) {}

  stateRow(r: number): Int32Array {
    let row = this.state[r];
    if (!row) {
      row = new Int32Array(this.widths[r]).fill(NONE);
      this.state[r] = row;
    }
    return row;
  }

  mergedRow(r: number): Uint8Array {
    let row = this.merged[r];
    if (!row) {
      row = new Uint8Array(this.widths[r]);
      this.merged[r] = row;
    }
    return row;
  }
}

function widen(widths: number[], rect: Rect): void {
  const right = rect.col + (rect.cols ?? 1);
  for (let r = rect.row; r < rect.row + (rect.rows ?? 1); r++) if (!(widths[r] >= right)) widths[r] = right;
}

/** Per row, one past the last column anything of the plan touches (values, runs, merges). */
function rowWidths(plan: SheetPlan): number[] {
  const widths: number[] = [];
  plan.values.forEach((line, r) => {
    if (!(widths[r] >= line.length)) widths[r] = line.length;
  });
  for (const run of plan.styles) widen(widths, run.range);
  for (const m of plan.merges) widen(widths, m);
  return widths;
}

/** Masters and covered cells of the merges; overlapping merges are a renderer bug, refused. */
function markMerges(plan: SheetPlan, grid: CellGrid): void {
  for (const m of plan.merges) {
    if ((m.rows ?? 1) === 1 && (m.cols ?? 1) === 1) continue;
    for (let r = m.row; r < m.row + (m.rows ?? 1); r++) {
      const flags = grid.mergedRow(r);
      for (let c = m.col; c < m.col + (m.cols ?? 1); c++) {
        if (flags[c] !== 0) throw new Error(`${plan.name}: merged ranges overlap at ${a1(r, c)}`);
        flags[c] = r === m.row && c === m.col ? MASTER : COVERED;
      }
    }
    grid.ranges.push(m);
  }
}

/** Cells with a value start from the default style (exceljs gave each new cell its column's style). */
function seedValues(plan: SheetPlan, grid: CellGrid, base: number): void {
  plan.values.forEach((line, r) => {
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (value !== null && value !== undefined) grid.stateRow(r)[c] = base;
    }
  });
}

/** Each run over the cells it covers, in order (cells a merge covers take no run). */
function applyRuns(plan: SheetPlan, grid: CellGrid, states: StyleStates, base: number): void {
  for (const { range, style } of plan.styles) {
    const id = states.runId(style);
    const last = range.row + (range.rows ?? 1);
    const from = range.col;
    const to = range.col + (range.cols ?? 1);
    for (let r = range.row; r < last; r++)
      paintRow(grid.stateRow(r), grid.merged[r], from, to, id, style, states, base);
  }
}

/** One run over columns [from, to) of a row: each cell's state through the run's transitions. */
function paintRow(
  line: Int32Array,
  flags: Uint8Array | undefined,
  from: number,
  to: number,
  id: number,
  style: CellStyle,
  states: StyleStates,
  base: number,
): void {
  const transitions = states.transitionsOf(id);
  for (let c = from; c < to; c++) {
    if (flags && flags[c] === COVERED) continue;
    const before = line[c] === NONE ? base : line[c];
    const after = transitions[before];
    line[c] = after !== undefined ? after : states.learn(before, id, style);
  }
}

/** Every cell of a merged range shows its master's style (exceljs's Cell.merge); none when the master has none. */
function spreadMasters(grid: CellGrid): void {
  for (const m of grid.ranges) {
    const master = grid.state[m.row]?.[m.col] ?? NONE;
    for (let r = m.row; r < m.row + (m.rows ?? 1); r++) {
      const line = grid.state[r];
      if (!line && master === NONE) continue;
      const target = line ?? grid.stateRow(r);
      for (let c = m.col; c < m.col + (m.cols ?? 1); c++) if (r !== m.row || c !== m.col) target[c] = master;
    }
  }
}

/** The rows written (those with a cell, and those with a height) and the last row and column. */
function writtenRows(
  grid: CellGrid,
  heights: Record<number, number>,
  rows: number,
  cols: number,
): { rowNumbers: number[]; maxRow: number; maxCol: number } {
  const written: boolean[] = [];
  let maxRow = rows - 1;
  let maxCol = cols - 1;
  for (let r = 0; r < grid.state.length; r++) {
    const line = grid.state[r];
    if (!line) continue;
    for (let c = line.length - 1; c >= 0; c--) {
      if (line[c] === NONE) continue;
      written[r] = true;
      if (r > maxRow) maxRow = r;
      if (c > maxCol) maxCol = c;
      break;
    }
  }
  for (const key of Object.keys(heights)) {
    const r = Number(key);
    written[r] = true;
    if (r > maxRow) maxRow = r;
  }
  const rowNumbers: number[] = [];
  written.forEach((yes, r) => {
    if (yes) rowNumbers.push(r);
  });
  return { rowNumbers, maxRow, maxCol };
}

/** The text pieces of cells: format indices (appended to the style book in cell order), s="…", letters. */
class CellText {
  private readonly xfOf: number[] = [];
  private readonly sAttr: string[] = [];
  private readonly letters: string[] = [];

  constructor(
    private readonly states: StyleStates,
    private readonly styles: StyleBook,
  ) {}

  xf(state: number): number {
    let index = this.xfOf[state];
    if (index === undefined) {
      index = this.styles.xfFor(this.states.states[state]);
      this.xfOf[state] = index;
    }
    return index;
  }

  s(state: number): string {
    return (this.sAttr[state] ??= ` s="${this.xf(state)}"`);
  }

  letter(c: number): string {
    return (this.letters[c] ??= columnLetters(c));
  }
}

/** The cells of row `r`, in column order. */
function rowCellsXml(r: number, plan: SheetPlan, grid: CellGrid, text: CellText): string {
  const line = plan.values[r] ?? [];
  const stateLine = grid.state[r];
  const flags = grid.merged[r];
  const rowText = String(r + 1);
  let cells = '';
  if (stateLine)
    for (let c = 0; c < stateLine.length; c++) {
      const state = stateLine[c];
      if (state === NONE) continue;
      const s = text.s(state);
      const ref = text.letter(c) + rowText;
      const value = flags && flags[c] === COVERED ? null : line[c];
      if (value === null || value === undefined) cells += `<c r="${ref}"${s}/>`;
      else if (typeof value === 'string')
        cells += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
      else if (typeof value === 'boolean') cells += `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      else cells += `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
    }
  return cells;
}

export function writeSheet(plan: SheetPlan, styles: StyleBook): WrittenSheet {
  const { rows, cols } = planExtent(plan);
  const states = new StyleStates();
  const base = states.intern(plan.defaultStyle ? applyRun(emptyStyle(), plan.defaultStyle) : emptyStyle());
  const grid = new CellGrid(rowWidths(plan));
  markMerges(plan, grid);
  seedValues(plan, grid, base);
  applyRuns(plan, grid, states, base);
  spreadMasters(grid);
  const ranges = grid.ranges;
  const text = new CellText(states, styles);
  const columnXf = plan.defaultStyle ? text.xf(base) : null;
  const heights = plan.rowHeights ?? {};
  const { rowNumbers, maxRow, maxCol } = writtenRows(grid, heights, rows, cols);

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
    out.push(`<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ''}>`);
    out.push(rowCellsXml(r, plan, grid, text));
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
