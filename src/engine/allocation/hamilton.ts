/**
 * `Số dư lớn nhất` — Hamilton's method (largest remainder; Balinski & Young, "Fair
 * Representation", ch. 2): each unit gets the whole part of its quota S·pᵢ/P, the seats left go
 * to the largest remainders. Remainders share the denominator P, so they compare as integers.
 */
import type { Apportionment } from './types';

/**
 * Hamilton with minimum seats (issue 5): a unit whose quota is below its minimum gets the
 * minimum and leaves the apportionment; the other units share the seats left, and this repeats
 * until no unit remaining is below its minimum. A quota at or above the minimum has a whole
 * part at or above it, so the final largest-remainder step never undercuts a minimum.
 * Callers ensure Σ minimums ≤ seats and Σ members > 0.
 */
export function hamilton(members: number[], seats: number, minimums?: number[]): Apportionment {
  const n = members.length;
  const p = members.map((m) => BigInt(m));
  const min = minimums ?? new Array<number>(n).fill(0);
  const fixed = new Array<boolean>(n).fill(false);
  for (;;) {
    let rest = BigInt(seats);
    let population = 0n;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) rest -= BigInt(min[i]);
      else population += p[i];
    }
    let changed = false;
    for (let i = 0; i < n; i++) {
      // quota < minimum  ⇔  rest·pᵢ < minᵢ·P'
      if (!fixed[i] && min[i] > 0 && rest * p[i] < BigInt(min[i]) * population) {
        fixed[i] = true;
        changed = true;
      }
    }
    if (changed) continue;
    return largestRemainder(p, rest, population, fixed, min);
  }
}

function largestRemainder(
  p: bigint[],
  seats: bigint,
  population: bigint,
  fixed: boolean[],
  min: number[],
): Apportionment {
  const n = p.length;
  const result = new Array<number>(n).fill(0);
  const remainders = new Array<bigint>(n).fill(-1n);
  const open: number[] = [];
  let given = 0n;
  for (let i = 0; i < n; i++) {
    if (fixed[i]) {
      result[i] = min[i];
      continue;
    }
    if (population === 0n) continue;
    const whole = (seats * p[i]) / population;
    remainders[i] = (seats * p[i]) % population;
    result[i] = Number(whole);
    given += whole;
    if (remainders[i] > 0n) open.push(i);
  }
  let left = Number(seats - given);
  if (left <= 0) return { seats: result, tied: [], unassigned: 0 };
  // Largest remainder first; equal remainders keep input order only for a stable listing.
  open.sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : a - b));
  const cut = remainders[open[left - 1]];
  const next = left < open.length ? remainders[open[left]] : -1n;
  if (next === cut) {
    // The last seat(s) fall inside a group of equal remainders: those seats stay unassigned.
    const tied = open.filter((i) => remainders[i] === cut);
    for (const i of open)
      if (remainders[i] > cut) {
        result[i]++;
        left--;
      }
    return { seats: result, tied, unassigned: left };
  }
  for (let k = 0; k < left; k++) result[open[k]]++;
  return { seats: result, tied: [], unassigned: 0 };
}
