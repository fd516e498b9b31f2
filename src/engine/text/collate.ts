/**
 * Vietnamese collation and the A-B-C order of names on a ballot (anchors.md §5.1–5.2,
 * regulations.md §3.6).
 *
 * `Intl.Collator('vi')` (full ICU, CLDR `vi` tailoring) is used when the runtime has it and it
 * passes a sanity check; otherwise a pure-JS collator that follows the same three levels:
 * primary = letters of the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …, with f j w z
 * where the Latin alphabet has them), secondary = tones (huyền < hỏi < ngã < sắc < nặng) and other
 * marks, tertiary = case (lower before upper). Old Office webviews (Trident/EdgeHTML) may lack
 * the `vi` data (anchors.md §5.4), hence the fallback; test/text/collate.test.ts runs both.
 */

export type CompareFn = (a: string, b: string) => number;

/** The Vietnamese alphabet with the Latin letters it lacks in their Latin places. */
const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];
const LETTER_WEIGHT = new Map(ALPHABET.map((letter, i) => [letter, 1000 + i]));

/** Base letter + mark that form a letter of its own in Vietnamese (a primary difference). */
const LETTER_MARKS: Record<string, Record<number, string>> = {
  a: { 0x0306: 'ă', 0x0302: 'â' },
  e: { 0x0302: 'ê' },
  o: { 0x0302: 'ô', 0x031b: 'ơ' },
  u: { 0x031b: 'ư' },
};

/**
 * Secondary weights of combining marks: the five tones in the CLDR `vi` order right after the
 * grave, then the root (DUCET) order of the marks found in minority names (č ŭ ĕ …).
 */
const MARK_WEIGHT = new Map<number, number>([
  [0x0300, 1],
  [0x0309, 2],
  [0x0303, 3],
  [0x0301, 4],
  [0x0323, 5],
  [0x0306, 6],
  [0x0302, 7],
  [0x030c, 8],
  [0x030a, 9],
  [0x0308, 10],
  [0x030b, 11],
  [0x0307, 12],
  [0x0327, 13],
  [0x0328, 14],
  [0x0304, 15],
  [0x031b, 16],
]);

/** Punctuation in the root collation's order; all of it sorts before digits and letters. */
const PUNCTUATION = '_-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';

function isMark(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff);
}

interface SortKey {
  primary: number[];
  secondary: number[];
  tertiary: number[];
}

/** The three-level sort key of a string (the pure-JS collator). */
export function fallbackSortKey(text: string): SortKey {
  const chars = Array.from(text.normalize('NFD'));
  const key: SortKey = { primary: [], secondary: [], tertiary: [] };
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    const marks: number[] = [];
    let j = i + 1;
    while (j < chars.length && isMark(chars[j].codePointAt(0) ?? 0)) {
      marks.push(chars[j].codePointAt(0) ?? 0);
      j++;
    }
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    let letter = lower;
    const lettered = LETTER_MARKS[lower];
    if (lettered) {
      const index = marks.findIndex((m) => lettered[m] !== undefined);
      if (index >= 0) {
        letter = lettered[marks[index]];
        marks.splice(index, 1);
      }
    }
    key.primary.push(primaryWeight(letter));
    key.secondary.push(0);
    key.tertiary.push(upper ? 1 : 0);
    for (const m of marks) {
      key.secondary.push(MARK_WEIGHT.get(m) ?? 100 + m);
      key.tertiary.push(0);
    }
    i = j;
  }
  return key;
}

function primaryWeight(letter: string): number {
  const w = LETTER_WEIGHT.get(letter);
  if (w !== undefined) return w;
  const code = letter.codePointAt(0) ?? 0;
  if (/\s/.test(letter)) return 1;
  const p = PUNCTUATION.indexOf(letter);
  if (p >= 0) return 10 + p;
  if (code >= 0x30 && code <= 0x39) return 100 + (code - 0x30);
  // Other scripts sort after the Latin letters, by code point.
  return code < 0x80 ? 200 + code : 5000 + code;
}

function compareArrays(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** The pure-JS Vietnamese comparison: primary, then secondary, then tertiary level. */
export function fallbackCompare(a: string, b: string): number {
  const ka = fallbackSortKey(a);
  const kb = fallbackSortKey(b);
  return (
    compareArrays(ka.primary, kb.primary) ||
    compareArrays(ka.secondary, kb.secondary) ||
    compareArrays(ka.tertiary, kb.tertiary)
  );
}

/**
 * `Intl.Collator('vi')` when the runtime really has the Vietnamese tailoring: `vi` is supported
 * and đ sorts after every d, ă after every a (the root collation gets both wrong).
 */
export function intlVietnameseCompare(): CompareFn | null {
  try {
    if (typeof Intl === 'undefined' || typeof Intl.Collator !== 'function') return null;
    if (!Intl.Collator.supportedLocalesOf(['vi']).includes('vi')) return null;
    const collator = new Intl.Collator('vi');
    const ok =
      collator.compare('Đức', 'Dzung') > 0 &&
      collator.compare('Ăn', 'Az') > 0 &&
      collator.compare('Thành', 'Thánh') < 0 &&
      collator.compare('Thánh', 'Thạnh') < 0;
    return ok ? (a, b) => collator.compare(a, b) : null;
  } catch {
    return null;
  }
}

let chosen: CompareFn | null = null;

/** The Vietnamese comparison in use: Intl when it is right, the pure-JS collator otherwise. */
export function compareVi(a: string, b: string): number {
  if (!chosen) chosen = intlVietnameseCompare() ?? fallbackCompare;
  return chosen(a, b);
}

/** Sorts a copy of `items` in Vietnamese order of `keyOf` (stable). */
export function sortVi<T>(items: readonly T[], keyOf: (item: T) => string, compare: CompareFn = compareVi): T[] {
  return items
    .map((item, index) => ({ item, index, key: keyOf(item) }))
    .sort((x, y) => compare(x.key, y.key) || x.index - y.index)
    .map((x) => x.item);
}

// ---------------------------------------------------------------------------------------------
// Ballot order of names

/** `Nguyễn Văn An (1975)` → base `Nguyễn Văn An`, year 1975 (WORKBOOK.md `Nhân sự`). */
export function stripYearSuffix(name: string): { base: string; year: number | null } {
  const m = /^(.*?)\s*\((\d{4})\)\s*$/.exec(name);
  return m ? { base: m[1].trim(), year: Number(m[2]) } : { base: name.trim(), year: null };
}

export interface NameParts {
  /** Tên: the last word, or the `Tên gọi` override. */
  given: string;
  /** Họ: the first word left. */
  family: string;
  /** Tên đệm: the words between. */
  middle: string[];
}

/**
 * Splits a full name for ballot order. Without an override the given name is the last word.
 * With `Tên gọi` (Ê Đê names such as `H'Maryam Niê` put the given name first, anchors.md §5.2)
 * the override's words are taken out wherever they stand; the first word left is the family name.
 */
export function splitName(fullName: string, givenOverride?: string | null): NameParts {
  const words = stripYearSuffix(fullName).base.split(/\s+/).filter(Boolean);
  const override = givenOverride ? givenOverride.trim().split(/\s+/).filter(Boolean) : [];
  if (override.length > 0) {
    const at = findWords(words, override);
    const rest = at >= 0 ? [...words.slice(0, at), ...words.slice(at + override.length)] : words.slice(0, -1);
    return { given: override.join(' '), family: rest[0] ?? '', middle: rest.slice(1) };
  }
  if (words.length <= 1) return { given: words[0] ?? '', family: '', middle: [] };
  return { given: words[words.length - 1], family: words[0], middle: words.slice(1, -1) };
}

function findWords(words: string[], wanted: string[]): number {
  const key = (w: string) => w.normalize('NFC').toLowerCase();
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, k) => key(words[i + k]) === key(w))) return i;
  }
  return -1;
}

export interface BallotSortInput {
  name: string;
  /** `Tên gọi` from `Nhân sự`. */
  givenName?: string | null;
  /** Birth date as a day number (earlier first); null when unknown (after the known ones). */
  birthDay?: number | null;
}

/**
 * The ballot order (regulations.md §3.6, anchors.md §5.2): given name, then family name, then
 * middle names, then the earlier birth date. Each part is compared with the full Vietnamese
 * collation, so tones decide within the given name before the family name is looked at
 * (`Anh` before `Ánh` whatever the family names): they are different names. Returns 0 for people
 * the rule cannot order (the ballot keeps them as written).
 */
export function compareBallotOrder(a: BallotSortInput, b: BallotSortInput, compare: CompareFn = compareVi): number {
  const pa = splitName(a.name, a.givenName);
  const pb = splitName(b.name, b.givenName);
  const byGiven = compare(pa.given, pb.given);
  if (byGiven) return byGiven;
  const byFamily = compare(pa.family, pb.family);
  if (byFamily) return byFamily;
  const byMiddle = compare(pa.middle.join(' '), pb.middle.join(' '));
  if (byMiddle) return byMiddle;
  const da = a.birthDay ?? null;
  const db = b.birthDay ?? null;
  if (da !== null && db !== null && da !== db) return da < db ? -1 : 1;
  if (da === null && db !== null) return 1;
  if (da !== null && db === null) return -1;
  return 0;
}

/** The expected ballot order of a list (stable: people the rule cannot order keep their places). */
export function ballotOrder<T extends BallotSortInput>(items: readonly T[], compare: CompareFn = compareVi): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => compareBallotOrder(x.item, y.item, compare) || x.index - y.index)
    .map((x) => x.item);
}
