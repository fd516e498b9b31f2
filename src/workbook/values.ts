import type { CellValue } from './port';
import { cleanText } from '../engine/text/normalize';
import { type CalendarDate, isValidDate } from '../engine/text/format';

/** A cell as trimmed NFC text ('' for blank). Numbers print without grouping. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
  }
  return cleanText(String(value));
}

export function isBlank(value: CellValue | undefined): boolean {
  return cellText(value) === '';
}

/**
 * A whole non-negative number from a number cell or digits as text (`"157"`, `"0157"`);
 * `null` for anything else.
 */
export function cellInteger(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  const text = cellText(value);
  if (!/^\d{1,9}$/.test(text)) return null;
  return Number(text);
}

/** Excel serial day number (1900 date system) → calendar date, by UTC arithmetic. */
export function serialToDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export interface ParsedDate {
  date: CalendarDate;
  /** True when only a year was given (read as 1 January of that year). */
  yearOnly: boolean;
  /** Hour and minute when the cell held a time too. */
  time?: { hour: number; minute: number };
}

/**
 * WORKBOOK.md "Dates": an Excel date (UTC getters), text `dd/mm/yyyy` (optionally with `hh:mm`),
 * or a year alone (1 January of that year). `null` when unreadable.
 */
export function cellDate(value: CellValue | undefined): ParsedDate | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const date = { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
    const hour = value.getUTCHours();
    const minute = value.getUTCMinutes();
    return { date, yearOnly: false, time: hour || minute ? { hour, minute } : undefined };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1900 && value <= 2200) {
      return { date: { year: value, month: 1, day: 1 }, yearOnly: true };
    }
    const date = serialToDate(value);
    if (!date) return null;
    const fraction = value - Math.floor(value);
    const minutes = Math.round(fraction * 1440);
    return {
      date,
      yearOnly: false,
      time: minutes ? { hour: Math.floor(minutes / 60), minute: minutes % 60 } : undefined,
    };
  }
  const text = cellText(value);
  const year = /^(\d{4})$/.exec(text);
  if (year) {
    const y = Number(year[1]);
    return y >= 1900 && y <= 2200 ? { date: { year: y, month: 1, day: 1 }, yearOnly: true } : null;
  }
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2})[:hg](\d{2})(?:\s*(?:ph|phút))?)?$/i.exec(text);
  if (m) {
    const [day, month, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(y, month, day)) return null;
    const time = m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5]) } : undefined;
    if (time && (time.hour > 23 || time.minute > 59)) return null;
    return { date: { year: y, month, day }, yearOnly: false, time };
  }
  // "10:30 19/05/2020" (time first), as clerks often type the end of counting.
  const t = /^(\d{1,2})[:hg](\d{2})\s*(?:ph|phút)?,?\s+(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/i.exec(text);
  if (t) {
    const [hour, minute, day, month, y] = t.slice(1).map(Number);
    if (!isValidDate(y, month, day) || hour > 23 || minute > 59) return null;
    return { date: { year: y, month, day }, yearOnly: false, time: { hour, minute } };
  }
  return null;
}
