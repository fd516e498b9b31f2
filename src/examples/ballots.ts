/**
 * Ballots that hit target counts. The examples state the result they want (votes per candidate,
 * the invalid ballots and why); this module deals out marks to reach exactly that, and checks
 * every ballot with the engine's own validity rule so an example can never say one thing and
 * count another.
 */
import { judgeBallot } from '../engine/ballots/validity';
import type { BallotType } from '../engine/model/election';
import type { Mark } from '../engine/model/ballots';
import { type Random, shuffled } from './random';

export interface CandidateTarget {
  name: string;
  /** Votes on the valid ballots (kept names, `Đồng ý`, approvals). */
  votes: number;
  /** Valid ballots marked `-` for this name (no count); 0 when omitted. */
  noCount?: number;
}

export type InvalidBallot =
  { kind: 'overvote' } | { kind: 'nobody' } | { kind: 'bothBoxes' } | { kind: 'ruling'; ruling: string };

export interface BallotPlan {
  type: BallotType;
  seats: number;
  /** In ballot order. */
  candidates: CandidateTarget[];
  valid: number;
  invalid: InvalidBallot[];
}

export interface GeneratedBallot {
  marks: Mark[];
  ruling: string | null;
}

/**
 * Deals the non-votes of each candidate to the ballots that have the fewest so far (ties broken
 * by the seeded generator). Spreading them evenly keeps every valid ballot within its limits:
 * strike-through ballots keep between 1 and `seats` names whenever the targets allow it at all.
 */
function validBallots(plan: BallotPlan, random: Random): Mark[][] {
  const n = plan.candidates.length;
  const ballots: Mark[][] = Array.from({ length: plan.valid }, () => new Array<Mark>(n).fill(''));
  const nonVotes = new Array<number>(plan.valid).fill(0);
  const order = plan.candidates.map((c, i) => ({ i, m: plan.valid - c.votes })).sort((a, b) => b.m - a.m || a.i - b.i);
  for (const { i, m } of order) {
    const candidate = plan.candidates[i];
    if (m < 0 || (candidate.noCount ?? 0) > m) throw new Error(`example: impossible target for ${candidate.name}`);
    const tieBreak = Array.from({ length: plan.valid }, () => random());
    const chosen = Array.from({ length: plan.valid }, (_, b) => b)
      .sort((a, b) => nonVotes[a] - nonVotes[b] || tieBreak[a] - tieBreak[b])
      .slice(0, m);
    const noCount = new Set(shuffled(chosen, random).slice(0, candidate.noCount ?? 0));
    for (const b of chosen) {
      ballots[b][i] = noCount.has(b) ? '-' : 'x';
      nonVotes[b]++;
    }
  }
  return ballots;
}

function invalidBallot(plan: BallotPlan, invalid: InvalidBallot, random: Random): GeneratedBallot {
  const n = plan.candidates.length;
  const strike = (count: number): Mark[] => {
    const struck = new Set(shuffled([...Array(n).keys()], random).slice(0, count));
    return Array.from({ length: n }, (_, i) => (struck.has(i) ? 'x' : ''));
  };
  switch (invalid.kind) {
    case 'overvote':
      // Keeps more names than seats: strike fewer than the list's surplus.
      return { marks: strike(Math.floor(random() * Math.max(0, n - plan.seats))), ruling: null };
    case 'nobody':
      return { marks: new Array<Mark>(n).fill('x'), ruling: null };
    case 'bothBoxes':
      return { marks: new Array<Mark>(n).fill('-'), ruling: null };
    case 'ruling':
      // The committee's ruling decides; the marks themselves look like an ordinary ballot.
      return {
        marks: plan.type === 'Gạch tên' ? strike(Math.max(0, n - plan.seats)) : new Array<Mark>(n).fill(''),
        ruling: invalid.ruling,
      };
  }
}

/** The ballots of one election, shuffled into the order of the counted pile. */
export function generateBallots(plan: BallotPlan, random: Random): GeneratedBallot[] {
  const valid = validBallots(plan, random).map((marks): GeneratedBallot => ({ marks, ruling: null }));
  const invalid = plan.invalid.map((inv) => invalidBallot(plan, inv, random));
  const ballots = shuffled([...valid, ...invalid], random);
  verify(plan, ballots);
  return ballots;
}

/** The engine must count exactly what the plan asked for; a mismatch is a bug of the example. */
function verify(plan: BallotPlan, ballots: GeneratedBallot[]): void {
  const rules = { ballotType: plan.type, seats: plan.seats, listSize: plan.candidates.length, emptyBallotValid: false };
  const votes = new Array<number>(plan.candidates.length).fill(0);
  let valid = 0;
  const reasons: string[] = [];
  for (const b of ballots) {
    const verdict = judgeBallot(b.marks, b.ruling, rules);
    if (!verdict.valid) {
      reasons.push(verdict.reason);
      continue;
    }
    valid++;
    verdict.votes.forEach((v, i) => {
      if (v) votes[i]++;
    });
  }
  const wrong = plan.candidates.findIndex((c, i) => c.votes !== votes[i]);
  if (valid !== plan.valid || wrong >= 0 || reasons.length !== plan.invalid.length) {
    throw new Error(`example ballots do not reach their targets (valid ${valid}/${plan.valid}, candidate ${wrong})`);
  }
}
