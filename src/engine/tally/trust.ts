/**
 * Trust votes (WORKBOOK.md version 2 "Trust vote"; Quy định 96-QĐ/TW): per person the count of
 * each level on the ballots the committee did not void, each as a % of R = the ballots returned
 * (Điều 6 k.3), and the band of Điều 11, decided on integers only. Nothing here is a decision of
 * the conference: the bands say which clause of Điều 11 the figure falls under, for the
 * competent level to act on.
 */
import { judgeBallot } from '../ballots/validity';
import { finding, type Problem } from '../findings/finding';
import type { ElectionDef } from '../model/election';
import type { TrustBand, TrustRow } from '../model/results';
import { TRUST_CITATIONS } from '../rules/personnelBallots';
import { percentOf } from '../text/percent';
import type { Winners } from './winners';

/**
 * Điều 11 k.2: "trên 50% nhưng dưới 2/3" → `half` (2 × low > R and 3 × low < 2 × R); k.3: "từ 2/3
 * trở lên" → `twoThirds` (3 × low ≥ 2 × R). Exactly one half is in no band; exactly two thirds is
 * in the upper one. Null when nothing was returned.
 */
export function trustBand(low: number, returned: number): TrustBand | null {
  if (returned <= 0) return null;
  if (3 * low >= 2 * returned) return 'twoThirds';
  if (2 * low > returned) return 'half';
  return null;
}

/** The smallest `tín nhiệm thấp` count above one half of R: ⌊R/2⌋ + 1 (JSON `threshold`). */
export function halfBandFrom(returned: number): number {
  return Math.floor(returned / 2) + 1;
}

/** The smallest `tín nhiệm thấp` count of two thirds of R or more: ⌈2R/3⌉. */
export function twoThirdsBandFrom(returned: number): number {
  return Math.ceil((2 * returned) / 3);
}

/** A trust vote elects, ties and ranks nobody: its status is `complete` once counted. */
export function trustOutcome(listSize: number): Winners {
  return {
    elected: [],
    tied: [],
    rank: new Array<number>(listSize).fill(0),
    seatsOpen: 0,
    status: 'complete',
    equalVoteGroups: [],
  };
}

/** At least two thirds of those convened present: 3 × present ≥ 2 × convened. */
export function trustQuorumMet(present: number, convened: number): boolean {
  return 3 * present >= 2 * convened;
}

/**
 * One row per person in ballot order. `returned` is R; `decided` is false for a blocked count or
 * the zero report (no band then). A person's `invalid` is every keyed ballot not counted for them,
 * so that high + trust + low + invalid = the ballots keyed (= R once the count checks pass).
 */
export function trustRows(
  def: ElectionDef,
  returned: number,
  positions: ReadonlyMap<string, string>,
  decided: boolean,
): TrustRow[] {
  const n = def.candidates.length;
  const levels = def.candidates.map(() => [0, 0, 0]);
  const rules = { ballotType: def.ballotType, seats: 0, listSize: n, emptyBallotValid: false };
  for (const ballot of def.ballots) {
    if (!judgeBallot(ballot.marks, ballot.ruling, rules).valid) continue;
    ballot.marks.forEach((mark, i) => {
      if (mark === '1' || mark === '2' || mark === '3') levels[i][Number(mark) - 1]++;
    });
  }
  return def.candidates.map((name, i) => {
    const [high, trust, low] = levels[i];
    return {
      name,
      position: positions.get(name) ?? '',
      high,
      trust,
      low,
      invalid: def.ballots.length - high - trust - low,
      percentHigh: percentOf(high, returned),
      percentTrust: percentOf(trust, returned),
      percentLow: percentOf(low, returned),
      band: decided ? trustBand(low, returned) : null,
    };
  });
}

/** `TRUST_QUORUM` (warning): fewer than two thirds of those convened present; the citation says the source is secondary. */
export function trustQuorumFinding(def: ElectionDef, present: number, convened: number): Problem | null {
  if (trustQuorumMet(present, convened)) return null;
  return finding(
    'warning',
    'TRUST_QUORUM',
    'TRUST_QUORUM',
    def.refs.presentAtVote ?? def.refs.voters ?? def.refs.id,
    TRUST_CITATIONS.quorum,
    { id: def.id, present, convened, needed: Math.ceil((2 * convened) / 3) },
  );
}
