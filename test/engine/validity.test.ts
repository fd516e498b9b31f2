import { judgeBallot, REASON_NOBODY, REASON_OVERVOTE, REASON_SINGLE_MARK } from '../../src/engine/ballots/validity';
import type { Mark } from '../../src/engine/model/ballots';

const m = (s: string): Mark[] => [...s].map((c) => (c === '.' ? '' : c === 'x' ? 'x' : '-'));
const strike = { ballotType: 'Gạch tên' as const, seats: 2, listSize: 4, emptyBallotValid: false };
const agreeMany = { ballotType: 'Đồng ý/Không đồng ý' as const, seats: 3, listSize: 3, emptyBallotValid: false };
const agreeOne = { ballotType: 'Đồng ý/Không đồng ý' as const, seats: 1, listSize: 1, emptyBallotValid: false };
const opinion = { ballotType: 'Xin ý kiến' as const, seats: 0, listSize: 3, emptyBallotValid: false };

describe('strike-through ballots (Gạch tên)', () => {
  test('blank keeps a name (a vote), x strikes it; an under-vote is valid', () => {
    expect(judgeBallot(m('..xx'), null, strike)).toEqual({
      valid: true,
      votes: [true, true, false, false],
      against: [false, false, true, true],
      noCount: [false, false, false, false],
    });
    expect(judgeBallot(m('.xxx'), null, strike)).toMatchObject({ valid: true, votes: [true, false, false, false] });
  });
  test('more names kept than seats is an over-vote', () => {
    expect(judgeBallot(m('...x'), null, strike)).toEqual({ valid: false, reason: REASON_OVERVOTE, fromRuling: false });
  });
  test('every name struck: invalid by default, valid under `Phiếu không bầu ai` = Hợp lệ', () => {
    expect(judgeBallot(m('xxxx'), null, strike)).toEqual({ valid: false, reason: REASON_NOBODY, fromRuling: false });
    expect(judgeBallot(m('xxxx'), null, { ...strike, emptyBallotValid: true })).toMatchObject({
      valid: true,
      votes: [false, false, false, false],
    });
  });
  test('a single name struck is a valid ballot with a vote against, never `Không bầu ai`', () => {
    const one = { ...strike, seats: 1, listSize: 1 };
    expect(judgeBallot(m('x'), null, one)).toEqual({
      valid: true,
      votes: [false],
      against: [true],
      noCount: [false],
    });
    expect(judgeBallot(m('.'), null, one)).toMatchObject({ valid: true, votes: [true] });
  });
  test("the committee's ruling takes precedence over the engine's reasons", () => {
    expect(judgeBallot(m('....'), 'Không do Ban kiểm phiếu phát ra', strike)).toEqual({
      valid: false,
      reason: 'Không do Ban kiểm phiếu phát ra',
      fromRuling: true,
    });
  });
});

describe('agree/disagree ballots', () => {
  test('several names: `-` counts for nobody and the ballot stays valid (V4)', () => {
    expect(judgeBallot(m('.-x'), null, agreeMany)).toEqual({
      valid: true,
      votes: [true, false, false],
      against: [false, false, true],
      noCount: [false, true, false],
    });
  });
  test('several names, every one disagreed with: `Không bầu ai` per the setting', () => {
    expect(judgeBallot(m('xxx'), null, agreeMany)).toMatchObject({ valid: false, reason: REASON_NOBODY });
    expect(judgeBallot(m('xxx'), null, { ...agreeMany, emptyBallotValid: true })).toMatchObject({ valid: true });
  });
  test('several names, `-` on every one or on some and `x` on the rest: valid, counts for nobody (Điều 30 k1)', () => {
    for (const marks of ['---', 'x-x', '-xx']) {
      expect(judgeBallot(m(marks), null, agreeMany)).toMatchObject({ valid: true, votes: [false, false, false] });
    }
    expect(judgeBallot(m('---'), null, agreeMany)).toMatchObject({ noCount: [true, true, true] });
  });
  test('more agreements than seats is an over-vote', () => {
    expect(judgeBallot(m('...'), null, { ...agreeMany, seats: 2 })).toMatchObject({
      valid: false,
      reason: REASON_OVERVOTE,
    });
  });
  test('one name: agree and disagree are valid; both boxes or neither (`-`) is invalid (I6)', () => {
    expect(judgeBallot(m('.'), null, agreeOne)).toMatchObject({ valid: true, votes: [true] });
    expect(judgeBallot(m('x'), null, agreeOne)).toMatchObject({ valid: true, votes: [false], against: [true] });
    expect(judgeBallot(m('-'), null, agreeOne)).toEqual({
      valid: false,
      reason: REASON_SINGLE_MARK,
      fromRuling: false,
    });
  });
});

describe('opinion ballots (Xin ý kiến)', () => {
  test('approve, disapprove, no count; no over-vote rule, and disapproving everyone is a valid opinion', () => {
    expect(judgeBallot(m('.x-'), null, opinion)).toEqual({
      valid: true,
      votes: [true, false, false],
      against: [false, true, false],
      noCount: [false, false, true],
    });
    expect(judgeBallot(m('...'), null, opinion)).toMatchObject({ valid: true });
    expect(judgeBallot(m('xxx'), null, opinion)).toMatchObject({ valid: true });
  });
});
