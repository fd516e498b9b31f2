/**
 * Real rendering: the minutes and a ballot paper written through PackageHost, converted to PDF by
 * LibreOffice headless, read back with pdftotext/pdfinfo. Fails (never skips) when soffice is
 * missing: CI installs libreoffice-calc-nogui and poppler-utils. One soffice at a time, each
 * with a fresh profile directory.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { TEST_CLOCK } from '../helpers/workbook';
import { PackageHost } from '../../src/hosts/package/packageHost';
import { main } from '../../src/cli/main';
import { buildMinutes } from '../../src/engine/minutes/minutesText';
import { minutesSheetPlan } from '../../src/workbook/render/minutesSheet';
import { ballotPaperPlan } from '../../src/workbook/render/ballotPaper';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import { strikeElection, tallied, tieElection } from '../minutes/scenarios';

jest.setTimeout(180000);

const work = mkdtempSync(path.join(tmpdir(), 'daihoi-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the plans to an .xlsx and converts it to PDF; returns the PDF path. */
async function toPdf(name: string, plans: SheetPlan[]): Promise<string> {
  const host = PackageHost.blank();
  await host.writeOutputs(plans, []);
  const xlsx = path.join(work, `${name}.xlsx`);
  writeFileSync(xlsx, host.toBytes(TEST_CLOCK));
  const profile = mkdtempSync(path.join(work, 'profile-'));
  // Synchronous: never two soffice processes at once.
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', work, xlsx],
    { stdio: 'pipe', timeout: 150000 },
  );
  return path.join(work, `${name}.pdf`);
}

const pdftotext = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const pages = (pdf: string) =>
  pdftotext(pdf)
    .split('\f')
    .filter((p) => p.trim());

describe('LibreOffice renders the minutes and the ballot paper', () => {
  test('soffice and poppler are installed', () => {
    expect(() => execFileSync('soffice', ['--version'], { stdio: 'pipe' })).not.toThrow();
    expect(() => execFileSync('pdfinfo', ['-v'], { stdio: 'pipe' })).not.toThrow();
  });

  test('the minutes: A4, one page wide, header lines, title, figures, elected, signatures', async () => {
    const [ctx] = tallied([strikeElection()]);
    const pdf = await toPdf('minutes', [minutesSheetPlan(buildMinutes(ctx), ctx.congress)]);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pdftotext(pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).not.toContain('ĐẢNG BỘ PHƯỜNG NGỌC LÂM');
    for (const s of [
      'CHI BỘ TỔ DÂN PHỐ SỐ 5',
      'LẦN THỨ XII',
      'BAN KIỂM PHIẾU',
      'Số 03-BB/ĐH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Long Biên, ngày 08 tháng 02 năm 2025',
      'BIÊN BẢN KIỂM PHIẾU',
      'Số phiếu hợp lệ: 25 phiếu',
      '72,41%',
      '84,00%',
      'Nguyễn Thị Ánh',
      'Vũ Đức Khánh',
      'T/M BAN KIỂM PHIẾU',
      'TRƯỞNG BAN',
      'Đảng viên 20',
      'CÁC THÀNH VIÊN BAN KIỂM PHIẾU',
    ]) {
      expect(flat).toContain(s);
    }
    expect(flat).toContain(`Mã kiểm tra: ${ctx.result.fingerprint}`);
    // One page wide: every page carries body text, and the last table column and its row sit on
    // the same page (no column spilled to a page of its own).
    const all = pages(pdf);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.length).toBeLessThanOrEqual(4);
    expect(all.some((p) => /Nguyễn Thị Ánh\s+21\s+72,41%\s+84,00%/.test(p))).toBe(true);
    for (const p of all) expect(p).toMatch(/\p{L}{3,}/u);
    // 100% scale: a full body line at 14 pt fills the text block (at a smaller scale it would not wrap there).
    expect(text).toMatch(/Hôm nay, ngày 08 tháng 02 năm 2025, tại Long Biên, Đại hội Chi bộ Tổ dân phố\s*\n/);
  });

  test('the tie minutes say what the congress must decide; the ballot paper prints its copies on one A4 page', async () => {
    const [, tie] = tallied([strikeElection(), tieElection()]);
    const pdf = await toPdf('tie-and-ballot', [
      minutesSheetPlan(buildMinutes(tie), tie.congress),
      ballotPaperPlan(strikeElection(), tie.congress),
    ]);
    const text = pdftotext(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Bằng phiếu:');
    expect(text).toContain('Đỗ Thị Mai');
    const last = pages(pdf).pop() ?? '';
    expect(last.match(/PHIẾU BẦU CỬ/g)?.length).toBeGreaterThanOrEqual(2);
    expect(last).toContain('Gạch ngang cả họ và tên người không bầu');
  });

  test('the tally of the example congress, as written by the command line, prints on A4 and renders to PNG', async () => {
    const out = path.join(work, 'example-tally.xlsx');
    const code = await main(['tally', path.join(__dirname, '..', '..', 'examples', 'dai-hoi-phuong.xlsx'), '-o', out], {
      stdout: () => undefined,
      stderr: () => undefined,
      now: () => new Date('2025-08-06T12:00:00Z'),
    });
    expect(code).toBe(0);
    const profile = mkdtempSync(path.join(work, 'profile-'));
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', work, out],
      { stdio: 'pipe', timeout: 170000 },
    );
    const pdf = path.join(work, 'example-tally.pdf');
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(count).toBeGreaterThan(10);
    // Every page of the minutes is A4 portrait (the clerk's input sheets print as they were set up).
    const sizes =
      execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' }).match(
        /Page\s+\d+ size:.*$/gm,
      ) ?? [];
    expect(sizes.length).toBe(count);
    const texts = pdftotext(pdf).split('\f');
    const minutesSizes = sizes.filter(
      (_, i) => (texts[i] ?? '').includes('BAN KIỂM PHIẾU') || (texts[i] ?? '').includes('Ký, ghi rõ họ tên'),
    );
    expect(minutesSizes.length).toBeGreaterThan(8);
    for (const line of minutesSizes) expect(line).toMatch(/595\.\d+ x 841\.\d+ pts/);
    const text = pdftotext(pdf).replace(/\s+/g, ' ');
    for (const s of [
      'Số 02-BB/ĐH',
      'Phúc Đồng, ngày 06 tháng 8 năm 2025',
      'Bầu Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030',
      'Cơ sở tính tỷ lệ trúng cử (D): 202 đồng chí',
      'lập xong hồi 11 giờ 25 phút',
      'Hà Trọng Thiện',
      'Phùng Thị Kim Oanh',
      'ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG',
    ]) {
      expect(text).toContain(s);
    }
    const minutesPages = pdftotext(pdf)
      .split('\f')
      .filter((p) => p.includes('BIÊN BẢN KIỂM PHIẾU'));
    expect(minutesPages.length).toBeGreaterThanOrEqual(4);
    // To PNG, as a clerk would see it: a page image of real size with ink on it.
    const png = path.join(work, 'minutes-page');
    const first =
      pdftotext(pdf)
        .split('\f')
        .findIndex((p) => p.includes('Số 02-BB/ĐH')) + 1;
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', String(first), '-l', String(first), '-singlefile', pdf, png]);
    const bytes = readFileSync(`${png}.png`);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10000);
  });
});
