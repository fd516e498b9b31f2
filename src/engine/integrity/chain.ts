/**
 * The chain of `Nhật ký` (WORKBOOK.md "Integrity"; anchors §2.7, §7.6): every row carries the
 * SHA-256 of the previous row's hash followed by its own content, so a row changed, removed or
 * moved breaks every hash after it. Pure: rows of text in, the first row that does not fit out.
 */
import { sha256Hex } from '../text/sha256';

/** A row's own content as hashed: its cells as text, in the log's column order, without the hash. */
export function rowContent(cells: readonly string[]): string {
  return JSON.stringify(cells);
}

/** SHA-256 (hex) of the previous row's hash (empty before the first row) followed by the row's content. */
export function chainHash(previous: string, cells: readonly string[]): string {
  return sha256Hex(previous + rowContent(cells));
}

export interface ChainRow {
  /** The row's cells as text, the hash left out. */
  cells: readonly string[];
  /** The hash written in the row; '' when the row has none. */
  hash: string;
}

export interface ChainCheck {
  /** Index of the first row whose hash does not fit the rows before it; null when all fit. */
  firstBad: number | null;
  /** The hash a new row is chained to: the last row's, as written (or as computed for a row without one). */
  head: string;
}

/**
 * Checks the chain. Rows without a hash before the first hashed row are those of a log written
 * before the chain existed: they are folded into it (their hashes computed), so losing one of
 * them still breaks the first hashed row. A row without a hash after a hashed one is bad.
 */
export function verifyChain(rows: readonly ChainRow[]): ChainCheck {
  let previous = '';
  let hashed = false;
  let firstBad: number | null = null;
  rows.forEach((row, i) => {
    const expected = chainHash(previous, row.cells);
    if (row.hash === '') {
      if (hashed && firstBad === null) firstBad = i;
      previous = expected;
      return;
    }
    hashed = true;
    if (firstBad === null && row.hash !== expected) firstBad = i;
    // The next row was chained to what this row says, right or wrong: a run never rewrites a row.
    previous = row.hash;
  });
  return { firstBad, head: previous };
}
