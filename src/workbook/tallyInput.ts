/**
 * Everything the tally reads (WORKBOOK.md "Input sheets"): `Đại hội`, `Đại biểu`,
 * `Ban kiểm phiếu`, `Bầu cử` and each election's ballot sheet (with its second entry). Pure
 * parsing over 2-D values; `readTallyInput` fetches the sheets through the port in one read.
 */
import type { SheetValues, WorkbookPort } from './port';
import { inputError, type Problem } from './problems';
import type { BallotType, ElectionDef } from '../engine/model/election';
import type { CounterEntry, RollEntry } from '../engine/model/roll';
import { type Congress } from '../engine/model/congress';
import { findSheetName } from './table';
import { parseRoll } from './parse/roll';
import { parseCounters } from './parse/counters';
import { type ElectionRow, parseElections } from './parse/elections';
import { readBallotLayout, readBallots, readSubtotals, sameHeader } from './parse/ballotSheet';
import { cellRef, rangeRef } from './address';
import type { Rect } from './sheetPlan';
import { CONGRESS_SHEET, ROLL_SHEET, COUNTERS_SHEET, ELECTIONS_SHEET, PERSONNEL_SHEET } from './sheetNames';
import { personnelNames } from './parse/personnelNames';
import type { RecordedName } from '../engine/model/person';
import { isOutputSheet, mayBeBallotSheet, secondEntryName } from './sheetNames';
import { parseCongress } from './parse/congress';
import { parsePersonnel } from './parse/personnel';
import type { Person } from '../engine/model/person';
import { INTRODUCTION, TRUST_VOTE } from '../engine/model/election';
import { type CrossCheckRead, parseCrossCheck } from './parse/crossCheck';
import { parseTrail, type Trail, trailSheetNames } from './parse/trail';
import { CROSS_CHECK_SHEET } from './sheetNames';
import type { TallyIntegrity } from '../engine/tally/tally';

export { ROLL_COLUMNS } from './parse/roll';
export { COUNTER_COLUMNS } from './parse/counters';
export { ELECTION_COLUMNS } from './parse/elections';

export interface TallyInput {
  congress: Congress;
  /** `Đại biểu`; null when absent (allowed when every election gives `Số người bầu`). */
  roll: RollEntry[] | null;
  /** `Ban kiểm phiếu`; null when absent (the minutes then carry dotted signature lines). */
  counters: CounterEntry[] | null;
  /**
   * `Nhân sự`, read only when a trust vote (positions) or an introduction ballot (written-in
   * names) is tallied; null otherwise or when the sheet is absent.
   */
  people: Person[] | null;
  /** The elections read, in `Bầu cử` order. */
  elections: ElectionDef[];
  /** Every sheet of the workbook, in tab order. */
  sheetNames: string[];
  /** The names of `Nhân sự` (null without it): ballot headers are checked against them. */
  recordedNames: RecordedName[] | null;
  /** `Nhật ký` and `Chốt kết quả` as read (WORKBOOK.md "Integrity"). */
  trail: Trail;
  /** `Đối chiếu`, when the workbook has it. */
  crossCheck: CrossCheckRead | null;
  /** What the tally takes from them: the official figures, the test-deck marks. */
  integrity: TallyIntegrity;
}

export interface TallyReadOptions {
  /**
   * `--election <Mã>`: read only these elections' ballot sheets, with the earlier rounds they
   * link to (a round needs its previous round's result).
   */
  elections?: string[];
  /** Merged ranges of the sheets (from the port, when it gives them): merged cells in a ballot row are refused. */
  merges?: Map<string, Rect[]>;
}

export interface TallyRead {
  input: TallyInput | null;
  problems: Problem[];
}

/**
 * The elections to read: the asked ones and, transitively, their previous rounds; for an
 * alternates' election also the official delegates' (QC190 Điều 18: its list is checked against
 * theirs and those they elected).
 */
function selectElections(
  rows: ElectionRow[],
  wanted: string[] | undefined,
  problems: Problem[],
  broken: Set<string>,
): ElectionRow[] {
  if (!wanted || wanted.length === 0) return rows;
  const byCode = new Map(rows.map((r) => [r.id.toUpperCase(), r]));
  const asked = wanted.flatMap((id) => {
    const row = byCode.get(id.toUpperCase());
    return row?.office === 'Đại biểu dự khuyết'
      ? [id, ...rows.filter((r) => r.office === 'Đại biểu chính thức').map((r) => r.id)]
      : [id];
  });
  const keep = new Set<ElectionRow>();
  for (const id of asked) {
    let row = byCode.get(id.toUpperCase());
    // A row left out for its own error is not also "no such election".
    if (!row && broken.has(id.toUpperCase())) continue;
    if (!row) {
      problems.push(
        inputError('BAD_VALUE', 'ELECTION_UNKNOWN', undefined, { id, ids: rows.map((r) => r.id).join(', ') }),
      );
      continue;
    }
    while (row && !keep.has(row)) {
      keep.add(row);
      row = row.previousId ? byCode.get(row.previousId.toUpperCase()) : undefined;
    }
  }
  return rows.filter((r) => keep.has(r));
}

/** More seats than names on the list can only end short: BAD_SEATS at `Số lượng cần bầu` (issue 13). */
function checkSeatsAgainstList(row: ElectionRow, listSize: number, problems: Problem[]): boolean {
  // An introduction may introduce names written in beyond its prepared list (version 2).
  if (row.seats <= listSize || row.office === 'Xin ý kiến' || row.office === INTRODUCTION) return true;
  problems.push(
    inputError('BAD_SEATS', 'SEATS_MORE_THAN_LIST', row.refs.seats ?? row.refs.id, {
      seats: row.seats,
      list: listSize,
      sheet: row.sheet,
    }),
  );
  return false;
}

/** Merged ranges that reach below the header row of a ballot sheet, each an error at its range. */
function mergedBallotCells(
  sheet: string,
  headerRow: number,
  merges: Map<string, Rect[]> | undefined,
  problems: Problem[],
): boolean {
  let found = false;
  for (const m of merges?.get(sheet) ?? []) {
    const last = m.row + (m.rows ?? 1) - 1;
    if (last <= headerRow) continue;
    found = true;
    problems.push(
      inputError('BAD_MARK', 'MERGED_BALLOT_CELLS', rangeRef(sheet, m.row, m.col, last, m.col + (m.cols ?? 1) - 1)),
    );
  }
  return found;
}

/** Default ballot type (WORKBOOK.md `Loại phiếu`): strike-through when there are more names than seats. */
function defaultBallotType(row: ElectionRow, listSize: number): BallotType {
  if (row.ballotType) return row.ballotType;
  return listSize > row.seats ? 'Gạch tên' : 'Đồng ý/Không đồng ý';
}

function readElection(
  row: ElectionRow,
  sheets: Map<string, SheetValues>,
  sheetNames: string[],
  problems: Problem[],
  merges?: Map<string, Rect[]>,
): ElectionDef | null {
  const sheetName = findSheetName(sheetNames, row.sheet);
  const values = sheetName ? sheets.get(sheetName) : undefined;
  if (!sheetName || !values) {
    problems.push(inputError('MISSING_SHEET', 'MISSING_SHEET', row.refs.sheet ?? row.refs.id, { sheet: row.sheet }));
    return null;
  }
  // Everything of the row but the ballot type as written, which is settled below from the list.
  const { ballotType: _written, ...base } = { ...row, sheet: sheetName };
  if (row.entryMode === 'Tổng hợp') {
    const read = readSubtotals(sheetName, values, problems);
    if (!read) return null;
    return {
      ...base,
      ballotType: defaultBallotType(row, read.candidates.length),
      candidates: read.candidates,
      candidateCells: read.candidateCells,
      ballots: [],
      subtotals: read.subtotals,
      secondEntry: null,
      hasTeams: true,
    };
  }
  const layout = readBallotLayout(sheetName, values, problems);
  if (!layout) return null;
  if (layout.writeInCols.length && row.office !== INTRODUCTION) {
    problems.push(inputError('BAD_VALUE', 'WRITE_IN_COLUMN_NOT_INTRODUCTION', layout.writeInCells[0]));
    return null;
  }
  if (!checkSeatsAgainstList(row, layout.candidates.length, problems)) return null;
  // A merged range in a ballot row reads as one mark and blanks: refused at the range (issue 13).
  const merged = mergedBallotCells(sheetName, layout.headerRow, merges, problems);
  if (secondEntryName(row.sheet) && merges) {
    const second = findSheetName(sheetNames, secondEntryName(row.sheet));
    if (second) mergedBallotCells(second, 0, merges, problems);
  }
  if (merged) return null;
  const ballotType = defaultBallotType(row, layout.candidates.length);
  const ballots = readBallots(values, layout, { ballotType }, problems);
  let secondEntry = null;
  const secondName = findSheetName(sheetNames, secondEntryName(row.sheet));
  const secondValues = secondName ? sheets.get(secondName) : undefined;
  if (secondName && secondValues) {
    const secondLayout = readBallotLayout(secondName, secondValues, problems);
    if (secondLayout && !sameHeader(layout, secondLayout)) {
      // A name the first entry does not have is the likeliest slip: point at it.
      const unknown = secondLayout.candidates
        .map((name, i) => [name, secondLayout.candidateCells[i]] as const)
        .filter(([name]) => !layout.candidates.includes(name));
      for (const [name, cell] of unknown)
        problems.push(
          inputError('UNKNOWN_CANDIDATE', 'UNKNOWN_CANDIDATE', cell, { name, sheet: secondName, first: sheetName }),
        );
      if (unknown.length === 0)
        problems.push(
          inputError(
            'BAD_VALUE',
            'SECOND_ENTRY_HEADER',
            cellRef(secondName, secondLayout.headerRow, secondLayout.numberCol),
            { sheet: secondName, first: sheetName },
          ),
        );
    } else if (secondLayout) {
      secondEntry = readBallots(secondValues, secondLayout, { ballotType }, problems);
    }
  }
  return {
    ...base,
    ballotType,
    candidates: layout.candidates,
    candidateCells: layout.candidateCells,
    ballots,
    subtotals: null,
    secondEntry,
    hasTeams: layout.teamCol !== null,
  };
}

/**
 * Parses the tally's sheets from values already read. `sheets` holds (at least) the sheets the
 * tally needs, keyed by their names in `sheetNames`. Problems are returned, never thrown; the
 * input is null when a sheet it cannot do without is unusable.
 */
export function parseTallyInput(
  sheets: Map<string, SheetValues>,
  sheetNames: string[],
  opts: TallyReadOptions = {},
): TallyRead {
  const problems: Problem[] = [];
  const congressName = findSheetName(sheetNames, CONGRESS_SHEET);
  const electionsName = findSheetName(sheetNames, ELECTIONS_SHEET);
  if (!congressName) problems.push(inputError('MISSING_SHEET', 'MISSING_SHEET', undefined, { sheet: CONGRESS_SHEET }));
  if (!electionsName)
    problems.push(inputError('MISSING_SHEET', 'MISSING_SHEET', undefined, { sheet: ELECTIONS_SHEET }));
  if (!congressName || !electionsName) return { input: null, problems };

  const { congress, problems: congressProblems } = parseCongress(sheets.get(congressName) ?? []);
  problems.push(...congressProblems);
  const parsed = parseElections(electionsName, sheets.get(electionsName) ?? []);
  problems.push(...parsed.problems);
  const rows = selectElections(parsed.elections, opts.elections, problems, parsed.brokenCodes);

  const rollName = findSheetName(sheetNames, ROLL_SHEET);
  let roll: RollEntry[] | null = null;
  if (rollName) {
    const r = parseRoll(rollName, sheets.get(rollName) ?? [], congress.kind);
    roll = r.roll;
    problems.push(...r.problems);
  } else if (rows.some((r) => r.voters === null)) {
    // D comes from the roll unless the election gives it (`Số người bầu`).
    problems.push(inputError('MISSING_SHEET', 'ROLL_REQUIRED', undefined, { sheet: ROLL_SHEET }));
  }

  const countersName = findSheetName(sheetNames, COUNTERS_SHEET);
  let counters: CounterEntry[] | null = null;
  if (countersName) {
    const c = parseCounters(countersName, sheets.get(countersName) ?? []);
    counters = c.counters;
    problems.push(...c.problems);
  }

  // Trust votes print each person's position; introduction ballots check written-in names.
  let people: Person[] | null = null;
  const personnelName = findSheetName(sheetNames, PERSONNEL_SHEET);
  if (personnelName && rows.some((r) => r.office === TRUST_VOTE || r.office === INTRODUCTION)) {
    const p = parsePersonnel(personnelName, sheets.get(personnelName) ?? []);
    people = p.people;
    problems.push(...p.problems);
  }

  const elections: ElectionDef[] = [];
  for (const row of rows) {
    const def = readElection(row, sheets, sheetNames, problems, opts.merges);
    if (def) elections.push(def);
  }
  const personnelValues = personnelName ? sheets.get(personnelName) : undefined;
  const recordedNames = personnelName && personnelValues ? personnelNames(personnelName, personnelValues) : null;

  const trail = parseTrail(sheets, sheetNames, problems);
  const crossName = findSheetName(sheetNames, CROSS_CHECK_SHEET);
  const crossCheck = crossName
    ? parseCrossCheck(
        crossName,
        sheets.get(crossName) ?? [],
        parsed.elections.map((e) => e.id),
        elections,
        problems,
      )
    : null;
  const integrity: TallyIntegrity = {
    crossCheck: crossCheck?.rows ?? [],
    rehearsals: crossCheck?.rehearsals ?? [],
    testDeckFingerprints: trail.testDeckFingerprints,
  };
  return {
    input: { congress, roll, counters, people, elections, sheetNames, recordedNames, trail, crossCheck, integrity },
    problems,
  };
}

/** Reads the tally's sheets through the port: the names, then every needed sheet in one read. */
export async function readTallyInput(port: WorkbookPort, opts: TallyReadOptions = {}): Promise<TallyRead> {
  const { sheetNames, sheets, merges } = await readTallySheets(port);
  return parseTallyInput(sheets, sheetNames, { ...opts, merges });
}

/** The sheets the tally reads, as read: names, values and (where the host knows them) merged ranges. */
export async function readTallySheets(port: WorkbookPort): Promise<{
  sheetNames: string[];
  sheets: Map<string, SheetValues>;
  merges: Map<string, Rect[]> | undefined;
}> {
  const sheetNames = await port.sheetNames();
  const names = tallySheetNames(sheetNames);
  const sheets = await port.readSheets(names);
  // Merged cells matter on the input sheets only (a merged mark in a ballot row). The output
  // sheets read for the trail have merged titles, and asking for them would cost the Office host
  // a sync of its own: it loads the input sheets' merged areas in the sizing sync.
  const inputs = names.filter((n) => !isOutputSheet(n));
  const merges = port.mergedRanges ? await port.mergedRanges(inputs) : undefined;
  return { sheetNames, sheets, merges };
}

/** The sheets the tally reads, among the workbook's (`Nhân sự` too, for its names: same read). */
export function tallySheetNames(sheetNames: string[]): string[] {
  const fixed = [CONGRESS_SHEET, ELECTIONS_SHEET, ROLL_SHEET, COUNTERS_SHEET, PERSONNEL_SHEET]
    .map((n) => findSheetName(sheetNames, n))
    .filter((n): n is string => n !== undefined);
  // The ballot sheets are named in `Bầu cử`; without reading it first we would need a second
  // round trip, so read every sheet that could be a ballot sheet: all of them but outputs.
  // The trail (`Nhật ký`, `Chốt kết quả`, the `Kết quả` sheets' log anchors) comes in the same read.
  const trail = trailSheetNames(sheetNames);
  return sheetNames.filter((n) => fixed.includes(n) || trail.includes(n) || mayBeBallotSheet(n));
}
