/** A1 addresses and quoted cell references (`'Phiếu BCH'!D17`) as the contract quotes them. */

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters → 0-based column index. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → `D17`. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A sheet name quoted the way Excel writes it in references: always in single quotes. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Phiếu BCH'!D17` for 0-based row and column. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

/** `'Phiếu BCH'!C5:D5` for 0-based bounds (inclusive): a merged range, say. */
export function rangeRef(sheet: string, row1: number, col1: number, row2: number, col2: number): string {
  return `${quoteSheet(sheet)}!${a1(row1, col1)}:${a1(row2, col2)}`;
}

/** Parses `'Phiếu BCH'!D17` (or `Sheet!D17`) back into sheet, 0-based row and column. */
export function parseCellRef(ref: string): { sheet: string; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/i.exec(ref);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, row: Number(m[4]) - 1, col: columnIndex(m[3]) };
}
