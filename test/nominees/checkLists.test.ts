import { checkLists } from '../../src/engine/nominees/checkLists';
import { formatSurplusPercent, judgeCommitteeSurplus, surplusBound } from '../../src/engine/nominees/surplus';
import type { Problem } from '../../src/workbook/problems';
import { t } from '../../src/i18n';
import { born, congress, election, input, names, person, result, roll } from './fixtures';

// The date ages are counted at is said in every check with committee lists (AGE_REFERENCE, info);
// the tests of other rules leave it out, the ages' tests check it.
const codes = (ps: Problem[]) => ps.map((p) => p.code).filter((c) => c !== 'AGE_REFERENCE');
const only = (ps: Problem[], code: string) => ps.filter((p) => p.code === code);
const people = (list: string[], extra: Parameters<typeof person>[1] = {}) =>
  list.map((n, i) => person(n, extra, i + 2));

describe('surplus (190-QĐ/TW Điều 14 khoản 1, regulations §3.4)', () => {
  const bch = (seats: number, candidates: number, extra: [string, string][] = []) => {
    const e = election({ id: 'BCH', office: 'Ban Chấp hành', seats, candidates: names(candidates) });
    return {
      e,
      findings: checkLists(input({ congress: congress(extra), elections: [e], people: people(e.candidates) })),
    };
  };

  test('exactly 30% is allowed, 30% plus one person is SURPLUS_HIGH at the Số lượng cần bầu cell', () => {
    expect(codes(bch(10, 13).findings)).toEqual([]);
    const { e, findings } = bch(10, 14);
    expect(codes(findings)).toEqual(['SURPLUS_HIGH']);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      cell: e.refs.seats,
      rule: '190-QĐ/TW Điều 14 khoản 1',
    });
    expect(findings[0].params).toMatchObject({ candidates: 14, seats: 10, surplus: 4, percent: '40,00%', max: 3 });
    expect(t('vi', findings[0].message, findings[0].params)).toContain('40,00%');
  });

  test('30% of 9 is 2,7: exact comparison admits 2, rounding up admits 3, rounding down 2', () => {
    expect(codes(bch(9, 11).findings)).toEqual([]);
    const high = bch(9, 12);
    expect(codes(high.findings)).toEqual(['SURPLUS_HIGH']);
    expect(high.findings[0].params).toMatchObject({ percent: '≈33,33%', max: 2 });
    expect(codes(bch(9, 12, [['Làm tròn số dư', 'Làm tròn lên']]).findings)).toEqual([]);
    expect(codes(bch(9, 12, [['Làm tròn số dư', 'Làm tròn xuống']]).findings)).toEqual(['SURPLUS_HIGH']);
    expect(surplusBound(9, 30, 'Không làm tròn', 'max')).toBe(2);
    expect(surplusBound(9, 30, 'Làm tròn lên', 'max')).toBe(3);
    expect(surplusBound(15, 10, 'Không làm tròn', 'min')).toBe(2);
    expect(surplusBound(15, 10, 'Làm tròn xuống', 'min')).toBe(1);
  });

  test('no surplus is SURPLUS_LOW', () => {
    expect(codes(bch(15, 15).findings)).toEqual(['SURPLUS_LOW']);
    expect(codes(bch(15, 14).findings)).toEqual(['SURPLUS_LOW']);
  });

  test('bodies of 3 and 5 seats need exactly one more; 6 seats fall under the 30% rule', () => {
    expect(codes(bch(3, 4).findings)).toEqual([]);
    expect(codes(bch(3, 3).findings)).toEqual(['SURPLUS_LOW']);
    expect(codes(bch(3, 5).findings)).toEqual(['SURPLUS_HIGH']);
    expect(bch(3, 5).findings[0].message).toBe('LIST_SURPLUS_SMALL_HIGH');
    expect(codes(bch(5, 6).findings)).toEqual([]);
    expect(codes(bch(5, 7).findings)).toEqual(['SURPLUS_HIGH']);
    expect(codes(bch(6, 7).findings)).toEqual([]); // 16,67% ≤ 30%
    expect(codes(bch(6, 8).findings)).toEqual(['SURPLUS_HIGH']); // 33,33% > 30%: 10 × 2 > 3 × 6
    expect(judgeCommitteeSurplus(6, 6, 'Không làm tròn').small).toBe(false);
  });

  test('a standing committee list follows the same rule; other offices may have no surplus', () => {
    const btv = election({
      id: 'BTV',
      office: 'Ban Thường vụ',
      seats: 5,
      candidates: names(5),
      session: 'Hội nghị lần thứ nhất',
    });
    const bt = election({
      id: 'BT',
      office: 'Bí thư',
      seats: 1,
      candidates: ['Nguyễn Văn An'],
      session: 'Hội nghị lần thứ nhất',
    });
    const db = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 3, candidates: names(3) });
    const findings = checkLists(input({ elections: [btv, bt, db], people: people(names(5)) }));
    expect(findings.filter((f) => f.code.startsWith('SURPLUS')).map((f) => f.cell)).toEqual([btv.refs.seats]);
  });

  test("the committee's own nominees need 10–15% (SURPLUS_PREPARED, a warning)", () => {
    const run = (prepared: number, floor: number) => {
      const list = names(prepared + floor);
      const e = election({ id: 'BCH', office: 'Ban Chấp hành', seats: 20, candidates: list });
      const ps = list.map((n, i) => person(n, { source: i < prepared ? 'Cấp ủy giới thiệu' : 'Ứng cử' }, i + 2));
      const xyk = election({
        id: 'XYK',
        office: 'Xin ý kiến',
        seats: 0,
        candidates: list.slice(prepared),
        feeds: 'BCH',
      });
      return checkLists(input({ elections: [e, xyk], people: ps }));
    };
    expect(codes(run(22, 0))).toEqual([]); // 10%
    expect(codes(run(23, 0))).toEqual([]); // 15%
    expect(codes(run(21, 0))).toEqual(['SURPLUS_PREPARED']); // 5%
    expect(codes(run(24, 0))).toEqual(['SURPLUS_PREPARED']); // 20%
    expect(run(21, 0)[0]).toMatchObject({ severity: 'warning', params: { min: 2, max: 3, prepared: 21 } });
    expect(formatSurplusPercent(21, 20)).toBe('5,00%');
  });
});

describe('nominees from the floor (Điều 14 khoản 3, regulations §3.3)', () => {
  const list = names(12);
  const bch = election({ id: 'BCH', office: 'Ban Chấp hành', seats: 10, candidates: list });
  const floor = [list[10], list[11]];
  const xyk = election({ id: 'XYK', office: 'Xin ý kiến', seats: 0, candidates: floor, feeds: 'BCH' });
  const ps = list.map((n, i) =>
    person(n, { source: floor.includes(n) ? 'Đại hội đề cử' : 'Cấp ủy giới thiệu' }, i + 2),
  );

  test('a floor nominee who did not pass the opinion ballot is FLOOR_NOMINEE_UNAPPROVED at the list cell', () => {
    const results = [result(bch, []), result(xyk, [floor[0]], 'complete', { [floor[0]]: 31, [floor[1]]: 30 }, 100)];
    results[0].status = 'zero';
    const findings = only(
      checkLists(input({ elections: [bch, xyk], people: ps, results })),
      'FLOOR_NOMINEE_UNAPPROVED',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      cell: bch.candidateCells[11],
      rule: '190-QĐ/TW Điều 14 khoản 3',
    });
    expect(findings[0].params).toMatchObject({ name: floor[1], approvals: 30, base: 100 });
  });

  test('not judged before the opinion ballot is counted; missing from the opinion ballot is an error', () => {
    expect(
      only(checkLists(input({ elections: [bch, xyk], people: ps, results: null })), 'FLOOR_NOMINEE_UNAPPROVED'),
    ).toEqual([]);
    const partial = election({ id: 'XYK', office: 'Xin ý kiến', seats: 0, candidates: [floor[0]], feeds: 'BCH' });
    const f = only(checkLists(input({ elections: [bch, partial], people: ps })), 'FLOOR_NOMINEE_UNAPPROVED');
    expect(f.map((x) => x.message)).toEqual(['FLOOR_NOMINEE_NOT_ASKED']);
    const none = only(checkLists(input({ elections: [bch], people: ps })), 'FLOOR_NOMINEE_UNAPPROVED');
    expect(none.map((x) => [x.message, x.severity])).toEqual([
      ['FLOOR_NOMINEE_NO_OPINION', 'error'],
      ['FLOOR_NOMINEE_NO_OPINION', 'error'],
    ]);
  });

  test('a list over 30% because of floor nominees says the congress decides', () => {
    const big = election({ id: 'BCH', office: 'Ban Chấp hành', seats: 8, candidates: list.slice(0, 11) });
    const f = only(checkLists(input({ elections: [big], people: ps })), 'SURPLUS_HIGH');
    expect(f[0].message).toBe('LIST_SURPLUS_HIGH_FLOOR');
    expect(t('vi', f[0].message, f[0].params)).toContain('đại hội xin ý kiến và quyết định');
  });
});

describe('eligibility (regulations §3.1)', () => {
  test('a probationary member on a list is NOT_OFFICIAL; Nhân sự disagreeing with the roll is an error too', () => {
    const list = ['Lê Văn An', 'Trần Thị Bình'];
    const db = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 2, candidates: list });
    const ps = [person('Lê Văn An', { membership: 'Dự bị' }, 2), person('Trần Thị Bình', {}, 3)];
    const r = roll(0, [
      { name: 'Lê Văn An', standing: 'Chính thức' },
      { name: 'Trần Thị Bình', standing: 'Dự bị' },
    ]);
    const f = only(checkLists(input({ elections: [db], people: ps, roll: r })), 'NOT_OFFICIAL');
    expect(f.map((x) => x.message).sort()).toEqual([
      'NOT_OFFICIAL_MISMATCH',
      'NOT_OFFICIAL_MISMATCH',
      'NOT_OFFICIAL_PERSONNEL',
      'NOT_OFFICIAL_ROLL',
    ]);
    expect(f.find((x) => x.message === 'NOT_OFFICIAL_PERSONNEL')).toMatchObject({
      cell: db.candidateCells[0],
      rule: 'Điều lệ Đảng Điều 3 khoản 4',
    });
  });

  test('a counter on a list of the same session is COUNTER_ON_LIST; another session is fine', () => {
    const db = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 1, candidates: ['Lê Văn An'] });
    const btv = election({
      id: 'BTV',
      office: 'Ban Thường vụ',
      seats: 1,
      candidates: ['Phạm Văn Cường'],
      session: 'Hội nghị lần thứ nhất',
    });
    const counters = [
      { name: 'Lê Văn An', role: 'Trưởng ban' as const, session: 'Đại hội' as const, cell: "'Ban kiểm phiếu'!A2" },
      { name: 'Phạm Văn Cường', role: 'Ủy viên' as const, session: 'Đại hội' as const, cell: "'Ban kiểm phiếu'!A3" },
    ];
    const f = only(
      checkLists(input({ elections: [db, btv], counters, people: [person('Lê Văn An'), person('Phạm Văn Cường')] })),
      'COUNTER_ON_LIST',
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "'Ban kiểm phiếu'!A2", rule: '190-QĐ/TW Điều 8' });
  });
});

describe('ages (Chỉ thị 45-CT/TW; reference date 01/04/2025)', () => {
  const run = (
    p: ReturnType<typeof person>,
    office: 'Ban Chấp hành' | 'Đại biểu chính thức' = 'Ban Chấp hành',
    extra: [string, string][] = [],
  ) => {
    const others = names(9, 'Phan Thị');
    const e = election({ id: 'X', office, seats: 9, candidates: [...others, p.name].sort() });
    return checkLists(
      input({
        congress: congress(extra),
        elections: [e],
        people: [p, ...people(others, { birth: born('01/01/1980'), gender: 'Nữ' })],
      }),
    ).filter((f) => f.code.startsWith('AGE') && f.code !== 'AGE_REFERENCE');
  };

  test('re-election: 48 months left is enough, 47 is AGE_REELECTION', () => {
    expect(run(person('Vũ Văn An', { gender: 'Nam', incumbent: true, birth: born('01/04/1967') }))).toEqual([]); // retires 01/04/2029
    const f = run(person('Vũ Văn An', { gender: 'Nam', incumbent: true, birth: born('01/03/1967') })); // retires 01/03/2029
    expect(codes(f)).toEqual(['AGE_REELECTION']);
    expect(f[0]).toMatchObject({
      severity: 'warning',
      params: { remaining: 47, months: 48, retirement: '01/03/2029', required: '01/04/2029' },
    });
  });

  test('first term: retirement no earlier than 60 months after the reference date', () => {
    expect(run(person('Vũ Văn An', { gender: 'Nam', birth: born('01/04/1968') }))).toEqual([]); // 01/04/2030
    expect(codes(run(person('Vũ Văn An', { gender: 'Nam', birth: born('31/03/1968') })))).toEqual(['AGE_FIRST_TERM']);
    // Women: a birthday in December 1971 reaches 58 (the age of 2029) in 2029; one in January 1972
    // reaches 58y4m (the age of 2030) only on 01/05/2030.
    expect(codes(run(person('Vũ Thị An', { gender: 'Nữ', birth: born('01/12/1971') })))).toEqual(['AGE_FIRST_TERM']); // 01/12/2029
    expect(run(person('Vũ Thị An', { gender: 'Nữ', birth: born('01/01/1972') }))).toEqual([]); // 01/05/2030
  });

  test('a birth year only is read as 1 January and says so', () => {
    const f = run(person('Vũ Văn An', { gender: 'Nam', birth: born('1968', true) }));
    expect(f.map((x) => x.message)).toEqual(['AGE_FIRST_TERM_YEAR_ONLY']);
    expect(f[0].params).toMatchObject({ birth: '1968', retirement: '01/01/2030' });
  });

  test('ages are checked for committee lists only, not for delegates', () => {
    expect(run(person('Vũ Văn An', { gender: 'Nam', birth: born('31/03/1950') }), 'Đại biểu chính thức')).toEqual([]);
  });

  test('missing birth date or gender is AGE_UNKNOWN (info)', () => {
    const f = run(person('Vũ Văn An', { birth: born('01/01/1980'), gender: null }));
    expect(f.map((x) => [x.code, x.severity, x.params?.missing])).toEqual([['AGE_UNKNOWN', 'info', 'Giới tính']]);
  });
});

describe('structure (regulations §2.3, §3.8, addendum §3)', () => {
  test('a chi bộ with 8 official members elects no chi ủy; 9 (one exempted) may', () => {
    const cu = election({ id: 'CU', office: 'Chi ủy', seats: 3, candidates: names(4) });
    const run = (r: ReturnType<typeof roll>) =>
      codes(
        checkLists(
          input({ congress: congress([], 'Đại hội đảng viên'), roll: r, elections: [cu], people: people(names(4)) }),
        ),
      );
    expect(run(roll(8, [{ standing: 'Dự bị' }, { standing: 'Dự bị' }]))).toEqual(['CHI_UY_UNDER_9']);
    expect(run(roll(8, [{ standing: 'Chính thức', status: 'Miễn sinh hoạt' }]))).toEqual([]);
  });

  test('a chi ủy of 8 is CHI_UY_OVER_7', () => {
    const cu7 = election({ id: 'CU', office: 'Chi ủy', seats: 7, candidates: names(8) });
    const cu8 = election({ id: 'CU', office: 'Chi ủy', seats: 8, candidates: names(9) });
    expect(codes(checkLists(input({ elections: [cu7], people: people(names(8)) })))).toEqual([]);
    expect(codes(checkLists(input({ elections: [cu8], people: people(names(9)) })))).toEqual(['CHI_UY_OVER_7']);
  });

  const bch = (seats: number) => election({ id: 'BCH', office: 'Ban Chấp hành', seats, candidates: names(seats + 1) });
  const btv = (seats: number, list = names(seats + 1)) =>
    election({ id: 'BTV', office: 'Ban Thường vụ', seats, candidates: list, session: 'Hội nghị lần thứ nhất' });
  const all = people(names(29));

  test('a standing committee of more than a third is BTV_OVER_THIRD; none under 9 committee members', () => {
    expect(codes(checkLists(input({ elections: [bch(15), btv(5)], people: all })))).toEqual([]);
    expect(codes(checkLists(input({ elections: [bch(15), btv(6)], people: all })))).toEqual(['BTV_OVER_THIRD']);
    expect(codes(checkLists(input({ elections: [bch(8), btv(3)], people: all })))).toEqual(['BTV_UNDER_9']);
    expect(codes(checkLists(input({ elections: [bch(9), btv(3)], people: all })))).toEqual([]);
  });

  test('re-checked against the committee actually elected: 8 of 9 rules out the standing committee', () => {
    const c = bch(9);
    const b = btv(3, c.candidates.slice(0, 4));
    const results = [result(c, c.candidates.slice(0, 8), 'shortfall')];
    const f = checkLists(input({ elections: [c, b], people: all, results })).filter((x) => x.code !== 'AGE_REFERENCE');
    expect(f.map((x) => [x.code, x.message])).toEqual([['BTV_UNDER_9', 'BTV_UNDER_9_ELECTED']]);
    expect(f[0].params).toMatchObject({ committee: 8 });
  });

  test('a committee of 15 that elected 12 allows a standing committee of 4, not 5', () => {
    const c = bch(15);
    const results = [result(c, c.candidates.slice(0, 12), 'shortfall')];
    const f = checkLists(input({ elections: [c, btv(5, c.candidates.slice(0, 6))], people: all, results })).filter(
      (x) => x.code !== 'AGE_REFERENCE',
    );
    expect(f.map((x) => x.message)).toEqual(['BTV_OVER_THIRD_ELECTED']);
  });

  test('bí thư candidates come from the elected standing committee', () => {
    const c = bch(9);
    const b = btv(3, c.candidates.slice(0, 4));
    const bt = election({
      id: 'BT',
      office: 'Bí thư',
      seats: 1,
      candidates: [c.candidates[3]],
      session: 'Hội nghị lần thứ nhất',
    });
    const results = [result(c, c.candidates.slice(0, 9)), result(b, c.candidates.slice(0, 3))];
    const f = only(checkLists(input({ elections: [c, b, bt], people: all, results })), 'NOT_IN_ELECTED_BODY');
    expect(f.map((x) => [x.message, x.params?.name])).toEqual([['NOT_IN_ELECTED_BODY', c.candidates[3]]]);
    const outsider = election({
      id: 'BT',
      office: 'Bí thư',
      seats: 1,
      candidates: ['Ngô Văn Zũ'],
      session: 'Hội nghị lần thứ nhất',
    });
    const g = only(checkLists(input({ elections: [c, b, outsider], people: all })), 'NOT_IN_ELECTED_BODY');
    expect(g.map((x) => [x.message, x.severity])).toEqual([['NOT_ON_BODY_LIST', 'warning']]);
  });
});

describe('names (WORKBOOK.md "Person names match exactly")', () => {
  test('DUPLICATE_NAME, NEAR_DUPLICATE_NAME and NOT_IN_NHAN_SU', () => {
    const list = ['Lê Văn An', 'Lê Văn Ân', 'Lê Văn An', 'Trần Văn Bình'];
    const e = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 3, candidates: list });
    const f = checkLists(input({ elections: [e], people: [person('Lê Văn An'), person('Lê văn ân', {}, 3)] }));
    expect(only(f, 'DUPLICATE_NAME')).toMatchObject([
      { cell: e.candidateCells[2], params: { otherCell: e.candidateCells[0] } },
    ]);
    expect(only(f, 'NEAR_DUPLICATE_NAME')).toMatchObject([{ severity: 'warning', cell: e.candidateCells[1] }]);
    expect(only(f, 'NOT_IN_NHAN_SU').map((x) => [x.params?.name, x.message])).toEqual([
      ['Lê Văn Ân', 'NOT_IN_NHAN_SU_NEAR'],
      ['Trần Văn Bình', 'NOT_IN_NHAN_SU'],
    ]);
  });

  test('a name typed in NFD matches its NFC twin in Nhân sự', () => {
    const nfc = 'Nguyễn Thị Phượng';
    const e = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 1, candidates: [nfc.normalize('NFD')] });
    expect(checkLists(input({ elections: [e], people: [person(nfc)] }))).toEqual([]);
  });

  test('without a Nhân sự sheet, one MISSING_SHEET warning', () => {
    const e = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 1, candidates: ['Lê Văn An'] });
    expect(checkLists(input({ elections: [e], people: null })).map((x) => [x.code, x.message])).toEqual([
      ['MISSING_SHEET', 'NO_NHAN_SU'],
    ]);
  });
});

describe('ballot order (regulations §3.6)', () => {
  test('a list out of A-B-C order is BALLOT_ORDER showing the expected order', () => {
    const list = ['Trần Văn Bình', 'Lê Thị An', 'Đỗ Minh Đức', 'Đinh Dũng'];
    const e = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 3, candidates: list });
    const f = checkLists(input({ elections: [e], people: people(list) }));
    expect(codes(f)).toEqual(['BALLOT_ORDER']);
    expect(f[0]).toMatchObject({ severity: 'warning', cell: e.candidateCells[0] });
    expect(f[0].params?.expected).toBe('1. Lê Thị An; 2. Trần Văn Bình; 3. Đinh Dũng; 4. Đỗ Minh Đức');
  });

  test('namesakes: the (yyyy) suffix is ignored and the earlier birth comes first', () => {
    const list = ['Nguyễn Văn An (1975)', 'Nguyễn Văn An (1968)'];
    const e = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 1, candidates: list });
    const f = checkLists(
      input({
        elections: [e],
        people: [person(list[0], { birth: born('02/02/1975') }), person(list[1], { birth: born('1968', true) }, 3)],
      }),
    );
    expect(f.map((x) => x.params?.expected)).toEqual(['1. Nguyễn Văn An (1968); 2. Nguyễn Văn An (1975)']);
    const ok = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 1, candidates: [list[1], list[0]] });
    expect(checkLists(input({ elections: [ok], people: [person(list[0]), person(list[1], {}, 3)] }))).toEqual([]);
  });

  test('Tên gọi overrides the given name', () => {
    const list = ["H'Maryam Niê", 'Nguyễn Văn Lợi'];
    const e = election({ id: 'DB', office: 'Đại biểu chính thức', seats: 1, candidates: list });
    expect(
      checkLists(
        input({ elections: [e], people: [person(list[0], { givenName: "H'Maryam" }), person(list[1], {}, 3)] }),
      ),
    ).toEqual([]);
    expect(codes(checkLists(input({ elections: [e], people: [person(list[0]), person(list[1], {}, 3)] })))).toEqual([
      'BALLOT_ORDER',
    ]);
  });
});

test('the fixture names are in ballot order', () => {
  const { ballotOrder } = jest.requireActual<typeof import('../../src/engine/text/collate')>(
    '../../src/engine/text/collate',
  );
  const list = names(29).map((name) => ({ name }));
  expect(ballotOrder(list)).toEqual(list);
});
