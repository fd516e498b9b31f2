/**
 * Delegate allocation (regulations §7): dividing S seats of a delegate congress among its units
 * "by the number of party members, the number of subordinate units and the importance of each"
 * (QĐ 29 mục 11.2). No formula is prescribed (§7.2 [U]), so the method is a named setting.
 */

/** The methods of `Phương pháp phân bổ` (WORKBOOK.md), by engine id. */
export type MethodId = 'hamilton' | 'dhondt' | 'sainteLague' | 'huntingtonHill' | 'baseQuota';

/** Method names as the contract spells them, for messages and the output sheet. */
export const METHOD_NAMES: Record<MethodId, string> = {
  hamilton: 'Số dư lớn nhất',
  dhondt: "D'Hondt",
  sainteLague: 'Sainte-Laguë',
  huntingtonHill: 'Huntington-Hill',
  baseQuota: 'Cơ sở và định mức',
};

export const DIVISOR_METHODS: readonly MethodId[] = ['dhondt', 'sainteLague', 'huntingtonHill'];

/**
 * The outcome of a proportional step: seats per unit (same order as the input), the units tied
 * for the last seat(s), and how many seats stay unassigned because of that tie (never broken:
 * ARCHITECTURE.md "Never decide what the congress decides").
 */
export interface Apportionment {
  seats: number[];
  /** Indices of the units tied for the last seat(s); empty when there is no tie. */
  tied: number[];
  unassigned: number;
}

/** One unit of `Chi bộ`, already on the basis chosen by `Tính theo`. */
export interface AllocationUnit {
  name: string;
  /** Members on the basis (official, or official + probationary). */
  members: number;
  /** `Tối thiểu` (0 when blank). */
  minimum: number;
  /** `Cộng thêm`: seats added by decision, outside the formula. */
  added: number;
  /** `Cấp ủy viên đương nhiệm`: ex officio delegates, shown, never allocated (§7.2). */
  exOfficio: number;
  /** The unit's row cell in `Chi bộ` (quoted A1), for findings. */
  cell?: string;
}

/** `Đại biểu cơ sở` / `Định mức` / `Ngưỡng số dư` (the 13th National Congress rule: 13 / 12,000 / 6,001). */
export interface BaseQuotaParams {
  baseSeats: number;
  membersPerSeat: number;
  /** A remainder of at least this many members earns one more seat; null: remainders earn nothing. */
  threshold: number | null;
}

/** A cap on the congress's delegates (§7.3): the setting `Số đại biểu tối đa` or the directive's. */
export interface Cap {
  value: number;
  source: 'setting' | 'directive';
  /** The directive cited for a directive cap (e.g. `Chỉ thị 45-CT/TW`). */
  citation: string;
  /** What the cap applies to, for the message (`Số đại biểu tối đa`, `Cấp trên cơ sở`, …). */
  label: string;
  cell?: string;
}

export interface AllocationInput {
  method: MethodId;
  /** S: seats to distribute by the formula (ex officio and added seats not included); null for `baseQuota`. */
  seats: number | null;
  units: AllocationUnit[];
  baseQuota?: BaseQuotaParams;
  caps: Cap[];
  /** Cells of the settings in `Đại hội`, for findings about them. */
  cells: { seats?: string; method?: string; baseSeats?: string; membersPerSeat?: string; threshold?: string };
}

export interface UnitResult {
  unit: string;
  members: number;
  /** The exact quota as numerator/denominator (S × members / Σ members, or members / Định mức). */
  quotaNumerator: bigint;
  quotaDenominator: bigint;
  /** Seats by the formula (minimum included). */
  formula: number;
  added: number;
  exOfficio: number;
  /** formula + added. */
  seats: number;
  /** seats + exOfficio. */
  total: number;
  tied: boolean;
  cell?: string;
}

export interface AllocationResult {
  method: MethodId;
  /** S, or for `baseQuota` the computed formula total. */
  seats: number;
  /** Σ formula seats = seats − unassigned. */
  allocated: number;
  unassigned: number;
  /** Names of the units tied for the last seat(s). */
  tied: string[];
  /** Σ members on the basis. */
  members: number;
  added: number;
  exOfficio: number;
  /** Grand total: allocated + added + ex officio. */
  total: number;
  units: UnitResult[];
}
