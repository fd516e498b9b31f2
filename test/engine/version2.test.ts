/**
 * Rules of version 2 of the contract (issue 10 §3–§6): alternates from the official list and from
 * the official ballot (QC190 Điều 18), the re-vote after a tie (`Bầu lại khi bằng phiếu`), a chi
 * bộ's secretary after three rounds and its one deputy (QĐ 294), the age reference date
 * (Chỉ thị 45-CT/TW).
 */
import { tallyElections } from '../../src/engine/tally/tally';
import { checkLists } from '../../src/engine/nominees/checkLists';
import { buildMinutes } from '../../src/engine/minutes/minutesText';
import { ageReference } from '../../src/engine/rules/ageReference';
import type { Congress } from '../../src/engine/model/congress';
import type { ElectionDef } from '../../src/engine/model/election';
import type { Settings } from '../../src/engine/model/settings';
import { t } from '../../src/i18n';
import { ballots, congress, election, people } from './fixtures';

const NAMES = ['An', 'Bình', 'Chi', 'Dũng', 'Em', 'Giang', 'Hà', 'Khoa'].map((n) => `Nguyễn Văn ${n}`);

/** Ballots for the given votes per candidate (in list order) out of `count` ballots, no over-votes. */
function pile(votes: number[], count: number, seats: number): string[] {
  // Deal each candidate's votes to the ballots with the fewest kept names so far.
  const kept = Array.from({ length: count }, () => new Set<number>());
  votes.forEach((v, c) => {
    const order = kept.map((k, i) => ({ i, n: k.size })).sort((a, b) => a.n - b.n || a.i - b.i);
    for (const { i } of order.slice(0, v)) kept[i].add(c);
  });
  for (const k of kept) if (k.size > seats) throw new Error('pile: over-vote');
  return kept.map((k) => votes.map((_, c) => (k.has(c) ? '.' : 'x')).join(''));
}

const tally = (elections: ElectionDef[], c: Congress = congress(), n = 10) =>
  tallyElections({ congress: c, roll: people(n, 'Chính thức'), elections });
const withSettings = (over: Partial<Settings>, base: Congress = congress()): Congress => ({
  ...base,
  settings: { ...base.settings, ...over },
});

describe('alternates from the official delegates’ ballot (Số dự khuyết, QC190 Điều 18)', () => {
  // 30 convened, D = 30: a majority is 16. Five seats: A 22, B 21, C 20, D 19, E 18 are the
  // officials; G 17, H 16, K 16 qualify as alternates (a strike ballot of 5 seats lets at most 9
  // candidates pass half of D).
  const votes = [22, 21, 20, 19, 18, 17, 16, 16];
  const db = (alternateSeats: number | null, v = votes) =>
    election({
      id: 'DB',
      office: 'Đại biểu chính thức',
      seats: 5,
      candidates: NAMES,
      alternateSeats,
      ballots: ballots(pile(v, 30, 5), 'Phiếu DB'),
    });
  const run = (def: ElectionDef) => tally([def], congress(), 30).results[0];

  test('a tie at the alternates’ cut: the places above it are filled, the tied are reported, never chosen', () => {
    const r = run(db(2));
    expect(r.status).toBe('complete');
    expect(r.elected).toEqual(NAMES.slice(0, 5));
    expect(r.alternates).toEqual([NAMES[5]]);
    expect(r.alternateTies).toEqual([NAMES[6], NAMES[7]]);
    expect(r.orderTies).toEqual([]);
    const text = JSON.stringify(
      buildMinutes({ congress: congress(), election: db(2), result: r, counters: null }).blocks,
    );
    expect(text).toContain('Đại biểu dự khuyết lấy từ kết quả bầu đại biểu chính thức');
    expect(text).toContain('theo Điều 18 Quy chế bầu cử trong Đảng');
    expect(text).toContain(`các đồng chí ${NAMES[6]} và ${NAMES[7]} cùng được 16 phiếu`);
  });

  test('enough places: every qualified candidate not elected, by votes; equal votes go to orderTies', () => {
    const r = run(db(3));
    expect(r.alternates).toEqual([NAMES[5], NAMES[6], NAMES[7]]);
    expect(r.alternateTies).toEqual([]);
    expect(r.orderTies).toEqual([[NAMES[6], NAMES[7]]]);
    // More places than qualified candidates: only those with a majority.
    const fewer = run(db(3, [22, 21, 20, 19, 18, 17, 16, 15]));
    expect(fewer.alternates).toEqual([NAMES[5], NAMES[6]]);
    // The minutes print the alternates in their own table.
    const doc = buildMinutes({ congress: congress(), election: db(3), result: r, counters: null });
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables[tables.length - 1]).toMatchObject({
      rows: [
        [1, NAMES[5], 17, '56,67%'],
        [2, NAMES[6], 16, '53,33%'],
        [3, NAMES[7], 16, '53,33%'],
      ],
    });
  });

  test('without the column nothing changes: no alternates field', () => {
    const r = run(db(null));
    expect(r).not.toHaveProperty('alternates');
    expect(r).not.toHaveProperty('alternateTies');
    expect(r.orderTies).toEqual([]);
  });

  test('no alternates while the official seats are tied, nor before counting', () => {
    const r = run(db(2, [22, 21, 20, 19, 18, 18, 16, 15]));
    expect(r.status).toBe('tie');
    expect([r.alternates, r.alternateTies]).toEqual([[], []]);
    const z = run(election({ ...db(2), ballots: [] }));
    expect([z.status, z.alternates, z.alternateTies]).toEqual(['zero', [], []]);
  });
});

describe('ALTERNATE_NOT_FROM_LIST (QC190 Điều 18)', () => {
  const db = election({
    id: 'DB',
    office: 'Đại biểu chính thức',
    seats: 2,
    candidates: NAMES.slice(0, 4),
    ballots: ballots(pile([9, 8, 2, 1], 10, 2), 'Phiếu DB'),
  });
  const dbdk = (candidates: string[]) =>
    election({
      id: 'DBDK',
      office: 'Đại biểu dự khuyết',
      seats: 1,
      candidates,
      candidateCells: candidates.map((_, i) => `'Phiếu DBDK'!${String.fromCharCode(66 + i)}1`),
      ballots: ballots(
        pile(
          candidates.map((_, i) => (i === 0 ? 7 : 1)),
          10,
          1,
        ),
        'Phiếu DBDK',
      ),
    });

  test('from the rest of the official list: counted as usual', () => {
    const { results } = tally([dbdk([NAMES[2], NAMES[3]]), db]);
    expect(results.map((r) => r.status)).toEqual(['complete', 'complete']);
    expect(results[0].elected).toEqual([NAMES[2]]);
    expect(
      checkLists({
        congress: congress(),
        roll: null,
        counters: null,
        elections: [db, dbdk([NAMES[2], NAMES[3]])],
        people: null,
        results,
      }).filter((f) => f.code === 'ALTERNATE_NOT_FROM_LIST'),
    ).toEqual([]);
  });

  test('a name not on the official list, or elected there: the tally is blocked with the check shown, the list check points at each name', () => {
    const bad = dbdk([NAMES[2], 'Lê Thị Ngoài', NAMES[0]]);
    const { results } = tally([db, bad]);
    const r = results[1];
    expect(r.status).toBe('blocked');
    expect(r.elected).toEqual([]);
    expect(r.checks.find((c) => !c.ok)).toMatchObject({ expected: 0, actual: 2, ok: false, cell: "'Phiếu DBDK'!C1" });
    const findings = checkLists({
      congress: congress(),
      roll: null,
      counters: null,
      elections: [db, bad],
      people: null,
      results,
    });
    const own = findings.filter((f) => f.code === 'ALTERNATE_NOT_FROM_LIST');
    expect(own.map((f) => [f.severity, f.message, f.cell, f.rule])).toEqual([
      ['error', 'ALTERNATE_NOT_ON_OFFICIAL_LIST', "'Phiếu DBDK'!C1", '190-QĐ/TW Điều 18'],
      ['error', 'ALTERNATE_ELECTED_OFFICIAL', "'Phiếu DBDK'!D1", '190-QĐ/TW Điều 18'],
    ]);
    expect(t('vi', own[0].message, own[0].params)).toContain('"Lê Thị Ngoài"');
    // Before the officials are counted only the list is known: the elected one is not a fault yet.
    const early = tally([election({ ...db, ballots: [] }), bad]).results[1];
    expect(early.checks.find((c) => !c.ok)).toMatchObject({ actual: 1 });
  });

  test('under 244-QĐ/TW the alternates may have a list of their own', () => {
    const bad = dbdk([NAMES[2], 'Lê Thị Ngoài', NAMES[0]]);
    const c = { ...congress(), ruleSet: '244-QĐ/TW' as const };
    expect(tally([db, bad], c).results[1].status).not.toBe('blocked');
    const findings = checkLists({
      congress: c,
      roll: null,
      counters: null,
      elections: [db, bad],
      people: null,
      results: null,
    });
    expect(findings.filter((f) => f.code === 'ALTERNATE_NOT_FROM_LIST')).toEqual([]);
  });
});

describe('the round after a tie: Bầu lại khi bằng phiếu', () => {
  // Round 1: 2 seats, A 8, B 6, C 6 (both qualified, tied for the last seat); D = 10.
  const round1 = election({
    id: 'BCH',
    seats: 2,
    candidates: NAMES.slice(0, 3),
    ballots: ballots(pile([8, 6, 6], 10, 2), 'Phiếu BCH'),
  });
  const round2 = (votes: number[]) =>
    election({
      id: 'BCH-2',
      round: 2,
      previousId: 'BCH',
      seats: 1,
      candidates: [NAMES[1], NAMES[2]],
      ballotType: 'Gạch tên',
      ballots: ballots(pile(votes, 10, 1), 'Phiếu BCH-2'),
    });

  test('Quá bán (default): the tied again need 2 × votes > D', () => {
    const { results } = tally([round1, round2([5, 4])]);
    expect(results[0]).toMatchObject({ status: 'tie', tied: [NAMES[1], NAMES[2]], seatsOpen: 1, tieRevote: null });
    expect(results[1]).toMatchObject({ status: 'shortfall', elected: [], threshold: 6, tieRevote: 'Quá bán' });
    const won = tally([round1, round2([6, 4])]).results[1];
    expect(won).toMatchObject({ status: 'complete', elected: [NAMES[1]] });
  });

  test('Nhiều phiếu hơn: the most votes fill the open seats without a majority; a new tie stays a tie', () => {
    const c = withSettings({ tieRevote: 'Nhiều phiếu hơn' });
    const r = tally([round1, round2([5, 4])], c).results[1];
    expect(r).toMatchObject({ status: 'complete', elected: [NAMES[1]], threshold: 1, tieRevote: 'Nhiều phiếu hơn' });
    const again = tally([round1, round2([4, 4])], c).results[1];
    expect(again).toMatchObject({ status: 'tie', elected: [], tied: [NAMES[1], NAMES[2]] });
    // A first round is never decided by the setting.
    expect(tally([round1], c).results[0]).toMatchObject({ status: 'tie', tieRevote: null, threshold: 6 });
  });

  test('the minutes of the round after a tie say which rule was used', () => {
    const text = (c: Congress, votes: number[]) => {
      const { results } = tally([round1, round2(votes)], c);
      const doc = buildMinutes({ congress: c, election: round2(votes), result: results[1], counters: null });
      return JSON.stringify(doc.blocks);
    };
    expect(text(congress(), [6, 4])).toContain(
      'Lần bầu này bầu lại giữa các đồng chí bằng phiếu nhau ở lần bầu trước; theo quyết định của Đại hội, người trúng cử vẫn phải được quá một nửa số phiếu bầu so với D, tức từ 6 phiếu trở lên;',
    );
    const most = text(withSettings({ tieRevote: 'Nhiều phiếu hơn' }), [5, 4]);
    expect(most).toContain(
      'các đồng chí được nhiều phiếu hơn trúng cử cho đủ số lượng cần bầu, không cần đạt quá một nửa so với D',
    );
    expect(most).not.toContain('mỗi đồng chí đạt quá một nửa');
    // Round 1's minutes say nothing of it.
    const first = tally([round1]).results[0];
    expect(
      JSON.stringify(buildMinutes({ congress: congress(), election: round1, result: first, counters: null }).blocks),
    ).not.toContain('Lần bầu này bầu lại');
  });
});

describe('a chi bộ (Quy định 294-QĐ/TW)', () => {
  const chiBo = (): Congress => ({ ...congress(), level: 'Chi bộ' });
  const secretary = (round: number): ElectionDef =>
    election({
      id: round === 1 ? 'BT' : `BT-${round}`,
      office: 'Bí thư',
      round,
      previousId: round === 1 ? null : round === 2 ? 'BT' : `BT-${round - 1}`,
      seats: 1,
      candidates: [NAMES[0]],
      refs: { round: `'Bầu cử'!E${round + 1}`, id: `'Bầu cử'!A${round + 1}` },
      // 5 of 10 agree: not more than half.
      ballots: ballots(pile([5], 10, 1), `Phiếu BT${round}`),
    });

  test('a secretary failing three rounds: SECRETARY_APPOINTED (warning), and the minutes say the superior committee appoints', () => {
    const { results, problems } = tally([secretary(1), secretary(2), secretary(3)], chiBo());
    expect(results.map((r) => r.status)).toEqual(['shortfall', 'shortfall', 'shortfall']);
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'SECRETARY_APPOINTED',
        message: 'SECRETARY_APPOINTED',
        params: { id: 'BT-3', round: 3 },
        cell: "'Bầu cử'!E4",
        rule: 'Quy định 294-QĐ/TW (2025)',
      },
    ]);
    const doc = buildMinutes({ congress: chiBo(), election: secretary(3), result: results[2], counters: null });
    const text = JSON.stringify(doc.blocks);
    expect(text).toContain('cấp ủy cấp trên chỉ định một đồng chí làm bí thư chi bộ');
    expect(text).not.toContain('có bầu tiếp lần sau');
    // Two rounds are not yet three; a đảng bộ's secretary is not a chi bộ's.
    expect(tally([secretary(1), secretary(2)], chiBo()).problems).toEqual([]);
    expect(tally([secretary(1), secretary(2), secretary(3)], { ...congress(), level: 'Cơ sở' }).problems).toEqual([]);
  });

  test('PBT_MORE_THAN_ONE: a chi bộ elects one deputy secretary', () => {
    const pbt = (seats: number, id = 'PBT') =>
      election({
        id,
        office: 'Phó Bí thư',
        seats,
        candidates: NAMES.slice(0, 3),
        refs: { seats: `'Bầu cử'!D${seats + 5}` },
      });
    const input = (elections: ElectionDef[], c = chiBo()) => ({
      congress: c,
      roll: null,
      counters: null,
      elections,
      people: null,
      results: null,
    });
    const f = checkLists(input([pbt(2)])).filter((x) => x.code === 'PBT_MORE_THAN_ONE');
    expect(f.map((x) => [x.severity, x.cell, x.rule, x.params])).toEqual([
      ['error', "'Bầu cử'!D7", 'Quy định 294-QĐ/TW (2025)', { seats: 2, list: '"Bầu thử" (PBT)' }],
    ]);
    expect(checkLists(input([pbt(1)])).filter((x) => x.code === 'PBT_MORE_THAN_ONE')).toEqual([]);
    expect(checkLists(input([pbt(1), pbt(1, 'PBT2')])).filter((x) => x.code === 'PBT_MORE_THAN_ONE')).toHaveLength(1);
    // A đảng bộ may elect two.
    expect(
      checkLists(input([pbt(2)], { ...congress(), level: 'Cơ sở' })).filter((x) => x.code === 'PBT_MORE_THAN_ONE'),
    ).toEqual([]);
  });
});

describe('the age reference date (Chỉ thị 45-CT/TW)', () => {
  const at = (over: Partial<Congress>) => ageReference({ ...congress(), ageReferenceDate: null, ...over });
  test.each([
    ['Chi bộ', 4],
    ['Cơ sở', 4],
    ['Cấp trên cơ sở', 6],
    ['Xã, phường, đặc khu', 7],
    ['Tỉnh', 9],
  ] as const)('blank, term 2025 - 2030, %s: the first day of month %i of 2025', (level, month) => {
    expect(at({ level, term: '2025 - 2030' })).toEqual({ date: { year: 2025, month, day: 1 }, source: 'directive' });
    expect(at({ level, term: '2025–2030' }).source).toBe('directive');
  });
  test('other terms: the congress’s date; a date given: that date', () => {
    expect(at({ term: '2020 - 2025', date: { year: 2020, month: 5, day: 19 } })).toEqual({
      date: { year: 2020, month: 5, day: 19 },
      source: 'congress',
    });
    expect(at({ term: '2025 - 2027' }).source).toBe('congress');
    expect(at({ term: '2025 - 2030', ageReferenceDate: { year: 2025, month: 3, day: 15 } })).toEqual({
      date: { year: 2025, month: 3, day: 15 },
      source: 'given',
    });
  });
  test('the list check prints the date used and why', () => {
    const bch = election({ id: 'BCH', seats: 1, candidates: [NAMES[0], NAMES[1]] });
    const person = (name: string) => ({
      name,
      birth: { date: { year: 1980, month: 1, day: 1 }, yearOnly: false },
      gender: 'Nam' as const,
      ethnicity: 'Kinh',
      education: '',
      theory: '',
      incumbent: false,
      membership: 'Chính thức' as const,
      source: null,
      givenName: null,
      cells: {},
    });
    const run = (c: Congress) =>
      checkLists({
        congress: c,
        roll: null,
        counters: null,
        elections: [bch],
        people: NAMES.slice(0, 2).map(person),
        results: null,
      }).filter((f) => f.code === 'AGE_REFERENCE');
    const ward = run({ ...congress(), level: 'Xã, phường, đặc khu', term: '2025 - 2030', ageReferenceDate: null });
    expect(ward).toHaveLength(1);
    expect(ward[0]).toMatchObject({ severity: 'info', message: 'AGE_REFERENCE_DIRECTIVE' });
    expect(t('vi', ward[0].message, ward[0].params)).toBe(
      'Tuổi được tính đến ngày 01/07/2025: ô "Ngày tính tuổi" để trống, nhiệm kỳ 2025 - 2030, cấp đại hội "Xã, phường, đặc khu" — Chỉ thị 45-CT/TW lấy ngày đầu tháng này làm mốc tính tuổi cho cấp đó.',
    );
    expect(run({ ...congress(), term: '2020 - 2025', ageReferenceDate: null })[0].message).toBe(
      'AGE_REFERENCE_CONGRESS',
    );
    expect(run({ ...congress(), ageReferenceDate: { year: 2025, month: 3, day: 1 } })[0].message).toBe(
      'AGE_REFERENCE_GIVEN',
    );
  });
});
