/**
 * The tally's input sheets through real .xlsx bytes: what is read, and every input error with
 * its cell (WORKBOOK.md "Input sheets", "Ballot sheets", "Codes").
 */
import { type Cell, workbookFrom } from '../helpers/workbook';
import { readTallyInput } from '../../src/workbook/tallyInput';
import { tallyElections } from '../../src/engine/tally/tally';
import { reportError } from '../../src/commands/report';
import type { Problem } from '../../src/workbook/problems';

type Sheets = Record<string, Cell[][]>;

const CONGRESS: Cell[][] = [
  ['Thông tin', 'Giá trị'],
  ['Tổ chức đảng', 'Chi bộ khu dân cư số 5'],
  ['Loại đại hội', 'Đại hội đảng viên'],
  ['Nhiệm kỳ', '2025 - 2027'],
  ['Địa danh', 'Long Biên'],
  ['Ngày', '12/05/2025'],
];

const ROLL: Cell[][] = [
  ['DANH SÁCH ĐẢNG VIÊN ĐƯỢC TRIỆU TẬP'],
  [],
  ['STT', 'HO VA TEN', 'Chi bộ', 'Tư cách', 'Tình trạng'],
  [1, 'Nguyễn Văn An', 'Khu 5', 'Chính thức', ''],
  [2, 'Trần Thị Bình', 'Khu 5', 'Chính thức', 'Có mặt'],
  [3, 'Lê Văn Cường', 'Khu 5', 'chinh thuc', 'Vắng có lý do'],
  [4, 'Phạm Thị Dung', 'Khu 5', 'Chính thức', 'Có mặt'],
  [5, 'Hoàng Văn Em', 'Khu 5', 'Dự bị', 'Có mặt'],
  [6, 'Vũ Thị Giang', 'Khu 5', 'Chính thức', 'Miễn sinh hoạt'],
  [7, 'Đỗ Văn Hùng', 'Khu 5', 'Chính thức', ''],
];

const ELECTIONS: Cell[][] = [
  ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Phiếu thu vào'],
  ['CU', 'Bầu Chi ủy', 'Chi ủy', 2, 4, 4],
];

const BALLOTS: Cell[][] = [
  ['Số phiếu', 'Nguyễn Văn An', 'Trần Thị Bình', 'Đỗ Văn Hùng', 'Không hợp lệ'],
  ['001', null, 'x', null, null],
  [2, 'x', null, null, null],
  ['3', null, null, 'x', null],
  [4, null, null, null, null],
];

function base(overrides: Sheets = {}): Sheets {
  return { 'Đại hội': CONGRESS, 'Đại biểu': ROLL, 'Bầu cử': ELECTIONS, 'Phiếu CU': BALLOTS, ...overrides };
}

async function read(sheets: Sheets, elections?: string[]) {
  const host = await workbookFrom(sheets);
  return readTallyInput(host, { elections });
}

const errors = (problems: Problem[]) =>
  problems.filter((p) => p.severity === 'error').map((p) => ({ code: p.code, cell: p.cell }));

describe('reading a member congress', () => {
  it('reads the roll below a title, forgiving labels, and a ballot sheet with its list', async () => {
    const { input, problems } = await read(base());
    expect(errors(problems)).toEqual([]);
    expect(input!.roll!.map((r) => [r.name, r.standing, r.status])).toEqual([
      ['Nguyễn Văn An', 'Chính thức', 'Có mặt'],
      ['Trần Thị Bình', 'Chính thức', 'Có mặt'],
      ['Lê Văn Cường', 'Chính thức', 'Vắng có lý do'],
      ['Phạm Thị Dung', 'Chính thức', 'Có mặt'],
      ['Hoàng Văn Em', 'Dự bị', 'Có mặt'],
      ['Vũ Thị Giang', 'Chính thức', 'Miễn sinh hoạt'],
      ['Đỗ Văn Hùng', 'Chính thức', 'Có mặt'],
    ]);
    expect(input!.roll![0].cell).toBe("'Đại biểu'!D4");
    const cu = input!.elections[0];
    expect(cu.candidates).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Đỗ Văn Hùng']);
    expect(cu.candidateCells).toEqual(["'Phiếu CU'!B1", "'Phiếu CU'!C1", "'Phiếu CU'!D1"]);
    expect(cu.ballotType).toBe('Gạch tên');
    expect(cu.ballots.map((b) => b.number)).toEqual(['1', '2', '3', '4']);
    expect(cu.ballots[0].marks).toEqual(['', 'x', '']);
    expect(cu.ballots[1].markCells).toEqual(["'Phiếu CU'!B3", "'Phiếu CU'!C3", "'Phiếu CU'!D3"]);
    expect(cu.refs.seats).toBe("'Bầu cử'!D2");
    expect(input!.counters).toBeNull();
  });

  it('gives the tally what it needs: D from the roll, not from the ballots', async () => {
    const { input } = await read(base());
    const { results } = tallyElections(input!);
    // 6 official convened; excluded 1 Vắng có lý do + 1 Miễn sinh hoạt → D = 4 (Dự bị never counts).
    expect(results[0].denominator).toBe(4);
    expect(results[0].present).toBe(4);
    // Ballot 4 keeps three names for two seats: invalid. Each name then has 2 votes of D = 4, and
    // 2 × 2 > 4 is false: nobody is elected, whatever share of the valid ballots that is.
    expect(results[0].ballots).toMatchObject({
      valid: 3,
      invalid: 1,
      invalidReasons: { 'Bầu quá số lượng cần bầu': 1 },
    });
    expect(results[0].candidates.map((c) => c.votes)).toEqual([2, 2, 2]);
    expect(results[0]).toMatchObject({ status: 'shortfall', elected: [], seatsOpen: 2 });
  });

  it('reads every dash a keyboard makes as `-` on an agree/disagree ballot (hyphen, en dash, em dash, minus)', async () => {
    const elections = [ELECTIONS[0], ['CU', 'Bầu Chi ủy', 'Chi ủy', 3, 4, 4]];
    const ballots: Cell[][] = [
      BALLOTS[0],
      [1, '-', null, null, null],
      [2, '–', null, 'x', null],
      [3, '—', null, null, null],
      [4, '−', 'x', null, null],
    ];
    const { input, problems } = await read(base({ 'Bầu cử': elections, 'Phiếu CU': ballots }));
    expect(errors(problems)).toEqual([]);
    expect(input!.elections[0].ballots.map((b) => b.marks)).toEqual([
      ['-', '', ''],
      ['-', '', 'x'],
      ['-', '', ''],
      ['-', 'x', ''],
    ]);
  });

  it('takes the team from a `<tổ>-<n>` number when the Tổ cell is blank, and the Tổ cell over the number', async () => {
    const ballots: Cell[][] = [
      ['Số phiếu', 'Tổ', 'Nguyễn Văn An', 'Trần Thị Bình', 'Đỗ Văn Hùng', 'Không hợp lệ'],
      ['1-01', null, null, 'x', null, null],
      ['2-1', null, 'x', null, null, null],
      ['2-2', 'Tổ 3', null, null, 'x', null],
      [9, null, null, 'x', null, null],
    ];
    const { input, problems } = await read(base({ 'Phiếu CU': ballots }));
    expect(errors(problems)).toEqual([]);
    const cu = input!.elections[0];
    expect(cu.ballots.map((b) => [b.number, b.team])).toEqual([
      ['1-1', '1'],
      ['2-1', '2'],
      ['2-2', 'Tổ 3'],
      ['9', ''],
    ]);
    const { results } = tallyElections(input!);
    expect(results[0].teams.map((t) => [t.team, t.returned])).toEqual([
      ['', 1],
      ['1', 1],
      ['2', 1],
      ['Tổ 3', 1],
    ]);
  });

  it('defaults the ballot type to agree/disagree when there are no more names than seats', async () => {
    const { input } = await read(base({ 'Bầu cử': [ELECTIONS[0], ['CU', 'Bầu Chi ủy', 'Chi ủy', 3, 4, 4]] }));
    expect(input!.elections[0].ballotType).toBe('Đồng ý/Không đồng ý');
  });
});

describe('input errors name their cell', () => {
  it('BAD_MARK: anything but blank and x on a strike-through ballot, a dash included', async () => {
    const ballots = BALLOTS.map((r) => [...r]);
    ballots[2][2] = 'v';
    ballots[3][1] = '-';
    const { problems } = await read(base({ 'Phiếu CU': ballots }));
    expect(errors(problems)).toEqual([
      { code: 'BAD_MARK', cell: "'Phiếu CU'!C3" },
      { code: 'BAD_MARK', cell: "'Phiếu CU'!B4" },
    ]);
  });

  it('accepts the dash on an agree/disagree ballot and X or × as x', async () => {
    const ballots = BALLOTS.map((r) => [...r]);
    ballots[1][1] = '-';
    ballots[2][2] = 'X';
    ballots[3][3] = '×';
    const { input, problems } = await read(
      base({
        'Phiếu CU': ballots,
        'Bầu cử': [
          [...ELECTIONS[0], 'Loại phiếu'],
          [...ELECTIONS[1], 'Đồng ý / Không đồng ý'],
        ],
      }),
    );
    expect(errors(problems)).toEqual([]);
    expect(input!.elections[0].ballots.map((b) => b.marks)).toEqual([
      ['-', 'x', ''],
      ['x', 'x', ''],
      ['', '', 'x'],
      ['', '', ''],
    ]);
  });

  it('DUPLICATE_BALLOT_NUMBER: leading zeros are ignored', async () => {
    const ballots = [...BALLOTS, ['01', null, null, null, null]];
    const { problems } = await read(
      base({ 'Phiếu CU': ballots, 'Bầu cử': [ELECTIONS[0], ['CU', 'Bầu Chi ủy', 'Chi ủy', 2, 5, 5]] }),
    );
    expect(errors(problems)).toEqual([{ code: 'DUPLICATE_BALLOT_NUMBER', cell: "'Phiếu CU'!A6" }]);
    expect(problems[0].params).toMatchObject({ otherCell: "'Phiếu CU'!A2" });
  });

  it('a mark on a row without Số phiếu, a bad ballot number, a value beyond the last name', async () => {
    const ballots = [...BALLOTS.map((r) => [...r]), [null, 'x', null, null, null], ['abc', null, null, null, null]];
    ballots[4].push(null, 'x');
    const { problems } = await read(base({ 'Phiếu CU': ballots }));
    expect(errors(problems)).toEqual([
      { code: 'BAD_VALUE', cell: "'Phiếu CU'!G5" },
      { code: 'BAD_VALUE', cell: "'Phiếu CU'!A6" },
      { code: 'BAD_VALUE', cell: "'Phiếu CU'!A7" },
    ]);
  });

  it('MISSING_SHEET for a ballot sheet points at its Bầu cử row; ROLL_REQUIRED without Số người bầu', async () => {
    const sheets = base();
    delete sheets['Phiếu CU'];
    delete sheets['Đại biểu'];
    const { problems } = await read(sheets);
    expect(errors(problems)).toEqual([
      { code: 'MISSING_SHEET', cell: undefined },
      { code: 'MISSING_SHEET', cell: "'Bầu cử'!A2" },
    ]);
    expect(reportError(problems[0], 'vi').message).toContain('Đại biểu');
    expect(reportError(problems[1], 'en').message).toBe(
      'Sheet "Phiếu CU" is missing. Add it (the "template" command creates a blank one).',
    );
  });

  it('a committee meeting election (Số người bầu) needs no roll', async () => {
    const { input, problems } = await read({
      'Đại hội': CONGRESS,
      'Bầu cử': [
        ['Mã', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Số người bầu', 'Phiên'],
        ['BT', 'Bí thư', 1, 4, 4, 'Hội nghị lần thứ nhất'],
      ],
      'Phiếu BT': [
        ['Số phiếu', 'Nguyễn Văn An'],
        [1, null],
        [2, 'x'],
        [3, null],
        [4, null],
      ],
    });
    expect(errors(problems)).toEqual([]);
    const { results } = tallyElections(input!);
    expect(results[0]).toMatchObject({ denominator: 4, elected: ['Nguyễn Văn An'], status: 'complete' });
  });

  it('the roll: standings that do not fit the congress, a replacement that is no alternate, duplicates, legacy encoding', async () => {
    const roll = [
      ...ROLL,
      [8, 'Bùi Văn Khánh', 'Khu 5', 'Đương nhiên', ''],
      [9, 'Ngô Thị Lan', 'Khu 5', 'Chính thức', 'Thay thế'],
      [10, 'Nguyễn Văn An', 'Khu 5', 'Chính thức', ''],
      [11, 'NguyÔn V¨n Minh', 'Khu 5', 'Chính thức', ''],
      [12, 'Lý Văn Nam', 'Khu 5', 'Thường trực', ''],
    ];
    const { problems } = await read(base({ 'Đại biểu': roll }));
    expect(errors(problems)).toEqual([
      { code: 'BAD_VALUE', cell: "'Đại biểu'!D11" },
      { code: 'BAD_VALUE', cell: "'Đại biểu'!E12" },
      { code: 'BAD_VALUE', cell: "'Đại biểu'!B13" },
      { code: 'LEGACY_ENCODING', cell: "'Đại biểu'!B14" },
      { code: 'BAD_VALUE', cell: "'Đại biểu'!D15" },
    ]);
  });

  it('a delegate congress: Dự bị is an error; an alternate must be Thay thế', async () => {
    const congress = CONGRESS.map((r) => (r[0] === 'Loại đại hội' ? ['Loại đại hội', 'Đại hội đại biểu'] : r));
    const roll = [
      ROLL[2],
      [1, 'Nguyễn Văn An', 'A', 'Chính thức', ''],
      [2, 'Trần Thị Bình', 'A', 'Dự bị', ''],
      [3, 'Lê Văn Cường', 'A', 'Dự khuyết', 'Có mặt'],
    ];
    const { problems } = await read(base({ 'Đại hội': congress, 'Đại biểu': roll }));
    expect(errors(problems)).toEqual([
      { code: 'BAD_VALUE', cell: "'Đại biểu'!D3" },
      { code: 'BAD_VALUE', cell: "'Đại biểu'!E4" },
    ]);
  });

  it('Bầu cử: bad code, duplicate code ignoring case, unknown office, missing seats', async () => {
    const elections = [
      ELECTIONS[0],
      ['CU', 'a', 'Chi ủy', 2, 4, 4],
      ['cu', 'b', 'Chi ủy', 2, 4, 4],
      ['C U', 'c', 'Chi ủy', 2],
      ['X', 'd', 'Chủ tịch', 2],
      ['Y', 'e', 'Bí thư', null],
    ];
    const { problems } = await read(base({ 'Bầu cử': elections }));
    expect(errors(problems)).toEqual([
      { code: 'BAD_VALUE', cell: "'Bầu cử'!A3" },
      { code: 'BAD_VALUE', cell: "'Bầu cử'!A4" },
      { code: 'BAD_VALUE', cell: "'Bầu cử'!C5" },
      // Missing seats: one BAD_SEATS (WORKBOOK.md "Readings settled").
      { code: 'BAD_SEATS', cell: "'Bầu cử'!D6" },
    ]);
  });

  it('every message exists in both languages and carries its parameters', async () => {
    const ballots = BALLOTS.map((r) => [...r]);
    ballots[2][2] = 'v';
    const { problems } = await read(base({ 'Phiếu CU': ballots }));
    const vi = reportError(problems[0], 'vi');
    const en = reportError(problems[0], 'en');
    expect(vi).toEqual({
      code: 'BAD_MARK',
      cell: "'Phiếu CU'!C3",
      message: expect.stringContaining('Dấu "v" không hợp lệ ở phiếu số 2'),
    });
    expect(en.message).toContain('Mark "v" is not valid on ballot 2');
    expect(`${vi.message}${en.message}`).not.toMatch(/\{\w+\}/);
  });
});

describe('rounds, selection, double entry, subtotals', () => {
  const roundSheets = (extra: Cell[][] = []): Sheets =>
    base({
      'Bầu cử': [
        [...ELECTIONS[0], 'Lần bầu', 'Vòng trước'],
        [...ELECTIONS[1], null, null],
        ['CU-2', 'Bầu Chi ủy (lần 2)', 'Chi ủy', 2, 4, 4, 2, null],
        ...extra,
      ],
      'Phiếu CU-2': [['Số phiếu', 'Nguyễn Văn An', 'Trần Thị Bình', 'Đỗ Văn Hùng']],
    });

  it('round 2 links to round 1 of the same office', async () => {
    const { input, problems } = await read(roundSheets());
    expect(errors(problems)).toEqual([]);
    expect(input!.elections.map((e) => [e.id, e.round, e.previousId])).toEqual([
      ['CU', 1, null],
      ['CU-2', 2, 'CU'],
    ]);
  });

  it('--election reads the asked round and the rounds before it, and names an unknown code', async () => {
    const { input } = await read(roundSheets(), ['cu-2']);
    expect(input!.elections.map((e) => e.id)).toEqual(['CU', 'CU-2']);
    const unknown = await read(roundSheets(), ['BCH']);
    expect(errors(unknown.problems)).toEqual([{ code: 'BAD_VALUE', cell: undefined }]);
    expect(reportError(unknown.problems[0], 'en').message).toContain('Codes present: CU, CU-2');
  });

  it('Vòng trước naming another office is BAD_ROUND', async () => {
    const sheets = roundSheets([['BT', 'Bầu Bí thư', 'Bí thư', 1, 4, 4, null, 'CU']]);
    sheets['Phiếu BT'] = [['Số phiếu', 'Nguyễn Văn An']];
    const { problems } = await read(sheets);
    expect(errors(problems)).toEqual([{ code: 'BAD_ROUND', cell: "'Bầu cử'!H4" }]);
  });

  it('double entry: read when its header is the same, an error naming the sheet when not', async () => {
    const second = BALLOTS.map((r) => [...r]);
    second[4][2] = 'x';
    const ok = await read(base({ 'Phiếu CU (2)': second }));
    expect(errors(ok.problems)).toEqual([]);
    const { results } = tallyElections(ok.input!);
    expect(results[0].status).toBe('blocked');
    expect(results[0].differences).toEqual([
      {
        ballot: '4',
        candidate: 'Trần Thị Bình',
        entry1: '',
        entry2: 'x',
        cell1: "'Phiếu CU'!C5",
        cell2: "'Phiếu CU (2)'!C5",
      },
    ]);
    const swapped = second.map((r) => [r[0], r[2], r[1], r[3], r[4]]);
    const bad = await read(base({ 'Phiếu CU (2)': swapped }));
    expect(errors(bad.problems)).toEqual([{ code: 'BAD_VALUE', cell: "'Phiếu CU (2)'!A1" }]);
    const misspelt = second.map((r, i) => (i === 0 ? [r[0], 'Nguyễn Văn Ân', ...r.slice(2)] : r));
    const unknown = await read(base({ 'Phiếu CU (2)': misspelt }));
    expect(errors(unknown.problems)).toEqual([{ code: 'UNKNOWN_CANDIDATE', cell: "'Phiếu CU (2)'!B1" }]);
  });

  it('a name keyed in decomposed Unicode (NFD) is its NFC twin', async () => {
    const nfd = BALLOTS.map((r, i) => (i === 0 ? r.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v)) : r));
    expect(nfd[0][1]).not.toBe('Nguyễn Văn An');
    const { input, problems } = await read(base({ 'Phiếu CU': nfd }));
    expect(errors(problems)).toEqual([]);
    expect(input!.elections[0].candidates[0]).toBe('Nguyễn Văn An');
  });

  it('a ballot keyed in one entry only is a difference on the whole ballot', async () => {
    const second = BALLOTS.slice(0, 4);
    const { input } = await read(base({ 'Phiếu CU (2)': second }));
    const { results } = tallyElections(input!);
    expect(results[0].status).toBe('blocked');
    expect(results[0].differences).toEqual([expect.objectContaining({ ballot: '4', candidate: '(cả phiếu)' })]);
    expect(results[0].elected).toEqual([]);
  });

  it('Tổng hợp: reason columns, the unclassified rest, the total row', async () => {
    const { input, problems } = await read(
      base({
        'Bầu cử': [
          [...ELECTIONS[0], 'Hình thức nhập'],
          [...ELECTIONS[1], 'Tổng hợp'],
        ],
        'Phiếu CU': [
          [
            'Tổ kiểm phiếu',
            'Phiếu thu vào',
            'Phiếu không hợp lệ',
            'Không hợp lệ: Bầu quá số lượng cần bầu',
            'Nguyễn Văn An',
            'Trần Thị Bình',
            'Đỗ Văn Hùng',
          ],
          ['Tổ 1', 2, 1, 0, 1, 1, 0],
          ['Tổ 2', 2, 1, 1, 1, 0, 1],
          ['Tổng cộng', 4, 2, 1, 2, 1, 1],
        ],
      }),
    );
    expect(errors(problems)).toEqual([]);
    const sub = input!.elections[0].subtotals!;
    expect(sub.rows.map((r) => [r.team, r.returned, r.invalid, r.invalidReasons, r.votes])).toEqual([
      ['Tổ 1', 2, 1, { 'Không phân loại': 1 }, [1, 1, 0]],
      ['Tổ 2', 2, 1, { 'Bầu quá số lượng cần bầu': 1 }, [1, 0, 1]],
    ]);
    expect(sub.total!.cell).toBe("'Phiếu CU'!A4");
    const { results } = tallyElections(input!);
    expect(results[0].ballots).toMatchObject({ returned: 4, valid: 2, invalid: 2 });
  });
});

describe('every input error code the tally raises, with its cell', () => {
  it('MISSING_HEADER names the columns to add', async () => {
    const roll = ROLL.map((r) => r.slice(0, 3));
    const { problems } = await read(base({ 'Đại biểu': roll }));
    expect(errors(problems)).toEqual([{ code: 'MISSING_HEADER', cell: "'Đại biểu'!A1" }]);
    expect(reportError(problems[0], 'vi').message).toContain('"Tư cách"');
  });

  it('UNKNOWN_LABEL: a typo in Đại hội is caught, not ignored', async () => {
    const congress = [...CONGRESS, ['Phieu khong bau ai la', 'Hợp lệ']];
    const { problems } = await read(base({ 'Đại hội': congress }));
    expect(errors(problems)).toEqual([{ code: 'UNKNOWN_LABEL', cell: "'Đại hội'!A7" }]);
  });

  it('DUPLICATE_LABEL: a label given twice in Đại hội is an error at the second, not a silent override', async () => {
    const congress = [...CONGRESS, ['ngay', '20/05/2025']];
    const { problems, input } = await read(base({ 'Đại hội': congress }));
    expect(errors(problems)).toEqual([{ code: 'DUPLICATE_LABEL', cell: "'Đại hội'!A7" }]);
    expect(problems[0].params).toEqual({ label: 'Ngày', otherCell: "'Đại hội'!A6" });
    // The first one stands (nothing is written while the error is there).
    expect(input?.congress.date).toEqual({ year: 2025, month: 5, day: 12 });
  });

  it('one wrong cell, one error: a row left out for a bad value is not also an unknown code elsewhere', async () => {
    const elections: Cell[][] = [
      ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Lần bầu', 'Vòng trước', 'Hình thức nhập', 'Cho cuộc bầu'],
      ['YK', 'Xin ý kiến', 'Xin ý kiến', null, null, null, null, 'CU'],
      ['CU', 'Bầu Chi ủy', 'Chi ủy', 2, 1, null, 'Từng tờ', null],
      // Linked to the broken row by `Vòng trước`, and by `Lần bầu` alone.
      ['CU-2', 'Bầu Chi ủy lần 2', 'Chi ủy', 1, 2, 'CU', null, null],
      ['CU-2B', 'Bầu Chi ủy lần 2', 'Chi ủy', 1, 2, null, null, null],
    ];
    const sheets = base({ 'Bầu cử': elections, 'Phiếu YK': BALLOTS, 'Phiếu CU-2': BALLOTS, 'Phiếu CU-2B': BALLOTS });
    const { problems } = await read(sheets);
    expect(errors(problems)).toEqual([{ code: 'BAD_VALUE', cell: "'Bầu cử'!G3" }]);
    // Asked for by --election, the broken row is still that one error.
    expect(errors((await read(sheets, ['CU'])).problems)).toEqual([{ code: 'BAD_VALUE', cell: "'Bầu cử'!G3" }]);
    // A code no row has is still an error.
    elections[1][7] = 'CX';
    expect(errors((await read(sheets)).problems)).toEqual([
      { code: 'BAD_VALUE', cell: "'Bầu cử'!G3" },
      { code: 'BAD_VALUE', cell: "'Bầu cử'!H2" },
    ]);
  });

  it('ALTERNATE_WITHOUT_ABSENCE at the extra alternate, from the tally of a delegate congress', async () => {
    const congress = CONGRESS.map((r) => (r[0] === 'Loại đại hội' ? ['Loại đại hội', 'Đại hội đại biểu'] : r));
    const roll = [
      ROLL[2],
      [1, 'Nguyễn Văn An', 'A', 'Chính thức', ''],
      [2, 'Trần Thị Bình', 'A', 'Chính thức', 'Vắng'],
      [3, 'Đỗ Văn Hùng', 'A', 'Chính thức', ''],
      [4, 'Lê Văn Cường', 'A', 'Dự khuyết', 'Thay thế'],
      [5, 'Phạm Thị Dung', 'A', 'Dự khuyết', 'Thay thế'],
    ];
    const { input, problems } = await read(base({ 'Đại hội': congress, 'Đại biểu': roll }));
    expect(errors(problems)).toEqual([]);
    const tally = tallyElections(input!);
    expect(errors(tally.problems)).toEqual([{ code: 'ALTERNATE_WITHOUT_ABSENCE', cell: "'Đại biểu'!D6" }]);
  });

  it('BAD_SEATS: round 2 must fill exactly the open seats of round 1', async () => {
    const { input } = await read(
      base({
        'Bầu cử': [
          [...ELECTIONS[0], 'Lần bầu'],
          [...ELECTIONS[1], null],
          ['CU-2', 'Bầu Chi ủy (lần 2)', 'Chi ủy', 2, 4, 0, 2],
        ],
        'Phiếu CU-2': [['Số phiếu', 'Nguyễn Văn An', 'Trần Thị Bình', 'Đỗ Văn Hùng']],
      }),
    );
    const tally = tallyElections(input!);
    // Round 1 elects nobody (see above): 2 open seats, so 2 is right; make round 1 elect one.
    expect(errors(tally.problems)).toEqual([]);
    const ballots = BALLOTS.map((r, i) => (i === 0 ? r : [r[0], null, 'x', 'x', null]));
    const again = await read(
      base({
        'Phiếu CU': ballots,
        'Bầu cử': [
          [...ELECTIONS[0], 'Lần bầu'],
          [...ELECTIONS[1], null],
          ['CU-2', 'Bầu Chi ủy (lần 2)', 'Chi ủy', 2, 4, 0, 2],
        ],
        'Phiếu CU-2': [['Số phiếu', 'Trần Thị Bình', 'Đỗ Văn Hùng']],
      }),
    );
    const second = tallyElections(again.input!);
    expect(second.results[0]).toMatchObject({ elected: ['Nguyễn Văn An'], seatsOpen: 1 });
    expect(errors(second.problems)).toEqual([{ code: 'BAD_SEATS', cell: "'Bầu cử'!D3" }]);
  });

  it('BAD_ROUND: a winner of round 1 on the list of round 2', async () => {
    const ballots = BALLOTS.map((r, i) => (i === 0 ? r : [r[0], null, 'x', 'x', null]));
    const { input } = await read(
      base({
        'Phiếu CU': ballots,
        'Bầu cử': [
          [...ELECTIONS[0], 'Lần bầu'],
          [...ELECTIONS[1], null],
          ['CU-2', 'Bầu Chi ủy (lần 2)', 'Chi ủy', 1, 4, 0, 2],
        ],
        'Phiếu CU-2': [['Số phiếu', 'Nguyễn Văn An', 'Đỗ Văn Hùng']],
      }),
    );
    const tally = tallyElections(input!);
    expect(errors(tally.problems)).toEqual([{ code: 'BAD_ROUND', cell: "'Phiếu CU-2'!B1" }]);
  });
});

describe('version 2 of the contract: readings settled', () => {
  it.each([[0], ['0'], [-1], [2.5], ['ba'], [null]])(
    'Số lượng cần bầu = %p is one BAD_SEATS at its cell, nothing more',
    async (seats) => {
      const { problems } = await read(base({ 'Bầu cử': [ELECTIONS[0], ['CU', 'Bầu Chi ủy', 'Chi ủy', seats, 4, 4]] }));
      expect(errors(problems)).toEqual([{ code: 'BAD_SEATS', cell: "'Bầu cử'!D2" }]);
    },
  );
});
