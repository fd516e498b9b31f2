/**
 * Invariants over random units (fast-check): the seats add up, minimums hold, the divisor
 * methods are house-monotone (Balinski & Young: no Alabama paradox), Hamilton stays within
 * quota, and a divisor allocation is what some divisor d gives (the min-max inequality).
 */
import fc from 'fast-check';
import { compareRatio, divisorMethod, hamilton, priority } from '../../src/engine/allocation';
import type { DivisorMethod } from '../../src/engine/allocation';

const DIVISOR: DivisorMethod[] = ['dhondt', 'sainteLague', 'huntingtonHill'];
const units = fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 12 });
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('divisor methods', () => {
  test.each(DIVISOR)('%s: Σ seats + unassigned = S; house monotone from S to S + 1', (method) => {
    fc.assert(
      fc.property(units, fc.integer({ min: 0, max: 60 }), (members, extra) => {
        const seats = members.length + extra; // enough for Huntington-Hill's first seats
        const a = divisorMethod(method, members, seats);
        const b = divisorMethod(method, members, seats + 1);
        expect(sum(a.seats) + a.unassigned).toBe(seats);
        expect(sum(b.seats) + b.unassigned).toBe(seats + 1);
        a.seats.forEach((x, i) => expect(b.seats[i]).toBeGreaterThanOrEqual(x));
      }),
      { numRuns: 300 },
    );
  });

  test.each(DIVISOR)(
    '%s: with no tie, max p/s(a) ≤ min p/s(a − 1) (some divisor gives exactly these seats)',
    (method) => {
      fc.assert(
        fc.property(units, fc.integer({ min: 0, max: 60 }), (members, extra) => {
          const seats = members.length + extra;
          const r = divisorMethod(method, members, seats);
          fc.pre(r.unassigned === 0);
          const p = members.map(BigInt);
          for (let i = 0; i < members.length; i++) {
            if (r.seats[i] === 0) continue;
            const lastGiven = priority(method, p[i], r.seats[i] - 1);
            for (let j = 0; j < members.length; j++) {
              expect(compareRatio(priority(method, p[j], r.seats[j]), lastGiven)).toBeLessThanOrEqual(0);
            }
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  test.each(DIVISOR)('%s: minimums hold and the seats still add up', (method) => {
    fc.assert(
      fc.property(
        units,
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 40 }),
        (members, mins, extra) => {
          const minimums = members.map((_, i) => mins[i]);
          const seats = sum(minimums.map((m) => Math.max(m, 1))) + extra;
          const r = divisorMethod(method, members, seats, minimums);
          expect(sum(r.seats) + r.unassigned).toBe(seats);
          r.seats.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(minimums[i]));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a tie is never broken: the tied units share equal next priorities', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 0, max: 12 }),
        (members, extra) => {
          const seats = members.length + extra;
          for (const method of DIVISOR) {
            const r = divisorMethod(method, members, seats);
            if (r.unassigned === 0) continue;
            expect(r.tied.length).toBeGreaterThan(r.unassigned);
            const first = priority(method, BigInt(members[r.tied[0]]), r.seats[r.tied[0]]);
            for (const i of r.tied)
              expect(compareRatio(priority(method, BigInt(members[i]), r.seats[i]), first)).toBe(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Hamilton', () => {
  test('Σ seats + unassigned = S and every unit within its quota band', () => {
    fc.assert(
      fc.property(units, fc.integer({ min: 1, max: 200 }), (members, seats) => {
        const r = hamilton(members, seats);
        expect(sum(r.seats) + r.unassigned).toBe(seats);
        const P = BigInt(sum(members));
        r.seats.forEach((a, i) => {
          const q = BigInt(seats) * BigInt(members[i]);
          expect(BigInt(a - 1) * P < q).toBe(true); // a ≤ ⌈q⌉
          expect(BigInt(a + 1) * P > q).toBe(true); // a ≥ ⌊q⌋
        });
      }),
      { numRuns: 300 },
    );
  });

  test('minimums hold and the seats add up', () => {
    fc.assert(
      fc.property(
        units,
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 50 }),
        (members, mins, extra) => {
          const minimums = members.map((_, i) => mins[i]);
          const seats = sum(minimums) + extra;
          fc.pre(seats > 0);
          const r = hamilton(members, seats, minimums);
          expect(sum(r.seats) + r.unassigned).toBe(seats);
          r.seats.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(minimums[i]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
