/**
 * Exact comparisons for allocation (ARCHITECTURE.md "Exact arithmetic"): every priority and
 * quota is a ratio of integers compared by cross-multiplication in BigInt, never as a float.
 */

/** A non-negative ratio n/d; d = 0 with n > 0 is +∞ (Huntington-Hill's first seat). */
export interface Ratio {
  n: bigint;
  d: bigint;
}

/** −1, 0, 1 as a/b is less than, equal to or greater than c/d. */
export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const aInf = a.d === 0n;
  const bInf = b.d === 0n;
  if (aInf || bInf) return aInf && bInf ? 0 : aInf ? 1 : -1;
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** n/d rounded half-up to `decimals` places, as a number for display only. */
export function ratioToDecimal(n: bigint, d: bigint, decimals: number): number {
  if (d === 0n) return 0;
  const scale = 10n ** BigInt(decimals);
  const scaled = (2n * n * scale + d) / (2n * d);
  return Number(scaled) / Number(scale);
}
