/**
 * Surplus arithmetic (số dư, regulations.md §3.4): exact integer comparisons, rounding only per
 * `Làm tròn số dư`.
 */
import type { Settings } from '../model/settings';
import { percentHundredths } from '../text/percent';

export type SurplusRounding = Settings['surplusRounding'];

/**
 * The surplus bound in people for `percent`% of `seats`. An upper bound compared exactly admits
 * ⌊p·s/100⌋ (10 × (c − s) ≤ 3 × s ⇔ c − s ≤ ⌊3s/10⌋), a lower bound ⌈p·s/100⌉; `Làm tròn lên`
 * and `Làm tròn xuống` round the limit itself (30% of 9 = 2,7 → 3 or 2) before comparing.
 */
export function surplusBound(seats: number, percent: number, rounding: SurplusRounding, bound: 'max' | 'min'): number {
  const scaled = percent * seats; // integers: the percents of the rule are whole numbers
  const floor = (scaled - (scaled % 100)) / 100;
  const ceil = scaled % 100 === 0 ? floor : floor + 1;
  if (rounding === 'Làm tròn lên') return ceil;
  if (rounding === 'Làm tròn xuống') return floor;
  return bound === 'max' ? floor : ceil;
}

/** The surplus as a share of the seats: hundredths rounded half up, and whether that is exact. */
export function surplusPercent(candidates: number, seats: number): { hundredths: number; exact: boolean } {
  const surplus = candidates - seats;
  if (seats <= 0) return { hundredths: 0, exact: true };
  return { hundredths: percentHundredths(surplus, seats), exact: (10000 * surplus) % seats === 0 };
}

/** `33,33%` exact or `≈33,33%` (the fraction does not end at two decimals). */
export function formatSurplusPercent(candidates: number, seats: number): string {
  const { hundredths, exact } = surplusPercent(candidates, seats);
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const text = `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}%`;
  return exact ? text : `≈${text}`;
}

export type SurplusVerdict = 'ok' | 'low' | 'high';

export interface SurplusJudgement {
  verdict: SurplusVerdict;
  surplus: number;
  /** Bounds in people: at least `min`, at most `max`. */
  min: number;
  max: number;
  /** True for a body of at most 5 seats (exactly one more). */
  small: boolean;
}

/**
 * Committee and standing-committee lists (190-QĐ/TW Điều 14 khoản 1): more candidates than seats,
 * at most 30% more; bodies of 3–5 seats exactly one more (2025 guidance, regulations.md §3.4).
 */
export function judgeCommitteeSurplus(candidates: number, seats: number, rounding: SurplusRounding): SurplusJudgement {
  const surplus = candidates - seats;
  // Fewer than 3 seats has no rule of its own; 30% of 1 or 2 admits nobody, so it is read like 3–5.
  const small = seats <= 5;
  const min = 1;
  const max = small ? 1 : surplusBound(seats, 30, rounding, 'max');
  const verdict: SurplusVerdict = surplus < min ? 'low' : surplus > max ? 'high' : 'ok';
  return { verdict, surplus, min, max, small };
}

/** The convening committee's own nominees: 10–15% more than the seats (Điều 14 khoản 1). */
export function judgePreparedSurplus(prepared: number, seats: number, rounding: SurplusRounding): SurplusJudgement {
  const surplus = prepared - seats;
  const min = surplusBound(seats, 10, rounding, 'min');
  const max = surplusBound(seats, 15, rounding, 'max');
  const verdict: SurplusVerdict = surplus < min ? 'low' : surplus > max ? 'high' : 'ok';
  return { verdict, surplus, min, max, small: false };
}
