/**
 * Known answers for each method (Balinski & Young 1975, "The quota method of apportionment",
 * Amer. Math. Monthly 82(7); and their "Fair Representation"), the Alabama paradox of
 * Hamilton's method, minimums, ties and the `Cơ sở và định mức` boundary.
 */
import { baseQuotaSeats, divisorMethod, hamilton } from '../../src/engine/allocation';

const BY1 = [5117, 4400, 162, 161, 160];
const BY2 = [9061, 7179, 5259, 3319, 1182];

describe('known answers (Balinski & Young)', () => {
  test.each([
    ['hamilton', BY1, 100, [51, 44, 2, 2, 1]],
    ['dhondt', BY1, 100, [52, 45, 1, 1, 1]],
    ['sainteLague', BY1, 100, [51, 43, 2, 2, 2]],
    ['huntingtonHill', BY1, 100, [51, 43, 2, 2, 2]],
    ['hamilton', BY2, 26, [9, 7, 5, 4, 1]],
    ['dhondt', BY2, 26, [10, 7, 5, 3, 1]],
    ['sainteLague', BY2, 26, [9, 8, 5, 3, 1]],
    ['huntingtonHill', BY2, 26, [9, 7, 6, 3, 1]],
  ] as const)('%s %j, %i seats', (method, members, seats, expected) => {
    const result = method === 'hamilton' ? hamilton([...members], seats) : divisorMethod(method, [...members], seats);
    expect(result).toEqual({ seats: expected, tied: [], unassigned: 0 });
  });

  test.each(['hamilton', 'dhondt', 'sainteLague', 'huntingtonHill'] as const)(
    '%s: exact proportions give exact seats; units without members get none',
    (method) => {
      const run = (m: number[], s: number) => (method === 'hamilton' ? hamilton(m, s) : divisorMethod(method, m, s));
      expect(run([14, 28, 7, 35], 12).seats).toEqual([2, 4, 1, 5]);
      expect(run([0, 14, 28, 0, 0], 6).seats).toEqual([0, 2, 4, 0, 0]);
    },
  );

  test('Sainte-Laguë uses divisors 1, 3, 5 (not 1.4): 6 and 1 members, 4 seats give 3 and 1', () => {
    expect(divisorMethod('sainteLague', [6, 1], 4).seats).toEqual([3, 1]);
    expect(divisorMethod('dhondt', [6, 1], 4).seats).toEqual([4, 0]);
  });

  test('fewer seats than units (not Huntington-Hill): the largest units', () => {
    for (const method of ['dhondt', 'sainteLague'] as const) {
      expect(divisorMethod(method, [10, 9, 8, 8, 11, 12], 3).seats).toEqual([1, 0, 0, 0, 1, 1]);
    }
    expect(hamilton([10, 9, 8, 8, 11, 12], 3).seats).toEqual([1, 0, 0, 0, 1, 1]);
  });
});

describe('Alabama paradox (Hamilton)', () => {
  test('6, 6, 2: 10 seats give 4/4/2, 11 seats give 5/5/1', () => {
    expect(hamilton([6, 6, 2], 10).seats).toEqual([4, 4, 2]);
    expect(hamilton([6, 6, 2], 11).seats).toEqual([5, 5, 1]);
  });
  test('the divisor methods do not lose the third unit its seat', () => {
    for (const method of ['dhondt', 'sainteLague', 'huntingtonHill'] as const) {
      const ten = divisorMethod(method, [6, 6, 2], 10).seats;
      const eleven = divisorMethod(method, [6, 6, 2], 11);
      ten.forEach((a, i) => expect(eleven.seats[i] + (eleven.tied.includes(i) ? 1 : 0)).toBeGreaterThanOrEqual(a));
    }
  });
});

describe('ties for the last seat are never broken', () => {
  test.each(['hamilton', 'dhondt', 'sainteLague', 'huntingtonHill'] as const)(
    '%s: 11, 11, 11 with 4 seats leaves one seat unassigned',
    (method) => {
      const r = method === 'hamilton' ? hamilton([11, 11, 11], 4) : divisorMethod(method, [11, 11, 11], 4);
      expect(r).toEqual({ seats: [1, 1, 1], tied: [0, 1, 2], unassigned: 1 });
    },
  );
  test('12, 12, 11, 12 with 3 seats: no tie, the three 12s', () => {
    expect(divisorMethod('dhondt', [12, 12, 11, 12], 3)).toEqual({ seats: [1, 1, 0, 1], tied: [], unassigned: 0 });
    expect(hamilton([12, 12, 11, 12], 3)).toEqual({ seats: [1, 1, 0, 1], tied: [], unassigned: 0 });
  });
  test('two seats among three equal remainders: only the larger remainders are served', () => {
    // Quotas 10·(3,3,3,1)/10 = 3,3,3,1 exactly: no tie. With 11 seats: 3.3, 3.3, 3.3, 1.1 →
    // floors 10, one seat for three equal remainders 0.3 → tie, one seat unassigned.
    expect(hamilton([3, 3, 3, 1], 11)).toEqual({ seats: [3, 3, 3, 1], tied: [0, 1, 2], unassigned: 1 });
    // 12 seats: 3.6 ×3, 1.2 → floors 10, two seats for three equal remainders → both unassigned.
    expect(hamilton([3, 3, 3, 1], 12)).toEqual({ seats: [3, 3, 3, 1], tied: [0, 1, 2], unassigned: 2 });
  });
  test("equal priorities of different seat numbers form one group: 10, 10, 5 with D'Hondt", () => {
    // Priorities 10, 10 (first seats), then 5 = 10/2 = 10/2 = 5/1: three candidates for the third seat.
    expect(divisorMethod('dhondt', [10, 10, 5], 3)).toEqual({ seats: [1, 1, 0], tied: [0, 1, 2], unassigned: 1 });
    expect(divisorMethod('dhondt', [10, 10, 5], 2)).toEqual({ seats: [1, 1, 0], tied: [], unassigned: 0 });
    expect(divisorMethod('dhondt', [10, 10, 5], 5)).toEqual({ seats: [2, 2, 1], tied: [], unassigned: 0 });
  });
  test('Huntington-Hill compares p²/(n(n+1)) exactly', () => {
    // 6 and 2, 4 seats: after 1 + 1, 36/2 = 18 vs 4/2 = 2 → 2, 1; then 36/6 = 6 vs 2 → 3, 1.
    expect(divisorMethod('huntingtonHill', [6, 2], 4).seats).toEqual([3, 1]);
    // 12 and 168 members: 12²/(3·4) = 12 = 168²/(48·49) exactly (12·√12·14 = √(48·49)·12 only
    // in exact arithmetic; square roots in floating point may differ in the last bit).
    expect(divisorMethod('huntingtonHill', [12, 168], 51)).toEqual({ seats: [3, 48], tied: [], unassigned: 0 });
    expect(divisorMethod('huntingtonHill', [12, 168], 52)).toEqual({ seats: [3, 48], tied: [0, 1], unassigned: 1 });
    expect(divisorMethod('huntingtonHill', [12, 168], 53)).toEqual({ seats: [4, 49], tied: [], unassigned: 0 });
  });
});

describe('minimum seats', () => {
  test('divisor methods: every unit at least its minimum, Σ = S', () => {
    // D'Hondt alone: [52, 45, 1, 1, 1]; minimum 2 for the three small units.
    const r = divisorMethod('dhondt', BY1, 100, [0, 0, 2, 2, 2]);
    expect(r.seats.slice(2)).toEqual([2, 2, 2]);
    expect(r.seats.reduce((s, x) => s + x, 0)).toBe(100);
    expect(r.seats).toEqual([51, 43, 2, 2, 2]);
  });
  test('Hamilton: units below their minimum get it, the others share the rest, repeatedly', () => {
    // 1000, 100, 10 members, 10 seats: quotas 9.009, 0.9009, 0.09 → minimums 1, 1, 1.
    // Round 1: unit 2 (0.09 < 1) and unit 1 (0.90 < 1) fixed; unit 0 gets 10 − 2 = 8.
    expect(hamilton([1000, 100, 10], 10, [1, 1, 1])).toEqual({ seats: [8, 1, 1], tied: [], unassigned: 0 });
    // Cascade: 60, 30, 10 and 10 seats with minimums 0, 0, 4: unit 2 fixed at 4, then 6 seats
    // for 60 and 30 → 4 and 2.
    expect(hamilton([60, 30, 10], 10, [0, 0, 4])).toEqual({ seats: [4, 2, 4], tied: [], unassigned: 0 });
    // Cascade over two rounds: minimum 3 for unit 1 (quota 3 ≥ 3 at first), unit 2 fixed at 4
    // first, then unit 1's quota 6·30/90 = 2 < 3 → fixed too; unit 0 gets 3.
    expect(hamilton([60, 30, 10], 10, [0, 3, 4])).toEqual({ seats: [3, 3, 4], tied: [], unassigned: 0 });
  });
  test('a unit exactly at its minimum quota is not fixed (quota ≥ minimum keeps it in)', () => {
    // 50, 50 with 4 seats: quotas 2 and 2, minimum 2 each: no fixing, 2 and 2.
    expect(hamilton([50, 50], 4, [2, 2]).seats).toEqual([2, 2]);
  });
});

describe('Cơ sở và định mức', () => {
  const rule = { baseSeats: 13, membersPerSeat: 12000, threshold: 6001 };
  test('the 13th National Congress rule: 30,000 members give 15 seats, 30,001 give 16', () => {
    expect(baseQuotaSeats(30000, rule)).toBe(15);
    expect(baseQuotaSeats(30001, rule)).toBe(16);
    expect(baseQuotaSeats(24000, rule)).toBe(15);
    expect(baseQuotaSeats(0, rule)).toBe(13);
    expect(baseQuotaSeats(6000, rule)).toBe(13);
    expect(baseQuotaSeats(6001, rule)).toBe(14);
  });
  test('no threshold: remainders earn nothing; the minimum still applies', () => {
    expect(baseQuotaSeats(30001, { ...rule, threshold: null })).toBe(15);
    expect(baseQuotaSeats(0, rule, 20)).toBe(20);
  });
});
