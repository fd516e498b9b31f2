/**
 * The date ages are counted at (WORKBOOK.md `Ngày tính tuổi`, version 2): the date given; else,
 * for the 2025 – 2030 term, the first day of the month Chỉ thị 45-CT/TW (14/4/2025) sets for the
 * level — "cấp cơ sở tháng 4/2025; cấp trên trực tiếp cơ sở … tháng 6/2025; đảng bộ các xã,
 * phường, đặc khu trực thuộc cấp tỉnh là tháng 7/2025; cấp trực thuộc Trung ương tháng 9/2025"
 * (regulations-2025 §3) — a chi bộ counting as the grassroots level; else the congress's date.
 */
import type { Congress, CongressLevel } from '../model/congress';
import type { CalendarDate } from '../text/format';

export type AgeReferenceSource = 'given' | 'directive' | 'congress';

export interface AgeReference {
  date: CalendarDate | null;
  source: AgeReferenceSource;
}

/** Chỉ thị 45-CT/TW: the month of the reference date, by level, for the 2025 – 2030 term. */
export const DIRECTIVE_45_MONTH: Record<CongressLevel, number> = {
  'Chi bộ': 4,
  'Cơ sở': 4,
  'Cấp trên cơ sở': 6,
  'Xã, phường, đặc khu': 7,
  Tỉnh: 9,
};

/** `2025 - 2030`, however the dash and spaces are typed. */
export function isTerm2025(term: string): boolean {
  return /^\s*2025\s*[-–—]\s*2030\s*$/.test(term);
}

export function ageReference(congress: Congress): AgeReference {
  if (congress.ageReferenceDate) return { date: congress.ageReferenceDate, source: 'given' };
  if (isTerm2025(congress.term)) {
    return { date: { year: 2025, month: DIRECTIVE_45_MONTH[congress.level], day: 1 }, source: 'directive' };
  }
  return { date: congress.date, source: 'congress' };
}
