/**
 * How a congress names itself on its documents (WORKBOOK.md "Output sheets" and "Version 2",
 * header lines; HD 36-HD/VPTW §1.2.1a, regulations-2025 §5).
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
 * The congress line of the header as phrases (see `HeaderLine.phrases`): `Tên đại hội trên văn bản`
 * when given (one phrase per line the clerk typed in the cell); else `ĐẠI HỘI ĐẠI BIỂU` or
 * `ĐẠI HỘI`, the organisation upper-cased, and ` LẦN THỨ ` + `Lần thứ` — when `Lần thứ` is blank
 * the term stands in (`NHIỆM KỲ 2025 - 2030`), as HD 36 point 1.2.1 says.
 */
export function congressLinePhrases(congress: Congress): string[][] {
  const override = congress.settings.congressLineOverride;
  if (override) {
    return override
      .split(/\r?\n/)
      .map((line) => upperVi(line))
      .filter(Boolean)
      .map((line) => [line]);
  }
  const head =
    congress.kind === 'Đại hội đại biểu' ? 'ĐẠI HỘI ĐẠI BIỂU' : congress.kind === 'Hội nghị' ? 'HỘI NGHỊ' : 'ĐẠI HỘI';
  const phrases: string[][] = [[head]];
  const org = organisationParts(congress.organisation);
  if (org.length) phrases.push(org);
  if (congress.ordinal) phrases.push([`LẦN THỨ ${upperVi(congress.ordinal)}`]);
  else if (congress.term) phrases.push([`NHIỆM KỲ ${upperVi(congress.term)}`]);
  return phrases;
}

/** The congress line on one line (the ballot papers print it so). */
export function congressHeaderLine(congress: Congress): string {
  return joinPhrases(congressLinePhrases(congress));
}

export function joinPhrases(phrases: string[][]): string {
  return phrases.map((parts) => parts.join(' ')).join(' ');
}

/** A conference's body before its organisation (`BAN CHẤP HÀNH` · `ĐẢNG BỘ` · …), a part of its own. */
const BODY_KINDS = ['Ban Chấp hành', 'Ban Thường vụ'];
/** `ĐẢNG BỘ BỘ PHẬN`, `ĐẢNG BỘ`, `CHI BỘ`: what kind of Party organisation, the first part. */
const ORGANISATION_KINDS = ['Đảng bộ bộ phận', 'Đảng bộ', 'Chi bộ'];
/** What kind of unit the organisation belongs to, the second part (the name follows). */
const UNIT_KINDS = [
  'đặc khu',
  'thị trấn',
  'thị xã',
  'thành phố',
  'phường',
  'xã',
  'tỉnh',
  'quận',
  'huyện',
  'khu dân cư',
  'tổ dân phố',
  'thôn',
  'khối',
  'cơ quan',
  'công ty',
  'trường',
  'bệnh viện',
];

const lower = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi-VN');

/**
 * The organisation upper-cased, in the parts a line may break between: its kind, its unit's kind,
 * and its name, which stays whole (`ĐẢNG BỘ` · `PHƯỜNG` · `PHÚC ĐỒNG`; `CHI BỘ` · `KHU DÂN CƯ` ·
 * `SỐ 5`). A name of a form not listed is one part.
 */
export function organisationParts(organisation: string): string[] {
  const words = cleanText(organisation).split(' ').filter(Boolean);
  const parts: string[] = [];
  let at = 0;
  const match = (options: string[]): number => {
    for (const option of options) {
      const n = option.split(' ').length;
      // Accents matter here: `Quân sự` is a name, `quận` a kind of unit.
      if (at + n <= words.length && lower(words.slice(at, at + n).join(' ')) === lower(option)) return n;
    }
    return 0;
  };
  const body = match(BODY_KINDS);
  if (body && at + body < words.length) {
    parts.push(words.slice(at, at + body).join(' '));
    at += body;
  }
  const kind = match(ORGANISATION_KINDS);
  if (kind) {
    parts.push(words.slice(at, at + kind).join(' '));
    at += kind;
    const unit = match(UNIT_KINDS);
    // The unit's kind is a part of its own only when a name follows it.
    if (unit && at + unit < words.length) {
      parts.push(words.slice(at, at + unit).join(' '));
      at += unit;
    }
  }
  if (at < words.length) parts.push(words.slice(at).join(' '));
  return parts.map(upperVi);
}

/** The congress in running text: `Đại hội đại biểu Đảng bộ phường Ngọc Lâm lần thứ XXIII`. */
export function congressBodyName(congress: Congress): string {
  const head =
    congress.kind === 'Đại hội đại biểu' ? 'Đại hội đại biểu' : congress.kind === 'Hội nghị' ? 'Hội nghị' : 'Đại hội';
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
