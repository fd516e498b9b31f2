/** Ballots as keyed: one record per ballot, or the counting teams' subtotals (WORKBOOK.md "Ballot sheets"). */
import type { CellRef } from './cellRef';

/**
 * A mark as keyed: blank, `x`, or `-` (WORKBOOK.md "Marks"); on a trust ballot also `1` (tín nhiệm
 * cao), `2` (tín nhiệm), `3` (tín nhiệm thấp) (WORKBOOK.md version 2 "Trust vote").
 */
export type Mark = '' | 'x' | '-' | TrustMark;
export type TrustMark = '1' | '2' | '3';

/** A name written in a `Giới thiệu thêm` cell of an introduction ballot, with its cell. */
export interface WriteIn {
  /** As compared: NFC, trimmed, spaces collapsed (WORKBOOK.md "Person names match exactly"). */
  name: string;
  cell: CellRef;
}

/** One ballot of a `Từng phiếu` sheet. */
export interface BallotRecord {
  /** `Số phiếu` as normalised text (leading zeros dropped): `107`, `2-15`. */
  number: string;
  /** `Tổ` when the sheet has that column. */
  team: string | null;
  /** One mark per candidate, in list order. */
  marks: Mark[];
  /** The committee's ruling from `Không hợp lệ`, as first written (null when blank). */
  ruling: string | null;
  /** 0-based sheet row and the cells of each mark, for differences and errors. */
  row: number;
  markCells: CellRef[];
  rulingCell: CellRef | null;
  /** Introduction ballots: the names written in, in column order (absent on other ballots). */
  writeIns?: WriteIn[];
}

/** One team row of a `Tổng hợp` sheet. */
export interface SubtotalRow {
  team: string;
  returned: number;
  invalid: number;
  /** Invalid ballots by reason column (`Không hợp lệ: <lý do>`); the rest is `Không phân loại`. */
  invalidReasons: Record<string, number>;
  votes: number[];
  cell: CellRef;
}

export interface SubtotalSheet {
  rows: SubtotalRow[];
  /** The optional `Tổng cộng` row. */
  total: SubtotalRow | null;
}
