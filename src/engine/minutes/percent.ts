/**
 * Percentages as the minutes print them. Election is decided by integers (2 × votes > D); a
 * printed figure must never contradict that decision, so a figure that would round to `50,00%`
 * gets as many decimals as it takes to show which side of one half it lies on
 * (regulations-addendum §5, rule 3: 6 251 of 12 501 prints `50,004%`, 6 249 of 12 499 `49,996%`).
 */

/** Half-up of value × 10^(decimals + 2) / base, in exact integers. */
function scaledHalfUp(value: number, base: number, decimals: number): bigint {
  const factor = 10n ** BigInt(decimals + 2);
  const v = BigInt(value);
  const b = BigInt(base);
  return (2n * factor * v + b) / (2n * b);
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
 * `votes / base` as a Vietnamese percentage with 2 decimals (`95,54%`), or more decimals when
 * 2 decimals would show exactly one half while the value is not exactly one half. Empty when
 * the base is 0.
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
