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
}
