/**
 * Trust votes (WORKBOOK.md version 2 "Trust vote"; Quy định 96-QĐ/TW Điều 6 k.3, Điều 11): the
 * base R = ballots returned, the bands decided on integers, invalid lines per person, the quorum
 * warning. Every figure below is worked by hand in its comment.
 */
import { tallyElections } from '../../src/engine/tally/tally';
import { halfBandFrom, trustBand, twoThirdsBandFrom, trustQuorumMet } from '../../src/engine/tally/trust';
import type { ElectionDef } from '../../src/engine/model/election';
import type { ElectionResult, TrustRow } from '../../src/engine/model/results';
import type { Person } from '../../src/engine/model/person';
import { ballots, congress, election, people } from './fixtures';

function trustElection(over: Partial<ElectionDef> & { candidates: string[] }): ElectionDef {
  return election({ id: 'TN', office: 'Lấy phiếu tín nhiệm', ballotType: 'Lấy phiếu tín nhiệm', seats: 0, ...over });
}

/** A pile of R ballots for one person: `low` marked 3, `high` marked 1, the rest 2. */
function pile(returned: number, low: number, high = 0): string[] {
  return Array.from({ length: returned }, (_, i) => (i < low ? '3' : i < low + high ? '1' : '2'));
}

function tally(defs: ElectionDef[], convened = 35, extra: { people?: Person[] } = {}) {
  return tallyElections({
    congress: congress('Hội nghị'),
    roll: people(convened, 'Chính thức'),
    elections: defs,
    ...extra,
  });
}

const only = (r: ElectionResult): TrustRow => {
  if (!r.trust) throw new Error('no trust rows');
  return r.trust[0];
};

describe('the bands of Điều 11, on integers', () => {
  test.each([
    // R = 31: one half is 15.5, two thirds 20.67.
    [31, 15, null], // 2 × 15 = 30 ≤ 31: not above one half
    [31, 16, 'half'], // 32 > 31 and 48 < 62: above one half, below two thirds
    [31, 20, 'half'], // 60 < 62: still below two thirds
    [31, 21, 'twoThirds'], // 63 ≥ 62: two thirds and more
    // R = 30: one half is exactly 15, two thirds exactly 20.
    [30, 15, null], // exactly one half: no band (Điều 11 k.2 says "trên 50%")
    [30, 16, 'half'],
    [30, 19, 'half'], // 57 < 60
    [30, 20, 'twoThirds'], // exactly two thirds: the upper band ("từ 2/3 ... trở lên")
    [30, 30, 'twoThirds'],
    [30, 0, null],
    [0, 0, null], // nothing returned: no band
  ])('R = %i, %i low → %s', (returned, low, band) => {
    expect(trustBand(low, returned)).toBe(band);
  });

  test('band limits as counts: ⌊R/2⌋ + 1 and ⌈2R/3⌉', () => {
    expect([halfBandFrom(30), twoThirdsBandFrom(30)]).toEqual([16, 20]);
    expect([halfBandFrom(31), twoThirdsBandFrom(31)]).toEqual([16, 21]);
    // Consistent with trustBand at every R and low up to 60.
    for (let r = 1; r <= 60; r++)
      for (let low = 0; low <= r; low++) {
        const band = low >= twoThirdsBandFrom(r) ? 'twoThirds' : low >= halfBandFrom(r) ? 'half' : null;
        expect({ r, low, band: trustBand(low, r) }).toEqual({ r, low, band });
      }
  });

  test('quorum: 3 × present ≥ 2 × convened', () => {
    expect(trustQuorumMet(22, 33)).toBe(true); // 66 ≥ 66: exactly two thirds is enough
    expect(trustQuorumMet(21, 33)).toBe(false); // 63 < 66
    expect(trustQuorumMet(20, 31)).toBe(false); // 60 < 62
    expect(trustQuorumMet(21, 31)).toBe(true);
  });
});

describe('the tally of a trust vote', () => {
  test.each([
    [31, 16, 'half', 51.61],
    [31, 21, 'twoThirds', 67.74],
    [30, 15, null, 50],
    [30, 20, 'twoThirds', 66.67],
  ])('R = %i with %i low: band %s, %s%% of R', (returned, low, band, percent) => {
    const def = trustElection({ candidates: ['Nguyễn Văn An'], ballots: ballots(pile(returned, low)) });
    const [r] = tally([def]).results;
    expect(r.status).toBe('complete');
    expect(r.denominator).toBe(returned);
    expect(only(r)).toMatchObject({ low, band, percentLow: percent, invalid: 0 });
  });

  test('R is the ballots returned, not those convened, present or valid', () => {
    // 35 convened, 31 present, 30 returned (one kept back), one of them voided by the committee.
    const marks = [...pile(29, 15), '1|Phiếu không do Ban kiểm phiếu phát ra'];
    const def = trustElection({
      candidates: ['Nguyễn Văn An'],
      issued: 31,
      returned: 30,
      presentAtVote: 31,
      ballots: ballots(marks),
    });
    const [r] = tally([def]).results;
    expect(r.denominator).toBe(30);
    expect(r.denominatorSteps).toEqual([{ label: 'Tổng số phiếu thu về (R)', count: 30 }]);
    expect(r.ballots).toMatchObject({ issued: 31, returned: 30, valid: 29, invalid: 1 });
    // 15 low of R = 30 is exactly one half: no band (of the 29 valid it would be above one half).
    expect(only(r)).toMatchObject({ high: 0, trust: 14, low: 15, invalid: 1, percentLow: 50, band: null });
    expect(r.checks.every((c) => c.ok)).toBe(true);
  });

  test('a line with no box or several is invalid for that person only; the ballot counts for the others', () => {
    const def = trustElection({
      candidates: ['A', 'B', 'C'],
      ballots: ballots(['123', '.11', '-22', '333', '1.-', '222|Gạch xóa họ tên người được in trên phiếu']),
    });
    const [r] = tally([def]).results;
    expect(r.ballots).toMatchObject({ returned: 6, valid: 5, invalid: 1 });
    expect(r.ballots.invalidReasons).toEqual({ 'Gạch xóa họ tên người được in trên phiếu': 1 });
    const rows = r.trust ?? [];
    // A: 1, blank, -, 3, 1 → high 2, low 1, invalid 2 lines + the voided ballot.
    expect(rows[0]).toMatchObject({ high: 2, trust: 0, low: 1, invalid: 3 });
    // B: 2, 1, 2, 3, blank → high 1, trust 2, low 1, invalid 1 line + the voided ballot.
    expect(rows[1]).toMatchObject({ high: 1, trust: 2, low: 1, invalid: 2 });
    // C: 3, 1, 2, 3, - → every level, invalid 1 line + the voided ballot.
    expect(rows[2]).toMatchObject({ high: 1, trust: 1, low: 2, invalid: 2 });
    for (const row of rows) expect(row.high + row.trust + row.low + row.invalid).toBe(6);
    // % of R = 6, two decimals, half up: 1/6 = 16.666… → 16.67; 2/6 → 33.33.
    expect(rows[2]).toMatchObject({ percentHigh: 16.67, percentTrust: 16.67, percentLow: 33.33 });
    // Nobody is elected, ranked or tied; the candidates' votes are the valid lines.
    expect(r).toMatchObject({ seats: 0, elected: [], tied: [], seatsOpen: 0 });
    expect(r.candidates.map((c) => [c.votes, c.noCount, c.rank])).toEqual([
      [3, 2, null],
      [4, 1, null],
      [4, 1, null],
    ]);
  });

  test('positions come from `Nhân sự`', () => {
    const def = trustElection({ candidates: ['Nguyễn Văn An', 'Lê Thị Bình'], ballots: ballots(['12']) });
    const person = (name: string, position?: string): Person => ({
      name,
      birth: null,
      gender: null,
      ethnicity: '',
      education: '',
      theory: '',
      incumbent: false,
      membership: null,
      source: null,
      givenName: null,
      cells: {},
      ...(position ? { position } : {}),
    });
    const [r] = tally([def], 35, { people: [person('Nguyễn Văn An', 'Bí thư Đảng ủy')] }).results;
    expect((r.trust ?? []).map((t) => t.position)).toEqual(['Bí thư Đảng ủy', '']);
  });

  test('blocked or not yet counted: the figures stand, no band', () => {
    const blocked = trustElection({ candidates: ['A'], returned: 5, ballots: ballots(pile(4, 4)) });
    const zero = trustElection({ id: 'TN2', candidates: ['A'], ballots: [] });
    const [b, z] = tally([blocked, zero]).results;
    expect(b.status).toBe('blocked');
    expect(only(b)).toMatchObject({ low: 4, band: null });
    expect(z.status).toBe('zero');
    expect(only(z)).toMatchObject({ low: 0, invalid: 0, band: null });
  });

  test('TRUST_QUORUM when fewer than two thirds of those convened are present; the citation says the source is secondary', () => {
    const few = trustElection({ candidates: ['A'], presentAtVote: 21, refs: { presentAtVote: "'Bầu cử'!I2" } });
    const enough = trustElection({ id: 'TN2', candidates: ['A'], presentAtVote: 22 });
    const { problems } = tally([few, enough], 33);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      code: 'TRUST_QUORUM',
      cell: "'Bầu cử'!I2",
      params: { id: 'TN', present: 21, convened: 33, needed: 22 },
    });
    expect(problems[0].rule).toMatch(/nguồn thứ cấp/);
  });

  test('a person rated by two bodies: two rows, two tallies, never added up', () => {
    const committee = trustElection({ id: 'TN-BCH', candidates: ['A'], voters: 15, ballots: ballots(pile(15, 8)) });
    const cell = trustElection({ id: 'TN-CB', candidates: ['A'], voters: 20, ballots: ballots(pile(20, 2)) });
    const [a, b] = tally([committee, cell]).results;
    expect([a.denominator, only(a).low, only(a).band]).toEqual([15, 8, 'half']);
    expect([b.denominator, only(b).low, only(b).band]).toEqual([20, 2, null]);
    expect(a.convened).toBe(15);
  });
});
