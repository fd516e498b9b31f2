/**
 * The pane's "Prepare": adds only the missing input sheets, never touching the existing ones;
 * and the `template` command line.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { allValues, workbookFrom, loadHost, TEST_CLOCK } from '../helpers/workbook';
import { prepareCommand, missingInputPlans } from '../../src/commands/prepare';
import type { CommandContext } from '../../src/commands/types';
import { PackageHost } from '../../src/hosts/package/packageHost';
import { EXAMPLE_BALLOT_SHEET, TEMPLATE_SHEETS } from '../../src/workbook/render/template';
import { PANE_COMMANDS } from '../../src/taskpane/commandTable';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/common';

const ctxOf = (host: PackageHost, write = true): CommandContext => ({
  port: host,
  lang: 'vi',
  now: () => new Date(0),
  write,
});

describe('prepare', () => {
  test('an empty workbook gets every input sheet', async () => {
    const host = await workbookFrom({ Sheet1: [] });
    const outcome = await prepareCommand(ctxOf(host));
    expect(outcome.written).toBe(true);
    expect(outcome.plans.map((p) => p.name)).toEqual(TEMPLATE_SHEETS);
    expect(await host.sheetNames()).toEqual(['Sheet1', ...TEMPLATE_SHEETS]);
  });

  test('adds only the missing sheets and leaves existing data untouched', async () => {
    const existing = {
      'Dai hoi': [
        ['Tổ chức đảng', 'Chi bộ khu dân cư số 5'],
        ['Loại đại hội', 'Đại hội đảng viên'],
      ],
      'Đại biểu': [
        ['Họ và tên', 'Tư cách'],
        ['Nguyễn Văn An', 'Chính thức'],
      ],
      'Bầu cử': [
        ['Mã', 'Chức danh', 'Số lượng cần bầu'],
        ['CU', 'Chi ủy', 3],
      ],
      'Phiếu CU': [
        ['Số phiếu', 'Nguyễn Văn An'],
        [1, 'x'],
      ],
      'Kết quả CU': [['Số phiếu phát ra', 9]],
    };
    const host = await workbookFrom(existing);
    const before = await allValues(host);
    const outcome = await prepareCommand(ctxOf(host));
    // `Dai hoi` is `Đại hội` to the parser; with `Bầu cử` set up, no example ballot sheet.
    expect(outcome.plans.map((p) => p.name)).toEqual(['Ban kiểm phiếu', 'Nhân sự', 'Chi bộ']);
    const after = await allValues(PackageHost.open(host.toBytes(TEST_CLOCK)));
    for (const [name, values] of before) expect(after.get(name)).toEqual(values);
    expect([...after.keys()]).toEqual([
      'Dai hoi',
      'Đại biểu',
      'Bầu cử',
      'Phiếu CU',
      'Ban kiểm phiếu',
      'Nhân sự',
      'Chi bộ',
      'Kết quả CU',
    ]);
    expect(after.get('Nhân sự')?.[0]?.[0]).toBe('Họ và tên');
  });

  test('a complete workbook is left alone', async () => {
    const host = await workbookFrom(Object.fromEntries(TEMPLATE_SHEETS.map((n) => [n, [['giữ nguyên']]])));
    const outcome = await prepareCommand(ctxOf(host));
    expect(outcome).toMatchObject({ plans: [], written: false, errors: [] });
    expect(missingInputPlans(['ĐẠI HỘI', 'dai bieu', 'Ban kiem phieu', 'Nhân sự', 'Bầu cử', 'Chi bộ'])).toEqual([]);
  });

  test('without write it only says what it would add', async () => {
    const host = await workbookFrom({ 'Đại hội': [['Tổ chức đảng', 'X']] });
    const outcome = await prepareCommand(ctxOf(host, false));
    expect(outcome.written).toBe(false);
    expect(outcome.plans).toHaveLength(TEMPLATE_SHEETS.length - 1);
    expect(await host.sheetNames()).toEqual(['Đại hội']);
  });

  test('is offered in the pane, without the example ballot sheet (the pane makes them from Bầu cử)', async () => {
    const command = PANE_COMMANDS.find((c) => c.id === 'prepare');
    expect(command).toMatchObject({ label: 'PANE_CMD_PREPARE', writes: true, step: 'prepare' });
    const host = await workbookFrom({ Sheet1: [] });
    const outcome = await command?.run(ctxOf(host), {});
    expect(outcome?.plans.map((p) => p.name)).toEqual(TEMPLATE_SHEETS.filter((n) => n !== EXAMPLE_BALLOT_SHEET));
  });
});

describe('template command', () => {
  const io = (): CliIO & { err: string[] } => {
    const err: string[] = [];
    return { err, stdout: () => undefined, stderr: (t) => err.push(t), now: () => new Date(0) };
  };

  test('writes the blank workbook and never overwrites a file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dai-hoi-template-'));
    const out = path.join(dir, 'mau.xlsx');
    const first = io();
    expect(await main(['template', out], first)).toBe(0);
    expect(await loadHost(out).sheetNames()).toEqual(TEMPLATE_SHEETS);
    const second = io();
    expect(await main(['template', out], second)).toBe(2);
    expect(second.err.join('\n')).toMatch(/đã có/);
    expect(await main(['template'], io())).toBe(2);
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('example is hidden from help', async () => {
    const out: string[] = [];
    const help = { ...io(), stdout: (t: string) => out.push(t) };
    expect(await main(['help'], help)).toBe(0);
    expect(out.join('\n')).toMatch(/^ {2}template +sổ trống/m);
    expect(out.join('\n')).not.toMatch(/^ {2}example /m);
  });
});
