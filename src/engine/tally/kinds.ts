/**
 * What a kind of ballot changes in the tally (ARCHITECTURE.md "A kind of ballot is data and
 * rules"): an election changes nothing; a trust vote (trust.ts) and an introduction ballot
 * (introduction.ts) each name their list, base, outcome, threshold, findings and result fields.
 * `tallyOne` asks its kind at those few points and does everything else as for any election.
 */
import type { Problem } from '../findings/finding';
import type { ElectionDef } from '../model/election';
import type { Person } from '../model/person';
import type { CandidateResult, DenominatorStep, ElectionResult } from '../model/results';
import type { RollEntry } from '../model/roll';
import type { MajorityBase } from './denominator';
import { type CountedList, countedList, introductionWinners, writeInFindings } from './introduction';
import { halfBandFrom, trustOutcome, trustQuorumFinding, trustRows } from './trust';
import { percentOf } from '../text/percent';
import { majorityThreshold, type Winners } from './winners';

export interface KindContext {
  def: ElectionDef;
  base: MajorityBase;
  presentAtVote: number;
  roll: RollEntry[] | null;
  people: Person[] | null;
}

export interface BallotKind {
  /** The names counted and the ballots over them; null: the list and ballots as keyed. */
  list: CountedList | null;
  /** False when a later round is the next step of a process rather than a re-vote for the open seats. */
  roundsFillOpenSeats: boolean;
  /** False when the kind ranks nobody. */
  ranks: boolean;
  /** True when the base is R, the ballots returned (0 until ballots are keyed). */
  baseIsReturned: boolean;
  /** The base and its steps from R (the ballots returned); null: the election's D or A. */
  base(returned: number): { denominator: number; steps: DenominatorStep[] } | null;
  /** Who passes; null: `decideWinners` as for an election. */
  outcome(votes: number[], denominator: number): Winners | null;
  /** JSON `threshold`; null: the election's. */
  threshold(denominator: number): number | null;
  /** Warnings of the count. */
  findings(): Problem[];
  /** Fields the kind adds to each candidate. */
  candidate(i: number, votes: number): Partial<CandidateResult>;
  /** Fields the kind adds to the result; `decided` is false for a blocked count or the zero report. */
  fields(denominator: number, decided: boolean, passed: string[]): Partial<ElectionResult>;
}

const ELECTION: BallotKind = {
  list: null,
  roundsFillOpenSeats: true,
  ranks: true,
  baseIsReturned: false,
  base: () => null,
  outcome: () => null,
  threshold: () => null,
  findings: () => [],
  candidate: () => ({}),
  fields: () => ({}),
};

/** `Chức vụ` of each person of `Nhân sự` who has one. */
function positionsOf(people: Person[] | null): Map<string, string> {
  return new Map((people ?? []).filter((p) => p.position).map((p) => [p.name, p.position ?? ''] as const));
}

/** Trust vote (QĐ 96): R is the base; nobody is elected or ranked; each person's levels and band. */
function trustKind({ def, base, presentAtVote, people }: KindContext): BallotKind {
  return {
    ...ELECTION,
    ranks: false,
    baseIsReturned: true,
    base: (returned) => ({ denominator: returned, steps: [{ label: 'Tổng số phiếu thu về (R)', count: returned }] }),
    outcome: () => trustOutcome(def.candidates.length),
    threshold: (returned) => halfBandFrom(returned),
    findings: () => {
      const quorum = trustQuorumFinding(def, presentAtVote, base.convened);
      return quorum ? [quorum] : [];
    },
    fields: (returned, decided) => ({ trust: trustRows(def, returned, positionsOf(people), decided) }),
  };
}

/** Introduction: names written in are list names; base = those convened, no exclusions. */
function introductionKind({ def, base, presentAtVote, roll, people }: KindContext): BallotKind {
  const list = countedList(def);
  return {
    ...ELECTION,
    list,
    roundsFillOpenSeats: false,
    base: () => ({
      denominator: base.convened,
      steps: [{ label: 'Tổng số người được triệu tập (không trừ trường hợp nào)', count: base.convened }],
    }),
    outcome: (votes, convened) => introductionWinners(votes, def.seats, convened),
    threshold: (convened) => majorityThreshold(convened),
    findings: () => writeInFindings(def, list, roll, people),
    candidate: (i, votes) => ({
      percentOfPresent: percentOf(votes, presentAtVote),
      writeIn: list.writeIn[i],
    }),
    fields: (_, decided, passed) => ({ introduced: decided ? passed : [] }),
  };
}

export function ballotKind(ctx: KindContext): BallotKind {
  if (ctx.def.office === 'Lấy phiếu tín nhiệm') return trustKind(ctx);
  if (ctx.def.office === 'Giới thiệu nhân sự') return introductionKind(ctx);
  return ELECTION;
}
