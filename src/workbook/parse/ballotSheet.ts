/**
 * Ballot sheets (WORKBOOK.md "Ballot sheets"): `Từng phiếu` (one row per returned ballot, whose
 * header row is the election list) and `Tổng hợp` (subtotals per counting team).
 *
 * The `Từng phiếu` reader is the hot path of the tally (a national congress keys hundreds of
 * thousands of marks), so marks are read with a fast path for the two common cells (blank and
 * `x`) and cell references are built only when someone asks for them.
 */
import { nameProblems } from './personNames';
import type { CellValue, SheetValues } from '../port';
import { inputError, type Problem, warning } from '../problems';
import { labelKey, personName } from '../../engine/text/normalize';
import type { BallotRecord, Mark, SubtotalRow, SubtotalSheet, WriteIn } from '../../engine/model/ballots';
import type { BallotType } from '../../engine/model/election';
import { columnLetters, cellRef, quoteSheet } from '../address';
import { cellInteger, cellText, isBlank } from '../values';
import { HEADER_SEARCH_ROWS } from '../table';

const KEY_NUMBER = labelKey('Số phiếu');
const KEY_TEAM = labelKey('Tổ');
const KEY_RULING = labelKey('Không hợp lệ');
const KEY_STT = labelKey('STT');
/** Introduction ballots (version 2): columns of names written in, `Giới thiệu thêm` (numbered or not). */
const KEY_WRITE_IN = labelKey('Giới thiệu thêm');

/** The layout of a `Từng phiếu` sheet, from its header row. */
export interface BallotLayout {
  sheet: string;
  headerRow: number;
  numberCol: number;
  teamCol: number | null;
  rulingCol: number | null;
  /** Columns of the candidates, in ballot order. */
  candidateCols: number[];
  candidates: string[];
  candidateCells: string[];
  /** `Giới thiệu thêm` columns, after the list (introduction ballots). */
  writeInCols: number[];
  writeInCells: string[];
}

/** The layout of a `Tổng hợp` sheet, from its header row (the test deck writes by it). */
export interface SubtotalLayout {
  headerRow: number;
  teamCol: number;
  returnedCol: number;
  invalidCol: number;
  /** `Không hợp lệ: <lý do>` columns with their reason. */
  reasonCols: { col: number; reason: string }[];
  candidateCols: number[];
}

/** Reads the header row: the first of rows 1–10 with `Số phiếu` (WORKBOOK.md "Header rows"). */
export function readBallotLayout(sheet: string, values: SheetValues, problems: Problem[]): BallotLayout | null {
  let headerRow = -1;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length) && headerRow < 0; r++) {
    if ((values[r] ?? []).some((v) => labelKey(cellText(v)) === KEY_NUMBER)) headerRow = r;
  }
  if (headerRow < 0) {
    problems.push(
      inputError('MISSING_HEADER', 'MISSING_HEADER', cellRef(sheet, 0, 0), {
        sheet,
        headers: '"Số phiếu"',
        missing: '"Số phiếu"',
      }),
    );
    return null;
  }
  const header = (values[headerRow] ?? []).map((v) => cellText(v));
  const numberCol = header.findIndex((h) => labelKey(h) === KEY_NUMBER);
  const before = problems.length;
  for (let c = 0; c < numberCol; c++) {
    // Ballot sheets ignore no unknown column (WORKBOOK.md); only `STT` may precede `Số phiếu`.
    if (header[c] && labelKey(header[c]) !== KEY_STT) {
      problems.push(
        inputError('BAD_VALUE', 'BALLOT_COLUMN_BEFORE_NUMBER', cellRef(sheet, headerRow, c), { value: header[c] }),
      );
    }
  }
  let c = numberCol + 1;
  let teamCol: number | null = null;
  if (labelKey(header[c] ?? '') === KEY_TEAM) teamCol = c++;
  let last = header.length - 1;
  while (last >= c && !header[last]) last--;
  let rulingCol: number | null = null;
  const candidateCols: number[] = [];
  const candidates: string[] = [];
  const candidateCells: string[] = [];
  const writeInCols: number[] = [];
  const writeInCells: string[] = [];
  const seen = new Map<string, string>();
  const near = new Map<string, { name: string; cell: string }>();
  for (; c <= last; c++) {
    const text = header[c];
    const cell = cellRef(sheet, headerRow, c);
    if (labelKey(text) === KEY_RULING) {
      if (c !== last) problems.push(inputError('BAD_VALUE', 'RULING_NOT_LAST', cell, {}));
      rulingCol = c;
      continue;
    }
    if (labelKey(text).startsWith(KEY_WRITE_IN)) {
      writeInCols.push(c);
      writeInCells.push(cell);
      continue;
    }
    // The prepared list comes first; names written in follow it (WORKBOOK.md version 2).
    if (writeInCols.length) problems.push(inputError('BAD_VALUE', 'WRITE_IN_COLUMN_PLACE', writeInCells[0], {}));
    if (!text) {
      problems.push(
        inputError('MISSING_HEADER', 'BAD_VALUE_REQUIRED', cell, {
          field: 'Họ và tên',
          expected: 'họ và tên người trong danh sách bầu, theo thứ tự trên phiếu',
        }),
      );
      continue;
    }
    const name = personName(text);
    problems.push(...nameProblems(name, cell));
    const other = seen.get(name);
    if (other) {
      problems.push(inputError('BAD_VALUE', 'DUPLICATE_CANDIDATE', cell, { name, otherCell: other }));
      continue;
    }
    seen.set(name, cell);
    const similar = near.get(labelKey(name));
    if (similar)
      problems.push(
        warning('NEAR_DUPLICATE_NAME', 'NEAR_DUPLICATE_NAME', cell, {
          value: name,
          other: similar.name,
          otherCell: similar.cell,
        }),
      );
    else near.set(labelKey(name), { name, cell });
    candidateCols.push(c);
    candidates.push(name);
    candidateCells.push(cell);
  }
  if (candidates.length === 0)
    problems.push(inputError('MISSING_HEADER', 'NO_CANDIDATES', cellRef(sheet, headerRow, numberCol + 1), { sheet }));
  if (problems.slice(before).some((p) => p.severity === 'error')) return null;
  return {
    sheet,
    headerRow,
    numberCol,
    teamCol,
    rulingCol,
    candidateCols,
    candidates,
    candidateCells,
    writeInCols,
    writeInCells,
  };
}

/**
 * `Số phiếu`: a positive integer, digits as text (leading zeros ignored) or `<tổ>-<n>`
 * (WORKBOOK.md). Returns the normalised text, or null.
 */
export function ballotNumber(value: CellValue | undefined): string | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? String(value) : null;
  const text = cellText(value);
  const plain = /^0*([1-9]\d{0,8})$/.exec(text);
  if (plain) return plain[1];
  const teamed = /^([^\s-][^-]*?)\s*-\s*0*([1-9]\d{0,8})$/.exec(text);
  if (teamed) return `${teamed[1].replace(/^0+(?=\d)/, '')}-${teamed[2]}`;
  return null;
}

/**
 * A mark as keyed. Forgiving only where nothing can be misread: `X`, `×` are `x`; the dashes a
 * keyboard or autocorrect may give are `-`. Anything else is undefined (`BAD_MARK`).
 */
export function markOf(value: CellValue | undefined): Mark | undefined {
  if (value === null || value === undefined || value === '') return '';
  if (value === 'x') return 'x';
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return '';
  if (text === 'x' || text === 'X' || text === '×') return 'x';
  if (text === '-' || text === '–' || text === '—' || text === '−') return '-';
  return undefined;
}

/**
 * A mark of a trust ballot (version 2): `1`, `2`, `3` (typed as a number or as text), blank, or a
 * dash (`-`, no box or several). Anything else is undefined (`BAD_MARK`).
 */
export function trustMarkOf(value: CellValue | undefined): Mark | undefined {
  if (value === 1) return '1';
  if (value === 2) return '2';
  if (value === 3) return '3';
  if (typeof value === 'number') return undefined;
  const mark = markOf(value);
  if (mark !== undefined) return mark === 'x' ? undefined : mark;
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '1' || text === '2' || text === '3' ? text : undefined;
}

/** A written-in name, or undefined when the cell holds a mark or a number rather than a name. */
function writeInName(value: CellValue | undefined): string | null | undefined {
  if (isBlank(value)) return null;
  if (typeof value !== 'string' || markOf(value) !== undefined) return undefined;
  const name = personName(value);
  return /\p{L}/u.test(name) ? name : undefined;
}

/**
 * A ballot read from a sheet. Its cell references are built on first use: the count never needs
 * them, only differences and error messages do.
 */
class SheetBallot implements BallotRecord {
  private cellsCache: string[] | null = null;
  constructor(
    public number: string,
    public team: string | null,
    public marks: Mark[],
    public ruling: string | null,
    public row: number,
    public rulingCell: string | null,
    private readonly prefix: string,
    private readonly letters: string[],
    public writeIns?: WriteIn[],
  ) {}

  get markCells(): string[] {
    if (!this.cellsCache) this.cellsCache = this.letters.map((l) => `${this.prefix}${l}${this.row + 1}`);
    return this.cellsCache;
  }
}

export interface BallotRowsOptions {
  ballotType: BallotType;
}

/** The mark in a cell of a ballot of this kind; undefined when it is none. */
function cellMark(v: CellValue | undefined, trust: boolean): Mark | undefined {
  if (trust) return trustMarkOf(v);
  // Blank and `x` are nearly every cell of a real pile.
  return v === null || v === undefined ? '' : v === 'x' ? 'x' : markOf(v);
}

const ROW_EMPTY = 0;
const ROW_FILLED = 1;
const ROW_SLOW = 2;

/**
 * The marks of one row when every cell is a mark of this list (nearly every row): ROW_FILLED or
 * ROW_EMPTY (no mark but blanks), else ROW_SLOW, and readBallots reads the row again naming each
 * wrong cell. A small function of its own: it is what a national pile runs 320,000 times.
 */
function quickMarks(
  cells: CellValue[],
  candidateCols: number[],
  marks: Mark[],
  trust: boolean,
  strike: boolean,
): number {
  let filled = false;
  for (let i = 0; i < candidateCols.length; i++) {
    const m = cellMark(cells[candidateCols[i]], trust);
    if (m === undefined || (m === '-' && strike)) return ROW_SLOW;
    if (m !== '') filled = true;
    marks[i] = m;
  }
  return filled ? ROW_FILLED : ROW_EMPTY;
}

/** Reads the ballots below the header. Problems name their cell. */
export function readBallots(
  values: SheetValues,
  layout: BallotLayout,
  opts: BallotRowsOptions,
  problems: Problem[],
): BallotRecord[] {
  const { sheet, numberCol, teamCol, rulingCol, candidateCols } = layout;
  const prefix = `${quoteSheet(sheet)}!`;
  const letters = candidateCols.map(columnLetters);
  const ballots: BallotRecord[] = [];
  const numbers = new Map<string, string>();
  // A strike-through list takes no `-`; neither does an introduction's prepared list (version 2).
  const strike = opts.ballotType === 'Gạch tên' || opts.ballotType === 'Giới thiệu nhân sự';
  const trust = opts.ballotType === 'Lấy phiếu tín nhiệm';
  const writeInCols = layout.writeInCols;
  const lastCol = Math.max(numberCol, teamCol ?? 0, rulingCol ?? 0, ...candidateCols, ...writeInCols);
  const n = candidateCols.length;
  for (let r = layout.headerRow + 1; r < values.length; r++) {
    const cells = values[r];
    if (!cells || cells.length === 0) continue;
    const marks = new Array<Mark>(n);
    const quick = quickMarks(cells, candidateCols, marks, trust, strike);
    let filled = quick === ROW_FILLED;
    let rowOk = true;
    // A cell that is not a mark of this list: the row again, each such cell named.
    for (let i = 0; quick === ROW_SLOW && i < n; i++) {
      const v = cells[candidateCols[i]];
      let m = cellMark(v, trust);
      if (m === undefined && trust) {
        problems.push(
          inputError('BAD_MARK', 'BAD_MARK_TRUST', `${prefix}${letters[i]}${r + 1}`, {
            value: cellText(v),
            ballot: cellText(cells[numberCol]),
          }),
        );
      } else if (m === '-' && strike) {
        problems.push(
          inputError('BAD_MARK', 'BAD_MARK_STRIKE_DASH', `${prefix}${letters[i]}${r + 1}`, {
            value: cellText(v),
            ballot: cellText(cells[numberCol]),
          }),
        );
        m = undefined;
      } else if (m === undefined) {
        problems.push(
          inputError('BAD_MARK', strike ? 'BAD_MARK_STRIKE' : 'BAD_MARK', `${prefix}${letters[i]}${r + 1}`, {
            value: cellText(v),
            ballot: cellText(cells[numberCol]),
          }),
        );
      }
      if (m === undefined) {
        rowOk = false;
        filled = true;
        continue;
      }
      if (m !== '') filled = true;
      marks[i] = m;
    }
    const writeIns: WriteIn[] = [];
    for (const col of writeInCols) {
      const name = writeInName(cells[col]);
      if (name === null) continue;
      filled = true;
      if (name === undefined) {
        problems.push(
          inputError('BAD_VALUE', 'WRITE_IN_NOT_A_NAME', cellRef(sheet, r, col), {
            value: cellText(cells[col]),
            ballot: cellText(cells[numberCol]),
          }),
        );
        rowOk = false;
        continue;
      }
      const found = nameProblems(name, cellRef(sheet, r, col));
      if (found.length) {
        problems.push(...found);
        rowOk = false;
        continue;
      }
      writeIns.push({ name, cell: cellRef(sheet, r, col) });
    }
    const rulingText = rulingCol !== null ? cellText(cells[rulingCol]) : '';
    const teamText = teamCol !== null ? cellText(cells[teamCol]) : '';
    // Values beyond the last header column would be lost silently: name them.
    for (let c = lastCol + 1; c < cells.length; c++) {
      if (!isBlank(cells[c])) {
        problems.push(
          inputError('BAD_VALUE', 'CELL_WITHOUT_HEADER', cellRef(sheet, r, c), { value: cellText(cells[c]) }),
        );
        rowOk = false;
      }
    }
    const numberValue = cells[numberCol];
    if (isBlank(numberValue)) {
      if (filled || rulingText || teamText) {
        problems.push(inputError('BAD_VALUE', 'BALLOT_NUMBER_MISSING', cellRef(sheet, r, numberCol), { row: r + 1 }));
      }
      continue; // a blank row
    }
    const number = ballotNumber(numberValue);
    const numberCell = cellRef(sheet, r, numberCol);
    if (number === null) {
      problems.push(inputError('BAD_VALUE', 'BALLOT_NUMBER_BAD', numberCell, { value: cellText(numberValue) }));
      continue;
    }
    const other = numbers.get(number);
    if (other) {
      problems.push(
        inputError('DUPLICATE_BALLOT_NUMBER', 'DUPLICATE_BALLOT_NUMBER', numberCell, {
          value: number,
          otherCell: other,
        }),
      );
      continue;
    }
    numbers.set(number, numberCell);
    if (!rowOk) continue;
    // The team: the `Tổ` column, else the prefix of a `<tổ>-<n>` number.
    const team = teamCol === null ? null : teamText || (number.includes('-') ? number.split('-')[0] : '');
    ballots.push(
      new SheetBallot(
        number,
        team,
        marks,
        rulingText || null,
        r,
        rulingCol !== null ? cellRef(sheet, r, rulingCol) : null,
        prefix,
        letters,
        writeInCols.length ? writeIns : undefined,
      ),
    );
  }
  return ballots;
}

/** True when two layouts have the same header (double entry: WORKBOOK.md "Double entry"). */
export function sameHeader(a: BallotLayout, b: BallotLayout): boolean {
  return (
    a.candidates.length === b.candidates.length &&
    a.candidates.every((name, i) => name === b.candidates[i]) &&
    (a.teamCol === null) === (b.teamCol === null) &&
    (a.rulingCol === null) === (b.rulingCol === null) &&
    a.writeInCols.length === b.writeInCols.length
  );
}

const KEY_TEAM_NAME = labelKey('Tổ kiểm phiếu');
const KEY_RETURNED = labelKey('Phiếu thu vào');
const KEY_INVALID = labelKey('Phiếu không hợp lệ');
const KEY_REASON_PREFIX = labelKey('Không hợp lệ:');
const KEY_TOTAL = labelKey('Tổng cộng');
/** The reason of invalid ballots not in a reason column (WORKBOOK.md `Tổng hợp`). */
export const REASON_UNCLASSIFIED = 'Không phân loại';

/** A `Tổng hợp` sheet: its candidates (header) and the teams' subtotals. */
export function readSubtotals(
  sheet: string,
  values: SheetValues,
  problems: Problem[],
): { candidates: string[]; candidateCells: string[]; subtotals: SubtotalSheet; layout: SubtotalLayout } | null {
  let headerRow = -1;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length) && headerRow < 0; r++) {
    const keys = (values[r] ?? []).map((v) => labelKey(cellText(v)));
    if (keys.includes(KEY_TEAM_NAME) && keys.includes(KEY_RETURNED) && keys.includes(KEY_INVALID)) headerRow = r;
  }
  if (headerRow < 0) {
    problems.push(
      inputError('MISSING_HEADER', 'MISSING_HEADER', cellRef(sheet, 0, 0), {
        sheet,
        headers: '"Tổ kiểm phiếu", "Phiếu thu vào", "Phiếu không hợp lệ"',
        missing: '"Tổ kiểm phiếu", "Phiếu thu vào", "Phiếu không hợp lệ"',
      }),
    );
    return null;
  }
  const header = (values[headerRow] ?? []).map((v) => cellText(v));
  const keys = header.map(labelKey);
  const teamCol = keys.indexOf(KEY_TEAM_NAME);
  const returnedCol = keys.indexOf(KEY_RETURNED);
  const invalidCol = keys.indexOf(KEY_INVALID);
  const reasonCols: { col: number; reason: string }[] = [];
  const candidateCols: number[] = [];
  const candidates: string[] = [];
  const candidateCells: string[] = [];
  const before = problems.length;
  const seen = new Map<string, string>();
  let last = header.length - 1;
  while (last >= 0 && !header[last]) last--;
  const firstData = Math.max(teamCol, returnedCol, invalidCol) + 1;
  for (let c = firstData; c <= last; c++) {
    const cell = cellRef(sheet, headerRow, c);
    if (keys[c].startsWith(KEY_REASON_PREFIX)) {
      reasonCols.push({ col: c, reason: header[c].slice(header[c].indexOf(':') + 1).trim() || REASON_UNCLASSIFIED });
      continue;
    }
    if (!header[c]) {
      problems.push(
        inputError('MISSING_HEADER', 'BAD_VALUE_REQUIRED', cell, {
          field: 'Họ và tên',
          expected: 'họ và tên người trong danh sách bầu, theo thứ tự trên phiếu',
        }),
      );
      continue;
    }
    const name = personName(header[c]);
    problems.push(...nameProblems(name, cell));
    const otherCell = seen.get(name);
    if (otherCell !== undefined) {
      problems.push(inputError('BAD_VALUE', 'DUPLICATE_CANDIDATE', cell, { name, otherCell }));
      continue;
    }
    seen.set(name, cell);
    candidateCols.push(c);
    candidates.push(name);
    candidateCells.push(cell);
  }
  if (candidates.length === 0)
    problems.push(inputError('MISSING_HEADER', 'NO_CANDIDATES', cellRef(sheet, headerRow, firstData), { sheet }));

  const rows: SubtotalRow[] = [];
  let total: SubtotalRow | null = null;
  for (let r = headerRow + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (!cells.some((v) => !isBlank(v))) continue;
    const team = cellText(cells[teamCol]);
    const number = (col: number, field: string): number => {
      const v = cells[col];
      if (isBlank(v)) return 0;
      const n = cellInteger(v);
      if (n === null) {
        problems.push(
          inputError('BAD_VALUE', 'BAD_VALUE', cellRef(sheet, r, col), {
            value: cellText(v),
            field,
            expected: 'một số nguyên ≥ 0',
          }),
        );
        return 0;
      }
      return n;
    };
    if (!team) {
      problems.push(
        inputError('BAD_VALUE', 'BAD_VALUE_REQUIRED', cellRef(sheet, r, teamCol), {
          field: 'Tổ kiểm phiếu',
          expected: 'tên hoặc số của tổ kiểm phiếu',
        }),
      );
      continue;
    }
    const returned = number(returnedCol, 'Phiếu thu vào');
    const invalid = number(invalidCol, 'Phiếu không hợp lệ');
    const invalidReasons: Record<string, number> = {};
    let classified = 0;
    for (const { col, reason } of reasonCols) {
      const n = number(col, header[col]);
      if (n > 0) invalidReasons[reason] = (invalidReasons[reason] ?? 0) + n;
      classified += n;
    }
    if (classified > invalid)
      problems.push(
        inputError('BAD_VALUE', 'SUBTOTAL_REASONS_EXCEED', cellRef(sheet, r, invalidCol), {
          team,
          reasons: classified,
          invalid,
        }),
      );
    else if (invalid > classified)
      invalidReasons[REASON_UNCLASSIFIED] = (invalidReasons[REASON_UNCLASSIFIED] ?? 0) + invalid - classified;
    const votes = candidateCols.map((col, i) => number(col, candidates[i]));
    const entry: SubtotalRow = { team, returned, invalid, invalidReasons, votes, cell: cellRef(sheet, r, teamCol) };
    if (labelKey(team) === KEY_TOTAL) total = entry;
    else if (total) {
      // `Tổng cộng` is the optional last row: a team after it would be left out of the check.
      problems.push(
        inputError('BAD_VALUE', 'BAD_VALUE', entry.cell, {
          value: team,
          field: 'Tổ kiểm phiếu',
          expected: 'dòng "Tổng cộng" phải là dòng cuối cùng',
        }),
      );
    } else rows.push(entry);
  }
  if (problems.slice(before).some((p) => p.severity === 'error')) return null;
  const layout = { headerRow, teamCol, returnedCol, invalidCol, reasonCols, candidateCols };
  return { candidates, candidateCells, subtotals: { rows, total }, layout };
}
