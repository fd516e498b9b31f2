/**
 * The nearest of a set of names to one that matched none exactly, for a warning that suggests
 * what the clerk may have meant (a misspelt ballot header, `Nguyễn Văn Hùg` → `Nguyễn Văn Hùng`;
 * a written-in name, `Nguyễn văn An` → `Nguyễn Văn An`).
 */
import { labelKey } from './normalize';

/** Levenshtein distance over code points, in O(|a| × |b|) time and O(|b|) space. */
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

/**
 * The nearest candidate (first of equals, in the order given), or null when there is none: the
 * fewest single-letter edits on NFC text with case ignored, so a missing accent is one edit.
 */
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

/**
 * The nearest of `names` to `name` (never `name` itself); null when there is none. Closest by
 * edit distance of the forgiving keys (accents and case ignored), then of the names as written,
 * then the earlier in the list.
 */
export function nearestName(name: string, names: Iterable<string>): string | null {
  const key = labelKey(name);
  let best: { name: string; loose: number; exact: number } | null = null;
  for (const other of names) {
    if (other === name) continue;
    const loose = editDistance(key, labelKey(other));
    if (best && loose > best.loose) continue;
    const exact = editDistance(name, other);
    if (!best || loose < best.loose || exact < best.exact) best = { name: other, loose, exact };
  }
  return best ? best.name : null;
}
