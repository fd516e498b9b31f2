/**
 * The nearest of a set of names to a name that is not among them (a misspelt ballot header):
 * the fewest single-letter edits, counted on NFC text with case ignored, so `Nguyễn Văn Hùg`
 * is one edit from `Nguyễn Văn Hùng` and a missing accent is one edit too.
 */

/** Levenshtein distance over code points (Vietnamese letters in NFC are single code points). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length];
}

const fold = (name: string): string => name.normalize('NFC').toLocaleLowerCase('vi');

/** The nearest candidate (first of equals, in the order given), or null when there is none. */
export function nearest<T extends { name: string }>(name: string, among: readonly T[]): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  const wanted = fold(name);
  for (const item of among) {
    const d = editDistance(wanted, fold(item.name));
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
