/**
 * Ballots that hit target counts for a trust vote and for an introduction ballot, checked against
 * the engine's own validity rule (as ballots.ts does for elections), so an example can never say
 * one thing and count another.
 */
import { judgeBallot } from '../engine/ballots/validity';
import type { Mark } from '../engine/model/ballots';
import { type BallotPlan, type GeneratedBallot, generateBallots } from './ballots';
import { type Random, shuffled } from './random';

/** One person of a trust vote: the count of each level and of lines with no box or several. */
export interface TrustTarget {
  name: string;
  high: number;
  trust: number;
  low: number;
  /** Lines keyed blank (no box marked) and `-` (several boxes). */
  blank?: number;
  several?: number;
}

export interface TrustPlan {
  people: TrustTarget[];
  /** Ballots the committee voided, each with its ruling (they look like ordinary ballots). */
  rulings: string[];
}

/**
 * The ballots of a trust vote, in the order of the counted pile. Every valid ballot holds each
 * person's line; the targets of a person add up to the valid ballots.
 */
export function generateTrustBallots(plan: TrustPlan, random: Random): GeneratedBallot[] {
  const lines = (t: TrustTarget) => t.high + t.trust + t.low + (t.blank ?? 0) + (t.several ?? 0);
  const valid = plan.people.length ? lines(plan.people[0]) : 0;
  const columns = plan.people.map((t) => {
    const lines: Mark[] = [
      ...new Array<Mark>(t.high).fill('1'),
      ...new Array<Mark>(t.trust).fill('2'),
      ...new Array<Mark>(t.low).fill('3'),
      ...new Array<Mark>(t.blank ?? 0).fill(''),
      ...new Array<Mark>(t.several ?? 0).fill('-'),
    ];
    if (lines.length !== valid) throw new Error(`example: ${t.name} has ${lines.length} lines for ${valid} ballots`);
    return shuffled(lines, random);
  });
  const ballots: GeneratedBallot[] = Array.from({ length: valid }, (_, b) => ({
    marks: columns.map((c) => c[b]),
    ruling: null,
  }));
  for (const ruling of plan.rulings) ballots.push({ marks: plan.people.map(() => '2'), ruling });
  const pile = shuffled(ballots, random);
  verifyTrust(plan, pile);
  return pile;
}

function verifyTrust(plan: TrustPlan, ballots: GeneratedBallot[]): void {
  const rules = {
    ballotType: 'Lấy phiếu tín nhiệm' as const,
    seats: 0,
    listSize: plan.people.length,
    emptyBallotValid: false,
  };
  const counts = plan.people.map(() => [0, 0, 0]);
  let voided = 0;
  for (const b of ballots) {
    if (!judgeBallot(b.marks, b.ruling, rules).valid) {
      voided++;
      continue;
    }
    b.marks.forEach((m, i) => {
      if (m === '1' || m === '2' || m === '3') counts[i][Number(m) - 1]++;
    });
  }
  const wrong = plan.people.findIndex((t, i) => counts[i].join() !== [t.high, t.trust, t.low].join());
  if (wrong >= 0 || voided !== plan.rulings.length)
    throw new Error(`example trust ballots do not reach their targets (person ${wrong}, voided ${voided})`);
}

/** An introduction ballot: the prepared list's marks, and the names written in (one per column). */
export interface IntroductionBallot {
  marks: Mark[];
  writeIns: (string | null)[];
  ruling: string | null;
}

/**
 * The ballots of an introduction: the generator of election ballots deals the marks over the
 * prepared list and one column per written-in name (a kept mark there is the name written in),
 * checked by the engine's introduction rule; the written-in names are then laid out in the
 * `Giới thiệu thêm` columns, one name per column from the left.
 */
export function generateIntroductionBallots(
  plan: Omit<BallotPlan, 'type'>,
  prepared: number,
  writeInColumns: number,
  random: Random,
): IntroductionBallot[] {
  const ballots = generateBallots({ ...plan, type: 'Giới thiệu nhân sự' }, random);
  return ballots.map((b) => {
    const names = plan.candidates
      .slice(prepared)
      .filter((_, i) => b.marks[prepared + i] === '')
      .map((c) => c.name);
    if (names.length > writeInColumns) throw new Error('example: more names written in than columns');
    return {
      marks: b.marks.slice(0, prepared),
      writeIns: Array.from({ length: writeInColumns }, (_, i) => names[i] ?? null),
      ruling: b.ruling,
    };
  });
}
