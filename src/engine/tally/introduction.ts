/**
 * Introduction ballots (WORKBOOK.md version 2 "Introduction ballot"): the prepared list as on a
 * strike-through ballot, plus the names written in under `Giới thiệu thêm`. A written-in name is
 * one more name on the list — a column every other ballot struck — so the engine's own count,
 * validity rule and ranking carry it: nothing here counts votes.
 */
import { warning, type Problem } from '../findings/finding';
import type { BallotRecord, Mark } from '../model/ballots';
import type { Congress } from '../model/congress';
import type { CellRef } from '../model/cellRef';
import type { ElectionDef } from '../model/election';
import type { Person } from '../model/person';
import type { RollEntry } from '../model/roll';
import { nearestName } from '../text/nearest';
import { personName } from '../text/normalize';
import { compareBallotNumbers } from './count';
import { byVotes, competitionRanks, decideWinners, hasMajority, type Winners } from './winners';

/** The list as counted: the prepared names, then each written-in name once, by first appearance. */
export interface CountedList {
  names: string[];
  /** True for a name written in, not on the prepared list. */
  writeIn: boolean[];
  /** The cell where each name first appears (its header cell, or the first cell it was written in). */
  cells: CellRef[];
  /** The ballot number where each written-in name first appears ('' for the prepared names). */
  firstBallot: string[];
  /** The ballots with one mark per name of `names`. */
  ballots: BallotRecord[];
}

/**
 * An introduction held at a congress (not a conference), such as the secretary's introduction at a
 * congress that elects its secretary directly: its result is printed for reference, and the
 * election then runs as any other (reference §5 [P]: QĐ 244 Điều 26, HD 04-HD/TW item 8).
 */
export function introductionForReference(congress: Congress, def: ElectionDef): boolean {
  return def.office === 'Giới thiệu nhân sự' && congress.kind !== 'Hội nghị' && def.session === 'Đại hội';
}

/** Ballots in the order of the counted pile, so "first appearance" never depends on row order. */
function pileOrder(ballots: BallotRecord[]): BallotRecord[] {
  return [...ballots].sort((a, b) => compareBallotNumbers(a.number, b.number));
}

/**
 * The counted list of an introduction ballot. A written-in name counts as an introduction of that
 * name (exact match after NFC, trim and space collapse: `personName`), once per ballot: written
 * twice, or written beside the same name kept on the prepared list, it is still one.
 */
export function countedList(def: ElectionDef): CountedList {
  const names = [...def.candidates];
  const writeIn = names.map(() => false);
  const cells = [...def.candidateCells];
  const firstBallot = names.map(() => '');
  const index = new Map(names.map((name, i) => [name, i] as const));
  for (const ballot of pileOrder(def.ballots)) {
    for (const w of ballot.writeIns ?? []) {
      const name = personName(w.name);
      if (index.has(name)) continue;
      index.set(name, names.length);
      names.push(name);
      writeIn.push(true);
      cells.push(w.cell);
      firstBallot.push(ballot.number);
    }
  }
  const ballots = def.ballots.map((ballot): BallotRecord => {
    const marks: Mark[] = [...ballot.marks, ...new Array<Mark>(names.length - ballot.marks.length).fill('x')];
    for (const w of ballot.writeIns ?? []) {
      const at = index.get(personName(w.name));
      if (at !== undefined) marks[at] = '';
    }
    return {
      number: ballot.number,
      team: ballot.team,
      marks,
      ruling: ballot.ruling,
      row: ballot.row,
      markCells: [...ballot.markCells, ...new Array<CellRef>(names.length - ballot.marks.length).fill('')],
      rulingCell: ballot.rulingCell,
    };
  });
  return { names, writeIn, cells, firstBallot, ballots };
}

/**
 * Who is introduced: `2 × count > convened` (those convened, no exclusions), within the places of
 * `Số lượng cần bầu` — a tie at the last place is `tie` and names the tied, whom the committee's
 * head chooses among (never decided here). With no limit (`seats` 0) everyone who passes is.
 */
export function introductionWinners(votes: number[], seats: number, convened: number): Winners {
  if (seats > 0) return decideWinners(votes, { seats, denominator: convened, needsMajority: true, opinion: false });
  return {
    elected: byVotes(votes).filter((i) => hasMajority(votes[i], convened)),
    tied: [],
    rank: competitionRanks(votes),
    seatsOpen: 0,
    status: 'complete',
    equalVoteGroups: [],
  };
}

/**
 * `WRITE_IN_UNKNOWN` (warning) once per written-in name that is on neither the roll nor `Nhân sự`,
 * at the cell where it first appears, with the nearest known name (roll, `Nhân sự`, prepared list).
 */
export function writeInFindings(
  def: ElectionDef,
  list: CountedList,
  roll: RollEntry[] | null,
  people: Person[] | null,
): Problem[] {
  const known = new Set<string>([
    ...(roll ?? []).map((r) => personName(r.name)),
    ...(people ?? []).map((p) => personName(p.name)),
  ]);
  const candidates = [...new Set([...known, ...def.candidates])];
  const out: Problem[] = [];
  list.names.forEach((name, i) => {
    if (!list.writeIn[i] || known.has(name)) return;
    const near = nearestName(name, candidates);
    const params = { id: def.id, name, ballot: list.firstBallot[i] };
    out.push(
      near
        ? warning('WRITE_IN_UNKNOWN', 'WRITE_IN_UNKNOWN_NEAR', list.cells[i], { ...params, near })
        : warning('WRITE_IN_UNKNOWN', 'WRITE_IN_UNKNOWN', list.cells[i], params),
    );
  });
  return out;
}
