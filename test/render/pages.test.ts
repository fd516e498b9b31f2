/**
 * The minutes' pages as printed (issue 10 §7): the sheet through LibreOffice Calc and the Word file
 * through LibreOffice Writer, to PDF, read back page by page with pdftotext. On every page that
 * carries the signatures: the closing lines of the body, the head's and every member's name and
 * the fingerprint line are there too — the signature block is never split, never separated from
 * the body, never alone on a page. No page ends with a section heading. The congress line of the
 * header is never broken inside the ward's name. Run on the bundled 2025 example and on minutes of
 * every length from 2 to 17 names with 1 to 6 members signing, so that page ends fall everywhere.
 * Fails (never skips) when soffice or poppler is missing; one soffice at a time.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { PackageHost } from '../../src/hosts/package/packageHost';
import { loadHost, TEST_CLOCK } from '../helpers/workbook';
import { tallyCommand } from '../../src/commands/tally';
import { minutesDocxCommand } from '../../src/commands/minutesDocx';
import { buildMinutes } from '../../src/engine/minutes/minutesText';
import type { MinutesContext } from '../../src/engine/minutes/document';
import type { CounterEntry } from '../../src/engine/model/roll';
import { minutesSheetPlan } from '../../src/workbook/render/minutesSheet';
import { minutesDocxBytes } from '../../src/workbook/render/minutesDocx';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import { ballots, election } from '../engine/fixtures';
import { minutesCongress, tallied } from '../minutes/scenarios';

jest.setTimeout(600000);

const work = mkdtempSync(path.join(tmpdir(), 'daihoi-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts a file to PDF with a fresh LibreOffice profile; synchronous, so never two at once. */
function toPdf(file: string): string {
  const profile = mkdtempSync(path.join(work, 'profile-'));
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', work, file],
    { stdio: 'pipe', timeout: 300000 },
  );
  return file.replace(/\.(xlsx|docx)$/, '.pdf');
}

async function sheetsPdf(name: string, plans: SheetPlan[]): Promise<string> {
  const host = PackageHost.blank();
  await host.writeOutputs(plans, []);
  const file = path.join(work, `${name}.xlsx`);
  writeFileSync(file, host.toBytes(TEST_CLOCK));
  return toPdf(file);
}

function wordPdf(name: string, bytes: Uint8Array): string {
  const file = path.join(work, `${name}.docx`);
  writeFileSync(file, bytes);
  return toPdf(file);
}

/** The pages of a PDF as text, in layout: every page, blank ones too (pdfinfo says how many). */
function pagesOf(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\f')
    .slice(0, count);
  expect(pages).toHaveLength(count);
  return pages;
}

const flat = (page: string) => page.replace(/\s+/g, ' ');

interface Signing {
  head: string;
  members: string[];
}

/**
 * The page checks. `expected` lists, in order, who signs each minutes of the file; returns the
 * problems found (empty when the layout is right), so that a failure names the page.
 */
function pageProblems(pages: string[], expected: Signing[]): string[] {
  const problems: string[] = [];
  const signed = pages.map((p, i) => ({ p, i })).filter(({ p }) => p.includes('T/M BAN KIỂM PHIẾU'));
  if (signed.length !== expected.length)
    problems.push(`${signed.length} pages carry signatures, expected ${expected.length}`);
  signed.forEach(({ p, i }, k) => {
    const text = flat(p);
    const who = expected[k];
    const need = [
      'Toàn bộ phiếu',
      'Biên bản kiểm phiếu lập xong hồi',
      'TRƯỞNG BAN',
      who?.head ?? '',
      ...(who?.members.length ? ['CÁC THÀNH VIÊN BAN KIỂM PHIẾU', ...who.members] : []),
      'Mã kiểm tra:',
    ];
    for (const s of need)
      if (!text.includes(s)) problems.push(`page ${i + 1}: "${s}" is not on the page of the signatures`);
  });
  pages.forEach((p, i) => {
    const lines = p
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const last = lines[lines.length - 1] ?? '';
    // A section heading never ends a page (it stays with what follows).
    if (/^\d+\. \p{Lu}/u.test(last) && last.length < 90) problems.push(`page ${i + 1} ends with the heading "${last}"`);
    // No page is blank or holds a line or two alone (a name, a member's place, the fingerprint).
    const body = lines.filter((l) => !/^\d+$/.test(l));
    if (body.length <= 2) problems.push(`page ${i + 1} holds only: ${body.join(' / ') || '(nothing)'}`);
  });
  return problems;
}

const COUNTERS = [
  'Trương Văn Ba',
  'Lê Thị Bốn',
  'Phạm Văn Năm',
  'Vũ Thị Sáu',
  'Đỗ Văn Bảy',
  'Hồ Thị Tám',
  'Ngô Văn Chín',
];
const CANDIDATES = Array.from({ length: 17 }, (_, i) => `Ứng cử viên Số ${i + 1}`);

/** Minutes of every length: a list of `size` names, half the seats, `signers` members besides the head. */
function variants(): MinutesContext[] {
  const out: MinutesContext[] = [];
  for (let size = 2; size <= 17; size++) {
    const seats = Math.ceil(size / 2);
    const signers = 1 + (size % 6);
    // 29 ballots: ballot r keeps the first `seats` names shifted by r (everyone gets votes, no over-vote).
    const rows = Array.from({ length: 29 }, (_, r) =>
      CANDIDATES.slice(0, size)
        .map((_, c) => ((c - (r % 3) + size) % size < seats ? '.' : 'x'))
        .join(''),
    );
    const def = election({
      id: `T${size}`,
      title: `Bầu Ban Chấp hành (danh sách ${size} người)`,
      seats,
      issued: 29,
      candidates: CANDIDATES.slice(0, size),
      ballots: ballots(rows, `Phiếu T${size}`),
      minutesNumber: String(size),
    });
    const counters: CounterEntry[] = COUNTERS.slice(0, signers + 1).map((name, i) => ({
      name,
      role: i === 0 ? 'Trưởng ban' : 'Ủy viên',
      session: 'Đại hội',
      cell: `'Ban kiểm phiếu'!A${i + 2}`,
    }));
    out.push(...tallied([def], minutesCongress(), counters));
  }
  return out;
}

const signingOf = (ctx: MinutesContext): Signing => {
  const own = (ctx.counters ?? []).filter((c) => c.session === ctx.election.session);
  return {
    head: own.find((c) => c.role === 'Trưởng ban')?.name ?? '',
    members: own.filter((c) => c.role !== 'Trưởng ban').map((c) => c.name),
  };
};

describe('the minutes as printed by LibreOffice', () => {
  test('soffice and poppler are installed', () => {
    expect(() => execFileSync('soffice', ['--version'], { stdio: 'pipe' })).not.toThrow();
    expect(() => execFileSync('pdfinfo', ['-v'], { stdio: 'pipe' })).not.toThrow();
  });

  describe('the 2025 ward example', () => {
    let signing: Signing[] = [];
    let sheetPages: string[] = [];
    let wordPages: string[] = [];
    beforeAll(async () => {
      const host = loadHost(path.join(__dirname, '..', '..', 'examples', 'dai-hoi-phuong.xlsx'));
      const ctx = { port: host, lang: 'vi' as const, now: () => new Date('2025-08-06T12:00:00Z'), write: false };
      const tally = await tallyCommand(ctx);
      const sheets = tally.plans.filter((p) => p.name.startsWith('Biên bản '));
      const { input } = await import('../../src/workbook/tallyInput').then((m) => m.readTallyInput(host));
      const counters = input?.counters ?? [];
      signing = tally.results
        .filter((r) => r.status !== 'blocked' && r.status !== 'zero')
        .map((r) => {
          const session = input?.elections.find((e) => e.id === r.id)?.session;
          const own = counters.filter((c) => c.session === session);
          return {
            head: own.find((c) => c.role === 'Trưởng ban')?.name ?? '',
            members: own.filter((c) => c.role !== 'Trưởng ban').map((c) => c.name),
          };
        });
      sheetPages = pagesOf(await sheetsPdf('example-minutes', sheets));
      const word = await minutesDocxCommand(ctx);
      wordPages = pagesOf(wordPdf('example-minutes-word', word.docx ?? new Uint8Array()));
    });

    test('Calc: the signature block with the closing lines, whole, on one page, in every minutes', () => {
      expect(signing).toHaveLength(9);
      expect(pageProblems(sheetPages, signing)).toEqual([]);
    });

    test('Writer: the same of the Word file', () => {
      expect(pageProblems(wordPages, signing)).toEqual([]);
    });

    test('the header in print: the congress line broken between words, the ward’s name whole', () => {
      for (const pages of [sheetPages, wordPages]) {
        const firsts = pages.filter((p) => p.includes('ĐẢNG CỘNG SẢN VIỆT NAM'));
        expect(firsts).toHaveLength(9);
        for (const p of firsts) {
          const lines = p.split('\n').map((l) => l.trim());
          expect(lines.some((l) => l.startsWith('ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG'))).toBe(true);
          expect(lines.some((l) => l.startsWith('LẦN THỨ I'))).toBe(true);
          expect(flat(p)).toMatch(/Số (0\d|……)-BB\/ĐH\s+Phúc Đồng, ngày 06 tháng 8 năm 2025/);
          expect(p).not.toContain('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
        }
      }
    });
  });

  test('minutes of every length, 1 to 6 members signing: Calc and Writer keep the signatures with the body', async () => {
    const ctxs = variants();
    const docs = ctxs.map((c) => buildMinutes(c));
    const expected = ctxs.map(signingOf);
    const sheet = pagesOf(
      await sheetsPdf(
        'variants',
        docs.map((d, i) => minutesSheetPlan(d, ctxs[i].congress)),
      ),
    );
    expect(pageProblems(sheet, expected)).toEqual([]);
    const word = pagesOf(wordPdf('variants-word', await minutesDocxBytes(docs)));
    expect(pageProblems(word, expected)).toEqual([]);
  });
});
