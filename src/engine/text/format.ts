/** Vietnamese presentation of numbers and dates, built by hand (Intl gives the wrong date form). */

/** `95.54` → `95,54`; integers keep no decimals; thousands grouped with dots (`1.234`). */
export function formatNumberVi(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 ? '-' : '';
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/** `95.54` → `95,54%` (two decimals, decimal comma, no space). */
export function formatPercentVi(percent: number, decimals = 2): string {
  return `${formatNumberVi(percent, decimals)}%`;
}

/** A calendar date without a time zone. */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

/** `dd/mm/yyyy`. */
export function formatDateSlash(date: CalendarDate): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

/**
 * The date of a Party document's place-and-date line: day below 10 and months 1–2 padded with a
 * leading zero (HD 36-HD/VPTW, regulations-addendum §4): `ngày 03 tháng 4 năm 2018`,
 * `ngày 20 tháng 02 năm 2018`.
 */
export function formatDateWordsVi(date: CalendarDate): string {
  const month = date.month <= 2 ? pad2(date.month) : String(date.month);
  return `ngày ${pad2(date.day)} tháng ${month} năm ${date.year}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian), for exact comparisons. */
export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86400000);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
