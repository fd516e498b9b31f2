import {
  ageBandIndex,
  ageBandLabels,
  candidateLists,
  composeBody,
  electedBodies,
  largestRemainderHundredths,
  meetsShare,
  targetFindings,
} from '../../src/engine/composition';
import { born, congress, election, person, result } from '../nominees/fixtures';
import type { Person } from '../../src/engine/model/person';

const rows = (dims: ReturnType<typeof composeBody>, name: string) =>
  dims.find((d) => d.dimension === name)?.rows.map((r) => [r.label, r.count, r.percent]);

describe('percentages that sum to exactly 100,00 (largest remainder on hundredths)', () => {
  test('thirds: 33,34 + 33,33 + 33,33, the first row taking the extra hundredth', () => {
    expect(largestRemainderHundredths([1, 1, 1])).toEqual([3334, 3333, 3333]);
  });

  test('4 of 15 and 11 of 15: 26,67% and 73,33% as in the seeds', () => {
    expect(largestRemainderHundredths([4, 11])).toEqual([2667, 7333]);
    expect(largestRemainderHundredths([2, 9, 4])).toEqual([1333, 6000, 2667]);
  });

  test('ties of remainder go to the larger count, then row order', () => {
    // 1/7 = 14,2857…, 2/7 = 28,5714…, 4/7 = 57,1428…: plain rounding gives 14,29 + 28,57 + 57,14 = 100.
    expect(largestRemainderHundredths([1, 2, 4])).toEqual([1429, 2857, 5714]);
    // 1, 1, 1, 3 of 6: 16,666… ×3 + 50: two extra hundredths over three equal remainders → rows 1, 2.
    expect(largestRemainderHundredths([1, 1, 1, 3])).toEqual([1667, 1667, 1666, 5000]);
    // 1, 4, 1 of 6: all three remainders equal; the larger count (row 2) first, then row 1.
    expect(largestRemainderHundredths([1, 4, 1])).toEqual([1667, 6667, 1666]);
  });

  test('every split of small totals sums to 10000', () => {
    for (let n = 1; n <= 40; n++) {
      for (let a = 0; a <= n; a++) {
        for (let b = 0; a + b <= n; b++) {
          const h = largestRemainderHundredths([a, b, n - a - b]);
          expect(h.reduce((x, y) => x + y, 0)).toBe(10000);
        }
      }
    }
  });
});

describe('composition of a body', () => {
  const opts = { ageBands: [35, 50], referenceDate: { year: 2020, month: 5, day: 19 }, committee: true };
  const mk = (name: string, p: Partial<Person>, i: number) => person(name, p, i + 2);

  test('dimensions and row order per the contract', () => {
    const ppl = [
      mk(
        'A An',
        { gender: 'Nữ', birth: born('20/05/1985'), incumbent: true, education: 'Trên đại học', theory: 'Cao cấp' },
        0,
      ), // 34
      mk(
        'B Bình',
        { gender: 'Nam', birth: born('19/05/1985'), incumbent: false, education: 'Cao đẳng, đại học', theory: '' },
        1,
      ), // 35
      mk(
        'C Chi',
        {
          gender: 'Nam',
          birth: born('19/05/1970'),
          incumbent: true,
          education: 'cao đẳng, đại học',
          theory: 'Trung cấp',
          ethnicity: 'Tày',
        },
        2,
      ), // 50
      mk('D Dũng', { gender: 'Nam', birth: born('18/05/1969'), incumbent: true, education: '', theory: 'Sơ cấp' }, 3), // 51
    ];
    const dims = composeBody(['A An', 'B Bình', 'C Chi', 'D Dũng', 'E Em'], ppl, opts);
    expect(dims.map((d) => d.dimension)).toEqual([
      'Giới tính',
      'Độ tuổi',
      'Tái cử',
      'Trình độ chuyên môn',
      'Dân tộc',
      'Lý luận chính trị',
    ]);
    expect(rows(dims, 'Giới tính')).toEqual([
      ['Nam', 3, 60],
      ['Nữ', 1, 20],
      ['Không rõ', 1, 20],
    ]);
    expect(rows(dims, 'Độ tuổi')).toEqual([
      ['Dưới 35', 1, 20],
      ['Từ 35 đến 50', 2, 40],
      ['Trên 50', 1, 20],
      ['Không rõ', 1, 20],
    ]);
    expect(rows(dims, 'Tái cử')).toEqual([
      ['Tái cử', 3, 60],
      ['Lần đầu', 1, 20],
      ['Không rõ', 1, 20],
    ]);
    expect(rows(dims, 'Trình độ chuyên môn')).toEqual([
      ['Cao đẳng, đại học', 2, 40],
      ['Trên đại học', 1, 20],
      ['Không rõ', 2, 40],
    ]);
    expect(rows(dims, 'Dân tộc')).toEqual([
      ['Kinh', 3, 60],
      ['Tày', 1, 20],
      ['Không rõ', 1, 20],
    ]);
    expect(rows(dims, 'Lý luận chính trị')).toEqual([
      ['Cao cấp', 1, 20],
      ['Trung cấp', 1, 20],
      ['Sơ cấp', 1, 20],
      ['Chưa qua đào tạo', 1, 20],
      ['Không rõ', 1, 20],
    ]);
    expect(composeBody(['A An'], ppl, { ...opts, committee: false }).map((d) => d.dimension)).not.toContain('Tái cử');
  });

  test('age bands from three cut points', () => {
    expect(ageBandLabels([35, 50, 60])).toEqual(['Dưới 35', 'Từ 35 đến 50', 'Từ 51 đến 60', 'Trên 60']);
    expect([34, 35, 50, 51, 60, 61].map((a) => ageBandIndex(a, [35, 50, 60]))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  test('an NFD member name finds its NFC row', () => {
    const dims = composeBody(
      ['Nguyễn Thị Phượng'.normalize('NFD')],
      [person('Nguyễn Thị Phượng', { gender: 'Nữ' })],
      opts,
    );
    expect(rows(dims, 'Giới tính')).toEqual([
      ['Nam', 0, 0],
      ['Nữ', 1, 100],
    ]);
  });
});

describe('bodies and targets', () => {
  const bch1 = election({
    id: 'BCH',
    office: 'Ban Chấp hành',
    seats: 15,
    candidates: Array.from({ length: 17 }, (_, i) => `Người ${i + 1}`),
  });
  const bch2 = election({
    id: 'BCH-2',
    office: 'Ban Chấp hành',
    seats: 2,
    candidates: ['Người 15', 'Người 16', 'Người 17'],
    previousId: 'BCH',
    round: 2,
  });
  const ppl = bch1.candidates.map((n, i) =>
    person(n, { gender: i < 4 ? 'Nữ' : 'Nam', birth: born(i < 2 ? '01/01/1990' : '01/01/1970') }, i + 2),
  );
  const c = congress([['Ngày tính tuổi', '19/05/2020']]);

  test("the winners of every round under round 1's Mã", () => {
    const results = [result(bch1, bch1.candidates.slice(0, 13), 'shortfall'), result(bch2, ['Người 15', 'Người 16'])];
    const { bodies } = electedBodies({ congress: c, elections: [bch1, bch2], results, people: ppl });
    expect(bodies.map((b) => [b.id, b.members.length])).toEqual([['BCH', 15]]);
    expect(rows(bodies[0].dimensions, 'Giới tính')).toEqual([
      ['Nam', 11, 73.33],
      ['Nữ', 4, 26.67],
    ]);
    expect(targetFindings({ congress: c, elections: [bch1, bch2], results, people: ppl }, bodies[0])).toEqual([]);
  });

  test('TARGET_MISSED: women 1 of 15 is 6,67% < 15%; young 1 of 15 is 6,67% < 10%', () => {
    const results = [result(bch1, bch1.candidates.slice(1, 16))];
    const ppl2 = ppl.map((p, i) => (i === 2 || i === 3 ? { ...p, gender: 'Nam' as const } : p));
    const { bodies } = electedBodies({ congress: c, elections: [bch1], results, people: ppl2 });
    const f = targetFindings({ congress: c, elections: [bch1], results, people: ppl2 }, bodies[0]);
    expect(f.map((x) => [x.code, x.message, x.params?.percent])).toEqual([
      ['TARGET_MISSED', 'TARGET_MISSED_WOMEN', '6,67%'],
      ['TARGET_MISSED', 'TARGET_MISSED_YOUNG', '6,67%'],
    ]);
  });

  test('exact target comparison: 100 × women ≥ target × n', () => {
    expect(meetsShare(3, 20, 15)).toBe(true); // 15% exactly
    expect(meetsShare(2, 14, 15)).toBe(false); // 14,29%
    expect(meetsShare(3, 20, 15.5)).toBe(false);
  });

  test('nothing elected yet: no body, an info note; --lists still composes every list', () => {
    const { bodies, notes } = electedBodies({ congress: c, elections: [bch1], results: null, people: ppl });
    expect(bodies).toEqual([]);
    expect(notes.map((n) => n.code)).toEqual(['COMPOSITION_PENDING']);
    expect(
      candidateLists({ congress: c, elections: [bch1, bch2], results: null, people: ppl }).map((b) => [
        b.id,
        b.members.length,
      ]),
    ).toEqual([
      ['BCH', 17],
      ['BCH-2', 3],
    ]);
  });
});
