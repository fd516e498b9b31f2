/**
 * The elections of a congress as plain data: one `Bầu cử` row with its list and ballots (WORKBOOK.md).
 */
import type { CalendarDate } from '../text/format';
import type { BallotRecord, SubtotalSheet } from './ballots';
import type { CellRef } from './cellRef';

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
  | 'Xin ý kiến'
  | 'Lấy phiếu tín nhiệm'
  | 'Giới thiệu nhân sự';
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
  'Lấy phiếu tín nhiệm',
  'Giới thiệu nhân sự',
];

/**
 * Ballots that elect nobody by themselves (WORKBOOK.md version 2): a trust vote rates each person,
 * an introduction ballot says whom a conference introduces. Their ballot type is their office.
 */
export type PersonnelOffice = 'Lấy phiếu tín nhiệm' | 'Giới thiệu nhân sự';
export const TRUST_VOTE: PersonnelOffice = 'Lấy phiếu tín nhiệm';
export const INTRODUCTION: PersonnelOffice = 'Giới thiệu nhân sự';

export type BallotType = 'Gạch tên' | 'Đồng ý/Không đồng ý' | 'Xin ý kiến' | PersonnelOffice;
export type EntryMode = 'Từng phiếu' | 'Tổng hợp';
export type Session = 'Đại hội' | 'Hội nghị lần thứ nhất';

/** The fields of an election row, for pointing at the cell that gave each. */
export type ElectionField =
  | 'id'
  | 'title'
  | 'office'
  | 'seats'
  | 'round'
  | 'previous'
  | 'issued'
  | 'returned'
  | 'presentAtVote'
  | 'sheet'
  | 'entryMode'
  | 'ballotType'
  | 'voters'
  | 'session'
  | 'feeds'
  | 'minutesNumber'
  | 'countEnded'
  | 'alternateSeats';

/** One row of `Bầu cử` with its ballot sheet. */
export interface ElectionDef {
  id: string;
  title: string;
  office: Office;
  /**
   * Seats of this round (0 for `Xin ý kiến` and `Lấy phiếu tín nhiệm`); for `Giới thiệu nhân sự`
   * how many are to be introduced, 0 when there is no limit.
   */
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
  /** `Cho cuộc bầu` (Xin ý kiến; Giới thiệu nhân sự: the election it is for, printed for reference). */
  feeds: string | null;
  minutesNumber: string | null;
  countEnded: { date: CalendarDate; time?: { hour: number; minute: number } } | null;
  /**
   * `Số dự khuyết` (version 2, `Đại biểu chính thức` rows only): the congress takes this many
   * alternates from the same ballot (QC190 Điều 18); null when not given.
   */
  alternateSeats: number | null;
  /** The election list in ballot order (the ballot sheet's header). */
  candidates: string[];
  /** The cell of each field of the `Bầu cử` row, and each candidate's header cell. */
  refs: Partial<Record<ElectionField, CellRef>>;
  candidateCells: CellRef[];
  /** `Từng phiếu`: the ballots; `Tổng hợp`: the subtotals. */
  ballots: BallotRecord[];
  subtotals: SubtotalSheet | null;
  /** The second entry `<Trang phiếu> (2)`, when present. */
  secondEntry: BallotRecord[] | null;
  /** True when the ballot sheet has a `Tổ` column. */
  hasTeams: boolean;
}
