import fc from 'fast-check';
import { tallyElections } from '../../src/engine/tally/tally';
import type { BallotRecord, Mark } from '../../src/engine/model/ballots';
import { congress, election, people } from './fixtures';

/**
 * The committee's rulings as clerks type them: the same reason in several spellings (grouped by
 * forgiving match and printed as first written, in ballot order), and another reason.
 */
const RULING = fc.oneof(
  { arbitrary: fc.constant(null), weight: 9 },
  {
    arbitrary: fc.constantFrom(
      'Rách',
      'rách',
      ' RÁCH ',
      'Rach',
      'Không do Ban kiểm phiếu phát ra',
      'không do ban kiểm phiếu phát ra',
    ),
    weight: 1,
  },
);

/**
 * A generated election: list size, seats, roll size and ballots. Each candidate has a popularity
 * (the chance in ten that a ballot keeps the name), so that some reach a majority and some do
 * not. Strike-through ballots carry blank and `x`, and most voters strike enough names not to
 * over-vote; agree/disagree ballots also carry `-` (both boxes or neither; WORKBOOK.md "Marks").
 */
const generated = fc
  .record({
    listSize: fc.integer({ min: 1, max: 7 }),
    seatsRaw: fc.integer({ min: 1, max: 7 }),
    // Those convened who did not vote: D stays near the ballots counted, so people get elected.
    absent: fc.integer({ min: 0, max: 3 }),
    popularity: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 7, maxLength: 7 }),
    seed: fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }), { maxLength: 40 }),
    rulings: fc.array(RULING, { minLength: 40, maxLength: 40 }),
    emptyValid: fc.boolean(),
  })
  .map(({ listSize, seatsRaw, absent, popularity, seed, rulings, emptyValid }) => {
    const voters = Math.max(1, seed.length + absent);
    const seats = Math.min(seatsRaw, listSize);
    const candidates = Array.from({ length: listSize }, (_, i) => `Ứng viên ${i + 1}`);
    const strike = listSize > seats;
    const ballotType = strike ? ('Gạch tên' as const) : ('Đồng ý/Không đồng ý' as const);
    const ballots: BallotRecord[] = seed.map((noise, r) => {
      let marks = noise
        .slice(0, listSize)
        .map((n, c): Mark => (!strike && n === 9 ? '-' : n < popularity[c] ? '' : 'x'));
      // Four voters in five strike the names beyond the seats they kept (no over-vote).
      if (strike && r % 5 !== 0) {
        let kept = 0;
        marks = marks.map((m) => (m === '' && ++kept > seats ? 'x' : m));
      }
      return {
        number: String(r + 1),
        team: null,
        marks,
        ruling: rulings[r],
        row: r + 1,
        markCells: candidates.map((_, c) => `'Phiếu T'!${String.fromCharCode(66 + c)}${r + 2}`),
        rulingCell: null,
      };
    });
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
        fc.pre(before.status !== 'zero' && before.elected.length > 0);
        const name = before.elected[0];
        const i = g.def.candidates.indexOf(name);
        // Turn one valid ballot that struck them into one that keeps them, without over-voting:
        // strike someone else they kept instead (a swap keeps the kept count).
        const ballots = g.def.ballots.map((b) => ({ ...b, marks: [...b.marks] }));
        const target = ballots.find(
          (b) => !b.ruling && b.marks[i] === 'x' && b.marks.some((m, j) => j !== i && m === ''),
        );
        fc.pre(target !== undefined);
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
        fc.pre(before.status !== 'zero');
        const loser = before.candidates.find((c) => !c.elected && c.votes > 0);
        fc.pre(loser !== undefined);
        if (!loser) return;
        const i = g.def.candidates.indexOf(loser.name);
        const ballots = g.def.ballots.map((b) => ({ ...b, marks: [...b.marks] }));
        const target = ballots.find(
          (b) => !b.ruling && b.marks[i] === '' && b.marks.filter((m) => m === '').length >= 2,
        );
        fc.pre(target !== undefined);
        if (!target) return;
        target.marks[i] = 'x';
        const after = run({ ...g, def: { ...g.def, ballots } });
        expect(after.elected).not.toContain(loser.name);
      }),
      { numRuns: 300 },
    );
  });
});
export const runForDebug = run;
