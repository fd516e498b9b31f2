/**
 * The sheets of a trust vote and of an introduction ballot through real .xlsx bytes (WORKBOOK.md
 * version 2): `Loại đại hội` = `Hội nghị`, the `Bầu cử` row, trust marks, `Giới thiệu thêm`
 * columns, `Chức vụ` in `Nhân sự`, and every input error with its cell.
 */
import { type Cell, workbookFrom } from '../helpers/workbook';
import { readTallyInput } from '../../src/workbook/tallyInput';
import { tallyElections } from '../../src/engine/tally/tally';
import { reportError } from '../../src/commands/report';
import type { Problem } from '../../src/workbook/problems';

type Sheets = Record<string, Cell[][]>;

const CONFERENCE: Cell[][] = [
  ['Tổ chức đảng', 'Ban Chấp hành Đảng bộ phường Ngọc Lâm'],
  ['Loại đại hội', 'Hội nghị'],
  ['Tên đại hội trên văn bản', 'Hội nghị Ban Chấp hành Đảng bộ phường Ngọc Lâm'],
  ['Địa danh', 'Long Biên'],
  ['Ngày', '15/12/2025'],
];

const ROLL: Cell[][] = [
  ['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng'],
  ...['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'].map(
    (name, i): Cell[] => [i + 1, name, 'Cơ quan', 'Chính thức', i === 5 ? 'Vắng có lý do' : 'Có mặt'],
  ),
];

const TRUST_ROW: Cell[][] = [
  ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Phiếu thu vào'],
  ['TN', 'Lấy phiếu tín nhiệm năm 2025', 'Lấy phiếu tín nhiệm', null, 5, 5],
];

const TRUST_BALLOTS: Cell[][] = [
  ['Số phiếu', 'Nguyễn Văn An', 'Trần Thị Bình', 'Không hợp lệ'],
  [1, 1, '3', null],
  [2, '2', null, null],
  [3, '–', 2, null],
  [4, 3, 3, null],
  [5, '1', '1', 'Phiếu không do Ban kiểm phiếu phát ra'],
];

const PERSONNEL: Cell[][] = [
  ['Họ và tên', 'Chức vụ'],
  ['Nguyễn Văn An', 'Bí thư Đảng ủy phường'],
  ['Trần Thị Bình', 'Chủ tịch Ủy ban nhân dân phường'],
];

async function read(sheets: Sheets) {
  return readTallyInput(await workbookFrom(sheets));
}

const errors = (problems: Problem[]) =>
  problems.filter((p) => p.severity === 'error').map((p) => ({ code: p.code, cell: p.cell }));

describe('a trust vote', () => {
  const sheets = (over: Sheets = {}): Sheets => ({
    'Đại hội': CONFERENCE,
    'Đại biểu': ROLL,
    'Nhân sự': PERSONNEL,
    'Bầu cử': TRUST_ROW,
    'Phiếu TN': TRUST_BALLOTS,
    ...over,
  });

  test('reads `Hội nghị`, the row, marks 1–3 typed as numbers or text, dashes and positions', async () => {
    const { input, problems } = await read(sheets());
    expect(problems).toEqual([]);
    if (!input) throw new Error('no input');
    expect(input.congress.kind).toBe('Hội nghị');
    const [def] = input.elections;
    expect(def).toMatchObject({ office: 'Lấy phiếu tín nhiệm', ballotType: 'Lấy phiếu tín nhiệm', seats: 0 });
    expect(def.ballots.map((b) => b.marks)).toEqual([
      ['1', '3'],
      ['2', ''],
      ['-', '2'],
      ['3', '3'],
      ['1', '1'],
    ]);
    expect(input.people?.map((p) => p.position)).toEqual(['Bí thư Đảng ủy phường', 'Chủ tịch Ủy ban nhân dân phường']);
    const { results } = tallyElections(input);
    const [r] = results;
    // Convened from the roll of a conference: 6 official members, before exclusions; R = 5.
    expect(r).toMatchObject({ denominator: 5, convened: 6, present: 5, status: 'complete' });
    expect(r.trust).toEqual([
      {
        name: 'Nguyễn Văn An',
        position: 'Bí thư Đảng ủy phường',
        high: 1,
        trust: 1,
        low: 1,
        invalid: 2,
        percentHigh: 20,
        percentTrust: 20,
        percentLow: 20,
        band: null,
      },
      {
        name: 'Trần Thị Bình',
        position: 'Chủ tịch Ủy ban nhân dân phường',
        high: 0,
        trust: 1,
        low: 2,
        invalid: 2,
        percentHigh: 0,
        percentTrust: 20,
        percentLow: 40,
        band: null,
      },
    ]);
  });

  test('`x`, `4` or a word on a trust ballot is BAD_MARK at its cell, in Vietnamese', async () => {
    const bad: Cell[][] = [
      ['Số phiếu', 'Nguyễn Văn An', 'Trần Thị Bình'],
      [1, 'x', 4],
      [2, 'cao', '2'],
    ];
    const { problems } = await read(sheets({ 'Phiếu TN': bad }));
    expect(errors(problems)).toEqual([
      { code: 'BAD_MARK', cell: "'Phiếu TN'!B2" },
      { code: 'BAD_MARK', cell: "'Phiếu TN'!C2" },
      { code: 'BAD_MARK', cell: "'Phiếu TN'!B3" },
    ]);
    expect(reportError(problems[0], 'vi').message).toMatch(/Phiếu tín nhiệm nhận: "1" \(tín nhiệm cao\)/);
  });

  test('`Số lượng cần bầu`, `Lần bầu` and `Tổng hợp` are errors on a trust row, each at its cell', async () => {
    const row: Cell[][] = [
      ['Mã', 'Chức danh', 'Số lượng cần bầu', 'Lần bầu', 'Hình thức nhập'],
      ['TN', 'Lấy phiếu tín nhiệm', 9, 2, 'Tổng hợp'],
    ];
    const { problems } = await read(sheets({ 'Bầu cử': row }));
    expect(errors(problems)).toEqual([
      { code: 'BAD_SEATS', cell: "'Bầu cử'!C2" },
      { code: 'BAD_ROUND', cell: "'Bầu cử'!D2" },
      { code: 'BAD_VALUE', cell: "'Bầu cử'!E2" },
    ]);
  });

  test('a conference convenes no ex officio delegates', async () => {
    const roll: Cell[][] = [...ROLL, [7, 'Đỗ Văn Hùng', 'Cơ quan', 'Đương nhiên', 'Có mặt']];
    const { problems } = await read(sheets({ 'Đại biểu': roll }));
    expect(errors(problems)).toEqual([{ code: 'BAD_VALUE', cell: "'Đại biểu'!D8" }]);
    expect(reportError(problems[0], 'vi').message).toMatch(/đây là hội nghị/);
  });
});

describe('an introduction ballot', () => {
  const ROW: Cell[][] = [
    ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Phiếu thu vào'],
    ['GT', 'Giới thiệu nhân sự Ban Thường vụ', 'Giới thiệu nhân sự', 2, 5, 5],
  ];
  const BALLOTS: Cell[][] = [
    ['Số phiếu', 'Nguyễn Văn An', 'Trần Thị Bình', 'Giới thiệu thêm', 'Giới thiệu thêm 2', 'Không hợp lệ'],
    [1, null, 'x', 'Lê Văn Cường', null, null],
    [2, null, null, null, null, null],
    [3, 'x', null, '  Lê  Văn Cường ', null, null],
    [4, null, 'x', 'Lê văn Cường', 'Phạm Thị Dung', null],
    [5, 'x', 'x', null, null, null],
  ];
  const sheets = (over: Sheets = {}): Sheets => ({
    'Đại hội': CONFERENCE,
    'Đại biểu': ROLL,
    'Bầu cử': ROW,
    'Phiếu GT': BALLOTS,
    ...over,
  });

  test('reads the prepared list and the names written in, each with its cell', async () => {
    const { input, problems } = await read(sheets());
    expect(problems).toEqual([]);
    if (!input) throw new Error('no input');
    const [def] = input.elections;
    expect(def.candidates).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(def.ballots.map((b) => b.writeIns)).toEqual([
      [{ name: 'Lê Văn Cường', cell: "'Phiếu GT'!D2" }],
      [],
      [{ name: 'Lê Văn Cường', cell: "'Phiếu GT'!D4" }],
      [
        { name: 'Lê văn Cường', cell: "'Phiếu GT'!D5" },
        { name: 'Phạm Thị Dung', cell: "'Phiếu GT'!E5" },
      ],
      [],
    ]);
    const { results, problems: found } = tallyElections(input);
    // Ballot 4 introduces An, Lê văn Cường and Phạm Thị Dung: 3 > 2, void.
    expect(results[0].ballots.invalidReasons).toEqual({ 'Giới thiệu quá số lượng': 1 });
    expect(results[0].candidates.map((c) => [c.name, c.votes])).toEqual([
      ['Nguyễn Văn An', 2],
      ['Trần Thị Bình', 2],
      ['Lê Văn Cường', 2],
      ['Lê văn Cường', 0],
      ['Phạm Thị Dung', 0],
    ]);
    // `Lê văn Cường` is not on the roll (`Lê Văn Cường` is); `Phạm Thị Dung` is.
    expect(found.map((p) => [p.code, p.cell, p.params?.near])).toEqual([
      ['WRITE_IN_UNKNOWN', "'Phiếu GT'!D5", 'Lê Văn Cường'],
    ]);
  });

  test('a mark or a number in `Giới thiệu thêm` is an error at its cell; so is the column anywhere else', async () => {
    const bad: Cell[][] = [
      ['Số phiếu', 'Nguyễn Văn An', 'Giới thiệu thêm', 'Trần Thị Bình'],
      [1, null, 'x', null],
    ];
    const misplaced = await read(sheets({ 'Phiếu GT': bad }));
    expect(errors(misplaced.problems)).toEqual([{ code: 'BAD_VALUE', cell: "'Phiếu GT'!C1" }]);
    const marks: Cell[][] = [
      ['Số phiếu', 'Nguyễn Văn An', 'Giới thiệu thêm'],
      [1, null, 'x'],
      [2, null, 12],
      [3, '-', null],
    ];
    const { problems } = await read(sheets({ 'Phiếu GT': marks }));
    expect(errors(problems)).toEqual([
      { code: 'BAD_VALUE', cell: "'Phiếu GT'!C2" },
      { code: 'BAD_VALUE', cell: "'Phiếu GT'!C3" },
      { code: 'BAD_MARK', cell: "'Phiếu GT'!B4" },
    ]);
    const election: Cell[][] = [
      ['Mã', 'Chức danh', 'Số lượng cần bầu'],
      ['GT', 'Ban Chấp hành', 1],
    ];
    const other = await read(sheets({ 'Bầu cử': election }));
    expect(errors(other.problems)).toEqual([{ code: 'BAD_VALUE', cell: "'Phiếu GT'!D1" }]);
  });

  test('`Số lượng cần bầu` may be blank (no limit); `Cho cuộc bầu` may name the election it is for', async () => {
    const row: Cell[][] = [
      ['Mã', 'Chức danh', 'Số lượng cần bầu', 'Cho cuộc bầu'],
      ['GT', 'Giới thiệu nhân sự', null, 'BT'],
      ['BT', 'Bí thư', 1, null],
    ];
    const bt: Cell[][] = [['Số phiếu', 'Nguyễn Văn An']];
    const { input, problems } = await read(sheets({ 'Bầu cử': row, 'Phiếu BT': bt }));
    expect(errors(problems)).toEqual([]);
    expect(input?.elections[0]).toMatchObject({ seats: 0, feeds: 'BT' });
  });
});
