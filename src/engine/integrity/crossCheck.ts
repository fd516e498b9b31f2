/**
 * Cross-check with the official count (WORKBOOK.md "Integrity", `Đối chiếu`): where the official
 * count is made with the centrally issued software (regulations §4), the staff key its printed
 * totals and each one is compared with ours. Any difference blocks the election.
 */
import type { CellRef } from '../model/cellRef';

/** The ballot figures a `Đối chiếu` row may name, by the contract's labels. */
export const CROSS_CHECK_FIGURES = {
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
} as const;
export type CrossCheckFigure = keyof typeof CROSS_CHECK_FIGURES;

/** The check of a cross-checked election, as printed on `Kết quả <Mã>` and in the JSON. */
export const CROSS_CHECK_NAME = 'Đối chiếu';

/** One `Đối chiếu` row, its item already resolved by the workbook layer. */
export interface CrossCheckRow {
  /** `Mã` of the election, as written in `Bầu cử`. */
  id: string;
  /** The item as printed: the contract's label of a figure, or the candidate's full name. */
  item: string;
  /** A figure, or the index of a candidate in the election list. */
  target: { figure: CrossCheckFigure } | { candidate: number };
  /** The official software's figure. */
  official: number;
  /** The `Số liệu` cell. */
  cell: CellRef;
}

/** JSON `crossCheck[]` (WORKBOOK.md): both figures and the cell. */
export interface CrossCheckEntry {
  item: string;
  official: number;
  /** Our figure; null when we have none (`Phiếu phát ra` left blank). */
  counted: number | null;
  cell: CellRef;
  ok: boolean;
}

export interface CountedFigures {
  issued: number | null;
  returned: number;
  valid: number;
  invalid: number;
  votes: readonly number[];
}

/** Compares each row with our count, in the order of the rows. */
export function crossCheckEntries(rows: readonly CrossCheckRow[], counted: CountedFigures): CrossCheckEntry[] {
  return rows.map((row) => {
    const ours = 'figure' in row.target ? counted[row.target.figure] : (counted.votes[row.target.candidate] ?? null);
    return { item: row.item, official: row.official, counted: ours, cell: row.cell, ok: ours === row.official };
  });
}
