/**
 * File benchmarks (issue 13), on the national-scale workbook (1,600 ballots × 200 candidates and
 * a 1,600-row roll): `tally -o` through the compiled command line against a plain exceljs
 * load+save of the same file (two processes timed alternately; wall and CPU time, peak RSS), for
 * both shapes of ballot sheet; the start-up (require) time of the command line; the read of the
 * ballot sheet alone against the floor (inflate + one scan of the sheet XML); growth at 1×, 4×
 * and 10× the national workload.
 */
import ExcelJS from 'exceljs';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { inflateRawSync } from 'zlib';
import { PackageHost } from '../src/hosts/package/packageHost';
import { ZipReader } from '../src/hosts/package/zip';
import { useNodeZlib } from '../src/cli/nodeCodec';
import type { SheetPlan } from '../src/workbook/sheetPlan';
import { BALLOTS, CANDIDATES, nationalSheets } from './tally';
import { projectRoot } from './root';

/** What `npm run cli` runs: the bundled command line with its code cache (src/cli/codeCache.ts). */
const CLI = path.join(projectRoot(), 'dist-cli', 'cli', 'launcher.js');
const MARK = '@@bench@@';

interface Run {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs node with a reporter that prints the child's own CPU time and peak RSS when it exits. */
function runNode(reporter: string, args: string[]): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', reporter, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const line = r.stderr.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error('no report from the child');
  const { cpu, rss } = JSON.parse(line.slice(MARK.length)) as { cpu: number; rss: number };
  return { wallMs, cpuMs: cpu, rssMb: rss / 1024 };
}

function summary(runs: Run[]): Run {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rssMb: median(runs.map((r) => r.rssMb)),
  };
}

/** The machine's load when a figure is printed (other people's tests share the two cores). */
const load = (): string => ` [load ${os.loadavg()[0].toFixed(2)}]`;

const fmt = (r: Run) => `${r.wallMs.toFixed(0)} ms wall, ${r.cpuMs.toFixed(0)} ms CPU, ${r.rssMb.toFixed(0)} MB RSS`;

/** The workbook as exceljs writes it (a clerk's file from another program). */
async function exceljsWorkbook(file: string, kept: 'empty' | 'string'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of nationalSheets(BALLOTS, kept)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(file);
}

/** The workbook at any scale, written by the package host (seconds even at 10×). */
async function packageWorkbook(file: string, ballots: number): Promise<void> {
  const host = PackageHost.blank();
  const plans: SheetPlan[] = [...nationalSheets(ballots)].map(([name, values]) => ({
    name,
    values: values.map((row) => row.map((v) => (v instanceof Date ? null : v))),
    styles: [],
    merges: [],
    columnWidths: [],
  }));
  await host.writeOutputs(plans, []);
  await fs.writeFile(file, host.toBytes(new Date(Date.UTC(2026, 0, 19))));
}

async function endToEnd(dir: string, reporter: string, plain: string): Promise<void> {
  for (const kept of ['empty', 'string'] as const) {
    const input = path.join(dir, `national-${kept}.xlsx`);
    await exceljsWorkbook(input, kept);
    const ours: Run[] = [];
    const theirs: Run[] = [];
    for (let i = 0; i < 5; i++) {
      theirs.push(runNode(reporter, [plain, input, path.join(dir, 'plain-out.xlsx')]));
      ours.push(runNode(reporter, [CLI, 'tally', input, '-o', path.join(dir, 'tally-out.xlsx'), '--overwrite']));
    }
    const a = summary(ours);
    const b = summary(theirs);
    process.stdout.write(
      `tally -o, kept names as ${kept === 'empty' ? 'empty cells' : 'empty strings'} (${((await fs.stat(input)).size / 1024).toFixed(0)} KB): ` +
        `ours ${fmt(a)}; exceljs load+save ${fmt(b)} (medians of 5, alternating) → ratio wall ${(a.wallMs / b.wallMs).toFixed(3)}, CPU ${(a.cpuMs / b.cpuMs).toFixed(3)}, RSS ${(a.rssMb / b.rssMb).toFixed(2)}${load()}\n`,
    );
  }
}

function startUp(reporter: string): void {
  const help: Run[] = [];
  const bare: Run[] = [];
  for (let i = 0; i < 7; i++) {
    bare.push(runNode(reporter, ['-e', '0']));
    help.push(runNode(reporter, [CLI, 'help']));
  }
  // The Word library and exceljs must not load for a command that does not need them.
  const check = spawnSync(
    process.execPath,
    [
      '-e',
      `process.on('exit', () => process.stderr.write('@@' + Object.keys(require.cache).filter((k) => /node_modules\\/(docx|exceljs)\\//.test(k)).length + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(CLI)}, 'help']; require(${JSON.stringify(CLI)});`,
    ],
    { encoding: 'utf8', env: { ...process.env, DAI_HOI_CODE_CACHE: 'report' } },
  );
  const loaded = /@@(\d+)/.exec(check.stderr)?.[1] ?? '?';
  const cache = /code cache: (\w+)/.exec(check.stderr)?.[1] ?? 'none';
  const a = summary(help);
  const b = summary(bare);
  process.stdout.write(
    `start-up: \`cli help\` ${a.wallMs.toFixed(0)} ms wall (${a.cpuMs.toFixed(0)} ms CPU) vs \`node -e 0\` ${b.wallMs.toFixed(0)} ms (${b.cpuMs.toFixed(0)} ms CPU): the command line's own load ${(a.wallMs - b.wallMs).toFixed(0)} ms; docx/exceljs modules loaded at start-up: ${loaded}; code cache: ${cache}${load()}\n`,
  );
}

/**
 * Reading `Phiếu BCH` through the host against the floor: inflate only that part (Node's zlib)
 * and one direct scan of its sheetData that takes every cell's reference and stored value (what
 * the issue measured as "native unzip of only the needed entries plus a direct scan"). The host
 * does more: the package's bookkeeping parts, shared strings, types, dates, formulas.
 */
async function readVersusFloor(label: string, file: string): Promise<void> {
  useNodeZlib();
  const bytes = new Uint8Array(readFileSync(file));
  const part = 'xl/worksheets/sheet4.xml';
  const host: number[] = [];
  const floor: number[] = [];
  let cells = 0;
  for (let i = 0; i < 9; i++) {
    let t0 = process.hrtime.bigint();
    const zip = ZipReader.open(bytes);
    const entry = zip.entry(part);
    if (!entry) throw new Error(`no ${part}`);
    const xml = inflateRawSync(zip.compressed(entry)).toString('utf8');
    const found: string[] = [];
    for (let at = xml.indexOf('<c ', 0); at >= 0; at = xml.indexOf('<c ', at + 3)) {
      const ref = xml.indexOf(' r="', at);
      found.push(xml.slice(ref + 4, xml.indexOf('"', ref + 4)));
      const end = xml.indexOf('>', at);
      if (xml.charCodeAt(end - 1) !== 47 && xml.startsWith('<v>', end + 1))
        found.push(xml.slice(end + 4, xml.indexOf('<', end + 4)));
    }
    cells = found.length;
    floor.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    const values = await PackageHost.open(bytes).readSheets(['Phiếu BCH']);
    if ((values.get('Phiếu BCH')?.length ?? 0) !== BALLOTS + 1) throw new Error('ballot sheet not read');
    host.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const h = median(host);
  const f = median(floor);
  process.stdout.write(
    `read of the ballot sheet alone, ${label} (${cells.toLocaleString('en')} references and values taken): host ${h.toFixed(0)} ms vs floor (inflate + one direct scan) ${f.toFixed(0)} ms → ${(h / f).toFixed(2)}× (medians of 9)${load()}\n`,
  );
}

async function growth(dir: string, reporter: string): Promise<void> {
  const rows: string[] = [];
  for (const scale of [1, 4, 10]) {
    const input = path.join(dir, `national-${scale}x.xlsx`);
    await packageWorkbook(input, BALLOTS * scale);
    const runs: Run[] = [];
    for (let i = 0; i < 3; i++)
      runs.push(runNode(reporter, [CLI, 'tally', input, '-o', path.join(dir, `out-${scale}x.xlsx`), '--overwrite']));
    const r = summary(runs);
    rows.push(`${scale}× (${(BALLOTS * scale).toLocaleString('en')} ballots × ${CANDIDATES}): ${fmt(r)}${load()}`);
  }
  process.stdout.write(`growth of tally -o (medians of 3):\n  ${rows.join('\n  ')}\n`);
}

export async function run(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dai-hoi-bench-files-'));
  const reporter = path.join(dir, 'report.js');
  await fs.writeFile(
    reporter,
    `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, '\\n${MARK}' + JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS }) + '\\n'); });`,
  );
  const plain = path.join(dir, 'plain.js');
  await fs.writeFile(
    plain,
    `const E=require(${JSON.stringify(require.resolve('exceljs'))});(async()=>{const w=new E.Workbook();await w.xlsx.readFile(process.argv[2]);await w.xlsx.writeFile(process.argv[3]);})();`,
  );
  process.stdout.write(
    `machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  await endToEnd(dir, reporter, plain);
  startUp(reporter);
  await readVersusFloor('kept names as empty cells', path.join(dir, 'national-empty.xlsx'));
  await readVersusFloor('kept names as empty strings', path.join(dir, 'national-string.xlsx'));
  await growth(dir, reporter);
  process.stdout.write(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  await fs.rm(dir, { recursive: true, force: true });
}
