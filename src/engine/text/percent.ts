/**
 * Percentages, the one place they are computed: half up, in exact integers (WORKBOOK.md
 * "Percentages"). They are for display only; every decision compares integers (2 × votes > D).
 */

/** Half-up of part × 10^(decimals + 2) / whole (⌊x + ½⌋, also for a negative part), in exact integers. */
function scaledHalfUp(part: number, whole: number, decimals: number): bigint {
  const factor = 10n ** BigInt(decimals + 2);
  const numerator = 2n * factor * BigInt(part) + BigInt(whole);
  const denominator = 2n * BigInt(whole);
  const quotient = numerator / denominator;
  // BigInt division truncates towards zero; half-up needs the floor.
  return numerator % denominator !== 0n && numerator < 0n ? quotient - 1n : quotient;
}

/** Hundredths of a percent of part / whole, half up (`1 / 3` → 3333); 0 when whole is 0. */
export function percentHundredths(part: number, whole: number): number {
  return whole > 0 ? Number(scaledHalfUp(part, whole, 2)) : 0;
}

/** part / whole as a percentage with two decimals (`95.54`), half up; 0 when whole is 0. */
export function percentOf(part: number, whole: number): number {
  return percentHundredths(part, whole) / 100;
}

/** `9554` with 2 decimals → `95,54`; thousands grouped with dots. */
function formatScaled(units: bigint, decimals: number): string {
  const digits = units.toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return decimals > 0 ? `${grouped},${fraction}` : grouped;
}

/**
 * `votes / base` as the minutes print it: a Vietnamese percentage with 2 decimals (`95,54%`), or
 * more decimals when 2 decimals would show exactly one half while the value is not exactly one
 * half — a printed figure must never contradict the integer decision (regulations-addendum §5,
 * rule 3: 6 251 of 12 501 prints `50,004%`, 6 249 of 12 499 `49,996%`). Empty when the base is 0.
 */
export function percentText(votes: number, base: number): string {
  if (base <= 0) return '';
  let decimals = 2;
  const exactHalf = 2 * votes === base;
  for (;;) {
    const units = scaledHalfUp(votes, base, decimals);
    const half = 5n * 10n ** BigInt(decimals + 1);
    // Twenty decimals are far more than any real D needs; the bound only guards the loop.
    if (exactHalf || units !== half || decimals >= 20) return `${formatScaled(units, decimals)}%`;
    decimals++;
  }
}
