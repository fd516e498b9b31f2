/**
 * The integrity engine (pure): the chain of `Nhật ký`, the cross-check, the finalised verdict and
 * the test deck — each rule here is seen to fail on a deliberate mistake (see the commit that
 * added it).
 */
import { chainHash, verifyChain, type ChainRow } from '../../src/engine/integrity/chain';
import { crossCheckEntries } from '../../src/engine/integrity/crossCheck';
import { buildTestDeck, deckKinds, type DeckRules } from '../../src/engine/integrity/testDeck';
import { judgeBallot } from '../../src/engine/ballots/validity';
import { countBallots } from '../../src/engine/tally/count';
import type { BallotRecord } from '../../src/engine/model/ballots';

function chain(contents: string[][]): ChainRow[] {
  let previous = '';
  return contents.map((cells) => {
    previous = chainHash(previous, cells);
    return { cells, hash: previous };
  });
}

describe('chain', () => {
  const rows = chain([
    ['1', 'a'],
    ['2', 'b'],
    ['3', 'c'],
    ['4', 'd'],
  ]);

  test('an intact chain has no bad row; its head is the last hash', () => {
    expect(verifyChain(rows)).toEqual({ firstBad: null, head: rows[3].hash });
    expect(verifyChain([])).toEqual({ firstBad: null, head: '' });
  });

  test('a changed cell breaks that row', () => {
    const edited = rows.map((r, i) => (i === 1 ? { ...r, cells: ['2', 'B'] } : r));
    expect(verifyChain(edited).firstBad).toBe(1);
  });

  test('a removed row breaks the row after it; moved rows break too', () => {
    expect(verifyChain([rows[0], rows[2], rows[3]]).firstBad).toBe(1);
    expect(verifyChain([rows[0], rows[2], rows[1], rows[3]]).firstBad).toBe(1);
    expect(verifyChain(rows.slice(1)).firstBad).toBe(0);
  });

  test('rows kept before the chain existed are folded in; a row without a hash after one is bad', () => {
    const legacy = [{ cells: ['', 'old'], hash: '' }];
    const onto = chainHash(chainHash('', ['', 'old']), ['1', 'new']);
    expect(verifyChain([...legacy, { cells: ['1', 'new'], hash: onto }])).toEqual({ firstBad: null, head: onto });
    expect(verifyChain([...rows, { cells: ['5', 'e'], hash: '' }]).firstBad).toBe(4);
  });

  test('a new row is chained to the last hash as written, even after a break', () => {
    const broken = rows.map((r, i) => (i === 3 ? { ...r, hash: 'f'.repeat(64) } : r));
    expect(verifyChain(broken)).toEqual({ firstBad: 3, head: 'f'.repeat(64) });
  });
});

describe('cross-check', () => {
  test('each row against our figure; a blank issued count is never equal', () => {
    const entries = crossCheckEntries(
      [
        { id: 'A', item: 'Số phiếu phát ra', target: { figure: 'issued' }, official: 10, cell: 'c1' },
        { id: 'A', item: 'Số phiếu hợp lệ', target: { figure: 'valid' }, official: 9, cell: 'c2' },
        { id: 'A', item: 'An', target: { candidate: 1 }, official: 5, cell: 'c3' },
      ],
      { issued: null, returned: 10, valid: 9, invalid: 1, votes: [7, 6] },
    );
    expect(entries.map((e) => [e.counted, e.ok])).toEqual([
      [null, false],
      [9, true],
      [6, false],
    ]);
  });
});

const RULES: Record<string, DeckRules> = {
  strike: { ballotType: 'Gạch tên', seats: 3, listSize: 5, emptyBallotValid: false },
  strikeValidEmpty: { ballotType: 'Gạch tên', seats: 3, listSize: 5, emptyBallotValid: true },
  strikeSingle: { ballotType: 'Gạch tên', seats: 1, listSize: 1, emptyBallotValid: false },
  agree: { ballotType: 'Đồng ý/Không đồng ý', seats: 3, listSize: 3, emptyBallotValid: false },
  agreeLong: { ballotType: 'Đồng ý/Không đồng ý', seats: 3, listSize: 6, emptyBallotValid: false },
  agreeSingle: { ballotType: 'Đồng ý/Không đồng ý', seats: 1, listSize: 1, emptyBallotValid: false },
  opinion: { ballotType: 'Xin ý kiến', seats: 0, listSize: 4, emptyBallotValid: false },
};

function records(deck: ReturnType<typeof buildTestDeck>): BallotRecord[] {
  return deck.ballots.map((b, i) => ({ ...b, row: i + 1, markCells: [], rulingCell: null }));
}

describe('test deck', () => {
  test.each(Object.entries(RULES))('%s: the engine counts the deck as it was made', (_, rules) => {
    for (const seed of [1, 2, 3, 99, 2025]) {
      const deck = buildTestDeck(rules, { ballots: 40, seed, teams: 0, rulings: true });
      expect(new Set(deck.ballots.slice(0, deck.kinds.length).map((b) => b.kind))).toEqual(new Set(deck.kinds));
      const counts = countBallots(records(deck), rules, false);
      const e = deck.expected;
      expect([counts.valid, counts.invalid, counts.votes, counts.against, counts.noCount]).toEqual([
        e.valid,
        e.invalid,
        e.votes,
        e.against,
        e.noCount,
      ]);
      expect(counts.invalidReasons).toEqual(e.invalidReasons);
      expect(Object.keys(counts.invalidReasons)).toEqual(Object.keys(e.invalidReasons));
    }
  });

  test('every mark is on some ballot; legal marks only (no `-` on a strike-through ballot)', () => {
    const strike = buildTestDeck(RULES.strike, { ballots: 40, seed: 5, teams: 0, rulings: true });
    expect(new Set(strike.ballots.flatMap((b) => b.marks))).toEqual(new Set(['', 'x']));
    const agree = buildTestDeck(RULES.agreeLong, { ballots: 40, seed: 5, teams: 0, rulings: true });
    expect(new Set(agree.ballots.flatMap((b) => b.marks))).toEqual(new Set(['', 'x', '-']));
    // Valid, the engine's reasons, and every ruling (a variant spelling under its first one).
    const rulings = agree.ballots.flatMap((b) => (b.ruling && b.ruling === b.ruling.normalize() ? [b.ruling] : []));
    expect(new Set(agree.verdicts)).toEqual(
      new Set([null, 'Bầu quá số lượng cần bầu', 'Không bầu ai', ...rulings.filter((r) => r !== r.toUpperCase())]),
    );
    expect(agree.verdicts.filter((v) => v !== null).length).toBe(agree.expected.invalid);
  });

  test('a ruling spelt another way is counted under its first spelling', () => {
    const deck = buildTestDeck(RULES.agree, { ballots: 300, seed: 8, teams: 0, rulings: true });
    const rulings = deck.ballots.filter((b) => b.ruling).map((b) => b.ruling);
    expect(rulings).toContain('KHÔNG DO BAN KIỂM PHIẾU  PHÁT RA');
    expect(Object.keys(deck.expected.invalidReasons)).not.toContain('KHÔNG DO BAN KIỂM PHIẾU  PHÁT RA');
  });

  test('the same seed gives the same deck; another seed another', () => {
    const a = buildTestDeck(RULES.strike, { ballots: 30, seed: 7, teams: 3, rulings: true });
    expect(buildTestDeck(RULES.strike, { ballots: 30, seed: 7, teams: 3, rulings: true })).toEqual(a);
    expect(buildTestDeck(RULES.strike, { ballots: 30, seed: 8, teams: 3, rulings: true })).not.toEqual(a);
  });

  test('kinds per ballot type', () => {
    const kinds = (r: DeckRules) => deckKinds(r, { rulings: true });
    expect(kinds(RULES.strike)).toEqual(['valid', 'untouched', 'overVote', 'nobody', 'ruling']);
    expect(kinds(RULES.agree)).toEqual(['valid', 'untouched', 'nobody', 'allNoCount', 'ruling']);
    expect(kinds(RULES.agreeSingle)).toEqual(['valid', 'singleAgainst', 'singleNoMark', 'ruling']);
    expect(kinds(RULES.strikeSingle)).toEqual(['valid', 'singleStruck', 'ruling']);
    expect(kinds(RULES.opinion)).toEqual(['valid', 'opinionMixed', 'untouched', 'nobody', 'ruling']);
    expect(deckKinds(RULES.agree, { rulings: false })).toEqual(['valid', 'untouched', 'nobody', 'allNoCount']);
  });

  /** The readings WORKBOOK.md version 2 settled are in the deck, and the tally reads them so. */
  test('the settled readings: `-` on every name, a struck single name, both valid', () => {
    expect(judgeBallot(['-', '-', '-'], null, RULES.agree)).toMatchObject({ valid: true });
    expect(judgeBallot(['x'], null, RULES.strikeSingle)).toMatchObject({ valid: true, against: [true] });
    const agree = buildTestDeck(RULES.agree, { ballots: 10, seed: 1, teams: 0, rulings: false });
    expect(agree.ballots.find((b) => b.kind === 'allNoCount')?.marks).toEqual(['-', '-', '-']);
    expect(agree.verdicts[agree.ballots.findIndex((b) => b.kind === 'allNoCount')]).toBeNull();
    const single = buildTestDeck(RULES.strikeSingle, { ballots: 10, seed: 1, teams: 0, rulings: false });
    expect(single.verdicts[single.ballots.findIndex((b) => b.kind === 'singleStruck')]).toBeNull();
  });
});
