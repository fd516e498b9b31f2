/**
 * Plain data of the tally: what the workbook parser gives the engine, and what the engine
 * returns (the JSON report's `elections[]` entries, field names as in WORKBOOK.md).
 */
import type { CalendarDate } from '../text/format';

export type Office =
  | 'Ban Chấp hành'
  | 'Chi ủy'
  | 'Ban Thường vụ'
  | 'Bí thư'
  | 'Phó Bí thư'
  | 'Ủy ban Kiểm tra'
  | 'Chủ nhiệm Ủy ban Kiểm tra'
  | 'Đại biểu chính thức'
  | 'Đại biểu dự khuyết'
  | 'Xin ý kiến';
export const OFFICES: Office[] = [
  'Ban Chấp hành',
  'Chi ủy',
  'Ban Thường vụ',
  'Bí thư',
  'Phó Bí thư',
  'Ủy ban Kiểm tra',
  'Chủ nhiệm Ủy ban Kiểm tra',
  'Đại biểu chính thức',
  'Đại biểu dự khuyết',
  'Xin ý kiến',
];

export type BallotType = 'Gạch tên' | 'Đồng ý/Không đồng ý' | 'Xin ý kiến';
export type EntryMode = 'Từng phiếu' | 'Tổng hợp';
export type Session = 'Đại hội' | 'Hội nghị lần thứ nhất';

export type Standing = 'Chính thức' | 'Dự bị' | 'Đương nhiên' | 'Dự khuyết';
export type RollStatus =
  'Có mặt' | 'Vắng có lý do' | 'Vắng' | 'Sinh hoạt tạm thời' | 'Miễn sinh hoạt' | 'Đình chỉ' | 'Tạm giam' | 'Thay thế';

/** One row of `Đại biểu`. */
export interface RollEntry {
  name: string;
  unit: string;
  standing: Standing;
  status: RollStatus;
  /** Cell of the row's `Tư cách` (errors about the row point here). */
  cell: string;
}

/** One member of `Ban kiểm phiếu`. */
export interface CounterEntry {
  name: string;
  role: 'Trưởng ban' | 'Ủy viên';
  session: Session;
  cell: string;
}

/** A mark as keyed: blank, `x`, or `-` (WORKBOOK.md "Marks"). */
export type Mark = '' | 'x' | '-';

/** One ballot of a `Từng phiếu` sheet. */
export interface BallotRecord {
  /** `Số phiếu` as normalised text (leading zeros dropped): `107`, `2-15`. */
  number: string;
  /** `Tổ` when the sheet has that column. */
  team: string | null;
  /** One mark per candidate, in list order. */
  marks: Mark[];
  /** The committee's ruling from `Không hợp lệ`, as first written (null when blank). */
  ruling: string | null;
  /** 0-based sheet row and the cells of each mark, for differences and errors. */
  row: number;
  markCells: string[];
  rulingCell: string | null;
}

/** One team row of a `Tổng hợp` sheet. */
export interface SubtotalRow {
  team: string;
  returned: number;
  invalid: number;
  /** Invalid ballots by reason column (`Không hợp lệ: <lý do>`); the rest is `Không phân loại`. */
  invalidReasons: Record<string, number>;
  votes: number[];
  cell: string;
}

export interface SubtotalSheet {
  rows: SubtotalRow[];
  /** The optional `Tổng cộng` row. */
  total: SubtotalRow | null;
}

/** One row of `Bầu cử` with its ballot sheet. */
export interface ElectionDef {
  id: string;
  title: string;
  office: Office;
  /** Seats of this round (0 for `Xin ý kiến`). */
  seats: number;
  round: number;
  /** `Mã` of the previous round, resolved (null for round 1). */
  previousId: string | null;
  issued: number | null;
  returned: number | null;
  presentAtVote: number | null;
  sheet: string;
  entryMode: EntryMode;
  ballotType: BallotType;
  /** `Số người bầu`: D given directly for elections by a committee meeting. */
  voters: number | null;
  session: Session;
  /** `Cho cuộc bầu` (Xin ý kiến only). */
  feeds: string | null;
  minutesNumber: string | null;
  countEnded: { date: CalendarDate; time?: { hour: number; minute: number } } | null;
  /** The election list in ballot order (the ballot sheet's header). */
  candidates: string[];
  /** Cells: the `Bầu cử` row's cells by column label, and each candidate's header cell. */
  cells: Record<string, string>;
  candidateCells: string[];
  /** `Từng phiếu`: the ballots; `Tổng hợp`: the subtotals. */
  ballots: BallotRecord[];
  subtotals: SubtotalSheet | null;
  /** The second entry `<Trang phiếu> (2)`, when present. */
  secondEntry: BallotRecord[] | null;
  /** True when the ballot sheet has a `Tổ` column. */
  hasTeams: boolean;
}

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
  cell?: string;
}

export interface Difference {
  ballot: string;
  candidate: string;
  entry1: string;
  entry2: string;
  cell1: string;
  cell2: string;
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
}
