/**
 * A worksheet part's `sheetData` as the port's 2-D values, by one scan of the text: numbers,
 * shared and inline strings (rich text as its plain text), booleans, errors as their text,
 * dates by the cell's number format, formulas by their stored result. A formula without a
 * stored result is reported (FORMULA_WITHOUT_VALUE): reading it as blank would change results.
 */
import type { CellValue, SheetValues } from '../../workbook/port';
import { columnIndex } from '../../workbook/address';
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
  const dataStart = findStartTag(xml, `${p}sheetData`, 0);
  let dataEnd = dataStart;
  if (dataStart >= 0) {
    const data = elementAt(xml, dataStart, `${p}sheetData`);
    dataEnd = data.end;
    if (!data.selfClosing) readCells(xml, data.openEnd, data.end, p, ctx, values, formulasWithoutValue);
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

function readCells(
  xml: string,
  from: number,
  until: number,
  p: string,
  ctx: SheetReadContext,
  values: SheetValues,
  missing: { row: number; col: number }[],
): void {
  const rowTag = `${p}row`;
  const cellTag = `${p}c`;
  const vTag = `${p}v`;
  const fTag = `${p}f`;
  const isTag = `${p}is`;
  let row = -1;
  let col = -1;
  let i = from;
  let strings: string[] | null = null;
  let dates: boolean[] | null = null;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0 || i >= until) return;
    const nameStart = i + 1;
    let nameEnd = nameStart;
    while (nameEnd < until) {
      const code = xml.charCodeAt(nameEnd);
      if (code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13) break;
      nameEnd++;
    }
    const name = xml.slice(nameStart, nameEnd);
    if (name === rowTag) {
      const end = xml.indexOf('>', nameEnd);
      const r = attribute(xml.slice(i, end + 1), 'r');
      row = r !== undefined ? Number(r) - 1 : row + 1;
      col = -1;
      i = end + 1;
      continue;
    }
    if (name !== cellTag) {
      i = nameEnd;
      continue;
    }
    const cell = elementAt(xml, i, cellTag);
    i = cell.end;
    const ref = attribute(cell.tag, 'r');
    const at = ref ? parseRef(ref) : null;
    if (at) {
      row = at.row;
      col = at.col;
    } else col += 1;
    if (row < 0) row = 0;
    if (cell.selfClosing) continue;
    const inner = innerXml(xml, cell, cellTag);
    const type = attribute(cell.tag, 't') ?? 'n';
    const vStart = findStartTag(inner, vTag, 0);
    let raw: string | null = null;
    if (vStart >= 0) {
      const v = elementAt(inner, vStart, vTag);
      raw = innerXml(inner, v, vTag);
    }
    let value: CellValue = null;
    if (type === 'inlineStr') {
      const isStart = findStartTag(inner, isTag, 0);
      if (isStart >= 0) value = stringItemText(innerXml(inner, elementAt(inner, isStart, isTag), isTag), p);
      else if (raw !== null) value = decodeXstring(decodeEntities(raw));
    } else if (raw === null || (raw === '' && type !== 'str')) {
      if (findStartTag(inner, fTag, 0) >= 0) missing.push({ row, col });
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
        const s = attribute(cell.tag, 's');
        dates ??= ctx.dateStyles();
        value = s !== undefined && dates[Number(s)] ? serialToJsDate(n, ctx.date1904) : n;
      }
    }
    if (value === null || value === '') continue;
    while (values.length <= row) values.push([]);
    const line = values[row];
    while (line.length < col) line.push(null);
    line[col] = value;
  }
}

/** The shared strings part as a list (rich text as its plain text). */
export function readSharedStrings(xml: string): string[] {
  const p = rootPrefix(xml);
  return findElements(xml, `${p}si`).map((si) => stringItemText(innerXml(xml, si, `${p}si`), p));
}
