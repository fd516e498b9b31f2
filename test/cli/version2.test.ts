/**
 * Version 2 of the contract through real .xlsx files and the command line (issue 10): the
 * alternates from the official ballot (`Số dự khuyết`), an alternates' election read with the
 * official one, a chi bộ's secretary after three rounds (QĐ 294), and the `Đại hội` settings that
 * print in the minutes.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { nextRoundCommand } from '../../src/commands/nextRound';
import { tallyCommand } from '../../src/commands/tally';
import { allValues, type Cell, loadHost, saveHost, workbookFrom } from '../helpers/workbook';

const dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-v2-'));
const run = (argv: string[]) => runCli(argv, '2025-08-05T10:00:00Z');

async function file(name: string, data: Record<string, Cell[][]>): Promise<string> {
  const target = path.join(dir, name);
  saveHost(await workbookFrom(data), target);
  return target;
}

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];

/** A members' congress of 10 (D = 10, a majority is 6). */
function roll(): Cell[][] {
  const rows: Cell[][] = [['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng']];
  for (let i = 0; i < 10; i++) rows.push([i + 1, i < 5 ? NAMES[i] : `Đảng viên ${i + 1}`, 'Khu 5', 'Chính thức', '']);
  return rows;
}

/** Rows of a strike ballot sheet from patterns ('.' kept, 'x' struck). */
const strike = (patterns: string[]): Cell[][] =>
  patterns.map((p, i) => [i + 1, ...[...p].map((c) => (c === 'x' ? 'x' : null))]);

describe('alternates in a workbook', () => {
  // DB: 2 seats of 5; An 7, Bình 7 elected; Cường 6 qualifies (2 × 6 > 10); Dung and Em none.
  const dbBallots = strike([
    ...Array.from({ length: 4 }, () => '..xxx'),
    ...Array.from({ length: 3 }, () => '.x.xx'),
    ...Array.from({ length: 3 }, () => 'x..xx'),
  ]);
  const sheets = (extra: Record<string, Cell[][]> = {}, rows: Cell[][] = []): Record<string, Cell[][]> => ({
    'Đại hội': [
      ['Tổ chức đảng', 'Đảng bộ xã Bát Tràng'],
      ['Loại đại hội', 'Đại hội đảng viên'],
      ['Cấp đại hội', 'Xã, phường, đặc khu'],
      ['Lần thứ', 'I'],
      ['Nhiệm kỳ', '2025 - 2030'],
      ['Địa danh', 'Bát Tràng'],
      ['Ngày', '05/08/2025'],
    ],
    'Đại biểu': roll(),
    'Bầu cử': [
      ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Số dự khuyết'],
      ['DB', 'Bầu đại biểu chính thức', 'Đại biểu chính thức', 2, 10, 1],
      ...rows,
    ],
    'Phiếu DB': [['Số phiếu', ...NAMES], ...dbBallots],
    ...extra,
  });

  test('Số dự khuyết: JSON alternates, Kết quả marks them, the minutes print their own table', async () => {
    const input = await file('alt.xlsx', sheets());
    const { code, stdout } = await run(['tally', input, '--json']);
    expect(code).toBe(0);
    const [db] = JSON.parse(stdout).elections;
    expect(db).toMatchObject({
      status: 'complete',
      elected: [NAMES[0], NAMES[1]],
      alternates: [NAMES[2]],
      alternateTies: [],
    });
    const out = path.join(dir, 'alt-out.xlsx');
    expect((await run(['tally', input, '-o', out])).code).toBe(0);
    const values = await allValues(loadHost(out));
    const results = values.get('Kết quả DB') ?? [];
    expect(results.find((r) => r[1] === NAMES[2])?.[6]).toBe('Dự khuyết');
    const minutes = (values.get('Biên bản DB') ?? []).flat().filter((v) => typeof v === 'string');
    expect(minutes).toContain(
      'Đại hội quyết định lấy 1 đại biểu dự khuyết từ kết quả lần bầu này, theo Điều 18 Quy chế bầu cử trong Đảng.',
    );
    expect(
      minutes.some((t) => /^\d+\. Đại biểu dự khuyết lấy từ kết quả bầu đại biểu chính thức$/.test(String(t))),
    ).toBe(true);
  });

  test('Số dự khuyết on any other row is BAD_VALUE at its cell', async () => {
    const input = await file(
      'alt-bad.xlsx',
      sheets({ 'Phiếu BCH': [['Số phiếu', ...NAMES.slice(0, 3)]] }, [
        ['BCH', 'Bầu Ban Chấp hành', 'Ban Chấp hành', 2, 10, 1],
      ]),
    );
    const { code, stdout } = await run(['tally', input, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).errors).toEqual([expect.objectContaining({ code: 'BAD_VALUE', cell: "'Bầu cử'!F3" })]);
  });

  test('--election DBDK reads the official delegates too: a name elected there blocks it', async () => {
    const input = await file(
      'alt-dbdk.xlsx',
      sheets({ 'Phiếu DBDK': [['Số phiếu', NAMES[0], NAMES[2]], ...strike(Array.from({ length: 10 }, () => 'x.'))] }, [
        ['DBDK', 'Bầu đại biểu dự khuyết', 'Đại biểu dự khuyết', 1, 10, null],
      ]),
    );
    const { code, stdout } = await run(['tally', input, '--json', '--election', 'DBDK']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.elections.map((e: { id: string }) => e.id)).toEqual(['DBDK']);
    expect(report.elections[0].status).toBe('blocked');
    expect(report.elections[0].checks).toContainEqual(
      expect.objectContaining({ ok: false, actual: 1, cell: "'Phiếu DBDK'!B1" }),
    );
    const check = JSON.parse((await run(['check', input, '--json'])).stdout);
    expect(check.findings).toContainEqual(
      expect.objectContaining({
        code: 'ALTERNATE_NOT_FROM_LIST',
        severity: 'error',
        cell: "'Phiếu DBDK'!B1",
        rule: '190-QĐ/TW Điều 18',
      }),
    );
  });
});

describe('a chi bộ secretary after three rounds (QĐ 294)', () => {
  const sheets = (): Record<string, Cell[][]> => {
    const fail = strike(Array.from({ length: 10 }, (_, i) => (i < 5 ? '.' : 'x')));
    return {
      'Đại hội': [
        ['Tổ chức đảng', 'Chi bộ khu dân cư số 5'],
        ['Loại đại hội', 'Đại hội đảng viên'],
        ['Nhiệm kỳ', '2025 - 2030'],
        ['Ngày', '05/06/2025'],
      ],
      'Đại biểu': roll(),
      'Bầu cử': [
        ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Lần bầu', 'Vòng trước'],
        ['BT', 'Bầu Bí thư Chi bộ', 'Bí thư', 1, 10, 1, null],
        ['BT-2', 'Bầu Bí thư Chi bộ (lần 2)', 'Bí thư', 1, 10, 2, 'BT'],
        ['BT-3', 'Bầu Bí thư Chi bộ (lần 3)', 'Bí thư', 1, 10, 3, 'BT-2'],
      ],
      'Phiếu BT': [['Số phiếu', NAMES[0]], ...fail],
      'Phiếu BT-2': [['Số phiếu', NAMES[0]], ...fail],
      'Phiếu BT-3': [['Số phiếu', NAMES[0]], ...fail],
    };
  };

  test('Kết quả of the third round says the superior committee appoints the secretary (QĐ 294)', async () => {
    const host = loadHost(await file('bt3-sheet.xlsx', sheets()));
    const outcome = await tallyCommand({ port: host, lang: 'vi', now: () => new Date(), write: false });
    const text = (name: string) => (outcome.plans.find((p) => p.name === name)?.values ?? []).flat().join('\n');
    expect(text('Kết quả BT-3')).toContain(
      'theo Quy định 294-QĐ/TW (2025), cấp ủy cấp trên chỉ định bí thư chi bộ; không bầu lần tiếp theo.',
    );
    expect(text('Kết quả BT-2')).not.toContain('chỉ định bí thư');
  });

  test('the tally reports SECRETARY_APPOINTED in its findings; next-round prepares no fourth round', async () => {
    const input = await file('bt3.xlsx', sheets());
    const { code, stdout } = await run(['tally', input, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.elections.map((e: { status: string }) => e.status)).toEqual(['shortfall', 'shortfall', 'shortfall']);
    expect(report.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'SECRETARY_APPOINTED',
        cell: "'Bầu cử'!F4",
        rule: 'Quy định 294-QĐ/TW (2025)',
      }),
    ]);
    const host = loadHost(input);
    const outcome = await nextRoundCommand(
      { port: host, lang: 'vi', now: () => new Date(), write: false },
      { election: 'BT-3' },
    );
    expect(outcome.created).toBeNull();
    expect(outcome.errors.map((e) => e.code)).toEqual(['SECRETARY_APPOINTED']);
    // Here the third round exists already: one next round per round (issue 11).
    const again = await nextRoundCommand(
      { port: host, lang: 'vi', now: () => new Date(), write: false },
      { election: 'BT-2' },
    );
    expect(again.errors.map((e) => e.message)).toEqual(['NEXT_ROUND_EXISTS']);
    // Without it, the second round may still be followed by a third.
    const data = sheets();
    data['Bầu cử'] = data['Bầu cử'].slice(0, 3);
    delete data['Phiếu BT-3'];
    const second = await nextRoundCommand(
      { port: loadHost(await file('bt2.xlsx', data)), lang: 'vi', now: () => new Date(), write: false },
      { election: 'BT-2' },
    );
    expect(second.errors).toEqual([]);
    expect(second.created).not.toBeNull();
  });
});
