/**
 * Percentages of one dimension that sum to exactly 100,00 (WORKBOOK.md: largest remainder on
 * hundredths; ties to the larger count, then row order). Exact integers throughout.
 */

/** Hundredths of a percent for each count; they sum to 10000 when the total is positive. */
export function largestRemainderHundredths(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const floors = counts.map((c) => Math.floor((10000 * c) / total));
  const remainders = counts.map((c, i) => 10000 * c - floors[i] * total);
  let left = 10000 - floors.reduce((a, b) => a + b, 0);
  const order = counts.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || counts[b] - counts[a] || a - b);
  for (const i of order) {
    if (left <= 0) break;
    if (remainders[i] === 0) continue;
    floors[i] += 1;
    left -= 1;
  }
  return floors;
}

/** The same as percentages with two decimals (26.67). */
export function largestRemainderPercents(counts: number[]): number[] {
  return largestRemainderHundredths(counts).map((h) => h / 100);
}
