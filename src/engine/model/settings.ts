/**
 * The congress's settings as plain data: each stands for a rule the references leave open or for a
 * choice of the congress (WORKBOOK.md "Settings"). Their citations and how the minutes print them
 * are in `rules/settings.ts`; the labels that spell them on the `Đại hội` sheet are the workbook's.
 */
export type AllocationMethodName =
  'Số dư lớn nhất' | "D'Hondt" | 'Sainte-Laguë' | 'Huntington-Hill' | 'Cơ sở và định mức';

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Settings {
  /** A multi-name ballot voting for nobody is invalid (default) or valid. */
  emptyBallotValid: boolean;
  /** Alternates need `2 × votes > D`. */
  alternatesNeedMajority: boolean;
  /** Print % of valid ballots beside % of D. */
  printPercentOfValid: boolean;
  /** Everyone on the counting committee signs, or the head only. */
  signers: 'Tất cả' | 'Trưởng ban';
  /** Issuer abbreviation in document numbers. */
  documentSymbol: string;
  /** Overrides the congress line of the header. */
  congressLineOverride: string | null;
  /** Page margins in mm. */
  margins: Margins;
  /** Base of the opinion ballot. */
  opinionBase: 'Có mặt' | 'Triệu tập';
  /** `Đảng bộ cấp trên` over the congress line of the counting committee's documents (HD 36 §1.2.1a: not by default). */
  printSuperiorOnMinutes: boolean;
  /**
   * The round after a tie: the tied again need `2 × votes > D` (`Quá bán`), or the most votes fill
   * the open seats without a majority (`Nhiều phiếu hơn`). QĐ 190 Điều 30 on this was not read.
   */
  tieRevote: 'Quá bán' | 'Nhiều phiếu hơn';
  /** One small line `Mã kiểm tra: <SHA-256>` at the end of the minutes. */
  printFingerprint: boolean;
  /** Rounding of surplus limits. */
  surplusRounding: 'Không làm tròn' | 'Làm tròn lên' | 'Làm tròn xuống';
  /** Cap on delegates of this congress (allocation). */
  maxDelegates: number | null;
  /** Months a first-time nominee must be able to serve. */
  termMonths: number;
  /** Months left before retirement for re-nomination. */
  reelectionMonths: number;
  /** Minimum share of women (%). */
  minWomenPercent: number;
  /** "Young" is under this age. */
  youngAge: number;
  /** Minimum share of the young (%). */
  minYoungPercent: number;
  /** Allocation: seats to distribute among units (ex officio not included). */
  allocationSeats: number | null;
  /** Allocation: the method. */
  allocationMethod: AllocationMethodName;
  /** Allocation: members counted. */
  allocationBasis: 'Đảng viên chính thức' | 'Tổng số đảng viên';
  /** `Cơ sở và định mức`: base seats per unit, members per extra seat, remainder threshold. */
  baseSeats: number | null;
  membersPerSeat: number | null;
  remainderThreshold: number | null;
}

export type SettingId = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  emptyBallotValid: false,
  alternatesNeedMajority: true,
  printPercentOfValid: true,
  signers: 'Tất cả',
  documentSymbol: 'ĐH',
  congressLineOverride: null,
  margins: { top: 25, bottom: 25, left: 35, right: 15 },
  opinionBase: 'Có mặt',
  printSuperiorOnMinutes: false,
  tieRevote: 'Quá bán',
  printFingerprint: true,
  surplusRounding: 'Không làm tròn',
  maxDelegates: null,
  termMonths: 60,
  reelectionMonths: 48,
  minWomenPercent: 15,
  youngAge: 40,
  minYoungPercent: 10,
  allocationSeats: null,
  allocationMethod: 'Số dư lớn nhất',
  allocationBasis: 'Đảng viên chính thức',
  baseSeats: null,
  membersPerSeat: null,
  remainderThreshold: null,
};
