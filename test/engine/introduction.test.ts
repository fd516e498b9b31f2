/**
 * Introduction ballots (WORKBOOK.md version 2 "Introduction ballot"): base = those convened, no
 * exclusions; `2 × count > convened`; written-in names counted exactly, once per ballot; more
 * introduced than the places voids the ballot; a tie at the last place is reported, never decided.
 */
import { tallyElections } from '../../src/engine/tally/tally';
import { countedList } from '../../src/engine/tally/introduction';
import { nearestName } from '../../src/engine/text/nearest';
import type { ElectionDef } from '../../src/engine/model/election';
import type { BallotRecord } from '../../src/engine/model/ballots';
import type { RollEntry } from '../../src/engine/model/roll';
import { ballots, congress, election, people, person } from './fixtures';

function intro(over: Partial<ElectionDef> & { candidates: string[] }): ElectionDef {
  return election({ id: 'GT', office: 'Giới thiệu nhân sự', ballotType: 'Giới thiệu nhân sự', ...over });
}

/** Ballots with names written in: `'..x|'` marks then `+Name+Name`, or a `|ruling`. */
function withWriteIns(rows: string[]): BallotRecord[] {
  const marks = rows.map((row) => row.split('+')[0]);
  return ballots(marks).map((b, i) => ({
    ...b,
    writeIns: rows[i]
      .split('+')
      .slice(1)
      .map((name, c) => ({ name, cell: `'Phiếu GT'!${String.fromCharCode(70 + c)}${i + 2}` })),
  }));
}

function tally(defs: ElectionDef[], roll: RollEntry[] = people(30, 'Chính thức')) {
  return tallyElections({ congress: congress('Hội nghị'), roll, elections: defs });
}

describe('the base and the pass rule', () => {
  test('base = convened with no exclusions; passes when 2 × count > convened', () => {
    // 30 convened, of whom 2 away with a reason (they would leave D at a congress) and 1 detained.
    const roll = [
      ...people(27, 'Chính thức'),
      ...people(2, 'Chính thức', 'Vắng có lý do'),
      ...people(1, 'Chính thức', 'Tạm giam'),
    ];
    // 27 ballots: A 14 + 1 + 1 = 16, B 14 + 1 + 1 = 16, C 14 (of 30 convened: 16 is the pass mark).
    const pile = [
      ...Array<string>(14).fill('...'),
      '..x', // A, B
      'x.x', // B
      '.xx', // A
      ...Array<string>(10).fill('xxx'),
    ];
    const def = intro({ candidates: ['A', 'B', 'C'], seats: 3, ballots: ballots(pile) });
    const [r] = tally([def], roll).results;
    expect(r.denominator).toBe(30);
    expect(r.convened).toBe(30);
    expect(r.denominatorSteps).toEqual([
      { label: 'Tổng số người được triệu tập (không trừ trường hợp nào)', count: 30 },
    ]);
    expect(r.threshold).toBe(16);
    expect(r.present).toBe(27);
    expect(r.candidates.map((c) => c.votes)).toEqual([16, 16, 14]);
    // The ballots voting for nobody are valid: the only engine reason is over-introduction.
    expect(r.ballots).toMatchObject({ returned: 27, valid: 27, invalid: 0 });
    expect(r.introduced).toEqual(['A', 'B']);
    expect(r.elected).toEqual(['A', 'B']);
    expect(r.status).toBe('shortfall');
    expect(r.seatsOpen).toBe(1);
    // % of convened, of present, of valid; ranks 1, 1, 3.
    expect(r.candidates[0]).toMatchObject({
      percentOfDenominator: 53.33,
      percentOfPresent: 59.26,
      percentOfValid: 59.26,
      rank: 1,
      writeIn: false,
    });
    expect(r.candidates.map((c) => c.rank)).toEqual([1, 1, 3]);
  });

  test('exactly one half of those convened does not pass; one more does', () => {
    const half = intro({
      candidates: ['A'],
      seats: 1,
      ballots: ballots([...Array(15).fill('.'), ...Array(15).fill('x')]),
    });
    const more = intro({
      id: 'GT2',
      candidates: ['A'],
      seats: 1,
      ballots: ballots([...Array(16).fill('.'), ...Array(14).fill('x')]),
    });
    const [h, m] = tally([half, more]).results;
    expect([h.candidates[0].votes, h.introduced, h.status]).toEqual([15, [], 'shortfall']);
    expect([m.candidates[0].votes, m.introduced, m.status]).toEqual([16, ['A'], 'complete']);
  });

  test('no limit (`Số lượng cần bầu` blank): everyone who passes is introduced, nothing voids a ballot for the number', () => {
    // Of 30 convened: A 20, B 15 (exactly one half: not introduced), C 16; every ballot keeps 1 to 3 names.
    const rows = [...Array<string>(15).fill('...'), '.x.', ...Array<string>(4).fill('.xx')];
    const def = intro({ candidates: ['A', 'B', 'C'], seats: 0, ballots: ballots(rows) });
    const [r] = tally([def]).results;
    expect(r.candidates.map((c) => c.votes)).toEqual([20, 15, 16]);
    expect(r).toMatchObject({ status: 'complete', seats: 0, seatsOpen: 0, introduced: ['A', 'C'] });
    expect(r.ballots.invalid).toBe(0);
  });
});

describe('written-in names', () => {
  test('counted exactly, once per ballot, after the prepared list by first appearance', () => {
    const def = intro({
      candidates: ['Nguyễn Văn An', 'Lê Thị Bình'],
      seats: 3,
      ballots: withWriteIns([
        '.x+Trần Văn Cường',
        '.x+Trần  Văn Cường ', // spaces collapsed and trimmed: the same name
        'x.+Trần Văn Cường+Trần Văn Cường', // twice on one ballot: once
        '..+Nguyễn Văn An', // written beside the same name kept: once
        'xx+Nguyễn Văn An', // written in after striking it: an introduction of that name
        'x.+Trần văn Cường', // another spelling: another name (names match exactly)
      ]),
    });
    const list = countedList(def);
    expect(list.names).toEqual(['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Văn Cường', 'Trần văn Cường']);
    expect(list.writeIn).toEqual([false, false, true, true]);
    expect(list.firstBallot).toEqual(['', '', '1', '6']);
    const [r] = tally([def]).results;
    expect(r.candidates.map((c) => [c.name, c.votes, c.writeIn])).toEqual([
      ['Nguyễn Văn An', 4, false],
      ['Lê Thị Bình', 3, false],
      ['Trần Văn Cường', 3, true],
      ['Trần văn Cường', 1, true],
    ]);
    expect(r.ballots).toMatchObject({ valid: 6, invalid: 0 });
  });

  test('more introduced than the places voids the ballot, names written in included', () => {
    const def = intro({
      candidates: ['A', 'B'],
      seats: 2,
      ballots: withWriteIns(['..', '.x+C', '..+C', '..+A', 'xx+C+D+E']),
    });
    const [r] = tally([def]).results;
    // Ballot 3 introduces A, B and C (3 > 2); ballot 4 only A and B (A once); ballot 5 C, D, E.
    expect(r.ballots).toMatchObject({ returned: 5, valid: 3, invalid: 2 });
    expect(r.ballots.invalidReasons).toEqual({ 'Giới thiệu quá số lượng': 2 });
    expect(r.candidates.map((c) => [c.name, c.votes])).toEqual([
      ['A', 3],
      ['B', 2],
      ['C', 1],
      ['D', 0],
      ['E', 0],
    ]);
  });

  test('WRITE_IN_UNKNOWN: a name on neither the roll nor `Nhân sự`, once, at its first cell, with the nearest name', () => {
    const roll = [
      person('Trần Văn Cường', 'Chính thức'),
      person('Phạm Thị Dung', 'Chính thức'),
      ...people(28, 'Chính thức'),
    ];
    const def = intro({
      candidates: ['Nguyễn Văn An'],
      seats: 2,
      ballots: withWriteIns(['.+Trần Văn Cường', '.+Trần văn Cường', '.+Trần văn Cường', '.+Phạm Thị Dung']),
    });
    const { problems, results } = tally([def], roll);
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'WRITE_IN_UNKNOWN',
        message: 'WRITE_IN_UNKNOWN_NEAR',
        cell: "'Phiếu GT'!F3",
        params: { id: 'GT', name: 'Trần văn Cường', ballot: '2', near: 'Trần Văn Cường' },
      },
    ]);
    expect(results[0].candidates.map((c) => c.votes)).toEqual([4, 1, 2, 1]);
  });

  test('the nearest name: accents and case first, then the exact spelling, then the earlier', () => {
    expect(nearestName('Trần văn Cường', ['Trần Văn Cương', 'Trần Văn Cường'])).toBe('Trần Văn Cường');
    expect(nearestName('Nguyen Van An', ['Nguyễn Văn Ân', 'Nguyễn Văn An'])).toBe('Nguyễn Văn An');
    expect(nearestName('Lê Văn Tám', ['Lê Văn Tâm', 'Lê Văn Tấm'])).toBe('Lê Văn Tâm');
    expect(nearestName('A', [])).toBeNull();
  });
});

describe('ties and rounds', () => {
  test('a tie at the last place is `tie` and names the tied; nobody among them is introduced', () => {
    const cut = intro({
      candidates: ['A', 'B', 'C', 'D'],
      seats: 3,
      ballots: ballots([
        ...Array<string>(9).fill('...x'), // A B C
        ...Array<string>(9).fill('..x.'), // A B D
        ...Array<string>(8).fill('.x..'), // A C D
        'x...', // B C D
      ]),
    });
    // A 9 + 9 + 8 = 26, B 9 + 9 + 1 = 19, C 9 + 8 + 1 = 18, D 9 + 8 + 1 = 18, of 30 convened (16 to pass):
    // all four pass; C and D are equal at the third and last place.
    const [c] = tally([cut]).results;
    expect(c.candidates.map((x) => x.votes)).toEqual([26, 19, 18, 18]);
    expect(c.status).toBe('tie');
    expect(c.tied).toEqual(['C', 'D']);
    expect(c.introduced).toEqual(['A', 'B']);
    expect(c.seatsOpen).toBe(1);
    expect(c.candidates.map((x) => [x.rank, x.elected, x.tied])).toEqual([
      [1, true, false],
      [2, true, false],
      [3, false, true],
      [3, false, true],
    ]);
  });

  test('equal counts within the places are no tie', () => {
    // A 20, B 20, C 19, D 7 for 3 places: A and B are equal, both within the places.
    const rows = [
      ...Array<string>(10).fill('...x'), // A B C
      ...Array<string>(7).fill('..x.'), // A B D
      ...Array<string>(3).fill('.x.x'), // A C
      ...Array<string>(3).fill('x..x'), // B C
      ...Array<string>(3).fill('xx.x'), // C
    ];
    const def = intro({ candidates: ['A', 'B', 'C', 'D'], seats: 3, ballots: ballots(rows) });
    const [r] = tally([def]).results;
    expect(r.candidates.map((x) => x.votes)).toEqual([20, 20, 19, 7]);
    expect(r).toMatchObject({ status: 'complete', tied: [], introduced: ['A', 'B', 'C'] });
  });

  test('round 2 links to round 1 like an election round, with its own list and number of places', () => {
    const round1 = intro({
      id: 'GT-1',
      candidates: ['A', 'B', 'C'],
      seats: 2,
      ballots: ballots(Array(20).fill('..x')),
    });
    const round2 = intro({
      id: 'GT-2',
      round: 2,
      previousId: 'GT-1',
      voters: 15,
      candidates: ['A', 'B', 'C'],
      seats: 2,
      ballots: ballots(Array(12).fill('.x.')),
    });
    const { results, problems } = tally([round1, round2]);
    // Every ballot of each round alike: a second look (issue 11), never a block.
    expect(problems.map((p) => [p.code, p.params?.id])).toEqual([
      ['ALL_BALLOTS_IDENTICAL', 'GT-1'],
      ['ALL_BALLOTS_IDENTICAL', 'GT-2'],
    ]);
    expect(results[0]).toMatchObject({ status: 'complete', introduced: ['A', 'B'] });
    expect(results[1]).toMatchObject({
      status: 'complete',
      denominator: 15,
      introduced: ['A', 'C'],
      previousRound: 'GT-1',
    });
  });
});

describe('the ballot data of an introduction', () => {
  test('the fingerprint covers the names written in; a second entry that differs in one is blocked', () => {
    const first = withWriteIns(['.x+Trần Văn Cường', '..']);
    const changed = withWriteIns(['.x+Trần Văn Cương', '..']);
    const def = intro({ candidates: ['A', 'B'], seats: 2, ballots: first });
    const [a] = tally([def]).results;
    const [b] = tally([intro({ candidates: ['A', 'B'], seats: 2, ballots: changed })]).results;
    expect(a.fingerprint).not.toBe(b.fingerprint);
    const [double] = tally([intro({ candidates: ['A', 'B'], seats: 2, ballots: first, secondEntry: changed })]).results;
    expect(double.status).toBe('blocked');
    expect(double.differences).toEqual([
      {
        ballot: '1',
        candidate: 'Giới thiệu thêm',
        entry1: 'Trần Văn Cường',
        entry2: 'Trần Văn Cương',
        cell1: "'Phiếu GT'!F2",
        cell2: "'Phiếu GT'!F2",
      },
    ]);
  });
});
