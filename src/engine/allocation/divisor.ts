/**
 * The divisor methods (Balinski & Young, "Fair Representation", appendix A): a unit with a
 * seats gets its next seat at priority pᵢ / s(a), where s is the method's signpost —
 *   D'Hondt         s(a) = a + 1            (divisors 1, 2, 3, …)
 *   Sainte-Laguë    s(a) = a + ½            (divisors 1, 3, 5, … after doubling)
 *   Huntington-Hill s(a) = √(a(a + 1))      (compared squared: p² / (a(a + 1)); s(0) = 0, so ∞)
 * Giving seats one by one in decreasing priority, starting every unit at its minimum, yields
 * exactly the allocation aᵢ = max(minᵢ, round(pᵢ/d)) with Σ aᵢ = S for some divisor d (issue 5).
 * When the S-th seat falls inside a group of equal priorities, no divisor gives exactly S: those
 * seats stay unassigned and the group is reported tied.
 */
import { MaxHeap } from './heap';
import { compareRatio, type Ratio } from './rational';
import type { Apportionment } from './types';

export type DivisorMethod = 'dhondt' | 'sainteLague' | 'huntingtonHill';

/** The priority of a unit of `members` holding `held` seats for its next seat, exactly. */
export function priority(method: DivisorMethod, members: bigint, held: number): Ratio {
  const a = BigInt(held);
  switch (method) {
    case 'dhondt':
      return { n: members, d: a + 1n };
    case 'sainteLague':
      // p / (a + ½) = 2p / (2a + 1); the factor 2 is common to all units, so p / (2a + 1).
      return { n: members, d: 2n * a + 1n };
    case 'huntingtonHill':
      // p / √(a(a+1)) compared through its square; a = 0 gives +∞ (every unit's first seat).
      return { n: members * members, d: a * (a + 1n) };
  }
}

interface Candidate {
  unit: number;
  ratio: Ratio;
}

/**
 * Callers ensure Σ minimums ≤ seats and, for Huntington-Hill, enough seats for every unit with
 * members to get one (the ∞ priorities would otherwise tie).
 */
export function divisorMethod(
  method: DivisorMethod,
  members: number[],
  seats: number,
  minimums?: number[],
): Apportionment {
  const n = members.length;
  const p = members.map((m) => BigInt(m));
  const result = minimums ? [...minimums] : new Array<number>(n).fill(0);
  let left = seats - result.reduce((s, x) => s + x, 0);
  // Equal priorities come out together; the unit index only keeps the heap deterministic.
  const heap = new MaxHeap<Candidate>((a, b) => compareRatio(a.ratio, b.ratio) || b.unit - a.unit);
  // A unit without members never earns a formula seat (p/s(a) = 0; Huntington-Hill's 0/0 likewise).
  for (let i = 0; i < n; i++) if (p[i] > 0n) heap.push({ unit: i, ratio: priority(method, p[i], result[i]) });
  while (left > 0 && heap.size > 0) {
    const first = heap.pop() as Candidate;
    const group = [first];
    for (let top = heap.peek(); top && compareRatio(top.ratio, first.ratio) === 0; top = heap.peek()) {
      group.push(heap.pop() as Candidate);
    }
    if (group.length > left) {
      return { seats: result, tied: group.map((c) => c.unit).sort((a, b) => a - b), unassigned: left };
    }
    for (const c of group) {
      result[c.unit]++;
      heap.push({ unit: c.unit, ratio: priority(method, p[c.unit], result[c.unit]) });
    }
    left -= group.length;
  }
  return { seats: result, tied: [], unassigned: left };
}
