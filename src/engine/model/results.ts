/**
 * What the tally returns: the JSON report's `elections[]` entries, field names as in WORKBOOK.md.
 */
import type { CellRef } from './cellRef';
import type { BallotType, Office } from './election';

export interface DenominatorStep {
  label: string;
  count: number;
}

export interface CandidateResult {
  name: string;
  votes: number;
  percentOfDenominator: number;
  percentOfValid: number | null;
  rank: number | null;
  elected: boolean;
  /** Tied at the cut line (status `tie`). */
  tied: boolean;
  /** Strike-through: ballots that struck the name; agree/disagree: ballots that disagreed. */
  against: number;
  /** Agree/disagree: `-` marks on valid ballots (no count either way). */
  noCount: number;
  /** Introduction ballots: % of those present at the vote (display only). */
  percentOfPresent?: number;
  /** Introduction ballots: a name written in (`Giới thiệu thêm`), not on the prepared list. */
  writeIn?: boolean;
}

/**
 * The band of Quy định 96-QĐ/TW Điều 11 a person's `tín nhiệm thấp` count falls in, decided on
 * integers: `half` when 2 × low > R and 3 × low < 2 × R (k.2), `twoThirds` when 3 × low ≥ 2 × R (k.3).
 */
export type TrustBand = 'half' | 'twoThirds';

/** One person of a trust vote (WORKBOOK.md version 2 "Trust vote"): counts and % of R per level. */
export interface TrustRow {
  name: string;
  /** `Chức vụ` from `Nhân sự`; '' when not given. */
  position: string;
  high: number;
  trust: number;
  low: number;
  /** Ballots not counted for this person: a line with no box or several, or a ballot the committee voided. */
  invalid: number;
  percentHigh: number;
  percentTrust: number;
  percentLow: number;
  /** Null below the bands, at exactly one half, and whenever nothing is decided (blocked, zero report). */
  band: TrustBand | null;
}

export interface Check {
  name: string;
  expected: number | string;
  actual: number | string;
  ok: boolean;
  cell?: CellRef;
}

export interface Difference {
  ballot: string;
  candidate: string;
  entry1: string;
  entry2: string;
  cell1: CellRef;
  cell2: CellRef;
}

export type ElectionStatus = 'complete' | 'shortfall' | 'tie' | 'blocked' | 'zero';

export interface TeamSubtotal {
  team: string;
  returned: number;
  valid: number;
  invalid: number;
  votes: number[];
}

export interface BallotCounts {
  issued: number | null;
  returned: number;
  valid: number;
  invalid: number;
  invalidReasons: Record<string, number>;
}

export interface ElectionResult {
  id: string;
  title: string;
  office: Office;
  round: number;
  seats: number;
  denominator: number;
  threshold: number;
  denominatorSteps: DenominatorStep[];
  present: number;
  ballots: BallotCounts;
  candidates: CandidateResult[];
  elected: string[];
  status: ElectionStatus;
  tied: string[];
  seatsOpen: number;
  orderTies: string[][];
  checks: Check[];
  differences: Difference[];
  fingerprint: string;
  /** Extensions of the contract (documented in docs/CONTRACT-EXTENSIONS.md). */
  ballotType: BallotType;
  previousRound: string | null;
  feeds: string | null;
  teams: TeamSubtotal[];
  /** Convened (before exclusions) and absent at the vote, for the minutes. */
  convened: number;
  absentAtVote: number;
  /** The rule of a round that follows a tie (`Bầu lại khi bằng phiếu`); null for any other round. */
  tieRevote: 'Quá bán' | 'Nhiều phiếu hơn' | null;
  /**
   * With `Số dự khuyết` only (WORKBOOK.md "Alternates"): the alternates taken from this ballot, by
   * votes, and those tied at the last alternate place (not placed).
   */
  alternates?: string[];
  alternateTies?: string[];
  /** Trust vote only: one row per person rated, in ballot order. */
  trust?: TrustRow[];
  /** Introduction ballot only: the names that pass within the places, by count then ballot order. */
  introduced?: string[];
}
