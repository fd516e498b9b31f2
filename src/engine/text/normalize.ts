/**
 * Text normalisation for the workbook contract (WORKBOOK.md, "Labels match forgivingly" and
 * "Person names match exactly").
 */

/**
 * A small memo for the normalisers: a roll or a ballot sheet repeats the same few values (`Chính
 * thức`, `Có mặt`, a unit's name) thousands of times, and Unicode normalisation is the costly part.
 * Bounded, so a huge workbook cannot grow it without limit.
 */
const caches: Map<string, string>[] = [];

/** Empties the memo (the benchmark measures a cold start, as one command-line run is). */
export function clearTextMemo(): void {
  for (const cache of caches) cache.clear();
}

function memo(fn: (value: string) => string): (value: string) => string {
  const cache = new Map<string, string>();
  caches.push(cache);
  return (value) => {
    let out = cache.get(value);
    if (out === undefined) {
      if (cache.size > 20000) cache.clear();
      out = fn(value);
      cache.set(value, out);
    }
    return out;
  };
}

/**
 * Printable ASCII words with single spaces between them: NFC, trimmed and collapsed already (a
 * ballot number, an `STT`, a code), so the normalisers return them as they are.
 */
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** NFC, trimmed, inner whitespace (including no-break spaces) collapsed to one space. */
export const cleanText = memo((value: string): string =>
  CLEAN_ASCII.test(value)
    ? value
    : value
        .normalize('NFC')
        .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
        .trim(),
);

/**
 * The forgiving key of a label or coded value: accents and case ignored, `đ` read as `d`.
 * `HO VA TEN` and `Họ và tên` share the key `ho va ten`.
 */
export const labelKey = memo((value: string): string => {
  const clean = cleanText(value);
  // ASCII has no accents and no đ; only its backquote is an apostrophe.
  if (CLEAN_ASCII.test(clean)) return clean.replace(/`/g, "'").toLowerCase();
  return (
    clean
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      // Word and phones turn ' into typographic apostrophes: `D’Hondt` is `D'Hondt`.
      .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
      .toLowerCase()
  );
});

/** True when two labels match forgivingly. */
export function sameLabel(a: string, b: string): boolean {
  return labelKey(a) === labelKey(b);
}

/** A person's name as compared: NFC, trimmed, spaces collapsed; accents and case matter. */
export function personName(value: string): string {
  return cleanText(value);
}

/**
 * Latin-1 letters and symbols that never occur in Vietnamese written in Unicode, but fill names
 * typed in the legacy 8-bit encodings TCVN3 (.VnTime: `NguyÔn V¨n An`) and VNI (`Nguyeãn` uses
 * ñ ö ø ï ë ä å ü û for its marks), or UTF-8 read as Latin-1 (`Nguyá»…n`).
 */
const LEGACY_CHARS =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;
/**
 * VNI writes a base vowel then a mark character: `eã` for ễ, `aù` for á. In Unicode Vietnamese a
 * plain `a` or `e` is never followed by an accented vowel (the tone sits on the `a` of ai/ao/au/ay
 * and on the `e` of eo), so such a pair betrays VNI.
 */
const VNI_PAIR = /[ae][\u00e0-\u00e3\u00e8-\u00ea\u00f2-\u00f5\u00f9\u00fa]/i;

/** True when a name looks like a legacy 8-bit encoding rather than Unicode (`LEGACY_ENCODING`). */
export function looksLegacyEncoded(value: string): boolean {
  const text = value.normalize('NFC');
  return LEGACY_CHARS.test(text) || VNI_PAIR.test(text);
}

/**
 * Characters that show nothing but make two names differ (issue 13): zero-width spaces and
 * joiners, bidirectional controls, the byte-order mark, soft hyphens, fillers and variation
 * selectors. `Nguyễn Văn An` with a zero-width space looks like `Nguyễn Văn An` and is not it.
 */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- each of these is looked for alone, joiners included
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;

/** The same characters, for a yes-or-no look (nearly every name has none). */
// eslint-disable-next-line no-misleading-character-class -- the same class as INVISIBLE's, see there
const ANY_INVISIBLE = new RegExp(INVISIBLE.source);

/** The invisible characters of a text, as `U+200B` codes (none: an empty list). */
export function invisibleCharacters(value: string): string[] {
  if (!ANY_INVISIBLE.test(value)) return [];
  const found = new Set<string>();
  for (const m of value.matchAll(INVISIBLE)) {
    const code = m[0].codePointAt(0) ?? 0;
    found.add(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...found];
}
