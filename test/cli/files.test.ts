/**
 * The command line's files (WORKBOOK.md "Files (version 2)", issue 13), tried as a hostile user
 * would: the input reached through a symlink, a hard link or a bind mount; an existing file that
 * is not ours; a folder, a missing folder, a read-only disk and a full disk as the target;
 * Ctrl+C, SIGTERM and SIGKILL during the write; the same input and clock twice.
 */
import { spawn, spawnSync, execFileSync } from 'child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { workbookBytesFrom, type Cell } from '../helpers/workbook';
import { PackageHost } from '../../src/hosts/package/packageHost';
import { nationalSheets } from '../../bench/tally';
import type { SheetPlan } from '../../src/workbook/sheetPlan';

jest.setTimeout(120000);

const dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-files-'));
const CLI = path.join(__dirname, '..', '..', 'dist-cli', 'cli', 'main.js');
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];

function congress(): Record<string, Cell[][]> {
  const roll: Cell[][] = [['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng']];
  for (let i = 0; i < 9; i++)
    roll.push([i + 1, i < 3 ? NAMES[i] : `Đảng viên ${i + 1}`, 'Chi bộ 1', 'Chính thức', 'Có mặt']);
  const ballots: Cell[][] = [['Số phiếu', ...NAMES]];
  for (let b = 1; b <= 9; b++) ballots.push([b, b === 1 ? 'x' : null, null, b > 4 ? 'x' : null]);
  return {
    'Đại hội': [
      ['Tổ chức đảng', 'Chi bộ khu dân cư số 7'],
      ['Loại đại hội', 'Đại hội đảng viên'],
      ['Nhiệm kỳ', '2025 - 2027'],
      ['Ngày', '12/05/2025'],
    ],
    'Đại biểu': roll,
    'Bầu cử': [
      ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra'],
      ['CU', 'Bầu Chi ủy', 'Chi ủy', 2, 9],
    ],
    'Phiếu CU': ballots,
  };
}

async function input(name: string, folder = dir): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  writeFileSync(file, await workbookBytesFrom(congress()));
  return file;
}

const run = (argv: string[]) => runCli(argv, '2025-05-12T10:00:00Z');
const bytesOf = (file: string) => readFileSync(file);

function sh(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: 'pipe' });
}

describe('the input is never overwritten, whatever path reaches it', () => {
  test('through a symlinked folder, a hard link, a bind mount: usage error, input unchanged', async () => {
    const real = path.join(dir, 'real');
    const file = await input('in.xlsx', real);
    const before = bytesOf(file);
    const alias = path.join(dir, 'alias');
    symlinkSync(real, alias);
    linkSync(file, path.join(real, 'hard.xlsx'));
    const mnt = path.join(dir, 'mnt');
    mkdirSync(mnt);
    sh('mount', ['--bind', real, mnt]);
    try {
      for (const target of [
        path.join(alias, 'in.xlsx'),
        path.join(real, 'hard.xlsx'),
        path.join(mnt, 'in.xlsx'),
        `${real}/./in.xlsx`,
      ]) {
        const r = await run(['tally', file, '-o', target]);
        expect({ target, code: r.code }).toEqual({ target, code: 2 });
        expect(r.stderr).toContain('tệp gốc không bao giờ bị ghi đè');
      }
      const docx = await run(['minutes', file, '--docx', path.join(alias, 'in.xlsx')]);
      expect(docx.code).toBe(2);
      const next = await run(['next-round', file, 'CU', '-o', path.join(mnt, 'in.xlsx')]);
      expect(next.code).toBe(2);
    } finally {
      sh('umount', [mnt]);
    }
    expect(bytesOf(file).equals(before)).toBe(true);
  });
});

describe('an existing target is replaced only when this tool wrote it', () => {
  test('a foreign file: usage error unless --overwrite; our own output: replaced', async () => {
    const file = await input('own.xlsx');
    const foreign = await input('other-congress.xlsx');
    const before = bytesOf(foreign);
    const refused = await run(['tally', file, '-o', foreign, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('was not written by this tool');
    expect(refused.stderr).toContain('--overwrite');
    expect(bytesOf(foreign).equals(before)).toBe(true);
    expect((await run(['tally', file, '-o', foreign, '--overwrite'])).code).toBe(0);
    // Now it is ours: replaced without asking, by this command or another.
    expect((await run(['allocate', file, '-o', foreign])).code).toBe(1); // no Chi bộ sheet: input error, nothing written
    expect((await run(['tally', file, '-o', foreign])).code).toBe(0);
    // The same for the Word minutes.
    const text = path.join(dir, 'letter.docx');
    writeFileSync(text, 'not ours');
    expect((await run(['minutes', file, '--docx', text])).code).toBe(2);
    expect((await run(['minutes', file, '--docx', text, '--overwrite'])).code).toBe(0);
    expect((await run(['minutes', file, '--docx', text])).code).toBe(0);
  });
});

describe('the file system refuses: exit 3 naming the path and why, nothing left behind', () => {
  test('-o naming a folder, a missing folder', async () => {
    const file = await input('fs.xlsx');
    const folder = await run(['tally', file, '-o', dir]);
    expect(folder.code).toBe(3);
    expect(folder.stderr).toContain(`Không ghi được tệp ${dir}: đây là một thư mục`);
    const missing = path.join(dir, 'no-such-folder', 'out.xlsx');
    const r = await run(['tally', file, '-o', missing, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`Cannot write ${missing}: the folder does not exist`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const debug = await run(['tally', file, '-o', missing, '--debug']);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  test('a read-only disk and a full disk (tmpfs mounts)', async () => {
    const file = await input('disk.xlsx');
    const ro = path.join(dir, 'ro');
    const full = path.join(dir, 'full');
    mkdirSync(ro);
    mkdirSync(full);
    sh('mount', ['-t', 'tmpfs', '-o', 'size=1m,ro', 'tmpfs', ro]);
    sh('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', full]);
    try {
      const r1 = await run(['tally', file, '-o', path.join(ro, 'out.xlsx')]);
      expect(r1.code).toBe(3);
      expect(r1.stderr).toContain('ổ đĩa chỉ cho đọc');
      const r2 = await run(['tally', file, '-o', path.join(full, 'out.xlsx')]);
      expect(r2.code).toBe(3);
      expect(r2.stderr).toContain('ổ đĩa đã đầy');
      expect(readdirSync(full)).toEqual([]); // the temporary file was removed
    } finally {
      sh('umount', [ro]);
      sh('umount', [full]);
    }
  });
});

/** A national-scale workbook (1,600 ballots × 200), written with the package host in a second. */
function nationalInput(file: string): void {
  const host = PackageHost.blank();
  const plans: SheetPlan[] = [...nationalSheets()].map(([name, values]) => ({
    name,
    values: values.map((row) => row.map((v) => (v instanceof Date ? null : v))),
    styles: [],
    merges: [],
    columnWidths: [],
  }));
  void host.writeOutputs(plans, []);
  writeFileSync(file, host.toBytes(new Date(Date.UTC(2026, 0, 19))));
}

function temporaries(folder: string, target: string): string[] {
  return readdirSync(folder).filter((n) => n.startsWith(`.${path.basename(target)}.tmp-`));
}

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('signals during the write', () => {
  const big = path.join(dir, 'national.xlsx');
  beforeAll(() => nationalInput(big));

  test.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: the temporary file is removed, no target', async (signal, status) => {
    const folder = mkdtempSync(path.join(dir, 'sig-'));
    const target = path.join(folder, 'out.xlsx');
    const child = spawn(process.execPath, [CLI, 'tally', big, '-o', target], {
      env: { ...process.env, DAI_HOI_WRITE_DELAY_MS: '100' },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitFor(() => temporaries(folder, target).length > 0, 60000);
    child.kill(signal);
    expect(await exited).toBe(status);
    expect(readdirSync(folder)).toEqual([]);
  });

  test('SIGKILL at any moment leaves no target or a whole one; the next run clears the leftovers', async () => {
    const folder = mkdtempSync(path.join(dir, 'kill-'));
    const target = path.join(folder, 'out.xlsx');
    // During the write (slowed down): no target, only the temporary file SIGKILL cannot clean.
    const child = spawn(process.execPath, [CLI, 'tally', big, '-o', target], {
      env: { ...process.env, DAI_HOI_WRITE_DELAY_MS: '100' },
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await waitFor(() => temporaries(folder, target).length > 0, 60000);
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(target)).toBe(false);
    expect(temporaries(folder, target).length).toBe(1);
    // The next write to that target removes the dead process's file and writes the whole target.
    const started = Date.now();
    expect(spawnSync(process.execPath, [CLI, 'tally', big, '-o', target]).status).toBe(0);
    const duration = Date.now() - started;
    expect(temporaries(folder, target)).toEqual([]);
    const whole = (file: string) => PackageHost.open(new Uint8Array(readFileSync(file)));
    expect(await whole(target).sheetNames()).toContain('Kết quả BCH');
    // Killed at moments spread over a normal run (read, tally, write): absent or whole, never partial.
    for (const fraction of [0.2, 0.5, 0.8, 0.9, 0.97]) {
      const t = path.join(folder, `at-${fraction}.xlsx`);
      const c = spawn(process.execPath, [CLI, 'tally', big, '-o', t]);
      const done = new Promise<void>((resolve) => c.on('exit', () => resolve()));
      await new Promise((r) => setTimeout(r, Math.round(duration * fraction)));
      c.kill('SIGKILL');
      await done;
      if (existsSync(t)) expect(await whole(t).sheetNames()).toContain('Kết quả BCH');
    }
  });
});

describe('deterministic bytes: same input and clock, same output', () => {
  test('tally -o and minutes --docx twice, through the compiled command line with DAI_HOI_NOW', async () => {
    const file = await input('same.xlsx');
    const env = { ...process.env, DAI_HOI_NOW: '2025-05-12T10:00:00Z' };
    const outputs: Buffer[][] = [];
    for (const n of [1, 2]) {
      const xlsx = path.join(dir, `same-${n}.xlsx`);
      const docx = path.join(dir, `same-${n}.docx`);
      expect(spawnSync(process.execPath, [CLI, 'tally', file, '-o', xlsx], { env }).status).toBe(0);
      expect(spawnSync(process.execPath, [CLI, 'minutes', file, '--docx', docx], { env }).status).toBe(0);
      outputs.push([bytesOf(xlsx), bytesOf(docx)]);
      // Apart in time, so a clock that leaked in would show.
      await new Promise((r) => setTimeout(r, 2100));
    }
    expect(outputs[0][0].equals(outputs[1][0])).toBe(true);
    expect(outputs[0][1].equals(outputs[1][1])).toBe(true);
  });
});
