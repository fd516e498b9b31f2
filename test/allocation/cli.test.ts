/**
 * `allocate` through the command line: in process (exit codes, -o, --json, --lang) and the
 * compiled `dist-cli` in its own process as `npm run cli` runs it (built by `npm test`, or
 * `npx tsc -p tsconfig.cli.json`).
 */
import { mkdtempSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { runCli } from '../helpers/cli';

import { allValues, type Cell, workbookFrom, loadHost, saveHost } from '../helpers/workbook';

const dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-allocate-'));

function sheets(settings: Cell[][]): Record<string, Cell[][]> {
  return {
    'Đại hội': [
      ['Tổ chức đảng', 'Đảng bộ phường Ngọc Lâm'],
      ['Loại đại hội', 'Đại hội đại biểu'],
      ['Nhiệm kỳ', '2020 - 2025'],
      ...settings,
    ],
    'Chi bộ': [
      ['Chi bộ', 'Đảng viên chính thức', 'Đảng viên dự bị', 'Tối thiểu', 'Cộng thêm', 'Cấp ủy viên đương nhiệm'],
      // Balinski & Young's second example; a unit name that looks like a formula stays text.
      ['Chi bộ Khu phố 1', 9061, 0, null, null, 2],
      ['Chi bộ Khu phố 2', 7179, 0, null, null, 1],
      ['=Chi bộ Trường học', 5259, 0, null, null, 0],
      ['Chi bộ Công an', 3319, 0, null, 1, 0],
      ['Chi bộ Quân sự', 1182, 0, null, null, 0],
    ],
  };
}

async function file(name: string, settings: Cell[][]): Promise<string> {
  const host = await workbookFrom(sheets(settings));
  const target = path.join(dir, name);
  saveHost(host, target);
  return target;
}

const run = (argv: string[]) => runCli(argv);

describe('allocate on the command line', () => {
  test.each([
    ['Số dư lớn nhất', [9, 7, 5, 4, 1]],
    ["D'Hondt", [10, 7, 5, 3, 1]],
    ['Sainte-Laguë', [9, 8, 5, 3, 1]],
    ['Huntington-Hill', [9, 7, 6, 3, 1]],
  ])('--json with %s: exit 0, the report on stdout only', async (method, formula) => {
    const input = await file(`by2-${formula.join('')}.xlsx`, [
      ['Số đại biểu phân bổ', 26],
      ['Phương pháp phân bổ', method],
    ]);
    const { code, stdout, stderr } = await run(['allocate', input, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([]);
    expect(report.ruleSet).toBe('190-QĐ/TW');
    expect(report.allocation.method).toBe(method);
    expect(report.allocation.units.map((u: { formula: number }) => u.formula)).toEqual(formula);
    expect(report.allocation).toMatchObject({ seats: 26, allocated: 26, unassigned: 0, tied: [], total: 26 + 1 + 3 });
    expect(report.allocation.units[2].unit).toBe('=Chi bộ Trường học');
    expect(Object.keys(report.allocation.units[0]).slice(0, 7)).toEqual([
      'unit',
      'members',
      'quota',
      'seats',
      'added',
      'exOfficio',
      'total',
    ]);
  });

  test('-o writes a new workbook with the sheet; the input is unchanged; text stays text', async () => {
    const input = await file('write.xlsx', [['Số đại biểu phân bổ', 26]]);
    const output = path.join(dir, 'write-out.xlsx');
    const { code, stderr } = await run(['allocate', input, '-o', output]);
    expect(code).toBe(0);
    expect(stderr).toContain('Đã ghi');
    const written = await allValues(loadHost(output));
    expect([...written.keys()]).toEqual(['Đại hội', 'Chi bộ', 'Phân bổ đại biểu', 'Nhật ký']);
    const rows = written.get('Phân bổ đại biểu') ?? [];
    expect(rows.some((r) => r[0] === '=Chi bộ Trường học')).toBe(true);
    expect([...(await allValues(loadHost(input))).keys()]).toEqual(['Đại hội', 'Chi bộ']);
  });

  test('input errors: exit 1, nothing written, JSON still holds ruleSet and errors; --lang en', async () => {
    const input = await file('bad.xlsx', [
      ['Số đại biểu phân bổ', 3],
      ['Phương pháp phân bổ', 'Huntington-Hill'],
    ]);
    const output = path.join(dir, 'bad-out.xlsx');
    const { code, stdout, stderr } = await run(['allocate', input, '-o', output, '--json', '--lang', 'en']);
    expect(code).toBe(1);
    expect(existsSync(output)).toBe(false);
    expect(stderr).toContain("'Đại hội'!B4: Huntington-Hill gives every unit");
    expect(JSON.parse(stdout)).toEqual({
      ruleSet: '190-QĐ/TW',
      errors: [
        { code: 'BAD_SEATS', cell: "'Đại hội'!B4", message: expect.stringContaining('5 units need at least 5 seats') },
      ],
    });
  });

  test('usage errors: exit 2 (no -o nor --json, -o equal to the input, bad --lang)', async () => {
    const input = await file('usage.xlsx', [['Số đại biểu phân bổ', 26]]);
    expect((await run(['allocate', input])).code).toBe(2);
    expect((await run(['allocate', input, '-o', input])).code).toBe(2);
    expect((await run(['allocate', input, '--json', '--lang', 'fr'])).code).toBe(2);
    expect((await run(['allocate', '--json'])).code).toBe(2);
  });

  test('the compiled command line in its own process', async () => {
    const cli = path.join(__dirname, '..', '..', 'dist-cli', 'cli', 'main.js');
    expect(existsSync(cli)).toBe(true);
    const input = await file('spawn.xlsx', [
      ['Số đại biểu phân bổ', 27],
      ['Phương pháp phân bổ', "D'Hondt"],
    ]);
    const r = spawnSync(process.execPath, [cli, 'allocate', input, '--json'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.allocation.units.map((u: { formula: number }) => u.formula)).toEqual([10, 8, 5, 3, 1]);
    const usage = spawnSync(process.execPath, [cli, 'allocate', input], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
  });
});
