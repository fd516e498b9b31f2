/**
 * A worksheet part's `sheetData` as the port's 2-D values, by one scan of the text: numbers,
 * shared and inline strings (rich text as its plain text), booleans, errors as their text,
 * dates by the cell's number format, formulas by their stored result. A formula without a
 * stored result is reported (FORMULA_WITHOUT_VALUE): reading it as blank would change results.
 */
import type { CellValue, SheetValues } from '../../workbook/port';
import { columnIndex } from '../../workbook/address';
import { WorkbookFileError } from './errors';
import {
  attribute,
  decodeEntities,
  decodeXstring,
  elementAt,
  findElements,
  findStartTag,
  innerXml,
  rootPrefix,
  stringItemText,
} from './xml';

export interface MergedRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ReadSheet {
  values: SheetValues;
  merges: MergedRange[];
  /** Cells (0-based) holding a formula with no stored value. */
  formulasWithoutValue: { row: number; col: number }[];
}

export interface SheetReadContext {
  sharedStrings: () => string[];
  dateStyles: () => boolean[];
  date1904: boolean;
}

/** Excel serial → Date, read with UTC getters (WORKBOOK.md "Dates"), as exceljs converted them. */
export function serialToJsDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
}

function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { col: columnIndex(m[1]), row: Number(m[2]) - 1 } : null;
}

export function parseRange(ref: string): MergedRange | null {
  const [a, b] = ref.split(':');
  const first = parseRef(a);
  const last = parseRef(b ?? a);
  if (!first || !last) return null;
  return {
    row: Math.min(first.row, last.row),
    col: Math.min(first.col, last.col),
    rows: Math.abs(last.row - first.row) + 1,
    cols: Math.abs(last.col - first.col) + 1,
  };
}

export function readSheetXml(xml: string, ctx: SheetReadContext): ReadSheet {
  const p = rootPrefix(xml);
  const values: SheetValues = [];
  const formulasWithoutValue: { row: number; col: number }[] = [];
  const merges: MergedRange[] = [];
  // sheetData never nests: its start tag, then its last end tag (one search each over a big part).
  const dataStart = findStartTag(xml, `${p}sheetData`, 0);
  let dataEnd = dataStart;
  if (dataStart >= 0) {
    const openEnd = xml.indexOf('>', dataStart) + 1;
    if (xml.charCodeAt(openEnd - 2) === 47 /* / */) dataEnd = openEnd;
    else {
      const close = xml.lastIndexOf(`</${p}sheetData>`);
      if (close < openEnd) throw new WorkbookFileError('NOT_XLSX', 'badXml');
      readCells(xml, openEnd, close, p, ctx, values, formulasWithoutValue);
      dataEnd = close;
    }
  }
  const mergeCells = dataEnd >= 0 ? findStartTag(xml, `${p}mergeCells`, Math.max(0, dataEnd)) : -1;
  if (mergeCells >= 0) {
    const e = elementAt(xml, mergeCells, `${p}mergeCells`);
    for (const m of findElements(xml, `${p}mergeCell`, e.openEnd, e.end)) {
      const range = parseRange(attribute(m.tag, 'ref') ?? '');
      if (range && (range.rows > 1 || range.cols > 1)) merges.push(range);
    }
  }
  // Excel shows a merged range's value in its top-left cell only; anything under the rest is hidden.
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows && r < values.length; r++) {
      const line = values[r];
      for (let c = m.col; c < m.col + m.cols && c < line.length; c++) if (r !== m.row || c !== m.col) line[c] = null;
      while (line.length && line[line.length - 1] === null) line.pop();
    }
  }
  return { values, merges, formulasWithoutValue };
}

/** A quoted attribute's value in a start tag, by a fast search (machine-written tags), else the general reader. */
function fastAttribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at >= 0) {
    const start = at + name.length + 3;
    const value = tag.slice(start, tag.indexOf('"', start));
    return value.indexOf('&') >= 0 ? decodeEntities(value) : value;
  }
  return tag.indexOf(`${name}=`) >= 0 ? attribute(tag, name) : undefined;
}

/** `AB12` → 0-based row and column, by character codes (the hot path of a big sheet). */
function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36 /* $ */) break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) return null;
  }
  return col > 0 && row > 0 ? { row: row - 1, col: col - 1 } : null;
}

/**
 * The cells and rows the fast path reads, per namespace prefix: `<c r="B2" [s="3"] [t="s"|t="n"]
 * [s="3"]>` with one `<v>` and nothing else (or self-closing), as Excel, LibreOffice, openpyxl and
 * exceljs write nearly every cell; an inline string of one plain `<t>` (as this tool writes its
 * sheets); `<row r="2" …>`; `</row>`. Sticky and without captures: it matches at the scan's
 * position or not at all, builds nothing, and once it has matched the fields are at known places
 * (whatever it does not match takes the general path). The matching is native code from the
 * first sheet on; a loop over character codes per cell is what a command-line run would first
 * interpret and then spend as much again compiling.
 */
const CELL_PATTERNS = new Map<string, RegExp>();

function cellPattern(p: string): RegExp {
  let re = CELL_PATTERNS.get(p);
  if (!re) {
    const q = p.replace(/[.]/g, '\\.');
    re = new RegExp(
      `<${q}c r="[A-Z]{1,3}[1-9][0-9]{0,6}"(?: s="[0-9]{1,9}")?` +
        `(?:(?: t="[sn]")?(?: s="[0-9]{1,9}")?(?:/>|><${q}v>[^<]*</${q}v></${q}c>)` +
        `| t="inlineStr"(?: s="[0-9]{1,9}")?><${q}is><${q}t(?: xml:space="preserve")?>[^<]*</${q}t></${q}is></${q}c>)` +
        `|<${q}row r="[1-9][0-9]{0,6}"[^>]*>|</${q}row>`,
      'y',
    );
    CELL_PATTERNS.set(p, re);
  }
  return re;
}

/** Nulls to copy rows from (a copy of a packed array is one native copy, and packed again). */
const BLANKS: CellValue[] = [];

function blankRow(length: number): CellValue[] {
  while (BLANKS.length < length) BLANKS.push(null);
  return BLANKS.slice(0, length);
}

/**
 * The values of a sheet, a row at a time: the cells of the row being read are kept aside and the
 * row is made once, at its final length, when the next row starts (rows are blanks up to their
 * last value; rows without a value are empty).
 */
class RowBuilder {
  private row = -1;
  private readonly cols: number[] = [];
  private readonly cells: CellValue[] = [];
  private count = 0;
  private last = -1;

  constructor(private readonly values: SheetValues) {}

  /** A value (never blank) at 0-based row and column. */
  put(row: number, col: number, value: CellValue): void {
    if (row !== this.row) {
      this.flush();
      this.row = row;
    }
    this.cols[this.count] = col;
    this.cells[this.count] = value;
    this.count++;
    if (col > this.last) this.last = col;
  }

  /** Writes the row kept aside into the values (cells in the order read: a repeated cell wins). */
  flush(): void {
    const count = this.count;
    if (count === 0) return;
    const values = this.values;
    const row = this.row;
    while (values.length <= row) values.push([]);
    let line = values[row];
    if (line.length === 0) {
      line = blankRow(this.last + 1);
      values[row] = line;
    } else padRow(line, this.last + 1);
    for (let k = 0; k < count; k++) line[this.cols[k]] = this.cells[k];
    this.cells.fill(null, 0, count);
    this.count = 0;
    this.last = -1;
  }
}

/**
 * The cells between `from` and `until` (the inside of sheetData): the fast pattern where it
 * matches, else the general path for the tag there (any attributes, formulas, inline strings,
 * booleans, errors, ISO dates, cells without a reference); other tags and text are skipped.
 * bench/files.ts measures it against the floor (inflate and one scan).
 */
function readCells(
  xml: string,
  from: number,
  until: number,
  p: string,
  ctx: SheetReadContext,
  values: SheetValues,
  missing: { row: number; col: number }[],
): void {
  const scan = new CellScan(xml, until, p, ctx, new RowBuilder(values), missing);
  const re = cellPattern(p);
  // Told apart by what follows `<`: `/` the end of a row; else, after the prefix, `c` a cell or `r` a row.
  let i = from;
  while (i < until) {
    re.lastIndex = i;
    if (re.test(xml) && re.lastIndex <= until) {
      const end = re.lastIndex;
      if (xml.charCodeAt(i + 1) !== 47 /* / */) {
        if (xml.charCodeAt(i + 1 + p.length) === 99 /* c */) scan.fast(i, end);
        else scan.fastRow(i);
      }
      i = end;
      continue;
    }
    const next = xml.indexOf('<', i);
    if (next < 0 || next >= until) break;
    // Text (pretty-printed XML) before a tag: the fast pattern may match at the tag.
    i = next === i ? scan.general(i) : next;
  }
  scan.rows.flush();
}

/** The state of one scan of sheetData: the current cell, the rows being built, strings and date styles once needed. */
class CellScan {
  /** The current cell (0-based; -1 before the first), for a cell without a reference. */
  row = -1;
  col = -1;
  private strings: string[] | null = null;
  private dates: boolean[] | null = null;
  private readonly rowOpen: string;
  private readonly cellOpen: string;
  private readonly cellClose: string;
  private readonly vOpen: string;
  private readonly vClose: string;
  private readonly fOpen: string;
  private readonly isTag: string;
  /** From a fast cell's `>` to its value, and from the value's end to the cell's end. */
  private readonly vStartOffset: number;
  private readonly vEndOffset: number;
  /** From an inline string cell's `>` into its `<t`, and from its text's end to the cell's end. */
  private readonly inlineOffset: number;
  private readonly inlineEndOffset: number;

  constructor(
    private readonly xml: string,
    private readonly until: number,
    private readonly p: string,
    private readonly ctx: SheetReadContext,
    readonly rows: RowBuilder,
    private readonly missing: { row: number; col: number }[],
  ) {
    this.rowOpen = `<${p}row`;
    this.cellOpen = `<${p}c`;
    this.cellClose = `</${p}c>`;
    this.vOpen = `<${p}v`;
    this.vClose = `</${p}v>`;
    this.fOpen = `<${p}f`;
    this.isTag = `${p}is`;
    this.vStartOffset = 1 + this.vOpen.length + 1;
    this.vEndOffset = this.vClose.length + this.cellClose.length;
    this.inlineOffset = 1 + `<${p}is><${p}t`.length;
    this.inlineEndOffset = `</${p}t></${p}is></${p}c>`.length;
  }

  private sharedString(raw: string): CellValue {
    return this.sharedIndex(Number(raw));
  }

  private sharedIndex(index: number): CellValue {
    this.strings ??= this.ctx.sharedStrings();
    return this.strings[index] ?? null;
  }

  /** A finite number in a cell of style index `style` (-1: none). */
  private styledNumber(n: number, style: number): CellValue {
    this.dates ??= this.ctx.dateStyles();
    return style >= 0 && this.dates[style] ? serialToJsDate(n, this.ctx.date1904) : n;
  }

  /** A finite number in a cell of style `style` (undefined: none): a date when the style is a date format. */
  private number(n: number, style: string | undefined): CellValue {
    // Loaded for any number, styled or not, as before: a damaged styles part is found either way.
    this.dates ??= this.ctx.dateStyles();
    if (style === undefined) return n;
    return this.dates[Number(style)] ? serialToJsDate(n, this.ctx.date1904) : n;
  }

  /** A row start tag the fast pattern matched at `i`: its number (digits, then a quote). */
  fastRow(i: number): void {
    const xml = this.xml;
    let row = 0;
    for (let k = i + this.p.length + 8, code = xml.charCodeAt(k); code !== 34; code = xml.charCodeAt(++k))
      row = row * 10 + code - 48;
    this.row = row - 1;
    this.col = -1;
  }

  /**
   * A cell the fast pattern matched over [i, end): the reference, then any ` s="…"` and ` t="…"`,
   * then `/>` or `><v>…</v></c>` (the pattern has checked every character read here).
   */
  fast(i: number, end: number): void {
    const xml = this.xml;
    let k = i + this.p.length + 6;
    let code = xml.charCodeAt(k);
    let col = 0;
    for (; code >= 65; code = xml.charCodeAt(++k)) col = col * 26 + code - 64;
    let row = 0;
    for (; code !== 34; code = xml.charCodeAt(++k)) row = row * 10 + code - 48;
    this.row = row - 1;
    this.col = col - 1;
    let style = -1;
    let type = 110; /* n */
    // After each attribute's closing quote: a space (another attribute), `/` or `>`.
    for (code = xml.charCodeAt(++k); code === 32; code = xml.charCodeAt(k)) {
      if (xml.charCodeAt(k + 1) === 116 /* t */) {
        type = xml.charCodeAt(k + 4);
        k = xml.indexOf('"', k + 4) + 1;
      } else {
        style = 0;
        for (k += 4, code = xml.charCodeAt(k); code !== 34; code = xml.charCodeAt(++k)) style = style * 10 + code - 48;
        k++;
      }
    }
    if (code === 47 /* / */) return;
    if (type === 105 /* i */) return this.inlineString(k, end);
    const from = k + this.vStartOffset;
    const to = end - this.vEndOffset;
    if (from === to) return; // <v></v>: blank
    // Up to 15 digits by character codes (exactly what Number gives); anything else by Number.
    let n = 0;
    let at = from;
    for (code = xml.charCodeAt(at); code >= 48 && code <= 57; code = xml.charCodeAt(++at)) n = n * 10 + code - 48;
    if (at !== to || to - from > 15) n = Number(xml.slice(from, to));
    let value: CellValue;
    if (type === 115 /* s */) value = this.sharedIndex(n);
    else if (Number.isFinite(n)) value = this.styledNumber(n, style);
    else value = decodeEntities(xml.slice(from, to));
    if (value !== null && value !== '') this.rows.put(this.row, this.col, value);
  }

  /** The text of a fast inline string cell whose start tag ends at `k` (`<is><t …>…</t></is></c>` up to `end`). */
  private inlineString(k: number, end: number): void {
    const from = this.xml.indexOf('>', k + this.inlineOffset) + 1;
    const to = end - this.inlineEndOffset;
    if (from === to) return;
    const value = decodeXstring(decodeEntities(this.xml.slice(from, to)));
    if (value !== '') this.rows.put(this.row, this.col, value);
  }

  /** The tag at `i` by the general path (a row, a cell, or anything else skipped); returns where the scan goes on. */
  general(i: number): number {
    const xml = this.xml;
    if (xml.startsWith(this.rowOpen, i) && isNameEnd(xml.charCodeAt(i + this.rowOpen.length))) {
      const end = xml.indexOf('>', i);
      if (end < 0) throw new WorkbookFileError('NOT_XLSX', 'badXml');
      const r = fastAttribute(xml.slice(i, end), 'r');
      this.row = r !== undefined ? Number(r) - 1 : this.row + 1;
      this.col = -1;
      return end + 1;
    }
    if (!(xml.startsWith(this.cellOpen, i) && isNameEnd(xml.charCodeAt(i + this.cellOpen.length)))) return i + 1;
    const tagEnd = xml.indexOf('>', i);
    if (tagEnd < 0) throw new WorkbookFileError('NOT_XLSX', 'badXml');
    const tag = xml.slice(i, tagEnd);
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47; /* / */
    const ref = fastAttribute(tag, 'r');
    const at = ref ? parseCellRef(ref) : null;
    if (at) {
      this.row = at.row;
      this.col = at.col;
    } else this.col += 1;
    if (this.row < 0) this.row = 0;
    if (selfClosing) return tagEnd + 1;
    const close = xml.indexOf(this.cellClose, tagEnd);
    if (close < 0 || close > this.until) throw new WorkbookFileError('NOT_XLSX', 'badXml');
    const next = close + this.cellClose.length;
    const type = fastAttribute(tag, 't') ?? 'n';
    // Searched within the cell only: a sheet of inline strings may have no `<v>` at all after it.
    const inner = xml.slice(tagEnd + 1, close);
    let raw: string | null = null;
    const v = inner.indexOf(this.vOpen);
    if (v >= 0 && isNameEnd(inner.charCodeAt(v + this.vOpen.length))) {
      const vTagEnd = inner.indexOf('>', v);
      raw = inner.charCodeAt(vTagEnd - 1) === 47 ? '' : inner.slice(vTagEnd + 1, inner.indexOf(this.vClose, vTagEnd));
    }
    let value: CellValue = null;
    if (type === 'inlineStr') {
      const local = findStartTag(inner, this.isTag, 0);
      if (local >= 0) value = stringItemText(innerXml(inner, elementAt(inner, local, this.isTag), this.isTag), this.p);
      else if (raw !== null) value = decodeXstring(decodeEntities(raw));
    } else if (raw === null || (raw === '' && type !== 'str')) {
      if (inner.indexOf(this.fOpen) >= 0) this.missing.push({ row: this.row, col: this.col });
      return next;
    } else if (type === 's') value = this.sharedString(raw);
    else if (type === 'str') value = decodeXstring(decodeEntities(raw));
    else if (type === 'b') value = raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
    else if (type === 'e') value = decodeEntities(raw);
    else if (type === 'd') {
      const d = new Date(decodeEntities(raw).trim());
      value = Number.isNaN(d.getTime()) ? decodeEntities(raw) : d;
    } else {
      const n = Number(raw);
      value = Number.isFinite(n) ? this.number(n, fastAttribute(tag, 's')) : decodeEntities(raw);
    }
    if (value !== null && value !== '') this.rows.put(this.row, this.col, value);
    return next;
  }
}

/** Blanks up to `length` (a sparse row of marks is mostly blanks: one native fill, not a push per cell). */
function padRow(line: CellValue[], length: number): void {
  const from = line.length;
  if (from >= length) return;
  line.length = length;
  line.fill(null, from);
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

const ITEM_PATTERNS = new Map<string, RegExp>();

/** A string item of plain text, `<si><t>…</t></si>` (sticky; anything else is read in full). */
function itemPattern(p: string): RegExp {
  let re = ITEM_PATTERNS.get(p);
  if (!re) {
    const q = p.replace(/[.]/g, '\\.');
    re = new RegExp(`<${q}si><${q}t(?: xml:space="preserve")?>([^<]*)</${q}t></${q}si>`, 'y');
    ITEM_PATTERNS.set(p, re);
  }
  return re;
}

/** The shared strings part as a list (rich text as its plain text). */
export function readSharedStrings(xml: string): string[] {
  const p = rootPrefix(xml);
  const name = `${p}si`;
  const re = itemPattern(p);
  const out: string[] = [];
  for (let i = findStartTag(xml, name, 0); i >= 0; i = findStartTag(xml, name, i)) {
    re.lastIndex = i;
    const m = re.exec(xml);
    if (m !== null) {
      out.push(decodeXstring(decodeEntities(m[1])));
      i = re.lastIndex;
    } else {
      const si = elementAt(xml, i, name);
      out.push(stringItemText(innerXml(xml, si, name), p));
      i = si.end;
    }
  }
  return out;
}
