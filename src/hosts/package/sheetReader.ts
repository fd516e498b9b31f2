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
 * Finds a fixed string in a big text from left to right, remembering where the next one is: a
 * question "is there one in [from, to)?" costs one search however many cells lack the attribute
 * (a search per cell would rescan to the next occurrence every time).
 */
class Finder {
  private next = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  within(from: number, to: number): number {
    if (this.next === -1) return -1;
    if (this.next < from) this.next = this.text.indexOf(this.needle, from);
    return this.next >= 0 && this.next < to ? this.next : -1;
  }
}

/**
 * The cells between `from` and `until` (the inside of sheetData): rows and cells found with
 * indexOf, attributes read without regular expressions, only the parts of a cell that hold its
 * value looked at. About as fast as a scan of the text can be (bench/files.ts measures it).
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
  const rowOpen = `<${p}row`;
  const cellOpen = `<${p}c`;
  const cellClose = `</${p}c>`;
  const vOpen = `<${p}v`;
  const vClose = `</${p}v>`;
  const fOpen = `<${p}f`;
  const isTag = `${p}is`;
  const vExact = `<${p}v>`;
  const rFinder = new Finder(xml, ' r="');
  const tFinder = new Finder(xml, ' t="');
  const sFinder = new Finder(xml, ' s="');
  let row = -1;
  let col = -1;
  let i = from;
  let strings: string[] | null = null;
  let dates: boolean[] | null = null;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0 || i >= until) return;
    if (xml.startsWith(rowOpen, i) && isNameEnd(xml.charCodeAt(i + rowOpen.length))) {
      const end = xml.indexOf('>', i);
      const r = fastAttribute(xml.slice(i, end), 'r');
      row = r !== undefined ? Number(r) - 1 : row + 1;
      col = -1;
      i = end + 1;
      continue;
    }
    if (!(xml.startsWith(cellOpen, i) && isNameEnd(xml.charCodeAt(i + cellOpen.length)))) {
      i += 1;
      continue;
    }
    const tagEnd = xml.indexOf('>', i);
    if (tagEnd < 0) throw new WorkbookFileError('NOT_XLSX', 'badXml');
    // The fast path: `<c r="B2" [s="3"] [t="s"]><v>…</v></c>` as Excel, LibreOffice and most tools
    // write nearly every cell, read by character codes; anything else takes the general path below.
    const start = i;
    const rAt = rFinder.within(start, tagEnd);
    if (rAt >= 0) {
      let c = rAt + 4;
      let fcol = 0;
      for (let code = xml.charCodeAt(c); code >= 65 && code <= 90; code = xml.charCodeAt(++c))
        fcol = fcol * 26 + code - 64;
      let frow = 0;
      for (let code = xml.charCodeAt(c); code >= 48 && code <= 57; code = xml.charCodeAt(++c))
        frow = frow * 10 + code - 48;
      if (xml.charCodeAt(c) === 34 && fcol > 0 && frow > 0) {
        if (xml.charCodeAt(tagEnd - 1) === 47) {
          row = frow - 1;
          col = fcol - 1;
          i = tagEnd + 1;
          continue;
        }
        const tAt = tFinder.within(start, tagEnd);
        const t1 = tAt >= 0 ? xml.charCodeAt(tAt + 4) : 110; /* n */
        const shared = t1 === 115 && xml.charCodeAt(tAt + 5) === 34; // t="s"
        const numeric = tAt < 0 || (t1 === 110 && xml.charCodeAt(tAt + 5) === 34); // t="n"
        if ((shared || numeric) && xml.startsWith(vExact, tagEnd + 1)) {
          const vStart = tagEnd + 1 + vExact.length;
          const vEnd = xml.indexOf('<', vStart);
          if (vEnd > vStart && xml.startsWith(vClose, vEnd) && xml.startsWith(cellClose, vEnd + vClose.length)) {
            row = frow - 1;
            col = fcol - 1;
            i = vEnd + vClose.length + cellClose.length;
            let value: CellValue;
            if (shared) {
              strings ??= ctx.sharedStrings();
              value = strings[Number(xml.slice(vStart, vEnd))] ?? null;
            } else {
              const n = Number(xml.slice(vStart, vEnd));
              if (Number.isFinite(n)) {
                const sAt = sFinder.within(start, tagEnd);
                let style = -1;
                if (sAt >= 0) {
                  style = 0;
                  for (let k = sAt + 4, code = xml.charCodeAt(k); code >= 48 && code <= 57; code = xml.charCodeAt(++k))
                    style = style * 10 + code - 48;
                }
                dates ??= ctx.dateStyles();
                value = style >= 0 && dates[style] ? serialToJsDate(n, ctx.date1904) : n;
              } else value = decodeEntities(xml.slice(vStart, vEnd));
            }
            if (value === null || value === '') continue;
            while (values.length <= row) values.push([]);
            const line = values[row];
            padRow(line, col);
            line[col] = value;
            continue;
          }
        }
      }
    }
    const tag = xml.slice(i, tagEnd);
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47; /* / */
    const ref = fastAttribute(tag, 'r');
    const at = ref ? parseCellRef(ref) : null;
    if (at) {
      row = at.row;
      col = at.col;
    } else col += 1;
    if (row < 0) row = 0;
    if (selfClosing) {
      i = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf(cellClose, tagEnd);
    if (close < 0 || close > until) throw new WorkbookFileError('NOT_XLSX', 'badXml');
    i = close + cellClose.length;
    const type = fastAttribute(tag, 't') ?? 'n';
    // Searched within the cell only: a sheet of inline strings may have no `<v>` at all after it.
    const inner = xml.slice(tagEnd + 1, close);
    let raw: string | null = null;
    const v = inner.indexOf(vOpen);
    if (v >= 0 && isNameEnd(inner.charCodeAt(v + vOpen.length))) {
      const vTagEnd = inner.indexOf('>', v);
      raw = inner.charCodeAt(vTagEnd - 1) === 47 ? '' : inner.slice(vTagEnd + 1, inner.indexOf(vClose, vTagEnd));
    }
    let value: CellValue = null;
    if (type === 'inlineStr') {
      const local = findStartTag(inner, isTag, 0);
      if (local >= 0) value = stringItemText(innerXml(inner, elementAt(inner, local, isTag), isTag), p);
      else if (raw !== null) value = decodeXstring(decodeEntities(raw));
    } else if (raw === null || (raw === '' && type !== 'str')) {
      if (inner.indexOf(fOpen) >= 0) missing.push({ row, col });
      continue;
    } else if (type === 's') {
      strings ??= ctx.sharedStrings();
      value = strings[Number(raw)] ?? null;
    } else if (type === 'str') value = decodeXstring(decodeEntities(raw));
    else if (type === 'b') value = raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
    else if (type === 'e') value = decodeEntities(raw);
    else if (type === 'd') {
      const d = new Date(decodeEntities(raw).trim());
      value = Number.isNaN(d.getTime()) ? decodeEntities(raw) : d;
    } else {
      const n = Number(raw);
      if (!Number.isFinite(n)) value = decodeEntities(raw);
      else {
        const s = fastAttribute(tag, 's');
        dates ??= ctx.dateStyles();
        value = s !== undefined && dates[Number(s)] ? serialToJsDate(n, ctx.date1904) : n;
      }
    }
    if (value === null || value === '') continue;
    while (values.length <= row) values.push([]);
    const line = values[row];
    padRow(line, col);
    line[col] = value;
  }
}

/** Blanks up to `col` (a sparse row of marks is mostly blanks: one native fill, not a push per cell). */
function padRow(line: CellValue[], col: number): void {
  const from = line.length;
  if (from >= col) return;
  line.length = col;
  line.fill(null, from);
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** The shared strings part as a list (rich text as its plain text). */
export function readSharedStrings(xml: string): string[] {
  const p = rootPrefix(xml);
  return findElements(xml, `${p}si`).map((si) => stringItemText(innerXml(xml, si, `${p}si`), p));
}
