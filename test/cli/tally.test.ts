/**
 * `tally` and `next-round` on real .xlsx files through the command line (WORKBOOK.md "Command
 * line"): options, exit statuses, JSON fields, output sheets after the inputs, inputs unchanged,
 * text as text. One test runs the compiled `dist-cli` in its own process, as `npm run cli` does.
 */
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';

import { allValues, type Cell, workbookFrom, loadHost, saveHost } from '../helpers/workbook';

const dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-tally-'));
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];

/** A chi bộ of 11 official members (1 absent with an approved reason: D = 10), 3 seats from 4. */
function sheets(votes: Cell[][] = defaultBallots()): Record<string, Cell[][]> {
  const roll: Cell[][] = [['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng']];
  for (let i = 0; i < 11; i++)
    roll.push([
      i + 1,
      i < 4 ? NAMES[i] : `Đảng viên ${i + 1}`,
      'Chi bộ 5',
      'Chính thức',
      i === 10 ? 'Vắng có lý do' : 'Có mặt',
    ]);
  return {
    'Đại hội': [
      ['Tổ chức đảng', 'Chi bộ khu dân cư số 5'],
      ['Loại đại hội', 'Đại hội đảng viên'],
      ['Nhiệm kỳ', '2025 - 2027'],
      ['Địa danh', 'Long Biên'],
      ['Ngày', '12/05/2025'],
    ],
    'Đại biểu': roll,
    'Ban kiểm phiếu': [
      ['Họ và tên', 'Nhiệm vụ'],
      ['Đảng viên 5', 'Trưởng ban'],
      ['Đảng viên 6', 'Ủy viên'],
    ],
    'Bầu cử': [
      ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Phiếu thu vào'],
      ['CU', 'Bầu Chi ủy', 'Chi ủy', 3, 10, votes.length],
    ],
    'Phiếu CU': [['Số phiếu', ...NAMES, 'Không hợp lệ'], ...votes],
  };
}

/**
 * 10 ballots; ballot 10 is ruled invalid by the committee. Each valid ballot strikes one name:
 * An 9, Bình 8, Cường 5, Dung 5 — the regulation's point: 5 of D = 10 is not a majority.
 */
function defaultBallots(): Cell[][] {
  const rows: Cell[][] = [];
  for (let b = 1; b <= 10; b++) {
    const strike = (i: number) => (i === 1 && b === 1) || (i === 2 && b >= 2 && b <= 5) || (i === 3 && b >= 6);
    rows.push([
      b,
      ...NAMES.map((_, i) => (strike(i) ? 'x' : null)),
      b === 10 ? '=Không do Ban kiểm phiếu phát ra' : null,
    ]);
  }
  return rows;
}

async function file(name: string, data: Record<string, Cell[][]>): Promise<string> {
  const target = path.join(dir, name);
  saveHost(await workbookFrom(data), target);
  return target;
}

const run = (argv: string[]) => runCli(argv, '2025-05-12T10:00:00Z');

describe('tally --json', () => {
  test('the contract fields: D from the roll with its steps, threshold, ballots, candidates, status', async () => {
    const input = await file('json.xlsx', sheets());
    const { code, stdout } = await run(['tally', input, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.ruleSet).toBe('190-QĐ/TW');
    expect(report.errors).toEqual([]);
    const [cu] = report.elections;
    expect(cu).toMatchObject({
      id: 'CU',
      office: 'Chi ủy',
      round: 1,
      seats: 3,
      denominator: 10,
      threshold: 6,
      present: 10,
      denominatorSteps: [
        { label: 'Tổng số đảng viên chính thức được triệu tập', count: 11 },
        { label: expect.stringContaining('vắng mặt suốt thời gian đại hội có lý do'), count: 1 },
      ],
      ballots: {
        issued: 10,
        returned: 10,
        valid: 9,
        invalid: 1,
        invalidReasons: { '=Không do Ban kiểm phiếu phát ra': 1 },
      },
      status: 'shortfall',
      elected: ['Nguyễn Văn An', 'Trần Thị Bình'],
      seatsOpen: 1,
      tied: [],
      orderTies: [],
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(
      cu.candidates.map((c: { name: string; votes: number; elected: boolean }) => [c.name, c.votes, c.elected]),
    ).toEqual([
      ['Nguyễn Văn An', 9, true],
      ['Trần Thị Bình', 8, true],
      ['Lê Văn Cường', 5, false],
      ['Phạm Thị Dung', 5, false],
    ]);
    expect(cu.candidates[0]).toMatchObject({ percentOfDenominator: 90, percentOfValid: 100, rank: 1 });
    expect(cu.candidates[2]).toMatchObject({ percentOfDenominator: 50, rank: 3 });
  });

  test('--election picks one election; --lang en prints errors in English with their cell', async () => {
    const data = sheets();
    data['Phiếu CU'][3][2] = 'v';
    const input = await file('bad.xlsx', data);
    const { code, stdout, stderr } = await run(['tally', input, '--json', '--lang', 'en']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toEqual({
      ruleSet: '190-QĐ/TW',
      errors: [
        {
          code: 'BAD_MARK',
          cell: "'Phiếu CU'!C4",
          message: expect.stringContaining('Mark "v" is not valid on ballot 3'),
        },
      ],
    });
    expect(stderr).toContain('\'Phiếu CU\'!C4: Mark "v"');
    expect(stderr).toContain('nothing was written');
    const vi = await run(['tally', input, '--json']);
    expect(vi.stderr).toContain('Dấu "v" không hợp lệ ở phiếu số 3');
    const unknown = await run(['tally', input, '--json', '--election', 'BCH']);
    expect(unknown.code).toBe(1);
  });

  test('usage errors exit 2: no output option, -o equal to the input, two inputs, a bad --lang, a missing file', async () => {
    const input = await file('usage.xlsx', sheets());
    expect((await run(['tally', input])).code).toBe(2);
    expect((await run(['tally', input, '-o', input])).code).toBe(2);
    expect((await run(['tally', input, input, '--json'])).code).toBe(2);
    expect((await run(['tally', input, '--json', '--lang', 'fr'])).code).toBe(2);
    expect((await run(['tally', path.join(dir, 'none.xlsx'), '--json'])).code).toBe(2);
    expect((await run(['tally', input, '--jsn'])).code).toBe(2);
    expect((await run(['nonsense'])).code).toBe(2);
  });
});

describe('tally -o', () => {
  test('writes Kết quả, Biên bản and Nhật ký after the inputs; inputs unchanged; text stays text', async () => {
    const input = await file('out.xlsx', sheets());
    const out = path.join(dir, 'out-result.xlsx');
    const { code } = await run(['tally', input, '-o', out]);
    expect(code).toBe(0);
    const before = await allValues(loadHost(input));
    const after = await allValues(loadHost(out));
    const names = [...after.keys()];
    expect(names).toEqual([...before.keys(), 'Kết quả CU', 'Biên bản CU', 'Nhật ký']);
    for (const [name, values] of before) expect(after.get(name)).toEqual(values);
    const result = after.get('Kết quả CU') ?? [];
    const labels = result.map((r) => r[0]);
    for (const label of [
      'Số phiếu phát ra',
      'Số phiếu thu vào',
      'Số phiếu hợp lệ',
      'Số phiếu không hợp lệ',
      'Tổng số được triệu tập',
      'Cơ sở tính (D)',
      'Số phiếu cần đạt',
      'Trạng thái',
    ]) {
      expect(labels).toContain(label);
    }
    expect(result.find((r) => r[0] === 'Trạng thái')?.[1]).toBe('Bầu chưa đủ');
    // The committee's ruling starts with "=": it is printed as text, never a formula.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const formulas: string[] = [];
    workbook.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.address}`);
        }),
      ),
    );
    expect(formulas).toEqual([]);
    expect(result.flat()).toContain('=Không do Ban kiểm phiếu phát ra');
  });

  test('a blocked election gets no minutes, and an earlier Biên bản of it is removed', async () => {
    const input = await file('blocked-src.xlsx', sheets());
    const first = path.join(dir, 'blocked-1.xlsx');
    expect((await run(['tally', input, '-o', first])).code).toBe(0);
    // Now the committee recounts: 11 ballots keyed against 10 in the box → blocked.
    const host = loadHost(first);
    const values = await allValues(host);
    const data = Object.fromEntries([...values].filter(([n]) => !n.startsWith('Kết quả') && n !== 'Nhật ký')) as Record<
      string,
      Cell[][]
    >;
    data['Phiếu CU'] = [...data['Phiếu CU'], [11, null, null, null, null]];
    const second = await file('blocked-2.xlsx', data);
    const out = path.join(dir, 'blocked-out.xlsx');
    const { code, stdout } = await run(['tally', second, '-o', out, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.elections[0]).toMatchObject({ status: 'blocked', elected: [] });
    expect(report.elections[0].candidates.every((c: { rank: number | null }) => c.rank === null)).toBe(true);
    // Exactly the check that failed, with both figures and the cell the committee wrote.
    expect(report.elections[0].checks.filter((c: { ok: boolean }) => !c.ok)).toEqual([
      {
        name: 'Số phiếu đã nhập bằng số phiếu thu vào',
        expected: 10,
        actual: 11,
        ok: false,
        cell: "'Bầu cử'!F2",
      },
    ]);
    const names = [...(await allValues(loadHost(out))).keys()];
    expect(names).toContain('Kết quả CU');
    expect(names).not.toContain('Biên bản CU');
  });

  test('without Ban kiểm phiếu the minutes get dotted signature lines and the clerk is warned', async () => {
    const data = sheets();
    delete data['Ban kiểm phiếu'];
    const input = await file('no-counters.xlsx', data);
    const out = path.join(dir, 'no-counters-out.xlsx');
    const { code, stderr } = await run(['tally', input, '-o', out]);
    expect(code).toBe(0);
    expect(stderr).toContain('Không có trang "Ban kiểm phiếu": biên bản CU để trống (dòng chấm)');
    const minutes = (await allValues(loadHost(out))).get('Biên bản CU') ?? [];
    expect(minutes.flat()).toContain('1) Đồng chí ………………………………, Trưởng ban;');
  });

  test('prints the short summary demo prints: status, elected of seats, the failing check with its cell', async () => {
    const input = await file('summary.xlsx', sheets());
    const shortfall = await run(['tally', input, '-o', path.join(dir, 'summary-out.xlsx')]);
    expect(shortfall.stderr.split('\n')[0]).toBe('    CU: Bầu chưa đủ — trúng cử 2/3; còn thiếu 1');
    const english = await run(['tally', input, '-o', path.join(dir, 'summary-en.xlsx'), '--lang', 'en']);
    expect(english.stderr.split('\n')[0]).toBe('    CU: Seats left open — elected 2/3; open seats: 1');
    const data = sheets();
    data['Bầu cử'][1][5] = 9; // 10 ballots keyed, 9 in the box
    const blocked = await run([
      'tally',
      await file('summary-blocked.xlsx', data),
      '-o',
      path.join(dir, 'summary-b.xlsx'),
    ]);
    expect(blocked.stderr).toContain(
      "    CU: Chưa công bố — không khớp: Số phiếu đã nhập bằng số phiếu thu vào ('Bầu cử'!F2)",
    );
    // With --json alone nothing is written and stdout is the report only; no summary on stderr.
    const json = await run(['tally', input, '--json']);
    expect(json.stderr).toBe('');
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });
});

describe('the summary of a trust vote and of an introduction', () => {
  const example = (name: string) => path.join(__dirname, '..', '..', 'examples', name);
  test('a trust vote: R and who is in each band, never "elected 0/0"', async () => {
    const r = await run(['tally', example('tin-nhiem.xlsx'), '-o', path.join(dir, 'tn-out.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      '    TN: Đã kiểm phiếu — R = 30 phiếu thu về; Từ 2/3 trở lên phiếu tín nhiệm thấp: Phạm Quốc Huy, Ngô Thanh Tùng; Trên 1/2 đến dưới 2/3 phiếu tín nhiệm thấp: Đặng Thị Lan',
    );
    expect(r.stderr).not.toContain('trúng cử');
  });
  test('an introduction: introduced of places, the tie left to the committee head', async () => {
    const r = await run(['tally', example('gioi-thieu.xlsx'), '-o', path.join(dir, 'gt-out.xlsx'), '--lang', 'en']);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      '    GT-1: Tie — introduced 16/17; tied on 20 votes: Mai Thị Kim Oanh, Kiều Văn Toàn; the committee head chooses; open seats: 1',
      '    GT-2: All seats filled — introduced 17/17',
    ]);
  });
});

describe('tally warnings that never block', () => {
  test('a header unknown to Nhân sự: stderr names the cell and the nearest name; JSON carries it under warnings', async () => {
    const data = sheets();
    data['Nhân sự'] = [['Họ và tên'], ['Nguyễn Văn An'], ['Trần Thị Bình'], ['Lê Văn Cường'], ['Phạm Thị Dung']];
    data['Phiếu CU'][0][2] = 'Trần Thị Bìnhh'; // a key held down
    const input = await file('unknown-name.xlsx', data);
    const out = path.join(dir, 'unknown-name-out.xlsx');
    const { code, stderr } = await run(['tally', input, '-o', out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`'Phiếu CU'!C1: "Trần Thị Bìnhh"`);
    expect(stderr).toContain('gần nhất: "Trần Thị Bình", ô \'Nhân sự\'!A3');
    const json = await run(['tally', input, '--json']);
    const report = JSON.parse(json.stdout);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'NAME_NOT_IN_NHAN_SU', cell: "'Phiếu CU'!C1" })]);
    // The same workbook without the typo says nothing, and its JSON has no warnings section.
    const clean = sheets();
    clean['Nhân sự'] = data['Nhân sự'];
    const ok = await run(['tally', await file('known-names.xlsx', clean), '--json']);
    expect(JSON.parse(ok.stdout)).not.toHaveProperty('warnings');
  });
});

describe('next-round', () => {
  test('after a shortfall: adds the Bầu cử row (seats = open seats, linked) and a ballot sheet of those not elected', async () => {
    const input = await file('next.xlsx', sheets());
    const out = path.join(dir, 'next-out.xlsx');
    const { code, stderr } = await run(['next-round', input, 'CU', '-o', out]);
    expect(code).toBe(0);
    expect(stderr).toContain('CU-2');
    const values = await allValues(loadHost(out));
    const elections = values.get('Bầu cử') ?? [];
    const header = elections[0] as string[];
    const row = elections[2];
    const at = (label: string) => row[header.indexOf(label)];
    expect(at('Mã')).toBe('CU-2');
    expect(String(at('Số lượng cần bầu'))).toBe('1');
    expect(at('Vòng trước')).toBe('CU');
    expect(String(at('Lần bầu'))).toBe('2');
    expect(values.get('Phiếu CU-2')?.[0]).toEqual(['Số phiếu', 'Lê Văn Cường', 'Phạm Thị Dung', 'Không hợp lệ']);
    // The new workbook tallies: round 2 with nothing keyed is the zero report of the open seat.
    const again = await run(['tally', out, '--json']);
    expect(again.code).toBe(0);
    const round2 = JSON.parse(again.stdout).elections[1];
    expect(round2).toMatchObject({ id: 'CU-2', round: 2, seats: 1, status: 'zero', denominator: 10, threshold: 6 });
  });

  test('run twice, it refuses: the next round exists already (no CU-2A)', async () => {
    const input = await file('next-twice.xlsx', sheets());
    const once = path.join(dir, 'next-once.xlsx');
    expect((await run(['next-round', input, 'CU', '-o', once])).code).toBe(0);
    const twice = path.join(dir, 'next-twice-out.xlsx');
    const { code, stderr } = await run(['next-round', once, 'CU', '-o', twice]);
    expect(code).toBe(1);
    expect(stderr).toContain("'Bầu cử'!A3");
    expect(stderr).toContain('"CU-2"');
    expect(stderr).not.toContain('CU-2A');
    expect(existsSync(twice)).toBe(false);
  });

  test('refuses an election that needs no further round', async () => {
    const ballots = defaultBallots().map((r) => r.map((v, i) => (i === 3 ? null : i === 4 ? 'x' : v)));
    const input = await file('next-complete.xlsx', sheets(ballots));
    const { code, stderr } = await run(['next-round', input, 'CU', '-o', path.join(dir, 'never.xlsx'), '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain('no further round is needed');
  });
});

describe('the compiled command line', () => {
  test('npm run cli runs dist-cli in its own process: JSON on stdout only, messages on stderr', async () => {
    const input = await file('spawn.xlsx', sheets());
    const cli = path.join(__dirname, '..', '..', 'dist-cli', 'cli', 'main.js');
    const r = spawnSync(process.execPath, [cli, 'tally', input, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).elections[0].id).toBe('CU');
    const bad = spawnSync(process.execPath, [cli, 'tally', input], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('-o <out.xlsx>');
  });
});

describe("fillCells (the next round's Bầu cử row)", () => {
  test("formats only the cells it fills, even where the file's cells share one style", async () => {
    // Rows 1–3 of the sheet share one style in the file (same fill): exceljs then shares one
    // style object among them when it reads the file.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bầu cử');
    ws.addRow(['Mã', 'Số lượng cần bầu']);
    ws.addRow(['CU', 3]);
    for (let r = 1; r <= 3; r++)
      for (let c = 1; c <= 2; c++)
        ws.getCell(r, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    const file = path.join(dir, 'shared-style.xlsx');
    await wb.xlsx.writeFile(file);
    const host = loadHost(file);
    await host.fillCells('Bầu cử', [
      { row: 2, col: 0, value: 'CU-2' },
      { row: 2, col: 1, value: 1 },
    ]);
    const out = path.join(dir, 'shared-style-out.xlsx');
    saveHost(host, out);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const sheet = back.getWorksheet('Bầu cử')!;
    expect(sheet.getCell('A3').value).toBe('CU-2');
    expect(sheet.getCell('A3').numFmt).toBe('@');
    // The clerk's cells keep their own format: text format went to the filled cell only.
    expect(sheet.getCell('A2').numFmt ?? 'General').not.toBe('@');
    expect(sheet.getCell('B2').numFmt ?? 'General').not.toBe('@');
    expect(sheet.getCell('B2').value).toBe(3);
  });
});
