/**
 * How a congress names itself on its documents (WORKBOOK.md "Output sheets", header lines;
 * regulations §9.4, addendum §1.4).
 */
import type { Congress } from '../model/congress';
import { formatDateWordsVi, type CalendarDate } from '../text/format';
import { cleanText } from '../text/normalize';
import { DOTS } from './document';

/** Vietnamese upper case (`đ` → `Đ` and every tone mark kept). */
export function upperVi(text: string): string {
  return cleanText(text).toLocaleUpperCase('vi-VN');
}

/**
 * The congress line of the header: `Tên đại hội trên văn bản` when given; else `ĐẠI HỘI ĐẠI BIỂU`
 * or `ĐẠI HỘI`, the organisation upper-cased and ` LẦN THỨ ` + `Lần thứ`; when `Lần thứ` is blank
 * the term stands in (`NHIỆM KỲ 2020 - 2025`), as HD 36 point 1.2.1 says.
 */
export function congressHeaderLine(congress: Congress): string {
  if (congress.settings.congressLineOverride) return upperVi(congress.settings.congressLineOverride);
  const head = congress.kind === 'Đại hội đại biểu' ? 'ĐẠI HỘI ĐẠI BIỂU' : 'ĐẠI HỘI';
  const org = upperVi(congress.organisation);
  const tail = congress.ordinal
    ? ` LẦN THỨ ${upperVi(congress.ordinal)}`
    : congress.term
      ? ` NHIỆM KỲ ${upperVi(congress.term)}`
      : '';
  return `${head}${org ? ` ${org}` : ''}${tail}`;
}

/** The congress in running text: `Đại hội đại biểu Đảng bộ phường Ngọc Lâm lần thứ XXIII`. */
export function congressBodyName(congress: Congress): string {
  const head = congress.kind === 'Đại hội đại biểu' ? 'Đại hội đại biểu' : 'Đại hội';
  const org = cleanText(congress.organisation);
  const tail = congress.ordinal
    ? ` lần thứ ${cleanText(congress.ordinal)}`
    : congress.term
      ? ` nhiệm kỳ ${cleanText(congress.term)}`
      : '';
  return `${head}${org ? ` ${org}` : ''}${tail}`;
}

/** `Long Biên, ngày 19 tháng 5 năm 2020`; dots for what is unknown. */
export function placeDateLine(place: string, date: CalendarDate | null): string {
  const where = cleanText(place) || DOTS;
  const when = date ? formatDateWordsVi(date) : `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
  return `${where}, ${when}`;
}

/** `Số 05-BB/ĐH`, or `Số ……-BB/ĐH` when `Số biên bản` is blank (HD 36 numbering, regulations §9.5). */
export function documentNumberLine(number: string | null, symbol: string): string {
  const n = number ? cleanText(number) : DOTS;
  return `Số ${n}-BB/${cleanText(symbol) || 'ĐH'}`;
}
