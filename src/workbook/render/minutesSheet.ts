/**
 * `Biên bản <Mã>`: the vote-count minutes laid out as a Party document on an A4 sheet
 * (Hướng dẫn 36-HD/VPTW; regulations §9, addendum §4): the header in two blocks side by side, the
 * title centred, the body in Times New Roman 14, bordered tables, the signature block on the right,
 * margins per `Lề trang`, page numbers centred at the top from page 2. The content comes whole from
 * the MinutesDocument (the Word file is built from the same model).
 */
import type { Congress } from '../../engine/model/congress';
import type {
  Block,
  HeaderBlock,
  MinutesDocument,
  ParagraphBlock,
  SignatureBlock,
  TableBlock,
  TextRun,
} from '../../engine/minutes/document';
import { NAME_DOTS } from '../../engine/minutes/document';
import type { CellStyle, SheetPlan } from '../sheetPlan';
import { metricWidth, textWidth } from './textWidth';
import { BODY_SIZE, CELL_PADDING_PT, GRID_COLS, PageGrid, spans } from './pageGrid';
import { breakHeaderLine } from './headerLines';
import { minutesSheetName } from '../sheetNames';

/** Columns of the left header block (issuing body); the rest is the right block (Party title). */
const LEFT_COLS = 12;
/** Columns of each half of the signature block. */
const HALF = GRID_COLS / 2;

/** Tables of at most this many rows are never split across pages. */
export const SHORT_TABLE = 10;

/** Sizes of HD 36 Phụ lục 3 (regulations §9.3); the Party title's 15 pt is in the document model. */
const DOC_TYPE_SIZE = 16;
/** The fingerprint line at the end (`Mã kiểm tra`), in small type. */
export const FOOTER_SIZE = 10;

/**
 * A long table that runs onto the next page repeats its header row there, as a printed table
 * must. Where the pages break depends on the rows, and a repeated header adds a row that moves
 * every later break, so the sheet is laid out again: each pass keeps the repeats up to the first
 * place that is wrong (a continued page without its header, or a repeat that no longer starts a
 * page) and puts repeats at every later break it found. Pages before that place no longer change,
 * so the passes end; usually after two or three.
 */
export function minutesSheetPlan(doc: MinutesDocument, congress: Congress): SheetPlan {
  let repeats: BodyRow[] = [];
  for (let pass = 0; ; pass++) {
    const { breaks, bodyRows, repeatedRows } = layOut(doc, congress, repeats, true);
    const breakSet = new Set(breaks);
    // Sheet rows where the layout is wrong: a break before a body row (not its table's first),
    // or a repeated header not at the top of a page.
    const wrong = [
      ...breaks.filter((b) => (bodyRows.get(b + 1)?.index ?? 0) > 0).map((b) => b + 1),
      ...[...repeatedRows.keys()].filter((r) => !breakSet.has(r - 1)),
    ].sort((a, b) => a - b)[0];
    if (wrong === undefined || pass >= MAX_LAYOUT_PASSES) {
      // The same layout again, written this time (layOut depends on nothing but its arguments).
      const { grid } = layOut(doc, congress, repeats, false);
      return grid.finish({ pageNumberTopFromSecond: true, ...(breaks.length ? { rowBreaks: breaks } : {}) });
    }
    const kept = [...repeatedRows].filter(([r]) => r < wrong).map(([, body]) => body);
    const added = breaks
      .filter((b) => b + 1 >= wrong)
      .map((b) => bodyRows.get(b + 1))
      .filter((body): body is BodyRow => body !== undefined && body.index > 0);
    repeats = [...kept, ...added];
  }
}

/** Enough passes for any minutes (each pass settles at least one page). */
const MAX_LAYOUT_PASSES = 50;

/** A body row of a table: which block, which of its rows. */
interface BodyRow {
  block: number;
  index: number;
}

function layOut(
  doc: MinutesDocument,
  congress: Congress,
  repeats: BodyRow[],
  measureOnly: boolean,
): { grid: PageGrid; breaks: number[]; bodyRows: Map<number, BodyRow>; repeatedRows: Map<number, BodyRow> } {
  const grid = new PageGrid(
    minutesSheetName(doc.electionId),
    doc.margins ?? congress.settings.margins,
    GRID_COLS,
    measureOnly,
  );
  const keep: [number, number][] = [];
  const bodyRows = new Map<number, BodyRow>();
  const repeatedRows = new Map<number, BodyRow>();
  let heading = -1;
  let lead = -1;
  const tail = closingBlocks(doc);
  let tailStart = -1;
  doc.blocks.forEach((block, i) => {
    const start = grid.row;
    if (i === tail) tailStart = start;
    if (block.kind === 'table') {
      const before = new Set(repeats.filter((r) => r.block === i).map((r) => r.index));
      const repeated = table(grid, block, before, (row, index) => bodyRows.set(row, { block: i, index }));
      for (const [r, index] of repeated) {
        repeatedRows.set(r, { block: i, index });
        // A repeated header stays with the row under it.
        keep.push([r, r + 2]);
      }
    } else renderBlock(grid, block);
    // A table stays with its heading and the sentence that introduces it; a heading stays with
    // what follows it (never alone at the foot of a page).
    if (block.kind === 'table') {
      // A long table may run on (its first rows stay with the header); a short one stays whole.
      const end = block.rows.length <= SHORT_TABLE ? grid.row : start + 1 + 3;
      keep.push([lead >= 0 ? lead : start, end]);
    } else if (heading >= 0) keep.push([heading, Math.min(grid.row, start + 1)]);
    const introduces = block.kind === 'paragraph' && /:\s*$/.test(block.runs.map((r) => r.text).join(''));
    lead = block.kind === 'heading' ? start : introduces ? (heading >= 0 ? heading : start) : -1;
    heading = block.kind === 'heading' ? start : -1;
  });
  // The closing lines, the signatures and the fingerprint line stay on one page: the signatures
  // are never split from the body nor alone on a page.
  if (tailStart >= 0) keep.push([tailStart, grid.row]);
  return { grid, breaks: grid.keepTogether(keep), bodyRows, repeatedRows };
}

/**
 * The index of the first block that must stay on the page of the signatures: up to two body
 * paragraphs before them (the ballots sealed and handed over, the time the minutes were made);
 * the signatures and the fingerprint line follow. −1 when there are no signatures.
 */
export function closingBlocks(doc: MinutesDocument): number {
  const sig = doc.blocks.findIndex((b) => b.kind === 'signature');
  if (sig < 0) return -1;
  let from = sig;
  while (from > 0 && sig - from < CLOSING_LINES && doc.blocks[from - 1].kind === 'paragraph') from--;
  return from;
}

/** Body paragraphs kept with the signatures. */
const CLOSING_LINES = 2;

function renderBlock(grid: PageGrid, block: Block): void {
  switch (block.kind) {
    case 'header':
      return header(grid, block);
    case 'title': {
      grid.gap(14);
      grid.line(block.title, { bold: true, size: DOC_TYPE_SIZE, hAlign: 'center' });
      for (const line of block.summary) grid.line(line, { bold: true, hAlign: 'center' });
      // The short rule under the title block (HD 36 point 1.5.2; regulations §9.5).
      const width = 4;
      grid.rule((GRID_COLS - width) / 2, width);
      grid.gap(10);
      return;
    }
    case 'heading': {
      grid.gap(4);
      grid.line(block.text, { bold: true, hAlign: 'left' });
      return;
    }
    case 'paragraph':
      return paragraph(grid, block);
    case 'table':
      table(grid, block, new Set<number>(), () => undefined);
      return;
    case 'signature':
      return signature(grid, block);
    case 'footer': {
      grid.gap(10);
      for (const line of block.lines) grid.line(line, { size: FOOTER_SIZE, hAlign: 'left' });
      return;
    }
  }
}

/**
 * Left: the congress line broken between words at sensible places (`breakHeaderLine`), `BAN KIỂM
 * PHIẾU` bold, `*` — centred in their block (HD 36 §1.2.1a). Right: `ĐẢNG CỘNG SẢN VIỆT NAM` bold 15
 * with a solid rule as long as the title. Under both, on one row: `Số …` at the left, the place and
 * date line in italics at the right.
 */
function header(grid: PageGrid, block: HeaderBlock): void {
  const top = grid.row;
  const rightCols = GRID_COLS - LEFT_COLS;
  const leftWidth = grid.width(LEFT_COLS) - CELL_PADDING_PT;
  const left = block.left.flatMap((line) => breakHeaderLine(line, leftWidth).map((text) => ({ ...line, text })));
  left.forEach((line, i) =>
    grid.put(top + i, line.text, { col: 0, cols: LEFT_COLS, style: lineStyle(line), oneLine: Boolean(line.phrases) }),
  );
  block.right.forEach((line, i) => {
    if (line.ruleBelow) {
      // Merge only over the columns the title takes, so its bottom border is the title's length.
      const size = line.size ?? BODY_SIZE;
      const need = Math.min(rightCols, Math.ceil(textWidth(line.text, size, Boolean(line.bold)) / grid.colWidth));
      const cols = need + ((rightCols - need) % 2);
      const col = LEFT_COLS + (rightCols - cols) / 2;
      grid.put(top + i, line.text, { col, cols, style: { ...lineStyle(line), borderBottom: 'thin' } });
    } else {
      grid.put(top + i, line.text, { col: LEFT_COLS, cols: rightCols, style: lineStyle(line) });
    }
  });
  // The number and the date on one row; the date takes a column more (as the Word file's 45/55),
  // so that it prints on one line (measured by the font's metrics: italics are narrower still).
  const numberRow = top + Math.max(left.length, block.right.length);
  const numberCols = LEFT_COLS - 1;
  const dateWidth = grid.width(GRID_COLS - numberCols) - CELL_PADDING_PT;
  grid.put(numberRow, block.number.text, { col: 0, cols: numberCols, style: lineStyle(block.number) });
  grid.put(numberRow, block.date.text, {
    col: numberCols,
    cols: GRID_COLS - numberCols,
    style: lineStyle(block.date),
    oneLine: metricWidth(block.date.text, block.date.size ?? BODY_SIZE) <= dateWidth,
  });
  grid.row = numberRow + 1;
}

function lineStyle(line: { bold?: boolean; italic?: boolean; size?: number }): CellStyle {
  const style: CellStyle = { hAlign: 'center', vAlign: 'bottom' };
  if (line.bold) style.bold = true;
  if (line.italic) style.italic = true;
  if (line.size) style.size = line.size;
  return style;
}

/**
 * A cell holds one style, so emphasis is per paragraph: bold when the paragraph opens with a
 * bold label (`Bằng phiếu:`, `Bầu chưa đủ:`, `Lưu ý:` — what the congress must decide stands
 * out), italic when every run is italic (the legal basis). The Word file keeps every run.
 */
export function paragraphEmphasis(runs: TextRun[]): { bold: boolean; italic: boolean } {
  const first = runs[0];
  return {
    bold: Boolean(first?.bold && /:\s*$/.test(first.text)),
    italic: runs.length > 0 && runs.every((r) => r.italic),
  };
}

function paragraph(grid: PageGrid, block: ParagraphBlock): void {
  const text = block.runs.map((r) => r.text).join('');
  const { bold, italic } = paragraphEmphasis(block.runs);
  const style: CellStyle = { hAlign: block.align ?? 'justify' };
  if (bold) style.bold = true;
  if (italic) style.italic = true;
  if (block.size) style.size = block.size;
  grid.line(text, style, Math.min(block.level ?? 0, 2));
}

/**
 * A bordered table; each column spans whole grid columns in proportion to its weight. The header
 * row is written again above each body row in `repeatBefore` (a row that starts a page). Calls
 * `onBodyRow` with each body row's sheet row; returns each repeated header's row with the index
 * of the body row under it.
 */
function table(
  grid: PageGrid,
  block: TableBlock,
  repeatBefore: Set<number>,
  onBodyRow: (row: number, index: number) => void,
): [number, number][] {
  const widths = spans(
    block.columns.map((c) => c.weight),
    GRID_COLS,
    2,
  );
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  // One style object per kind of cell, not one per cell: a national list has 200 rows.
  const headStyle: CellStyle = { bold: true, hAlign: 'center', vAlign: 'middle', border: 'thin' };
  const bodyStyles = block.columns.map((c) => ({
    text: { hAlign: c.align, vAlign: 'middle', border: 'thin' } satisfies CellStyle,
    number: { hAlign: c.align, vAlign: 'middle', border: 'thin', numberFormat: '0' } satisfies CellStyle,
  }));
  const headerRow = (): number => {
    const head = grid.row++;
    block.columns.forEach((c, i) => {
      grid.put(head, c.header, { col: starts[i], cols: widths[i], style: headStyle });
    });
    return head;
  };
  headerRow();
  const repeated: [number, number][] = [];
  block.rows.forEach((cells, index) => {
    if (repeatBefore.has(index)) repeated.push([headerRow(), index]);
    const r = grid.row++;
    onBodyRow(r, index);
    block.columns.forEach((c, i) => {
      const value = cells[i] ?? '';
      grid.put(r, value === '' ? null : value, {
        col: starts[i],
        cols: widths[i],
        style: typeof value === 'number' ? bodyStyles[i].number : bodyStyles[i].text,
      });
    });
  });
  grid.gap(6);
  return repeated;
}

/** Members' places per row of the members' signature row. */
export const MEMBERS_PER_ROW = 3;

/**
 * `T/M BAN KIỂM PHIẾU` / `TRƯỞNG BAN` / instruction / room to sign / name on the right (HD 36
 * point 1.7.1); when everyone signs (`Ký biên bản`: `Tất cả`), a `CÁC THÀNH VIÊN BAN KIỂM PHIẾU`
 * signature row under it, up to three places a row (addendum §1.3, layout (b)).
 */
function signature(grid: PageGrid, block: SignatureBlock): void {
  grid.gap(8);
  const bold: CellStyle = { bold: true, hAlign: 'center' };
  const italic: CellStyle = { italic: true, hAlign: 'center' };
  const right = { col: HALF, cols: HALF };
  grid.put(grid.row++, block.authority, { ...right, style: bold });
  grid.put(grid.row++, block.position, { ...right, style: bold });
  grid.put(grid.row++, block.instruction, { ...right, style: italic });
  grid.gap(64);
  grid.put(grid.row++, block.head.name ?? NAME_DOTS, { ...right, style: bold });
  if (!block.membersTitle) return;
  grid.gap(16);
  grid.line(block.membersTitle, bold);
  grid.line(block.instruction, italic);
  for (let i = 0; i < block.members.length; i += MEMBERS_PER_ROW) {
    const row = block.members.slice(i, i + MEMBERS_PER_ROW);
    const width = GRID_COLS / MEMBERS_PER_ROW;
    // A short last row is centred under the others.
    const first = (GRID_COLS - width * row.length) / 2;
    grid.gap(52);
    const r = grid.row++;
    row.forEach((m, k) =>
      grid.put(r, m.name ?? NAME_DOTS, { col: first + k * width, cols: width, style: { hAlign: 'center' } }),
    );
  }
}
