/**
 * End to end: `check` and `composition` through the command line on real .xlsx files
 * (exceljs writes them, the CLI reads them from disk, writes -o, and we read the result back).
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { allValues, type Cell, workbookFrom, loadHost, saveHost } from '../helpers/workbook';

const dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-lists-'));

// Out of A-B-C order on purpose: Bình, An, Cường, Dũng (expected An, Bình, Cường, Dũng).
const LIST = ['Trần Văn Bình', 'Lê Thị An', 'Phạm Văn Cường', 'Hoàng Văn Dũng'];
const FLOOR = 'Hoàng Văn Dũng';

function sheets(): Record<string, Cell[][]> {
  const roll: Cell[][] = [['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng']];
  for (let i = 1; i <= 20; i++)
    roll.push([i, i <= 4 ? LIST[i - 1] : `Đại biểu ${i}`, 'Chi bộ 1', 'Chính thức', 'Có mặt']);
  const bch: Cell[][] = [['Số phiếu', ...LIST]];
  // 20 ballots keep the first three and strike Dũng: Bình, An, Cường elected with 20 votes.
  for (let i = 1; i <= 20; i++) bch.push([i, null, null, null, 'x']);
  const xyk: Cell[][] = [['Số phiếu', FLOOR]];
  // 6 of 20 approve: 10 × 6 = 60 is not more than 3 × 20 = 60 → not passed.
  for (let i = 1; i <= 20; i++) xyk.push([i, i <= 6 ? null : 'x']);
  return {
    'Đại hội': [
      ['Tổ chức đảng', 'Đảng bộ phường Ngọc Lâm'],
      ['Loại đại hội', 'Đại hội đại biểu'],
      ['Lần thứ', 'XXIII'],
      ['Nhiệm kỳ', '2020 - 2025'],
      ['Địa danh', 'Long Biên'],
      ['Ngày', '19/05/2020'],
      ['Ngày tính tuổi', '01/04/2020'],
    ],
    'Đại biểu': roll,
    'Bầu cử': [
      ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Cho cuộc bầu'],
      ['XYK', 'Xin ý kiến về người ứng cử', 'Xin ý kiến', null, 20, 'BCH'],
      ['BCH', 'Bầu Ban Chấp hành', 'Ban Chấp hành', 3, 20, null],
    ],
    'Phiếu XYK': xyk,
    'Phiếu BCH': bch,
    'Nhân sự': [
      [
        'Họ và tên',
        'Ngày sinh',
        'Giới tính',
        'Dân tộc',
        'Trình độ chuyên môn',
        'Lý luận chính trị',
        'Cấp ủy khóa trước',
        'Đảng viên',
        'Nguồn',
      ],
      [
        'Trần Văn Bình',
        '10/10/1985',
        'Nam',
        'Kinh',
        'Cao đẳng, đại học',
        'Trung cấp',
        'x',
        'Chính thức',
        'Cấp ủy giới thiệu',
      ],
      ['Lê Thị An', '02/02/1990', 'Nữ', 'Kinh', 'Trên đại học', null, null, 'Chính thức', 'Cấp ủy giới thiệu'],
      ['Phạm Văn Cường', '1958', 'Nam', 'Tày', 'Cao đẳng, đại học', 'Cao cấp', 'x', 'Chính thức', 'Cấp ủy giới thiệu'],
      ['Hoàng Văn Dũng', '03/03/1975', 'Nam', 'Kinh', 'Trên đại học', 'Trung cấp', null, 'Chính thức', 'Ứng cử'],
    ],
  };
}

async function file(name: string, data: Record<string, Cell[][]>): Promise<string> {
  const host = await workbookFrom(data);
  const target = path.join(dir, name);
  saveHost(host, target);
  return target;
}

const run = (argv: string[]) => runCli(argv);

describe('check on a real workbook', () => {
  test('--json: findings with severity, code, message, cell and rule', async () => {
    const input = await file('check.xlsx', sheets());
    const { code, stdout, stderr } = await run(['check', input, '--json']);
    expect(stderr).not.toMatch(/internal/i);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([]);
    const byCode = (c: string) => report.findings.filter((f: { code: string }) => f.code === c);
    expect(byCode('FLOOR_NOMINEE_UNAPPROVED')).toEqual([
      {
        severity: 'error',
        code: 'FLOOR_NOMINEE_UNAPPROVED',
        cell: "'Phiếu BCH'!E1",
        rule: '190-QĐ/TW Điều 14 khoản 3',
        message: expect.stringContaining('6/20'),
      },
    ]);
    expect(byCode('BALLOT_ORDER')[0]).toMatchObject({
      severity: 'warning',
      cell: "'Phiếu BCH'!B1",
      message: expect.stringContaining('1. Lê Thị An; 2. Trần Văn Bình; 3. Phạm Văn Cường; 4. Hoàng Văn Dũng'),
    });
    // Cường, born 1958 (year only), re-elected: a man retires at 60 in 2018, before the congress.
    expect(byCode('AGE_REELECTION')[0]).toMatchObject({ severity: 'warning', cell: "'Phiếu BCH'!D1" });
    expect(report.findings.map((f: { code: string }) => f.code).sort()).toEqual([
      'AGE_REELECTION',
      'AGE_REFERENCE',
      'BALLOT_ORDER',
      'FLOOR_NOMINEE_UNAPPROVED',
    ]);
  });

  test('-o writes Kiểm tra danh sách after the inputs, inputs unchanged; --lang en', async () => {
    const input = await file('check-o.xlsx', sheets());
    const out = path.join(dir, 'check-out.xlsx');
    const { code } = await run(['check', input, '-o', out, '--lang', 'en']);
    expect(code).toBe(0);
    const values = await allValues(loadHost(out));
    const names = [...values.keys()];
    expect(names.slice(0, 6)).toEqual(['Đại hội', 'Đại biểu', 'Bầu cử', 'Phiếu XYK', 'Phiếu BCH', 'Nhân sự']);
    expect(names.slice(-2)).toEqual(['Kiểm tra danh sách', 'Nhật ký']);
    const sheet = values.get('Kiểm tra danh sách') ?? [];
    const head = sheet.findIndex((r) => r[0] === 'Mức độ');
    expect(sheet[head]).toEqual(['Mức độ', 'Mã lỗi', 'Nội dung', 'Ô', 'Căn cứ']);
    expect(sheet[head + 1].slice(0, 2)).toEqual(['Lỗi', 'FLOOR_NOMINEE_UNAPPROVED']);
    expect(String(sheet[head + 1][2])).toMatch(/^"Hoàng Văn Dũng" \(Ứng cử\) is on list/);
    expect(values.get('Nhân sự')).toEqual((await allValues(loadHost(input))).get('Nhân sự'));
  });

  test('input errors in Nhân sự: exit 1, nothing written, the report still has ruleSet and errors', async () => {
    const data = sheets();
    data['Nhân sự'][2][2] = 'Female';
    const input = await file('check-bad.xlsx', data);
    const out = path.join(dir, 'check-bad-out.xlsx');
    const { code, stdout } = await run(['check', input, '-o', out, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ruleSet).toBe('190-QĐ/TW');
    expect(report.errors).toEqual([expect.objectContaining({ code: 'BAD_VALUE', cell: "'Nhân sự'!C3" })]);
    expect(() => loadHost(out)).toThrow();
  });

  test('usage errors exit 2', async () => {
    const input = await file('check-u.xlsx', sheets());
    expect((await run(['check', input])).code).toBe(2);
    expect((await run(['check', input, '-o', input])).code).toBe(2);
  });
});

describe('composition on a real workbook', () => {
  test('--json: the elected committee by dimension, percentages summing to 100; --lists adds the lists', async () => {
    const input = await file('comp.xlsx', sheets());
    const { code, stdout } = await run(['composition', input, '--json', '--lists']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report.composition)).toEqual(['BCH']);
    const dims = report.composition.BCH as {
      dimension: string;
      rows: { label: string; count: number; percent: number }[];
    }[];
    expect(dims.map((d) => d.dimension)).toEqual([
      'Giới tính',
      'Độ tuổi',
      'Tái cử',
      'Trình độ chuyên môn',
      'Dân tộc',
      'Lý luận chính trị',
    ]);
    expect(dims[0].rows).toEqual([
      { label: 'Nam', count: 2, percent: 66.67 },
      { label: 'Nữ', count: 1, percent: 33.33 },
    ]);
    for (const d of dims) expect(Math.round(d.rows.reduce((s, r) => s + r.percent * 100, 0))).toBe(10000);
    expect(Object.keys(report.compositionLists)).toEqual(['BCH']);
    expect(report.compositionLists.BCH[0].rows).toEqual([
      { label: 'Nam', count: 3, percent: 75 },
      { label: 'Nữ', count: 1, percent: 25 },
    ]);
  });

  test('-o writes Cơ cấu BCH (and Cơ cấu DS BCH with --lists) printing like the seeds', async () => {
    const input = await file('comp-o.xlsx', sheets());
    const out = path.join(dir, 'comp-out.xlsx');
    expect((await run(['composition', input, '-o', out, '--lists'])).code).toBe(0);
    const values = await allValues(loadHost(out));
    expect([...values.keys()].slice(-3)).toEqual(['Cơ cấu BCH', 'Cơ cấu DS BCH', 'Nhật ký']);
    const text = (values.get('Cơ cấu BCH') ?? []).flat().filter((v) => typeof v === 'string');
    expect(text).toContain('Giới tính: Nam giới: 2 đ/c (66,67%), Nữ giới: 1 đ/c (33,33%).');
  });
});
