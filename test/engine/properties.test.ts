import fc from 'fast-check';
import { tallyElections } from '../../src/engine/tally/tally';
import type { BallotRecord, Mark } from '../../src/engine/model/ballots';
import { congress, election, people } from './fixtures';

/** A generated election: list size, seats, roll size and ballots with strike marks. */
const generated = fc
  .record({
    listSize: fc.integer({ min: 1, max: 7 }),
    seatsRaw: fc.integer({ min: 1, max: 7 }),
    voters: fc.integer({ min: 1, max: 40 }),
    seed: fc.array(fc.array(fc.constantFrom<Mark>('', 'x'), { minLength: 7, maxLength: 7 }), { maxLength: 40 }),
    rulings: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    emptyValid: fc.boolean(),
  })
  .map(({ listSize, seatsRaw, voters, seed, rulings, emptyValid }) => {
    const seats = Math.min(seatsRaw, listSize);
    const candidates = Array.from({ length: listSize }, (_, i) => `Ứng viên ${i + 1}`);
    const ballotType = listSize > seats ? ('Gạch tên' as const) : ('Đồng ý/Không đồng ý' as const);
    const ballots: BallotRecord[] = seed.slice(0, voters).map((marks, r) => ({
      number: String(r + 1),
      team: null,
      marks: marks.slice(0, listSize),
      ruling: rulings[r] && r % 7 === 0 ? 'Rách' : null,
      row: r + 1,
      markCells: candidates.map((_, c) => `'Phiếu T'!${String.fromCharCode(66 + c)}${r + 2}`),
      rulingCell: null,
    }));
    return { def: election({ candidates, seats, ballotType, issued: voters, ballots }), voters, emptyValid };
  });

function run(g: { def: ReturnType<typeof election>; voters: number; emptyValid: boolean }) {
  return tallyElections({
    congress: congress('Đại hội đảng viên', { emptyBallotValid: g.emptyValid }),
    roll: people(g.voters, 'Chính thức'),
    elections: [g.def],
  }).results[0];
}

describe('properties over generated congresses', () => {
  test('the result is independent of ballot order', () => {
    fc.assert(
      fc.property(generated, fc.integer(), (g, shift) => {
        const a = run(g);
        const rotated = [...g.def.ballots];
        const k = rotated.length ? Math.abs(shift) % rotated.length : 0;
        const reordered = [...rotated.slice(k), ...rotated.slice(0, k)].reverse();
        const b = run({ ...g, def: { ...g.def, ballots: reordered } });
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  test('invariants: valid + invalid = returned, votes ≤ valid, elected ≤ seats, elected qualify', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const r = run(g);
        expect(r.ballots.valid + r.ballots.invalid).toBe(g.def.ballots.length);
        for (const c of r.candidates) {
          expect(c.votes).toBeLessThanOrEqual(r.ballots.valid);
          expect(c.votes + c.against + c.noCount).toBe(r.ballots.valid);
        }
        expect(r.elected.length).toBeLessThanOrEqual(r.seats);
        expect(r.elected.length + r.seatsOpen).toBe(r.seats);
        for (const name of r.elected) {
          const c = r.candidates.find((x) => x.name === name);
          expect(c && 2 * c.votes > r.denominator).toBe(true);
        }
        const invalidSum = Object.values(r.ballots.invalidReasons).reduce((s, x) => s + x, 0);
        expect(invalidSum).toBe(r.ballots.invalid);
      }),
      { numRuns: 300 },
    );
  });

  test('monotonicity: one more vote for an elected candidate never un-elects them', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const before = run(g);
        if (before.status === 'zero' || before.elected.length === 0) return;
        const name = before.elected[0];
        const i = g.def.candidates.indexOf(name);
        // Turn one valid ballot that struck them into one that keeps them, without over-voting:
        // strike someone else they kept instead (a swap keeps the kept count).
        const ballots = g.def.ballots.map((b) => ({ ...b, marks: [...b.marks] }));
        const target = ballots.find(
          (b) => !b.ruling && b.marks[i] === 'x' && b.marks.some((m, j) => j !== i && m === ''),
        );
        if (!target) return;
        const j = target.marks.findIndex((m, k) => k !== i && m === '');
        target.marks[i] = '';
        target.marks[j] = 'x';
        const after = run({ ...g, def: { ...g.def, ballots } });
        expect(after.elected).toContain(name);
      }),
      { numRuns: 300 },
    );
  });

  test('monotonicity: one vote less for a candidate who was not elected never elects them', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const before = run(g);
        if (before.status === 'zero') return;
        const loser = before.candidates.find((c) => !c.elected && c.votes > 0);
        if (!loser) return;
        const i = g.def.candidates.indexOf(loser.name);
        const ballots = g.def.ballots.map((b) => ({ ...b, marks: [...b.marks] }));
        const target = ballots.find(
          (b) => !b.ruling && b.marks[i] === '' && b.marks.filter((m) => m === '').length >= 2,
        );
        if (!target) return;
        target.marks[i] = 'x';
        const after = run({ ...g, def: { ...g.def, ballots } });
        expect(after.elected).not.toContain(loser.name);
      }),
      { numRuns: 300 },
    );
  });
});
