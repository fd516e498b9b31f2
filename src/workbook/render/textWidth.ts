/**
 * A conservative estimate of the printed width of text in Times New Roman, so a sheet can be laid
 * out for the printable width: merged cells do not grow to fit wrapped text in Excel or
 * LibreOffice, so the renderer sets each row's height from the number of lines it will take.
 * Widths are the Adobe metrics of Times-Roman / Times-Bold in thousandths of an em; Vietnamese
 * letters measure as their base letter (the marks sit above or below).
 */
const REGULAR: Record<string, number> = {
  ' ': 250,
  '!': 333,
  '"': 408,
  '#': 500,
  $: 500,
  '%': 833,
  '&': 778,
  "'": 180,
  '(': 333,
  ')': 333,
  '*': 500,
  '+': 564,
  ',': 250,
  '-': 333,
  '.': 250,
  '/': 278,
  ':': 278,
  ';': 278,
  '<': 564,
  '=': 564,
  '>': 564,
  '?': 444,
  '@': 921,
  '[': 333,
  ']': 333,
  _: 500,
  '…': 1000,
  '–': 500,
  '—': 1000,
  '“': 444,
  '”': 444,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
};
const BOLD: Record<string, number> = {
  ...REGULAR,
  ' ': 250,
  ',': 250,
  '.': 250,
  ':': 333,
  ';': 333,
  '-': 333,
  '(': 333,
  ')': 333,
  '%': 1000,
  '/': 278,
  A: 722,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 778,
  I: 389,
  J: 500,
  K: 778,
  L: 667,
  M: 944,
  N: 722,
  O: 778,
  P: 611,
  Q: 778,
  R: 722,
  S: 556,
  T: 667,
  U: 722,
  V: 722,
  W: 1000,
  X: 722,
  Y: 722,
  Z: 667,
  a: 500,
  b: 556,
  c: 444,
  d: 556,
  e: 444,
  f: 333,
  g: 500,
  h: 556,
  i: 278,
  j: 333,
  k: 556,
  l: 278,
  m: 833,
  n: 556,
  o: 500,
  p: 556,
  q: 556,
  r: 444,
  s: 389,
  t: 333,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
};

/** Fonts differ a little between Times New Roman and its stand-ins (Liberation Serif): keep a margin. */
const SAFETY = 1.06;

function baseLetter(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || ch;
}

/** Each character's width in units, per table, as measured so far (baseLetter is slow per character). */
/** Widths already looked up, by code point (a number: the look-up makes no string per character). */
const REGULAR_UNITS = new Map<number, number>();
const BOLD_UNITS = new Map<number, number>();

/** Width in points of `text` at `size` points, with the margin for stand-in fonts. */
export function textWidth(text: string, size: number, bold = false): number {
  return metricWidth(text, size, bold) * SAFETY;
}

/**
 * Width by the font's own metrics, without the margin: for a line that must not break where it
 * need not (the congress line of a header), measured against a cell that keeps its padding.
 * LibreOffice prints such lines on one line at these widths (Liberation Serif has Times's metrics).
 */
export function metricWidth(text: string, size: number, bold = false): number {
  return (units(text, bold) / 1000) * size;
}

/** The text's width in thousandths of an em: the sum of its characters' (after NFC), an integer. */
function units(text: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const known = bold ? BOLD_UNITS : REGULAR_UNITS;
  let sum = 0;
  const nfc = text.normalize('NFC');
  // Code point by code point, as `for (const ch of nfc)` would go (a lone surrogate on its own).
  for (let i = 0; i < nfc.length;) {
    const code = nfc.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    let width = known.get(code);
    if (width === undefined) {
      const base = baseLetter(String.fromCodePoint(code));
      width = table[base] ?? (/\d/.test(base) ? 500 : 600);
      known.set(code, width);
    }
    sum += width;
  }
  return sum;
}

/**
 * Greedy word wrap into lines no wider than `width` points (a word longer than a line stays whole
 * on its own line; the caller sizes for that). Each word is measured once: a candidate line's
 * width is the line's, a space's and the word's (exact: integer units; NFC never joins across a
 * space, so the parts normalise as the whole does), compared as textWidth would compare it.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  const space = units(' ', bold);
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    let line = '';
    let lineUnits = 0;
    for (const word of words) {
      const wordUnits = units(word, bold);
      if (!line) {
        line = word;
        lineUnits = wordUnits;
        continue;
      }
      const candidate = lineUnits + space + wordUnits;
      if ((candidate / 1000) * size * SAFETY > width) {
        lines.push(line);
        line = word;
        lineUnits = wordUnits;
      } else {
        line = `${line} ${word}`;
        lineUnits = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Remembered line counts: by width, then by size (negative and less one when bold), then by text. */
const lineCounts = new Map<number, Map<number, Map<string, number>>>();
let remembered = 0;

/**
 * Number of lines `text` takes in a cell `width` points wide. Remembered: the minutes are laid
 * out again for each page a long table continues on, with the same texts in the same cells (the
 * keys are numbers and the text itself, so a look-up builds no string).
 */
export function lineCount(text: string, width: number, size: number, bold = false): number {
  let byFormat = lineCounts.get(width);
  if (!byFormat) {
    byFormat = new Map<number, Map<string, number>>();
    lineCounts.set(width, byFormat);
  }
  const format = bold ? -size - 1 : size;
  let byText = byFormat.get(format);
  if (!byText) {
    byText = new Map<string, number>();
    byFormat.set(format, byText);
  }
  let n = byText.get(text);
  if (n === undefined) {
    if (remembered > 50000) {
      lineCounts.clear();
      remembered = 0;
    }
    n = wrapText(text, width, size, bold).length;
    byText.set(text, n);
    remembered++;
  }
  return n;
}
