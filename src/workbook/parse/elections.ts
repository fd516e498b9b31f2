/**
 * `Bầu cử`, one row per election round (WORKBOOK.md). Gives every election its code, office,
 * seats, round links and the committee's ballot counts; the ballot sheets are read separately
 * (ballotSheet.ts) and joined in tallyInput.ts.
 */
import type { SheetValues } from '../port';
import { inputError, type Problem } from '../problems';
import { labelKey, sameLabel } from '../../engine/text/normalize';
import {
  INTRODUCTION,
  OFFICES,
  TRUST_VOTE,
  type BallotType,
  type ElectionDef,
  type ElectionField,
  type EntryMode,
} from '../../engine/model/election';
import { cellDate, cellInteger, cellText, isBlank } from '../values';
import { cellOf, type ColumnSpec, isProblem, readTable, refOf, type Table, type TableRow } from '../table';
import { SESSIONS } from './counters';
import { defaultBallotSheetName, ELECTIONS_SHEET, isOutputSheet } from '../sheetNames';
import { EXAMPLE_ROWS } from '../exampleRows';

/** The most seats one round may have (issue 13). */
export const MAX_SEATS = 10000;

/** Columns in contract order (the template writes exactly these). */
export const ELECTION_COLUMNS = [
  'Mã',
  'Cuộc bầu cử',
  'Chức danh',
  'Số lượng cần bầu',
  'Lần bầu',
  'Vòng trước',
  'Phiếu phát ra',
  'Phiếu thu vào',
  'Có mặt lúc bầu',
  'Trang phiếu',
  'Hình thức nhập',
  'Loại phiếu',
  'Số người bầu',
  'Phiên',
  'Cho cuộc bầu',
  'Số biên bản',
  'Kết thúc kiểm phiếu',
  'Số dự khuyết',
] as const;
export type ElectionColumn = (typeof ELECTION_COLUMNS)[number];

/** The field of the engine's election each column gives. */
const FIELD_OF: Record<ElectionColumn, ElectionField> = {
  Mã: 'id',
  'Cuộc bầu cử': 'title',
  'Chức danh': 'office',
  'Số lượng cần bầu': 'seats',
  'Lần bầu': 'round',
  'Vòng trước': 'previous',
  'Phiếu phát ra': 'issued',
  'Phiếu thu vào': 'returned',
  'Có mặt lúc bầu': 'presentAtVote',
  'Trang phiếu': 'sheet',
  'Hình thức nhập': 'entryMode',
  'Loại phiếu': 'ballotType',
  'Số người bầu': 'voters',
  Phiên: 'session',
  'Cho cuộc bầu': 'feeds',
  'Số biên bản': 'minutesNumber',
  'Kết thúc kiểm phiếu': 'countEnded',
  'Số dự khuyết': 'alternateSeats',
};

const REQUIRED: ElectionColumn[] = ['Mã', 'Chức danh'];
const SPECS: ColumnSpec[] = ELECTION_COLUMNS.map((label) => ({
  key: label,
  labels: [label],
  required: REQUIRED.includes(label),
}));

/** `Mã`: 1–20 of A–Z 0–9 - _ (WORKBOOK.md `Bầu cử`). */
const CODE = /^[A-Za-z0-9_-]{1,20}$/;
/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/**
 * One `Bầu cử` row, before its ballot sheet is read: an ElectionDef without what the sheet gives
 * (the list, the ballots) and with the ballot type as written (null when blank: it is decided
 * from the list size once the list is known).
 */
export type ElectionRow = Omit<
  ElectionDef,
  'ballotType' | 'candidates' | 'candidateCells' | 'ballots' | 'subtotals' | 'secondEntry' | 'hasTeams'
> & {
  ballotType: BallotType | null;
};

/** Ballot types as written; the slash may carry spaces (`Đồng ý / Không đồng ý`). */
function ballotTypeOf(text: string): BallotType | null | undefined {
  if (!text) return null;
  const key = labelKey(text).replace(/\s*\/\s*/g, '/');
  if (key === labelKey('Gạch tên')) return 'Gạch tên';
  if (key === labelKey('Đồng ý/Không đồng ý') || key === 'dong y') return 'Đồng ý/Không đồng ý';
  return undefined;
}

export interface ParsedElections {
  elections: ElectionRow[];
  problems: Problem[];
  /**
   * The `Mã` (upper case) of rows left out for an error of their own. Another row naming one of
   * them (`Vòng trước`, `Cho cuộc bầu`, `--election`) is not a second error: one wrong cell, one
   * error (issue 11).
   */
  brokenCodes: Set<string>;
}

export function parseElections(sheet: string, values: SheetValues): ParsedElections {
  const table = readTable(sheet, values, SPECS, EXAMPLE_ROWS[ELECTIONS_SHEET]);
  if (isProblem(table)) return { elections: [], problems: [table], brokenCodes: new Set() };
  const problems: Problem[] = [];
  const rows: ElectionRow[] = [];
  const brokenCodes = new Set<string>();
  const seenCodes = new Map<string, string>();
  for (const row of table.rows) {
    const parsed = parseRow(table, row, problems, seenCodes);
    if (parsed) rows.push(parsed);
    else brokenCodes.add(cellText(cellOf(table, row, 'Mã')).toUpperCase());
  }
  if (table.rows.length === 0)
    problems.push(inputError('BAD_VALUE', 'NO_ELECTIONS', refOf(table, { row: table.headerRow + 1, cells: [] }, 'Mã')));
  linkRounds(rows, problems, brokenCodes);
  checkFeeds(rows, problems, brokenCodes);
  return { elections: rows, problems, brokenCodes };
}

function parseRow(
  table: Table,
  row: TableRow,
  problems: Problem[],
  seenCodes: Map<string, string>,
): ElectionRow | null {
  const cells: Partial<Record<ElectionColumn, string>> = {};
  const refs: ElectionRow['refs'] = {};
  for (const label of ELECTION_COLUMNS) {
    if (!table.columns.has(label)) continue;
    cells[label] = refs[FIELD_OF[label]] = refOf(table, row, label);
  }
  const codeCell = refOf(table, row, 'Mã');
  const text = (label: ElectionColumn) => cellText(cellOf(table, row, label));
  const errorsBefore = problems.length;
  const bad = (label: ElectionColumn, expected: string) =>
    problems.push(
      inputError('BAD_VALUE', text(label) ? 'BAD_VALUE' : 'BAD_VALUE_REQUIRED', refOf(table, row, label), {
        value: text(label),
        field: label,
        expected,
      }),
    );
  const integer = (label: ElectionColumn, min: number): number | null => {
    const value = cellOf(table, row, label);
    if (isBlank(value)) return null;
    const n = cellInteger(value ?? null);
    if (n === null || n < min) {
      bad(label, `một số nguyên ≥ ${min}`);
      return null;
    }
    return n;
  };

  const id = text('Mã');
  if (!CODE.test(id)) problems.push(inputError('BAD_VALUE', 'ELECTION_CODE_BAD', codeCell, { value: id }));
  else {
    const other = seenCodes.get(id.toUpperCase());
    if (other)
      problems.push(inputError('BAD_VALUE', 'ELECTION_CODE_DUPLICATE', codeCell, { value: id, otherCell: other }));
    else seenCodes.set(id.toUpperCase(), codeCell);
  }
  const officeText = text('Chức danh');
  const office = OFFICES.find((o) => sameLabel(o, officeText));
  if (!office) bad('Chức danh', OFFICES.map((o) => `"${o}"`).join(', '));
  const opinion = office === 'Xin ý kiến';
  const trust = office === TRUST_VOTE;
  const introduction = office === INTRODUCTION;

  // Seats: required except for an opinion ballot, which elects nobody (WORKBOOK.md `Xin ý kiến`),
  // and an introduction, which may leave it blank for no limit; a trust vote has none (version 2).
  // One mistake, one error: any bad seats value is one BAD_SEATS (WORKBOOK.md "Readings settled").
  let seats: number | null = null;
  const seatsValue = cellOf(table, row, 'Số lượng cần bầu');
  if (trust) {
    if (!isBlank(seatsValue))
      problems.push(inputError('BAD_SEATS', 'TRUST_SEATS_GIVEN', refOf(table, row, 'Số lượng cần bầu'), {}));
  } else if (!isBlank(seatsValue) || (!opinion && !introduction)) {
    const n = isBlank(seatsValue) ? null : cellInteger(seatsValue ?? null);
    if (n === null || n < (opinion ? 0 : 1))
      problems.push(
        inputError('BAD_SEATS', 'BAD_SEATS_VALUE', refOf(table, row, 'Số lượng cần bầu'), {
          value: text('Số lượng cần bầu'),
        }),
      );
    // No congress elects 10,000 in one round; a bigger number is a slip (1e15 was accepted, issue 13).
    else if (n > MAX_SEATS)
      problems.push(
        inputError('BAD_SEATS', 'SEATS_TOO_MANY', refOf(table, row, 'Số lượng cần bầu'), {
          value: n,
          max: MAX_SEATS,
        }),
      );
    else seats = n;
  }
  if (opinion || trust) seats = 0;
  const roundGiven = integer('Lần bầu', 1);
  const previousText = text('Vòng trước');
  if (trust && ((roundGiven ?? 1) > 1 || previousText))
    problems.push(
      inputError('BAD_ROUND', 'PERSONNEL_BALLOT_ROUND', refOf(table, row, previousText ? 'Vòng trước' : 'Lần bầu'), {}),
    );
  const issued = integer('Phiếu phát ra', 0);
  const returned = integer('Phiếu thu vào', 0);
  const presentAtVote = integer('Có mặt lúc bầu', 0);
  const voters = integer('Số người bầu', 1);

  const sheetName = text('Trang phiếu') || defaultBallotSheetName(id);
  // An output sheet is rewritten by every run: it cannot hold the ballots (and is never read as them).
  if (isOutputSheet(sheetName))
    problems.push(
      inputError('BAD_VALUE', 'BALLOT_SHEET_IS_OUTPUT', cells['Trang phiếu'] ?? codeCell, { value: sheetName, id }),
    );
  if (sheetName.length > MAX_SHEET_NAME)
    problems.push(
      inputError('BAD_VALUE', 'SHEET_NAME_TOO_LONG', cells['Trang phiếu'] ?? codeCell, { value: sheetName }),
    );

  const modeText = text('Hình thức nhập');
  const entryMode: EntryMode | undefined = !modeText
    ? 'Từng phiếu'
    : (['Từng phiếu', 'Tổng hợp'] as const).find((m) => sameLabel(m, modeText));
  if (!entryMode) bad('Hình thức nhập', '"Từng phiếu" hoặc "Tổng hợp"');
  if (entryMode === 'Tổng hợp' && (trust || introduction))
    problems.push(
      inputError('BAD_VALUE', 'PERSONNEL_BALLOT_SUBTOTALS', refOf(table, row, 'Hình thức nhập'), {
        office: office ?? '',
        what: trust ? 'mức tín nhiệm và dòng không hợp lệ của từng người' : 'tên ghi thêm và số người giới thiệu',
      }),
    );

  const typeText = text('Loại phiếu');
  let ballotType = ballotTypeOf(typeText);
  if (ballotType === undefined) bad('Loại phiếu', '"Gạch tên" hoặc "Đồng ý/Không đồng ý"');
  // An opinion ballot has its own marks whatever the column says (WORKBOOK.md "Marks"); so do a
  // trust vote and an introduction ballot (version 2).
  if (opinion) ballotType = 'Xin ý kiến';
  if (trust || introduction) ballotType = office ?? null;

  const sessionText = text('Phiên');
  const session = sessionText ? SESSIONS.find((s) => sameLabel(s, sessionText)) : 'Đại hội';
  if (!session) bad('Phiên', '"Đại hội" hoặc "Hội nghị lần thứ nhất"');

  const feedsText = text('Cho cuộc bầu');
  if (feedsText && !opinion && !introduction)
    problems.push(inputError('BAD_VALUE', 'ELECTION_FEEDS_NOT_OPINION', cells['Cho cuộc bầu'], { value: feedsText }));

  let countEnded: ElectionRow['countEnded'] = null;
  const endedValue = cellOf(table, row, 'Kết thúc kiểm phiếu');
  if (!isBlank(endedValue)) {
    const parsed = cellDate(endedValue ?? null);
    if (!parsed || parsed.yearOnly)
      problems.push(
        inputError('BAD_VALUE', 'BAD_DATE', cells['Kết thúc kiểm phiếu'], { value: text('Kết thúc kiểm phiếu') }),
      );
    else countEnded = parsed.time ? { date: parsed.date, time: parsed.time } : { date: parsed.date };
  }

  // QC190 Điều 18: alternates from the official delegates' ballot, on that row only.
  const alternateSeats = integer('Số dự khuyết', 1);
  if (alternateSeats !== null && office !== 'Đại biểu chính thức')
    problems.push(
      inputError('BAD_VALUE', 'ALTERNATE_SEATS_NOT_OFFICIAL', cells['Số dự khuyết'], { value: text('Số dự khuyết') }),
    );

  if (problems.length > errorsBefore || !office || !entryMode || !session || ballotType === undefined) return null;
  return {
    id,
    title: text('Cuộc bầu cử'),
    office,
    seats: seats ?? 0,
    round: roundGiven ?? 1,
    previousId: previousText || null,
    issued,
    returned,
    presentAtVote,
    sheet: sheetName,
    entryMode,
    ballotType,
    voters,
    session,
    feeds: (opinion || introduction) && feedsText ? feedsText : null,
    minutesNumber: text('Số biên bản') || null,
    countEnded,
    alternateSeats,
    refs,
  };
}

/**
 * Round n links to the row with the same `Chức danh` and round n−1, or to `Vòng trước`
 * (WORKBOOK.md `Lần bầu`). A `Vòng trước` without `Lần bầu` makes the row the next round.
 * The link is resolved to the previous row's code as written.
 */
function linkRounds(rows: ElectionRow[], problems: Problem[], broken: Set<string>): void {
  const byCode = new Map(rows.map((r) => [r.id.toUpperCase(), r]));
  for (const r of rows) {
    if (r.previousId) {
      const prev = byCode.get(r.previousId.toUpperCase());
      // The previous row has its own error: that one is the error to correct.
      if (!prev && broken.has(r.previousId.toUpperCase())) continue;
      if (!prev || prev === r) {
        problems.push(inputError('BAD_ROUND', 'ELECTION_PREVIOUS_UNKNOWN', r.refs.previous, { value: r.previousId }));
        continue;
      }
      const roundWritten = r.refs.round !== undefined && r.round !== 1 ? r.round : null;
      const round = roundWritten ?? prev.round + 1;
      if (prev.office !== r.office || round !== prev.round + 1) {
        problems.push(
          inputError('BAD_ROUND', 'ELECTION_PREVIOUS_MISMATCH', r.refs.previous, {
            value: r.previousId,
            office: prev.office,
            previousRound: prev.round,
            ownOffice: r.office,
            round,
          }),
        );
        continue;
      }
      r.round = round;
      r.previousId = prev.id;
    } else if (r.round > 1) {
      const candidates = rows.filter((p) => p !== r && p.office === r.office && p.round === r.round - 1);
      // No previous round found while a row was left out for its own error: it may be that one.
      if (candidates.length === 0 && broken.size > 0) continue;
      if (candidates.length !== 1) {
        problems.push(
          inputError('BAD_ROUND', 'ELECTION_PREVIOUS_MISSING', r.refs.round ?? r.refs.id, {
            round: r.round,
            office: r.office,
            id: r.id,
            previousRound: r.round - 1,
          }),
        );
        continue;
      }
      r.previousId = candidates[0].id;
    }
  }
}

function checkFeeds(rows: ElectionRow[], problems: Problem[], broken: Set<string>): void {
  for (const r of rows) {
    const feeds = r.feeds;
    if (!feeds) continue;
    const target = rows.find((x) => x.id.toUpperCase() === feeds.toUpperCase());
    if (target) r.feeds = target.id;
    else if (!broken.has(feeds.toUpperCase()))
      problems.push(inputError('BAD_VALUE', 'ELECTION_FEEDS_UNKNOWN', r.refs.feeds, { value: feeds }));
  }
}
