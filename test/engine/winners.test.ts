import {
  decideWinners,
  hasMajority,
  majorityThreshold,
  opinionThreshold,
  passesOpinion,
} from '../../src/engine/tally/winners';
import { tallyElections } from '../../src/engine/tally/tally';
import { ballots, congress, election, people } from './fixtures';
import { percentOf } from '../../src/engine/text/percent';

const rules = (seats: number, denominator: number) => ({ seats, denominator, needsMajority: true, opinion: false });

describe('majority: 2 × votes > D', () => {
  test.each([
    [10, 6],
    [11, 6],
    [9, 5],
    [200, 101],
    [1, 1],
    [0, 1],
  ])('D = %d needs %d', (d, need) => {
    expect(majorityThreshold(d)).toBe(need);
    expect(hasMajority(need, d)).toBe(true);
    expect(hasMajority(need - 1, d)).toBe(false);
  });
  test('opinion ballot: 10 × approvals > 3 × A, threshold ⌊3A/10⌋ + 1', () => {
    expect(opinionThreshold(100)).toBe(31);
    expect(passesOpinion(30, 100)).toBe(false);
    expect(passesOpinion(31, 100)).toBe(true);
    expect(opinionThreshold(7)).toBe(3);
    expect(passesOpinion(3, 7)).toBe(true); // 30 > 21
    expect(passesOpinion(2, 7)).toBe(false); // 20 ≤ 21
  });
});

describe('winners', () => {
  test('more qualified than seats: the top by votes; competition ranks', () => {
    const w = decideWinners([9, 7, 8, 6, 2], rules(2, 10));
    expect(w.elected).toEqual([0, 2]);
    expect(w.rank).toEqual([1, 3, 2, 4, 5]);
    expect(w.status).toBe('complete');
    expect(w.seatsOpen).toBe(0);
  });
  test('equal votes at positions seats and seats + 1: every qualified candidate with v is tied, none elected', () => {
    const w = decideWinners([9, 7, 7, 7, 2], rules(2, 10));
    expect(w.elected).toEqual([0]);
    expect(w.tied).toEqual([1, 2, 3]);
    expect(w.status).toBe('tie');
    expect(w.seatsOpen).toBe(1);
    expect(w.rank).toEqual([1, 2, 2, 2, 5]);
  });
  test('equal votes below the cut line are no tie', () => {
    const w = decideWinners([9, 8, 7, 7], rules(2, 10));
    expect(w.elected).toEqual([0, 1]);
    expect(w.status).toBe('complete');
  });
  test('fewer qualified than seats: all qualified elected, shortfall', () => {
    const w = decideWinners([9, 5, 8, 4], rules(3, 10));
    expect(w.elected).toEqual([0, 2]);
    expect(w.status).toBe('shortfall');
    expect(w.seatsOpen).toBe(1);
  });
  test('a tie below the majority is a shortfall, not a tie', () => {
    const w = decideWinners([9, 5, 5], rules(2, 10));
    expect(w.elected).toEqual([0]);
    expect(w.tied).toEqual([]);
    expect(w.status).toBe('shortfall');
  });
  test('elected by votes descending, then ballot order', () => {
    expect(decideWinners([7, 9, 7], rules(3, 10)).elected).toEqual([1, 0, 2]);
  });
});

describe('percentages: half-up of 10000 × votes / D, exact', () => {
  test.each([
    [150, 157, 95.54],
    [6251, 12501, 50],
    [6249, 12499, 50],
    [1, 3, 33.33],
    [2, 3, 66.67],
    [1, 8, 12.5],
    [0, 7, 0],
  ])('%d of %d → %d', (v, d, p) => expect(percentOf(v, d)).toBe(p));
  test('the printed 50.00 can hide either side: decide by integers', () => {
    expect(hasMajority(6251, 12501)).toBe(true);
    expect(hasMajority(6249, 12499)).toBe(false);
  });
});

describe('alternates', () => {
  // QC190 Điều 18: the alternates' list is drawn from the official delegates' list (not yet counted here).
  const officials = election({ id: 'DB', office: 'Đại biểu chính thức', candidates: ['A', 'B', 'C', 'D'], seats: 1 });
  test('alternates equal in votes go to orderTies; all are elected', () => {
    const roll = people(10, 'Chính thức');
    const def = election({
      office: 'Đại biểu dự khuyết',
      candidates: ['A', 'B', 'C'],
      seats: 2,
      issued: 10,
      ballots: ballots(['..x', '..x', '..x', '..x', '..x', '..x', '..x', 'x..', '.x.', 'xx.']),
    });
    const { results } = tallyElections({ congress: congress(), roll, elections: [officials, def] });
    expect(results[1].elected).toEqual(['A', 'B']);
    expect(results[1].orderTies).toEqual([['A', 'B']]);
    expect(results[1].status).toBe('complete');
  });
  test('`Dự khuyết cần quá bán` = Không (244-QĐ/TW, a list of their own): alternates need no majority', () => {
    const roll = people(10, 'Chính thức');
    const def = election({
      office: 'Đại biểu dự khuyết',
      candidates: ['A', 'B', 'C'],
      seats: 2,
      issued: 10,
      ballots: ballots(['.xx', '.xx', '.xx', 'x.x', 'x.x', 'x.x', '.xx', 'xx.', '.xx', '.xx']),
    });
    const under244 = { ...congress(), ruleSet: '244-QĐ/TW' as const };
    const withMajority = tallyElections({ congress: under244, roll, elections: [def] }).results[0];
    expect(withMajority.elected).toEqual(['A']);
    const without = tallyElections({
      congress: { ...congress('Đại hội đảng viên', { alternatesNeedMajority: false }), ruleSet: '244-QĐ/TW' },
      roll,
      elections: [def],
    }).results[0];
    expect(without.elected).toEqual(['A', 'B']);
    expect(without.orderTies).toEqual([]);
    expect(without.threshold).toBe(1);
  });
});
