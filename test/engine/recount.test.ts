/**
 * The engine against a deliberately simple recount (test/engine/recount.ts) on generated
 * congresses: both congress kinds with every roll status, both rule sets, both ballot forms with
 * single-name strike ballots among them, candidates put exactly at 2 × votes = D and D + 1, zero
 * reports, blocked counts, shuffled rows — and the cases an independent recount found (issue 10
 * §8; WORKBOOK.md "Readings settled").
 */
import fc from 'fast-check';
import { tallyElections } from '../../src/engine/tally/tally';
import type { BallotRecord, Mark } from '../../src/engine/model/ballots';
import type { RollEntry } from '../../src/engine/model/roll';
import type { ElectionResult } from '../../src/engine/model/results';
import { isSecondLook } from '../../src/engine/tally/plausibility';
import { congress, election, person, ballots as ballotsOf } from './fixtures';
import { plainKey, recount, type Kind, type RecountInput, type RollRow } from './recount';

const MEMBER_STATUSES = [
  'Có mặt',
  'Có mặt',
  'Có mặt',
  'Vắng',
  'Vắng có lý do',
  'Sinh hoạt tạm thời',
  'Miễn sinh hoạt',
  'Đình chỉ',
  'Tạm giam',
] as const;

interface Generated {
  input: RecountInput;
  ruleSet: '190-QĐ/TW' | '244-QĐ/TW';
  /** A permutation of the ballot rows, as keyed. */
  rowOrder: number[];
}

/** A roll for the kind: every status; at a delegate congress alternates only where someone is absent. */
const rollArb = (kind: Kind) =>
  fc
    .array(
      fc.record({
        unit: fc.constantFrom('A', 'B', 'C'),
        exOfficio: fc.integer({ min: 0, max: 5 }),
        status: fc.constantFrom(...MEMBER_STATUSES),
        probationary: fc.integer({ min: 0, max: 9 }),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((rows) => {
      const roll: RollRow[] = [];
      for (const r of rows) {
        if (kind === 'Đại hội đảng viên') {
          roll.push({ unit: r.unit, standing: r.probationary === 0 ? 'Dự bị' : 'Chính thức', status: r.status });
        } else {
          roll.push({ unit: r.unit, standing: r.exOfficio === 0 ? 'Đương nhiên' : 'Chính thức', status: r.status });
        }
      }
      // Someone present, so that D > 0 and people can be elected.
      roll.push({ unit: 'A', standing: 'Chính thức', status: 'Có mặt' });
      if (kind === 'Đại hội đại biểu') {
        // Alternates called in: at most one per absent official delegate of the unit.
        for (const unit of ['A', 'B', 'C']) {
          const absent = roll.filter((r) => r.unit === unit && r.standing === 'Chính thức' && r.status !== 'Có mặt');
          for (let k = 0; k < Math.floor(absent.length / 2); k++)
            roll.push({ unit, standing: 'Dự khuyết', status: 'Thay thế' });
        }
      }
      return roll;
    });

const generated: fc.Arbitrary<Generated> = fc
  .record({
    kind: fc.constantFrom<Kind>('Đại hội đảng viên', 'Đại hội đại biểu'),
    ruleSet: fc.constantFrom<'190-QĐ/TW' | '244-QĐ/TW'>('190-QĐ/TW', '244-QĐ/TW'),
    // Single-name lists often: the single-name strike ballot is a case the engine once got wrong.
    listSize: fc.oneof(
      { arbitrary: fc.constant(1), weight: 1 },
      { arbitrary: fc.integer({ min: 1, max: 7 }), weight: 3 },
    ),
    seatsRaw: fc.integer({ min: 1, max: 7 }),
    strike: fc.boolean(),
    emptyBallotValid: fc.boolean(),
    alternatesWithoutMajority: fc.integer({ min: 0, max: 9 }),
    // `Số dự khuyết` on an official delegates' ballot, sometimes.
    alternateSeats: fc.oneof(
      { arbitrary: fc.constant(0), weight: 2 },
      { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 1 },
    ),
    seed: fc.integer(),
  })
  .chain((g) =>
    rollArb(g.kind).chain((roll) => {
      const d = recount({
        kind: g.kind,
        roll,
        ballotType: 'Gạch tên',
        seats: 1,
        candidates: [],
        ballots: [],
        issued: null,
        returned: null,
        presentAtVote: null,
        emptyBallotValid: false,
        needsMajority: true,
        alternateSeats: 0,
      }).denominator;
      const half = Math.floor(d / 2);
      return fc.record({
        g: fc.constant(g),
        roll: fc.constant(roll),
        // Ballots: none (the zero report) to about D.
        count: fc.oneof(
          { arbitrary: fc.constant(0), weight: 1 },
          { arbitrary: fc.integer({ min: 1, max: Math.max(1, d) }), weight: 9 },
        ),
        // Each candidate's kept count: exactly at 2 × votes = D (or D − 1), at D + 1, or anything.
        targets: fc.array(
          fc.oneof(fc.constant(half), fc.constant(half + 1), fc.integer({ min: 0, max: Math.max(1, d) })),
          { minLength: 7, maxLength: 7 },
        ),
        offsets: fc.array(fc.nat(50), { minLength: 7, maxLength: 7 }),
        dashes: fc.array(fc.nat(9), { minLength: 60, maxLength: 60 }),
        rulings: fc.array(
          fc.oneof(
            { arbitrary: fc.constant(null), weight: 12 },
            { arbitrary: fc.constantFrom('Rách', ' rách ', 'Không do Ban kiểm phiếu phát ra'), weight: 1 },
          ),
          { minLength: 60, maxLength: 60 },
        ),
        issuedDelta: fc.oneof(fc.constant<number | null>(null), fc.integer({ min: -1, max: 3 })),
        returnedDelta: fc.oneof(
          { arbitrary: fc.constant<number | null>(null), weight: 3 },
          { arbitrary: fc.constant<number | null>(0), weight: 6 },
          { arbitrary: fc.constantFrom<number | null>(-1, 1), weight: 1 },
        ),
        presentDelta: fc.oneof(fc.constant<number | null>(null), fc.integer({ min: 0, max: 3 })),
        order: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
      });
    }),
  )
  .map(({ g, roll, count, targets, offsets, dashes, rulings, issuedDelta, returnedDelta, presentDelta, order }) => {
    const listSize = g.listSize;
    const seats = g.strike ? Math.min(g.seatsRaw, listSize) : Math.min(g.seatsRaw, listSize);
    const candidates = Array.from({ length: listSize }, (_, i) => `Ứng viên ${i + 1}`);
    const ballots = Array.from({ length: count }, (_, r) => {
      let marks: Mark[] = candidates.map((_, c) => {
        const kept = (r + offsets[c]) % count < Math.min(targets[c], count);
        if (kept) return '';
        return !g.strike && dashes[(r + c) % 60] === 0 ? '-' : 'x';
      });
      // Four voters in five strike the names beyond the seats they kept (no over-vote), so that
      // more candidates than seats can pass half of D.
      if (r % 5 !== 0) {
        let kept = 0;
        marks = marks.map((m) => (m === '' && ++kept > seats ? 'x' : m));
      }
      return { number: String(r + 1), marks, ruling: rulings[r % 60] };
    });
    // Under 244-QĐ/TW only, sometimes alternates without a majority.
    const needsMajority = !(g.ruleSet === '244-QĐ/TW' && g.alternatesWithoutMajority === 0);
    const input: RecountInput = {
      kind: g.kind,
      roll,
      ballotType: g.strike ? 'Gạch tên' : 'Đồng ý/Không đồng ý',
      seats,
      candidates,
      ballots,
      issued: issuedDelta === null ? null : Math.max(0, count + issuedDelta),
      returned: returnedDelta === null ? null : Math.max(0, count + returnedDelta),
      presentAtVote: presentDelta === null ? null : count + presentDelta,
      emptyBallotValid: g.emptyBallotValid,
      needsMajority,
      alternateSeats: needsMajority ? g.alternateSeats : 0,
    };
    const rowOrder = ballots.map((_, i) => i).sort((a, b) => order[a % 60] - order[b % 60] || a - b);
    return { input, ruleSet: g.ruleSet, rowOrder };
  });

function rollEntries(rows: RollRow[]): RollEntry[] {
  return rows.map((r, i) => person(`Người ${i + 1}`, r.standing, r.status as RollEntry['status'], r.unit, i));
}

function engine({ input, ruleSet, rowOrder }: Generated): ElectionResult {
  const records: BallotRecord[] = rowOrder.map((i) => {
    const b = input.ballots[i];
    return {
      number: b.number,
      team: null,
      marks: b.marks,
      ruling: b.ruling,
      row: i + 1,
      markCells: b.marks.map((_, c) => `'Phiếu T'!${String.fromCharCode(66 + c)}${i + 2}`),
      rulingCell: null,
    };
  });
  const alternates = !input.needsMajority;
  const def = election({
    office: alternates ? 'Đại biểu dự khuyết' : input.alternateSeats > 0 ? 'Đại biểu chính thức' : 'Ban Chấp hành',
    alternateSeats: input.alternateSeats > 0 ? input.alternateSeats : null,
    candidates: input.candidates,
    seats: input.seats,
    ballotType: input.ballotType,
    issued: input.issued,
    returned: input.returned,
    presentAtVote: input.presentAtVote,
    ballots: records,
  });
  const c = congress(input.kind, {
    emptyBallotValid: input.emptyBallotValid,
    alternatesNeedMajority: input.needsMajority,
  });
  const { results, problems } = tallyElections({
    congress: { ...c, ruleSet },
    roll: rollEntries(input.roll),
    elections: [def],
  });
  // The plausibility checks (issue 11) ask for a second look at odd but countable ballots.
  const unexpected = problems.filter((p) => !isSecondLook(p.code));
  if (unexpected.length) throw new Error(JSON.stringify(unexpected));
  return results[0];
}

function reasonsByKey(reasons: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [reason, count] of Object.entries(reasons)) out[plainKey(reason)] = (out[plainKey(reason)] ?? 0) + count;
  return out;
}

describe('the engine agrees with a simple recount', () => {
  test('on generated congresses', () => {
    let atHalf = 0;
    let aboveHalf = 0;
    let singleStruck = 0;
    fc.assert(
      fc.property(generated, (g) => {
        const expected = recount(g.input);
        const r = engine(g);
        expect({
          denominator: r.denominator,
          threshold: r.threshold,
          present: r.present,
          returned: r.ballots.returned,
          valid: r.ballots.valid,
          invalid: r.ballots.invalid,
          reasons: reasonsByKey(r.ballots.invalidReasons),
          votes: r.candidates.map((c) => c.votes),
          percent: r.candidates.map((c) => c.percentOfDenominator),
          percentOfValid: r.candidates.map((c) => c.percentOfValid),
          elected: r.elected,
          tied: r.tied,
          status: r.status,
          seatsOpen: r.seatsOpen,
          alternates: r.alternates ?? [],
          alternateTies: r.alternateTies ?? [],
        }).toEqual({
          denominator: expected.denominator,
          threshold: expected.threshold,
          present: expected.present,
          returned: expected.returned,
          valid: expected.valid,
          invalid: expected.invalid,
          reasons: expected.reasons,
          votes: expected.votes,
          percent: expected.percent,
          percentOfValid: expected.percentOfValid,
          elected: expected.elected,
          tied: expected.tied,
          status: expected.status,
          seatsOpen: expected.seatsOpen,
          alternates: expected.alternates,
          alternateTies: expected.alternateTies,
        });
        for (const v of expected.votes) {
          if (2 * v === expected.denominator) atHalf++;
          if (2 * v === expected.denominator + 1) aboveHalf++;
        }
        if (g.input.ballotType === 'Gạch tên' && g.input.candidates.length === 1)
          singleStruck += g.input.ballots.filter((b) => !b.ruling && b.marks[0] === 'x').length;
      }),
      { numRuns: 400 },
    );
    // The generator reaches the cases that matter.
    expect(atHalf).toBeGreaterThan(20);
    expect(aboveHalf).toBeGreaterThan(20);
    expect(singleStruck).toBeGreaterThan(20);
  });
});

/**
 * Official delegates with alternates from the same ballot (`Số dự khuyết`): a roll where
 * everyone votes, lists longer than the seats, candidates near half of D, no over-votes, so that
 * more candidates than seats pass half and the alternates' cut (and its ties) is reached often.
 */
const withAlternates: fc.Arbitrary<Generated> = fc
  .record({
    voters: fc.integer({ min: 16, max: 60 }),
    seats: fc.integer({ min: 2, max: 4 }),
    extra: fc.integer({ min: 2, max: 4 }),
    alternateSeats: fc.integer({ min: 1, max: 3 }),
    above: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 8, maxLength: 8 }),
    offsets: fc.array(fc.nat(50), { minLength: 8, maxLength: 8 }),
    order: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
  })
  .map(({ voters, seats, extra, alternateSeats, above, offsets, order }) => {
    const listSize = seats + extra;
    const candidates = Array.from({ length: listSize }, (_, i) => `Ứng viên ${i + 1}`);
    const half = Math.floor(voters / 2);
    // Each candidate's votes dealt to the ballots that kept the fewest names so far (no ballot
    // keeps more than the seats): candidates near half of D, as many as the ballots allow.
    const kept = Array.from({ length: voters }, () => new Set<number>());
    let room = seats * voters;
    candidates.forEach((_, c) => {
      // The first `seats` a little above half and apart (the officials), the rest about half.
      const wanted = c < seats ? half + 2 + (seats - c) : half + above[c];
      const target = Math.min(room, voters, Math.max(0, wanted));
      room -= target;
      const chosen = kept
        .map((k, r) => ({ r, n: k.size, tie: (r + offsets[c]) % voters }))
        .sort((a, b) => a.n - b.n || a.tie - b.tie)
        .slice(0, target);
      for (const { r } of chosen) kept[r].add(c);
    });
    const ballots = kept.map((k, r) => ({
      number: String(r + 1),
      marks: candidates.map((_, c): Mark => (k.has(c) ? '' : 'x')),
      ruling: null,
    }));
    const input: RecountInput = {
      kind: 'Đại hội đảng viên',
      roll: Array.from({ length: voters }, (): RollRow => ({ unit: 'A', standing: 'Chính thức', status: 'Có mặt' })),
      ballotType: 'Gạch tên',
      seats,
      candidates,
      ballots,
      issued: voters,
      returned: voters,
      presentAtVote: null,
      emptyBallotValid: false,
      needsMajority: true,
      alternateSeats,
    };
    const rowOrder = ballots.map((_, i) => i).sort((a, b) => order[a % 60] - order[b % 60] || a - b);
    return { input, ruleSet: '190-QĐ/TW' as const, rowOrder };
  });

describe('alternates from the official ballot agree with the simple recount', () => {
  test('on generated delegations', () => {
    let placed = 0;
    let tiedAtCut = 0;
    fc.assert(
      fc.property(withAlternates, (g) => {
        const expected = recount(g.input);
        const r = engine(g);
        expect([r.status, r.elected, r.tied, r.alternates, r.alternateTies]).toEqual([
          expected.status,
          expected.elected,
          expected.tied,
          expected.alternates,
          expected.alternateTies,
        ]);
        placed += expected.alternates.length;
        if (expected.alternateTies.length) tiedAtCut++;
      }),
      { numRuns: 300 },
    );
    expect(placed).toBeGreaterThan(50);
    expect(tiedAtCut).toBeGreaterThan(5);
  });
});

describe('what the independent recount found (issue 10 §8)', () => {
  const three = () => [0, 1, 2].map((i) => person(`Đảng viên ${i + 1}`, 'Chính thức', 'Có mặt', 'Chi bộ 1', i));

  test('a struck single-name Gạch tên ballot is valid, with a vote against', () => {
    const def = election({
      id: 'BT',
      office: 'Bí thư',
      seats: 1,
      ballotType: 'Gạch tên',
      candidates: ['Nguyễn Văn An'],
      issued: 3,
      ballots: ballotsOf(['x', '.', '.']),
    });
    const [r] = tallyElections({ congress: congress(), roll: three(), elections: [def] }).results;
    expect(r.ballots).toMatchObject({ valid: 3, invalid: 0, invalidReasons: {} });
    expect(r.candidates[0]).toMatchObject({ votes: 2, against: 1, percentOfValid: 66.67, percentOfDenominator: 66.67 });
    expect(r.elected).toEqual(['Nguyễn Văn An']);
    const alone = election({ ...def, ballots: ballotsOf(['x']) });
    const [s] = tallyElections({ congress: congress(), roll: three(), elections: [alone] }).results;
    expect(s.ballots).toMatchObject({ valid: 1, invalid: 0 });
    expect(s.candidates[0]).toMatchObject({ votes: 0, against: 1, percentOfValid: 0 });
  });

  test('`-` on every name of a several-name agree/disagree ballot: valid, counts for nobody', () => {
    const def = election({
      office: 'Phó Bí thư',
      seats: 2,
      candidates: ['Nguyễn Văn An', 'Trần Thị Bình'],
      ballotType: 'Đồng ý/Không đồng ý',
      ballots: ballotsOf(['--', '..', 'xx']),
    });
    const [r] = tallyElections({ congress: congress(), roll: three(), elections: [def] }).results;
    expect(r.ballots).toMatchObject({ valid: 2, invalid: 1, invalidReasons: { 'Không bầu ai': 1 } });
    expect(r.candidates.map((c) => [c.votes, c.against, c.noCount])).toEqual([
      [1, 0, 1],
      [1, 0, 1],
    ]);
  });

  test('the zero report with Phiếu thu vào filled: D is announced before counting, nothing blocks', () => {
    const def = election({
      candidates: ['Nguyễn Văn An', 'Trần Thị Bình'],
      seats: 1,
      issued: 3,
      returned: 3,
      ballots: [],
    });
    const [r] = tallyElections({ congress: congress(), roll: three(), elections: [def] }).results;
    expect(r).toMatchObject({ status: 'zero', denominator: 3, threshold: 2, present: 3, elected: [], seatsOpen: 1 });
    expect(r.ballots).toMatchObject({ issued: 3, returned: 3, valid: 0, invalid: 0 });
    expect(r.checks.every((c) => c.ok)).toBe(true);
    // Once ballots are keyed, Phiếu thu vào is checked again.
    const keyed = election({ ...def, ballots: ballotsOf(['.x']) });
    const [k] = tallyElections({ congress: congress(), roll: three(), elections: [keyed] }).results;
    expect(k.status).toBe('blocked');
  });

  test('JSON present is Có mặt lúc bầu when given, else from the roll; returned is Phiếu thu vào, else the ballots keyed', () => {
    const def = election({
      candidates: ['Nguyễn Văn An', 'Trần Thị Bình'],
      seats: 1,
      ballots: ballotsOf(['.x', 'x.']),
    });
    const [r] = tallyElections({ congress: congress(), roll: three(), elections: [def] }).results;
    expect([r.present, r.ballots.returned]).toEqual([3, 2]);
    const given = election({ ...def, presentAtVote: 2, returned: 2, issued: 2 });
    const [s] = tallyElections({ congress: congress(), roll: three(), elections: [given] }).results;
    expect([s.present, s.ballots.returned, s.status]).toEqual([2, 2, 'shortfall']);
  });
});
