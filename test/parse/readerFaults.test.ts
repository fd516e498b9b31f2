/**
 * What the tests of issue 13 found in the readers, each as a workbook built here with exceljs (a
 * program other than ours) and run through the command line, with its expected code: D = 0 is a
 * blocking check; invisible characters in names; a merged cell in a ballot row; seats beyond the
 * list or 10,000; composition without `Nhân sự`; a `Trang phiếu` that names an output sheet.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import type { Cell } from '../helpers/workbook';

const dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-faults-'));
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];

interface Options {
  status?: (i: number) => string;
  rollName?: (i: number) => string;
  header?: string[];
  seats?: Cell;
  sheet?: string;
}

function sheets(o: Options = {}): Record<string, Cell[][]> {
  const roll: Cell[][] = [['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng']];
  for (let i = 0; i < 10; i++)
    roll.push([
      i + 1,
      o.rollName?.(i) ?? (i < 4 ? NAMES[i] : `Đảng viên ${i + 1}`),
      'Chi bộ 5',
      'Chính thức',
      o.status?.(i) ?? 'Có mặt',
    ]);
  const ballots: Cell[][] = [['Số phiếu', ...(o.header ?? NAMES)]];
  for (let b = 1; b <= 10; b++) ballots.push([b, b <= 2 ? 'x' : null, null, 'x', null]);
  const elections: Cell[][] = [
    ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Trang phiếu'],
    ['CU', 'Bầu Chi ủy', 'Chi ủy', o.seats ?? 3, 10, o.sheet ?? 'Phiếu CU'],
  ];
  return {
    'Đại hội': [
      ['Tổ chức đảng', 'Chi bộ khu dân cư số 5'],
      ['Loại đại hội', 'Đại hội đảng viên'],
      ['Nhiệm kỳ', '2025 - 2027'],
      ['Ngày', '12/05/2025'],
    ],
    'Đại biểu': roll,
    'Bầu cử': elections,
    [o.sheet ?? 'Phiếu CU']: ballots,
  };
}

async function file(
  name: string,
  data: Record<string, Cell[][]>,
  edit?: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(data)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  edit?.(wb);
  const target = path.join(dir, name);
  writeFileSync(target, new Uint8Array(await wb.xlsx.writeBuffer()));
  return target;
}

const json = async (argv: string[]) => {
  const r = await runCli([...argv, '--json'], '2025-05-12T10:00:00Z');
  return { code: r.code, report: JSON.parse(r.stdout), stderr: r.stderr };
};

describe('reader faults found by issue 13', () => {
  test('D = 0 (everyone convened excluded) is a blocking check: nothing is elected', async () => {
    const input = await file('d-zero.xlsx', sheets({ status: () => 'Vắng có lý do' }));
    const { code, report } = await json(['tally', input]);
    expect(code).toBe(0);
    const [cu] = report.elections;
    expect(cu).toMatchObject({ denominator: 0, status: 'blocked', elected: [] });
    expect(cu.checks).toContainEqual({ name: 'Cơ sở tính (D) lớn hơn 0', expected: 1, actual: 0, ok: false });
  });

  test('invisible characters in a name are BAD_VALUE at the cell (roll and ballot list)', async () => {
    const input = await file(
      'invisible.xlsx',
      sheets({
        rollName: (i) => (i === 0 ? 'Nguyễn\u200b Văn An' : i < 4 ? NAMES[i] : `Đảng viên ${i + 1}`),
        header: ['Nguyễn Văn An', 'Trần Thị\u200d Bình', 'Lê Văn Cường', '\u202ePhạm Thị Dung'],
      }),
    );
    const { code, report } = await json(['tally', input]);
    expect(code).toBe(1);
    const invisible = report.errors.filter((e: { message: string }) => /ký tự ẩn/.test(e.message));
    expect(invisible.map((e: { code: string; cell: string }) => [e.code, e.cell])).toEqual([
      ['BAD_VALUE', "'Đại biểu'!B2"],
      ['BAD_VALUE', "'Phiếu CU'!C1"],
      ['BAD_VALUE', "'Phiếu CU'!E1"],
    ]);
    expect(invisible[0].message).toContain('U+200B');
    expect(invisible[2].message).toContain('U+202E');
  });

  test('a merged cell in a ballot row is BAD_MARK at the merged range', async () => {
    const input = await file('merged.xlsx', sheets(), (wb) => wb.getWorksheet('Phiếu CU')?.mergeCells('C3:D3'));
    const { code, report } = await json(['tally', input, '--lang', 'en']);
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      { code: 'BAD_MARK', cell: "'Phiếu CU'!C3:D3", message: expect.stringContaining('merged on a ballot row') },
    ]);
  });

  test.each([
    [1e15, 'surely a slip'],
    [10001, 'more than 10000'],
    [5, 'more than the names on the list'],
  ])('seats %d is BAD_SEATS', async (seats, text) => {
    const input = await file(`seats-${seats}.xlsx`, sheets({ seats }));
    const { code, report } = await json(['tally', input, '--lang', 'en']);
    expect(code).toBe(1);
    expect(report.errors).toEqual([{ code: 'BAD_SEATS', cell: "'Bầu cử'!D2", message: expect.stringContaining(text) }]);
  });

  test('composition without Nhân sự warns instead of printing 100 % "Không rõ"', async () => {
    const input = await file('no-personnel.xlsx', sheets());
    const { code, report, stderr } = await json(['composition', input]);
    expect(code).toBe(0);
    expect(report.composition).toEqual({});
    expect(report.findings).toEqual([
      { severity: 'warning', code: 'MISSING_SHEET', message: expect.stringContaining('Chưa có trang "Nhân sự"') },
    ]);
    expect(stderr).toContain('Chưa có trang "Nhân sự"');
  });

  test('a Trang phiếu that names an output sheet says so', async () => {
    const input = await file('output-name.xlsx', sheets({ sheet: 'Kết quả CU' }));
    const { code, report } = await json(['tally', input]);
    expect(code).toBe(1);
    expect(report.errors[0]).toMatchObject({
      code: 'BAD_VALUE',
      cell: "'Bầu cử'!F2",
      message: expect.stringContaining('là tên một trang kết quả'),
    });
  });
});
