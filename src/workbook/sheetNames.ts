/**
 * Every sheet name of the contract (WORKBOOK.md), in one place: the input sheets the parsers read
 * and the output sheets the commands write, with the order outputs take after the inputs.
 */
import { labelKey } from '../engine/text/normalize';

// Input sheets.
export const CONGRESS_SHEET = 'Đại hội';
export const ROLL_SHEET = 'Đại biểu';
export const COUNTERS_SHEET = 'Ban kiểm phiếu';
export const PERSONNEL_SHEET = 'Nhân sự';
export const ELECTIONS_SHEET = 'Bầu cử';
export const UNITS_SHEET = 'Chi bộ';
/** Optional: the official software's printed totals (WORKBOOK.md "Integrity"). */
export const CROSS_CHECK_SHEET = 'Đối chiếu';
/** The ballot sheet of an election when `Trang phiếu` is blank. */
export function defaultBallotSheetName(id: string): string {
  return `Phiếu ${id}`;
}
/** The second, independent entry of a ballot sheet (WORKBOOK.md "Double entry"). */
export function secondEntryName(sheet: string): string {
  return `${sheet} (2)`;
}

// Output sheets.
export const ALLOCATION_SHEET = 'Phân bổ đại biểu';
export const LIST_CHECK_SHEET = 'Kiểm tra danh sách';
export const LOG_SHEET = 'Nhật ký';
export const FINALISED_SHEET = 'Chốt kết quả';
const RESULTS_PREFIX = 'Kết quả ';
const MINUTES_PREFIX = 'Biên bản ';
const BALLOT_PAPER_PREFIX = 'Mẫu phiếu ';
const COMPOSITION_PREFIX = 'Cơ cấu ';

export function resultsSheetName(id: string): string {
  return `${RESULTS_PREFIX}${id}`;
}

export function minutesSheetName(id: string): string {
  return `${MINUTES_PREFIX}${id}`;
}

export function ballotPaperSheetName(id: string): string {
  return `${BALLOT_PAPER_PREFIX}${id}`;
}

/** `Cơ cấu <Mã>` of an elected body; `Cơ cấu DS <Mã>` of a candidate list (`--lists`). */
export function compositionSheetName(body: { id: string; list: boolean }): string {
  return body.list ? `${COMPOSITION_PREFIX}DS ${body.id}` : `${COMPOSITION_PREFIX}${body.id}`;
}

export function isResultsSheet(name: string): boolean {
  return labelKey(name).startsWith(labelKey(RESULTS_PREFIX));
}

export function isCompositionSheet(name: string): boolean {
  return labelKey(name).startsWith(labelKey(COMPOSITION_PREFIX));
}

/**
 * WORKBOOK.md "Output sheets": written after the input sheets, in this order: `Kết quả <Mã>` and
 * `Biên bản <Mã>` per election (in `Bầu cử` order), `Mẫu phiếu <Mã>`, `Phân bổ đại biểu`,
 * `Kiểm tra danh sách`, `Cơ cấu <Mã>`, then (version 2) `Chốt kết quả` before `Nhật ký`. The rank
 * of an output sheet; null for any other sheet. Per-election sheets keep their relative order.
 */
export function outputRank(name: string): number | null {
  const key = labelKey(name);
  if (key.startsWith(labelKey(RESULTS_PREFIX))) return 1;
  if (key.startsWith(labelKey(MINUTES_PREFIX))) return 1;
  if (key.startsWith(labelKey(BALLOT_PAPER_PREFIX))) return 2;
  if (key === labelKey(ALLOCATION_SHEET)) return 3;
  if (key === labelKey(LIST_CHECK_SHEET)) return 4;
  if (key.startsWith(labelKey(COMPOSITION_PREFIX))) return 5;
  if (key === labelKey(FINALISED_SHEET)) return 6;
  if (key === labelKey(LOG_SHEET)) return 7;
  return null;
}

export function isOutputSheet(name: string): boolean {
  return outputRank(name) !== null;
}

/**
 * Input sheets first in their order, then outputs by rank; within a rank the order given is kept
 * (the commands emit per-election sheets in `Bầu cử` order).
 */
export function orderOutputSheets(names: string[]): string[] {
  const inputs = names.filter((n) => outputRank(n) === null);
  const outputs = names
    .map((name, index) => ({ name, index, rank: outputRank(name) ?? 0 }))
    .filter((x) => outputRank(x.name) !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  return [...inputs, ...outputs.map((o) => o.name)];
}

/**
 * Sheets that are never ballot sheets: the tool's outputs and the inputs of the other commands.
 * Skipping them keeps the tally's one read small.
 */
export function mayBeBallotSheet(name: string): boolean {
  return !isOutputSheet(name) && ![PERSONNEL_SHEET, UNITS_SHEET].some((s) => labelKey(s) === labelKey(name));
}
