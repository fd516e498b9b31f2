/**
 * Office host costs (issue 4 figures): `context.sync()` calls of "Kiểm phiếu" through the fake
 * Excel, split into reads, writes and chunks, with the largest request; then the size of the
 * pane's initial JavaScript and of the standalone page, read from the last `npm run build`.
 */
import { existsSync, readdirSync, statSync, readFileSync } from 'fs';
import * as path from 'path';
import { FakeExcel } from '../test/office/fakeExcelModel';
import { OfficeHost, SYNC_BUDGET_BYTES } from '../src/hosts/office/officeHost';
import { PackageHost } from '../src/hosts/package/packageHost';
import { tallyCommand } from '../src/commands/tally';
import { finaliseCommand } from '../src/commands/finalise';
import { testDeckCommand } from '../src/commands/testdeck';
import { projectRoot } from './root';

const ROOT = projectRoot();
const EXAMPLE = path.join(ROOT, 'examples/dai-hoi-phuong.xlsx');

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hùng',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Ngọc',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
];

/** Distinct person names (10 × 5 × 20 = 1,000 before repeating a given name with a second one). */
export function personName(i: number): string {
  const base = `${SURNAMES[i % 10]} ${MIDDLES[Math.floor(i / 10) % 5]} ${GIVEN[Math.floor(i / 50) % 20]}`;
  return i < 1000 ? base : `${base} ${GIVEN[Math.floor(i / 1000) % 20]}`;
}

/**
 * A national-scale congress: `voters` delegates all present, one election of `candidates` names
 * with `seats` seats, one ballot per delegate; ballot i strikes every candidate j with
 * (i + j) mod 10 = 0, so each keeps 9/10 of the list.
 */
export function nationalWorkbook(voters: number, candidates: number, seats: number): [string, unknown[][]][] {
  const names = Array.from({ length: candidates }, (_, j) => personName(1000 + j));
  const roll: unknown[][] = [['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng']];
  for (let i = 0; i < voters; i++) roll.push([i + 1, personName(i), `Đoàn ${1 + (i % 60)}`, 'Chính thức', 'Có mặt']);
  const ballots: unknown[][] = [['Số phiếu', ...names]];
  for (let i = 0; i < voters; i++)
    ballots.push([String(i + 1), ...names.map((_, j) => ((i + j) % 10 === 0 ? 'x' : null))]);
  return [
    [
      'Đại hội',
      [
        ['Thông tin', 'Giá trị'],
        ['Tổ chức đảng', 'Đảng bộ tỉnh Mẫu'],
        ['Loại đại hội', 'Đại hội đại biểu'],
        ['Cấp đại hội', 'Tỉnh'],
        ['Nhiệm kỳ', '2025 - 2030'],
        ['Địa danh', 'Hà Nội'],
        ['Ngày', '15/10/2025'],
      ],
    ],
    ['Đại biểu', roll],
    [
      'Bầu cử',
      [
        ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra'],
        ['BCH', 'Bầu Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành', seats, voters],
      ],
    ],
    ['Phiếu BCH', ballots],
  ];
}

async function measure(label: string, fake: FakeExcel): Promise<void> {
  // As Excel with ExcelApi 1.13: the merged areas ride in the sizing sync (issue 13).
  const host = new OfficeHost(fake.run, SYNC_BUDGET_BYTES, { isSetSupported: fake.isSetSupported });
  const started = Date.now();
  const outcome = await tallyCommand({
    port: host,
    lang: 'vi',
    now: () => new Date(Date.UTC(2025, 9, 15, 12)),
    write: true,
  });
  const ms = Date.now() - started;
  const maxRequest = Math.max(...fake.syncs.map((s) => s.requestBytes));
  const maxResponse = Math.max(...fake.syncs.map((s) => s.responseBytes));
  const statuses = (outcome.report.elections ?? []).map((e) => `${e.id}:${e.status}`).join(' ');
  process.stdout.write(
    `${label}: ${fake.syncCount} syncs (reads ${host.stats.reads}, read chunks ${host.stats.readChunks}, writes ${host.stats.writes}, write chunks ${host.stats.chunks}); ` +
      `largest request ${(maxRequest / 1024).toFixed(0)} KB, largest response ${(maxResponse / 1024).toFixed(0)} KB ` +
      `(budget ${SYNC_BUDGET_BYTES / 1024 / 1024} MB); errors ${outcome.errors.length}; written ${outcome.written}; ${statuses}; ${ms} ms in the fake\n`,
  );
}

/**
 * Integrity (issue 12) on the same workbook: tally, finalise, then tally again on the same data —
 * with `Nhật ký`, `Chốt kết quả` and the `Kết quả` anchors read in the one read, and the protection
 * set in the swap sync.
 */
async function measureIntegrity(label: string, fake: FakeExcel): Promise<void> {
  const host = new OfficeHost(fake.run);
  const ctx = {
    port: host,
    lang: 'vi' as const,
    now: () => new Date(Date.UTC(2025, 9, 15, 12)),
    write: true,
    operator: 'Bench',
  };
  const steps: [string, () => Promise<{ errors: unknown[] }>][] = [
    ['tally', () => tallyCommand(ctx)],
    ['finalise BCH', () => finaliseCommand(ctx, { election: 'BCH' })],
    ['tally again (finalised, protected)', () => tallyCommand(ctx)],
  ];
  const parts: string[] = [];
  for (const [name, step] of steps) {
    const before = fake.syncCount;
    const stats = { ...host.stats };
    const outcome = await step();
    parts.push(
      `${name}: ${fake.syncCount - before} syncs (reads ${host.stats.reads - stats.reads}, writes ${host.stats.writes - stats.writes}, chunks ${host.stats.chunks - stats.chunks}), errors ${outcome.errors.length}`,
    );
  }
  const protectedSheets = fake.sheets.filter((s) => s.protected).map((s) => s.name);
  process.stdout.write(`${label}: ${parts.join('; ')}; protected: ${protectedSheets.join(', ')}\n`);
}

/** The rehearsal at national scale: a test deck into an empty 200-name ballot sheet, then its tally. */
async function measureTestDeck(label: string): Promise<void> {
  const sheets = nationalWorkbook(1600, 200, 180).map(([name, rows]): [string, unknown[][]] =>
    name === 'Phiếu BCH' ? [name, rows.slice(0, 1)] : [name, rows],
  );
  const fake = FakeExcel.fromValues(sheets);
  const host = new OfficeHost(fake.run);
  const ctx = {
    port: host,
    lang: 'vi' as const,
    now: () => new Date(Date.UTC(2025, 9, 15, 12)),
    write: true,
    operator: 'Bench',
  };
  const started = Date.now();
  const deck = await testDeckCommand(ctx, { election: 'BCH' });
  const deckSyncs = fake.syncCount;
  const maxRequest = Math.max(...fake.syncs.map((s) => s.requestBytes));
  const tally = await tallyCommand(ctx);
  const result = tally.report.elections?.[0];
  const ok = result?.crossCheck?.every((e) => e.ok) ?? false;
  process.stdout.write(
    `${label}: testdeck ${deckSyncs} syncs (largest request ${(maxRequest / 1024).toFixed(0)} KB), errors ${deck.errors.length}; ` +
      `tally ${fake.syncCount - deckSyncs} syncs, cross-check ${ok ? 'passed' : 'FAILED'}, PHIẾU THỬ ${result?.rehearsal ? 'yes' : 'no'}; ${Date.now() - started} ms in the fake\n`,
  );
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export async function run(): Promise<void> {
  if (existsSync(EXAMPLE)) {
    const xlsx = PackageHost.open(new Uint8Array(readFileSync(EXAMPLE)));
    const names = await xlsx.sheetNames();
    const values = await xlsx.readSheets(names);
    await measure(
      'example congress (dai-hoi-phuong.xlsx)',
      FakeExcel.fromValues(names.map((n) => [n, values.get(n) ?? []] as [string, unknown[][]])),
    );
  } else {
    process.stdout.write(`example congress: ${EXAMPLE} not found\n`);
  }
  // Excel on the web's 5 MB limit enforced by the fake: reads are split by rows under the budget (issue 13).
  const WEB_LIMIT = 5 * 1024 * 1024;
  for (const scale of [1, 4.4, 10]) {
    const voters = Math.round(1600 * scale);
    await measure(
      `${scale}× national scale (${voters.toLocaleString('en')} ballots × 200 candidates, 5 MB limit)`,
      FakeExcel.fromValues(nationalWorkbook(voters, 200, 180), { payloadLimit: WEB_LIMIT }),
    );
  }
  await measureIntegrity('integrity, national scale', FakeExcel.fromValues(nationalWorkbook(1600, 200, 180)));
  await measureTestDeck('test deck, national scale (1,600 ballots × 200 names)');

  const dist = path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'taskpane.html'))) {
    process.stdout.write('bundle sizes: run `npm run build` first\n');
    return;
  }
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  // The built HTML is minified: attribute values may be unquoted (`<script defer src=taskpane.js>`).
  const initial = [...html.matchAll(/<script[^>]*\ssrc=(["']?)([^"'\s>]+)\1/g)]
    .map((m) => m[2])
    .filter((src) => !/office\.js$/.test(src));
  const initialBytes = initial.reduce((sum, f) => sum + statSync(path.join(dist, f)).size, 0);
  const lazy = readdirSync(dist).filter(
    (f) => f.endsWith('.js') && !initial.includes(f) && !/^(office|o15|es6-promise|excel-)/.test(f),
  );
  const lazyBytes = lazy.reduce((sum, f) => sum + statSync(path.join(dist, f)).size, 0);
  process.stdout.write(
    `pane initial JavaScript (minified, without Office.js): ${kb(initialBytes)} (${initial.join(', ')}); commands loaded on first use: ${kb(lazyBytes)} (${lazy.join(', ')})\n`,
  );
  const standalone = path.join(dist, 'dai-hoi-ngoai-tuyen.html');
  if (existsSync(standalone))
    process.stdout.write(
      `standalone page (one file: package host with fflate, no exceljs): ${kb(statSync(standalone).size)}\n`,
    );
}
