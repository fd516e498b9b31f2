import { countBallots, assertCountInvariants, InvariantError, countSubtotals } from '../../src/engine/tally/count';
import { judgeBallot, REASON_NOBODY, REASON_OVERVOTE } from '../../src/engine/ballots/validity';
import { tallyElections } from '../../src/engine/tally/tally';
import { sha256Hex } from '../../src/engine/text/sha256';
import { ballotFingerprint } from '../../src/engine/tally/fingerprint';
import type { SubtotalSheet } from '../../src/engine/model/ballots';
import { ballots, congress, election, people } from './fixtures';

const strike = { ballotType: 'Gạch tên' as const, seats: 2, listSize: 3, emptyBallotValid: false };

describe('counting', () => {
  test('votes only from valid ballots; reasons counted once each, engine reasons first, rulings as first written', () => {
    const c = countBallots(
      ballots(['..x', '.x.', '...', 'xxx', '.xx|không do BKP phát ra', 'x..|Không do BKP phát ra']),
      strike,
      false,
    );
    expect(c.valid).toBe(2);
    expect(c.invalid).toBe(4);
    expect(c.votes).toEqual([2, 1, 1]);
    expect(c.against).toEqual([0, 1, 1]);
    expect(c.invalidReasons).toEqual({ [REASON_OVERVOTE]: 1, [REASON_NOBODY]: 1, 'không do BKP phát ra': 2 });
  });

  test('teams (`Tổ` column) give subtotals per counting team', () => {
    const bs = ballots(['..x', '.x.', 'x..', '...']);
    bs[0].team = 'Tổ 2';
    bs[1].team = 'Tổ 10';
    bs[2].team = 'Tổ 2';
    bs[3].team = 'Tổ 10';
    const c = countBallots(bs, strike, true);
    expect(c.teams.map((t) => t.team)).toEqual(['Tổ 2', 'Tổ 10']);
    expect(c.teams[0]).toMatchObject({ returned: 2, valid: 2, invalid: 0, votes: [1, 2, 1] });
    expect(c.teams[1]).toMatchObject({ returned: 2, valid: 1, invalid: 1, votes: [1, 0, 1] });
  });
});

describe('percentages', () => {
  test('% of valid ballots is null, not 0, when no ballot is valid; % of D is still given', () => {
    const r = tallyElections({
      congress: congress(),
      roll: people(5, 'Chính thức'),
      elections: [
        election({ candidates: ['A', 'B', 'C'], seats: 2, issued: 3, ballots: ballots(['xxx', '...', 'x..|Rách']) }),
      ],
    }).results[0];
    expect(r.ballots).toMatchObject({ valid: 0, invalid: 3 });
    expect(r.candidates.map((c) => [c.percentOfDenominator, c.percentOfValid])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
  });

  test('% of D and % of valid ballots: half up of 10000 × votes / base, in hundredths', () => {
    const r = tallyElections({
      congress: congress(),
      roll: people(6, 'Chính thức'),
      elections: [
        election({ candidates: ['A', 'B', 'C'], seats: 2, issued: 3, ballots: ballots(['..x', '.x.', 'x..']) }),
      ],
    }).results[0];
    // 2 of 6 = 33.333…% → 33.33; 2 of 3 valid = 66.666…% → 66.67.
    expect(r.candidates.map((c) => [c.votes, c.percentOfDenominator, c.percentOfValid])).toEqual([
      [2, 33.33, 66.67],
      [2, 33.33, 66.67],
      [2, 33.33, 66.67],
    ]);
  });
});

describe('internal invariants are enforced (fault injection)', () => {
  test('a validity rule that lets an over-vote through breaks kept ≤ seats', () => {
    const lenient: typeof judgeBallot = (marks, ruling, rules) => judgeBallot(marks, ruling, { ...rules, seats: 99 });
    expect(() => countBallots(ballots(['...']), strike, false, lenient)).toThrow(InvariantError);
  });
  test('a validity rule that drops a mark breaks Σ votes + Σ struck + Σ no-count = valid × list size', () => {
    const lossy: typeof judgeBallot = (marks, ruling, rules) => {
      const v = judgeBallot(marks, ruling, rules);
      return v.valid ? { ...v, against: v.against.map(() => false) } : v;
    };
    expect(() => countBallots(ballots(['..x']), { ...strike, ballotType: 'Xin ý kiến' }, false, lossy)).toThrow(
      InvariantError,
    );
  });
  test('votes above the valid ballots are caught', () => {
    expect(() =>
      assertCountInvariants(
        {
          returned: 1,
          valid: 1,
          invalid: 0,
          invalidReasons: {},
          votes: [2, -1, 0],
          against: [0, 1, 1],
          noCount: [0, 0, 0],
          teams: [],
        },
        3,
      ),
    ).toThrow(InvariantError);
  });
});

describe('checks block the result', () => {
  const roll = people(20, 'Chính thức');
  const base = { candidates: ['A', 'B', 'C'], seats: 2 };
  test('keyed ballots must equal `Phiếu thu vào`', () => {
    const r = tallyElections({
      congress: congress(),
      roll,
      elections: [election({ ...base, issued: 20, returned: 4, ballots: ballots(['..x', '..x', '..x']) })],
    }).results[0];
    expect(r.status).toBe('blocked');
    expect(r.elected).toEqual([]);
    expect(r.candidates.every((c) => c.rank === null && !c.elected)).toBe(true);
    expect(r.checks.find((c) => !c.ok)).toMatchObject({ expected: 4, actual: 3, cell: "'Bầu cử'!H2" });
  });
  test('returned ≤ issued', () => {
    const r = tallyElections({
      congress: congress(),
      roll,
      elections: [election({ ...base, issued: 2, ballots: ballots(['..x', '..x', '..x']) })],
    }).results[0];
    expect(r.status).toBe('blocked');
  });
  test('issued ≤ present at the vote', () => {
    const r = tallyElections({
      congress: congress(),
      roll,
      elections: [election({ ...base, issued: 21, ballots: ballots(['..x']) })],
    }).results[0];
    expect(r.status).toBe('blocked');
    const ok = tallyElections({
      congress: congress(),
      roll,
      elections: [election({ ...base, issued: 20, ballots: ballots(['..x']) })],
    }).results[0];
    expect(ok.status).not.toBe('blocked');
  });
});

describe('double entry', () => {
  test('every difference is listed with both cells, including a ballot keyed in one entry only', () => {
    const first = ballots(['..x', '.x.', 'x..', '..x|Rách']);
    const second = ballots(['..x', '..x', 'x..'], 'Phiếu T (2)');
    second[2].number = '4';
    second[2].marks = ['', '', 'x'];
    const def = election({ candidates: ['A', 'B', 'C'], seats: 2, issued: 10, ballots: first, secondEntry: second });
    const r = tallyElections({ congress: congress(), roll: people(10, 'Chính thức'), elections: [def] }).results[0];
    expect(r.status).toBe('blocked');
    expect(r.differences).toEqual([
      { ballot: '2', candidate: 'B', entry1: 'x', entry2: '', cell1: "'Phiếu T'!C3", cell2: "'Phiếu T (2)'!C3" },
      { ballot: '2', candidate: 'C', entry1: '', entry2: 'x', cell1: "'Phiếu T'!D3", cell2: "'Phiếu T (2)'!D3" },
      { ballot: '3', candidate: '(cả phiếu)', entry1: 'có', entry2: 'không có', cell1: "'Phiếu T'!B4", cell2: '' },
      { ballot: '4', candidate: 'Không hợp lệ', entry1: 'Rách', entry2: '', cell1: '', cell2: '' },
    ]);
    expect(r.checks.find((c) => c.name.startsWith('Hai lần nhập'))).toMatchObject({
      expected: 0,
      actual: 4,
      ok: false,
    });
  });
  test('equal entries pass', () => {
    const def = election({
      candidates: ['A', 'B', 'C'],
      seats: 2,
      issued: 10,
      ballots: ballots(['..x', 'x..']),
      secondEntry: ballots(['..x', 'x..'], 'Phiếu T (2)'),
    });
    const r = tallyElections({ congress: congress(), roll: people(10, 'Chính thức'), elections: [def] }).results[0];
    expect(r.status).toBe('shortfall');
    expect(r.differences).toEqual([]);
  });
});

describe('subtotal mode (Tổng hợp)', () => {
  const sheet = (total?: number[]): SubtotalSheet => ({
    rows: [
      {
        team: 'Tổ 1',
        returned: 50,
        invalid: 2,
        invalidReasons: { 'Bầu quá số lượng cần bầu': 1 },
        votes: [40, 45, 10],
        cell: "'Phiếu T'!A2",
      },
      { team: 'Tổ 2', returned: 40, invalid: 0, invalidReasons: {}, votes: [35, 30, 15], cell: "'Phiếu T'!A3" },
    ],
    total: total
      ? {
          team: 'Tổng cộng',
          returned: total[0],
          invalid: total[1],
          invalidReasons: {},
          votes: total.slice(2),
          cell: "'Phiếu T'!A4",
        }
      : null,
  });
  test('sums the teams; unclassified invalid ballots stay as given by the parser', () => {
    const c = countSubtotals(sheet(), 3);
    expect(c).toMatchObject({ returned: 90, valid: 88, invalid: 2, votes: [75, 75, 25] });
  });
  test('a correct `Tổng cộng` passes; a wrong one blocks', () => {
    const roll = people(100, 'Chính thức');
    const ok = tallyElections({
      congress: congress(),
      roll,
      elections: [
        election({
          candidates: ['A', 'B', 'C'],
          seats: 2,
          issued: 95,
          entryMode: 'Tổng hợp',
          subtotals: sheet([90, 2, 75, 75, 25]),
        }),
      ],
    }).results[0];
    expect(ok.status).toBe('complete');
    expect(ok.elected).toEqual(['A', 'B']);
    expect(ok.teams).toHaveLength(2);
    const bad = tallyElections({
      congress: congress(),
      roll,
      elections: [
        election({
          candidates: ['A', 'B', 'C'],
          seats: 2,
          issued: 95,
          entryMode: 'Tổng hợp',
          subtotals: sheet([90, 2, 75, 74, 25]),
        }),
      ],
    }).results[0];
    expect(bad.status).toBe('blocked');
  });
  test("a team's votes above its valid ballots, or above seats × valid, block", () => {
    const s = sheet();
    s.rows[1].votes = [41, 30, 5];
    const r = tallyElections({
      congress: congress(),
      roll: people(100, 'Chính thức'),
      elections: [election({ candidates: ['A', 'B', 'C'], seats: 2, issued: 95, entryMode: 'Tổng hợp', subtotals: s })],
    }).results[0];
    expect(r.status).toBe('blocked');
    const s2 = sheet();
    s2.rows[1].votes = [40, 40, 1];
    const r2 = tallyElections({
      congress: congress(),
      roll: people(100, 'Chính thức'),
      elections: [
        election({ candidates: ['A', 'B', 'C'], seats: 2, issued: 95, entryMode: 'Tổng hợp', subtotals: s2 }),
      ],
    }).results[0];
    expect(r2.status).toBe('blocked');
  });
});

describe('zero report and rounds', () => {
  test('with no ballots keyed: D, threshold, present and issued, status zero, nothing elected', () => {
    const r = tallyElections({
      congress: congress(),
      roll: people(11, 'Chính thức'),
      elections: [election({ candidates: ['A', 'B'], seats: 1, issued: 11 })],
    }).results[0];
    expect(r).toMatchObject({ status: 'zero', denominator: 11, threshold: 6, present: 11, elected: [], seatsOpen: 1 });
    expect(r.ballots.issued).toBe(11);
  });
  test('round 2 takes the open seats; a wrong seat count is BAD_SEATS; an earlier winner on the list is BAD_ROUND', () => {
    const roll = people(10, 'Chính thức');
    const r1 = election({
      id: 'BCH',
      candidates: ['A', 'B', 'C', 'D'],
      seats: 3,
      issued: 10,
      ballots: ballots(
        Array(10)
          .fill('.x.x')
          .map((s, i) => (i < 6 ? s : 'x.x.')),
      ),
    });
    const ok2 = election({
      id: 'BCH-2',
      round: 2,
      previousId: 'BCH',
      candidates: ['B', 'D'],
      seats: 1,
      issued: 10,
      ballots: ballots(Array(10).fill('.x')),
    });
    const out = tallyElections({ congress: congress(), roll, elections: [r1, ok2] });
    // Ten identical ballots on round 2 give a plausibility warning, never an error.
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.results[0]).toMatchObject({ status: 'shortfall', elected: ['A', 'C'], seatsOpen: 1 });
    expect(out.results[1]).toMatchObject({ status: 'complete', elected: ['B'], previousRound: 'BCH' });
    const bad = election({ ...ok2, seats: 2, candidates: ['A', 'B', 'D'], ballots: ballots(Array(10).fill('.x.')) });
    const out2 = tallyElections({ congress: congress(), roll, elections: [r1, bad] });
    expect(out2.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([
      ['BAD_SEATS', "'Bầu cử'!D2"],
      ['BAD_ROUND', "'Phiếu T'!B1"],
    ]);
  });
  test('a round whose previous round is blocked is blocked too', () => {
    const roll = people(10, 'Chính thức');
    const r1 = election({
      id: 'BCH',
      candidates: ['A', 'B'],
      seats: 1,
      issued: 5,
      ballots: ballots(Array(6).fill('.x')),
    });
    const r2 = election({
      id: 'BCH-2',
      round: 2,
      previousId: 'BCH',
      candidates: ['A', 'B'],
      seats: 1,
      issued: 10,
      ballots: ballots(Array(10).fill('.x')),
    });
    const out = tallyElections({ congress: congress(), roll, elections: [r2, r1] });
    expect(out.results.map((r) => r.status)).toEqual(['blocked', 'blocked']);
  });
});

describe('fingerprint', () => {
  test('SHA-256 known answers', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });
  test('independent of row order and ruling spelling; changed by a mark', () => {
    const a = ballots(['..x', '.x.|Rách', 'x..']);
    const b = [a[2], a[0], { ...a[1], ruling: 'RÁCH' }];
    expect(ballotFingerprint(['A', 'B', 'C'], a, null)).toBe(ballotFingerprint(['A', 'B', 'C'], b, null));
    const c = ballots(['..x', '.x.|Rách', 'xx.']);
    expect(ballotFingerprint(['A', 'B', 'C'], a, null)).not.toBe(ballotFingerprint(['A', 'B', 'C'], c, null));
  });
});
