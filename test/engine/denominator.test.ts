import { congressBase, delegateCongressBase, memberCongressBase } from '../../src/engine/tally/denominator';
import { tallyElections } from '../../src/engine/tally/tally';
import { ballots, congress, election, people, person } from './fixtures';

describe('majority base D, Đại hội đảng viên (regulations §5.2)', () => {
  test("the regulation's worked example: 11 official, 1 absent with reason → D = 10; 5 of 10 votes is not elected", () => {
    const roll = [...people(10, 'Chính thức'), person('Vắng Có Lý Do', 'Chính thức', 'Vắng có lý do')];
    const base = memberCongressBase(roll);
    expect(base.denominator).toBe(10);
    expect(base.present).toBe(10);
    // One candidate, agree/disagree, 10 ballots: 5 agree, 5 disagree.
    const def = election({
      candidates: ['Nguyễn Văn An'],
      seats: 1,
      issued: 10,
      ballots: ballots(['.', '.', '.', '.', '.', 'x', 'x', 'x', 'x', 'x']),
    });
    const { results } = tallyElections({ congress: congress(), roll, elections: [def] });
    expect(results[0].denominator).toBe(10);
    expect(results[0].threshold).toBe(6);
    expect(results[0].candidates[0].votes).toBe(5);
    expect(results[0].elected).toEqual([]);
    expect(results[0].status).toBe('shortfall');
  });

  test.each([
    ['Có mặt', 0, 1],
    ['Vắng', 0, 0],
    ['Vắng có lý do', 1, 0],
    ['Sinh hoạt tạm thời', 1, 0],
    ['Miễn sinh hoạt', 1, 0],
    ['Đình chỉ', 1, 0],
    ['Tạm giam', 1, 0],
  ] as const)('an official member with status %s: excluded %d, present %d', (status, excluded, present) => {
    const roll = [...people(8, 'Chính thức'), person('X', 'Chính thức', status)];
    const base = memberCongressBase(roll);
    expect(base.convened).toBe(9);
    expect(base.denominator).toBe(9 - excluded);
    expect(base.present).toBe(8 + present);
    expect(base.steps[0]).toEqual({ label: 'Tổng số đảng viên chính thức được triệu tập', count: 9 });
    expect(base.steps.slice(1).reduce((s, x) => s + x.count, 0)).toBe(excluded);
  });

  test('probationary members are listed, never counted', () => {
    const roll = [...people(9, 'Chính thức'), ...people(3, 'Dự bị')];
    expect(memberCongressBase(roll).denominator).toBe(9);
    expect(memberCongressBase(roll).present).toBe(9);
  });
});

describe('majority base D, Đại hội đại biểu', () => {
  test('absent ex officio excluded; absent official excluded unless replaced by an alternate of the same unit', () => {
    const roll = [
      ...people(10, 'Chính thức', 'Có mặt', 'CB1'),
      person('Vắng A', 'Chính thức', 'Vắng', 'CB1'),
      person('Vắng B', 'Chính thức', 'Vắng có lý do', 'CB1'),
      person('Dự khuyết A', 'Dự khuyết', 'Thay thế', 'CB1'),
      ...people(5, 'Chính thức', 'Có mặt', 'CB2'),
      person('Ốm C', 'Chính thức', 'Vắng có lý do', 'CB2'),
      ...people(3, 'Đương nhiên', 'Có mặt', 'Đảng ủy'),
      person('Đương nhiên vắng', 'Đương nhiên', 'Vắng có lý do', 'Đảng ủy'),
    ];
    const base = delegateCongressBase(roll);
    expect(base.convened).toBe(12 + 6 + 4);
    // Excluded: 1 absent ex officio + CB1 max(0, 2−1) + CB2 1 = 3.
    expect(base.denominator).toBe(22 - 3);
    // Present: Có mặt (10 + 5 + 3) + alternates called in (1).
    expect(base.present).toBe(19);
    expect(base.problems).toEqual([]);
    expect(base.steps.map((s) => s.count)).toEqual([22, 1, 2]);
  });

  test.each(['Vắng', 'Vắng có lý do', 'Đình chỉ', 'Tạm giam', 'Sinh hoạt tạm thời', 'Miễn sinh hoạt'] as const)(
    'an official delegate with status %s is absent throughout',
    (status) => {
      const base = delegateCongressBase([...people(5, 'Chính thức'), person('X', 'Chính thức', status)]);
      expect(base.denominator).toBe(5);
      expect(base.present).toBe(5);
    },
  );

  test("an alternate beyond the unit's absences is ALTERNATE_WITHOUT_ABSENCE at that row", () => {
    const roll = [
      ...people(4, 'Chính thức', 'Có mặt', 'CB1'),
      person('Vắng', 'Chính thức', 'Vắng', 'CB1', 5),
      person('DK 1', 'Dự khuyết', 'Thay thế', 'CB1', 6),
      person('DK 2', 'Dự khuyết', 'Thay thế', 'CB1', 7),
    ];
    const base = congressBase('Đại hội đại biểu', roll);
    expect(base.problems).toHaveLength(1);
    expect(base.problems[0]).toMatchObject({ code: 'ALTERNATE_WITHOUT_ABSENCE', cell: "'Đại biểu'!D8" });
  });
});

describe('committee meetings take D from Số người bầu, never from those present', () => {
  test('D = voters; present defaults to voters', () => {
    const def = election({
      candidates: ['Trần Thị Bình'],
      seats: 1,
      voters: 15,
      issued: 14,
      presentAtVote: 14,
      ballots: ballots([...Array(8).fill('.'), ...Array(6).fill('x')]),
    });
    const { results } = tallyElections({ congress: congress('Đại hội đại biểu'), roll: null, elections: [def] });
    expect(results[0].denominator).toBe(15);
    expect(results[0].present).toBe(14);
    expect(results[0].elected).toEqual(['Trần Thị Bình']); // 8 of 15: 16 > 15
  });
});
