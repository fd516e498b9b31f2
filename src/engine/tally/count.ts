/**
 * Counting: from ballots (or team subtotals) to votes per candidate, valid and invalid ballots
 * and the invalid reasons. Votes are counted only from valid ballots (regulations §5.1).
 */
import { labelKey } from '../text/normalize';
import {
  AGAINST,
  ballotValidity,
  type BallotRules,
  FOR,
  markEffect,
  REASON_NOBODY,
  REASON_OVERVOTE,
  REASON_SINGLE_MARK,
  type Verdict,
} from '../ballots/validity';
import type { BallotRecord, Mark, SubtotalSheet } from '../model/ballots';
import type { TeamSubtotal } from '../model/results';

export interface Counts {
  returned: number;
  valid: number;
  invalid: number;
  /** Reason → count, engine reasons first, then rulings as first written (lowest ballot number). */
  invalidReasons: Record<string, number>;
  votes: number[];
  /** Struck (strike-through) or disagreed (agree/disagree, opinion). */
  against: number[];
  /** `-` on a valid ballot: counts neither way. */
  noCount: number[];
  teams: TeamSubtotal[];
}

/** A broken internal invariant: a bug in the engine, never a fault of the input. */
export class InvariantError extends Error {
  constructor(message: string) {
    super(`Tally invariant broken: ${message}`);
    this.name = 'InvariantError';
  }
}

const ENGINE_REASONS = [REASON_OVERVOTE, REASON_NOBODY, REASON_SINGLE_MARK];

/** Ballot numbers in natural order (`2` < `10`, `1-9` < `1-10` < `2-1`). */
export function compareBallotNumbers(a: string, b: string): number {
  // Plain numbers (nearly every pile): compare as numbers without splitting.
  if (a.indexOf('-') < 0 && b.indexOf('-') < 0) return Number(a) - Number(b);
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Natural order of team names (`Tổ 2` before `Tổ 10`). */
export function compareTeams(a: string, b: string): number {
  return a.localeCompare(b, 'vi', { numeric: true });
}

class ReasonTally {
  private readonly byKey = new Map<string, { label: string; count: number; order: number }>();
  add(reason: string, order: number): void {
    const key = labelKey(reason);
    const entry = this.byKey.get(key);
    if (entry) entry.count++;
    else this.byKey.set(key, { label: reason, count: 1, order });
  }
  addCount(reason: string, count: number, order: number): void {
    if (count <= 0) return;
    const key = labelKey(reason);
    const entry = this.byKey.get(key);
    if (entry) entry.count += count;
    else this.byKey.set(key, { label: reason, count, order });
  }
  toRecord(): Record<string, number> {
    const engineOrder = (label: string) => {
      const i = ENGINE_REASONS.findIndex((r) => labelKey(r) === labelKey(label));
      return i < 0 ? ENGINE_REASONS.length : i;
    };
    const entries = [...this.byKey.values()].sort(
      (a, b) => engineOrder(a.label) - engineOrder(b.label) || a.order - b.order,
    );
    const out: Record<string, number> = {};
    for (const e of entries) out[e.label] = e.count;
    return out;
  }
}

type Judge = (marks: Mark[], ruling: string | null, rules: BallotRules) => Verdict;

/**
 * Counts one-row-per-ballot entries. The validity rule is the engine's (ballotValidity, and each
 * name's effect by markEffect: judgeBallot's rule without its arrays per ballot); tests inject a
 * faulty `judge` to prove the invariants below are enforced.
 */
export function countBallots(ballots: BallotRecord[], rules: BallotRules, withTeams: boolean, judge?: Judge): Counts {
  const n = rules.listSize;
  const votes = new Array<number>(n).fill(0);
  const against = new Array<number>(n).fill(0);
  const noCount = new Array<number>(n).fill(0);
  const reasons = new ReasonTally();
  const teams = new Map<string, TeamSubtotal>();
  let valid = 0;
  let invalid = 0;
  // Sorted by ballot number so the result never depends on row order ("first written" included).
  const ordered = [...ballots].sort((a, b) => compareBallotNumbers(a.number, b.number));
  ordered.forEach((ballot, order) => {
    const judged = judge ? judge(ballot.marks, ballot.ruling, rules) : null;
    const verdict = judged ?? ballotValidity(ballot.marks, ballot.ruling, rules);
    let team: TeamSubtotal | undefined;
    if (withTeams) {
      const name = ballot.team ?? '';
      team = teams.get(name);
      if (!team)
        teams.set(
          name,
          (team = { team: name, returned: 0, valid: 0, invalid: 0, votes: new Array<number>(n).fill(0) }),
        );
      team.returned++;
    }
    if (!verdict.valid) {
      invalid++;
      if (team) team.invalid++;
      reasons.add(verdict.reason, order);
      return;
    }
    valid++;
    if (team) team.valid++;
    let kept = 0;
    let struck = 0;
    if (!judged?.valid) {
      // The engine's rule: each name's effect from its mark.
      const marks = ballot.marks;
      // (A ballot shorter than the list counts nothing past its end, as judgeBallot's arrays.)
      for (let i = 0, end = Math.min(n, marks.length); i < end; i++) {
        const effect = markEffect(marks[i], rules.ballotType);
        if (effect === FOR) {
          votes[i]++;
          kept++;
          if (team) team.votes[i]++;
        } else if (effect === AGAINST) {
          against[i]++;
          struck++;
        } else noCount[i]++;
      }
    } else
      for (let i = 0; i < n; i++) {
        if (judged.votes[i]) {
          votes[i]++;
          kept++;
          if (team) team.votes[i]++;
        }
        if (judged.against[i]) {
          against[i]++;
          struck++;
        }
        if (judged.noCount[i]) noCount[i]++;
      }
    // Invariant: every valid strike-through ballot has kept + struck = list size and kept ≤ seats.
    if (rules.ballotType === 'Gạch tên' && (kept + struck !== n || kept > rules.seats)) {
      throw new InvariantError(
        `ballot ${ballot.number}: kept ${kept} + struck ${struck} vs list ${n}, seats ${rules.seats}`,
      );
    }
  });
  const counts: Counts = {
    returned: ballots.length,
    valid,
    invalid,
    invalidReasons: reasons.toRecord(),
    votes,
    against,
    noCount,
    teams: [...teams.values()].sort((a, b) => compareTeams(a.team, b.team)),
  };
  assertCountInvariants(counts, n);
  return counts;
}

/** Σ votes + Σ against + Σ no-count = valid × list size; every candidate's votes ≤ valid. */
export function assertCountInvariants(counts: Counts, listSize: number): void {
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const total = sum(counts.votes) + sum(counts.against) + sum(counts.noCount);
  if (total !== counts.valid * listSize) {
    throw new InvariantError(
      `Σ votes + Σ struck + Σ no-count = ${total} ≠ valid × list size = ${counts.valid * listSize}`,
    );
  }
  counts.votes.forEach((v, i) => {
    if (v > counts.valid)
      throw new InvariantError(`candidate ${i + 1} has ${v} votes from ${counts.valid} valid ballots`);
  });
  if (counts.valid + counts.invalid !== counts.returned) {
    throw new InvariantError(`valid ${counts.valid} + invalid ${counts.invalid} ≠ returned ${counts.returned}`);
  }
}

/**
 * Counts `Tổng hợp` subtotals. Per team, valid = returned − invalid; the rest of the invalid
 * ballots not in a reason column is `Không phân loại`. The blocking checks on the subtotals are
 * in reconcile.ts.
 */
export function countSubtotals(sheet: SubtotalSheet, listSize: number): Counts {
  const votes = new Array<number>(listSize).fill(0);
  const reasons = new ReasonTally();
  let returned = 0;
  let invalid = 0;
  const teams: TeamSubtotal[] = [];
  sheet.rows.forEach((row, order) => {
    returned += row.returned;
    invalid += row.invalid;
    for (const [reason, count] of Object.entries(row.invalidReasons)) reasons.addCount(reason, count, order);
    row.votes.forEach((v, i) => {
      votes[i] += v;
    });
    teams.push({
      team: row.team,
      returned: row.returned,
      valid: row.returned - row.invalid,
      invalid: row.invalid,
      votes: [...row.votes],
    });
  });
  const valid = returned - invalid;
  return {
    returned,
    valid,
    invalid,
    invalidReasons: reasons.toRecord(),
    votes,
    // Subtotals give votes only; what is not a vote cannot be split into struck and no-count.
    against: votes.map((v) => Math.max(0, valid - v)),
    noCount: new Array<number>(listSize).fill(0),
    teams,
  };
}
