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
import { loadHost, TEST_CLOCK } from '../helpers/workbook';
import { PackageHost } from '../../src/hosts/package/packageHost';
import { main } from '../../src/cli/main';
import { buildMinutes } from '../../src/engine/minutes/minutesText';
import { minutesSheetPlan } from '../../src/workbook/render/minutesSheet';
import { ballotPaperPlan } from '../../src/workbook/render/ballotPaper';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import { strikeElection, tallied, tieElection } from '../minutes/scenarios';
import { tallyCommand } from '../../src/commands/tally';

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

/** The output sheets of the tally of a bundled example, as the command computes them. */
async function examplePlans(file: string): Promise<SheetPlan[]> {
  const host = loadHost(path.join(__dirname, '..', '..', 'examples', file));
  const outcome = await tallyCommand({
    port: host,
    lang: 'vi',
    now: () => new Date('2027-11-15T12:00:00Z'),
    write: false,
  });
  expect(outcome.errors).toEqual([]);
  return outcome.plans;
}

describe('LibreOffice renders the minutes of a trust vote and of an introduction', () => {
  test('trust vote: the conference header, each level of each person, the bands of Điều 11, on A4', async () => {
    const pdf = await toPdf('trust', await examplePlans('tin-nhiem.xlsx'));
    const all = pages(pdf);
    // Page 1 is `Kết quả TN`; the minutes follow, on three pages or more.
    expect(all[0]).toContain('KẾT QUẢ KIỂM PHIẾU');
    const minutes = all.slice(1);
    expect(minutes.length).toBeGreaterThanOrEqual(3);
    const flat = minutes.join(' ').replace(/\s+/g, ' ');
    for (const s of [
      // HD 36 §1.2.1a: the conference is the body above its counting committee (the line breaks
      // between words; the superior organisation is not printed by default).
      'HỘI NGHỊ BAN CHẤP HÀNH',
      'ĐẢNG BỘ PHƯỜNG NGỌC LÂM BAN KIỂM PHIẾU',
      'Số 01-BB/HN',
      'Ngọc Lâm, ngày 15 tháng 11 năm 2027',
      'BIÊN BẢN KIỂM PHIẾU',
      'Lấy phiếu tín nhiệm đối với các đồng chí do Ban Chấp hành Đảng bộ phường',
      'Căn cứ Quy định số 96-QĐ/TW ngày 02/02/2023',
      'Tổng số người được triệu tập: 33 đồng chí',
      'số phiếu thu về: 30 phiếu',
      'R = 30 phiếu',
      'Phó Bí thư Thường trực Đảng ủy phường',
      'đúng một nửa (15 phiếu) không thuộc mức nào',
      'Có từ 2/3 số phiếu tín nhiệm thấp trở lên: 2 đồng chí',
      'Có trên 1/2 đến dưới 2/3 số phiếu tín nhiệm thấp: 1 đồng chí',
      'T/M BAN KIỂM PHIẾU',
    ]) {
      expect(flat).toContain(s);
    }
    expect(flat).not.toContain('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
    // Each person's row keeps its figures together on one line of the printed table.
    expect(minutes.some((p) => /Bùi Quang Vinh\s+5 \(16,67%\)\s+9 \(30,00%\)\s+15 \(50,00%\)\s+1/.test(p))).toBe(true);
    expect(minutes.some((p) => /Ngô Thanh Tùng\s+3 \(10,00%\)\s+6 \(20,00%\)\s+20 \(66,67%\)\s+1/.test(p))).toBe(true);
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(all.length), pdf], { encoding: 'utf8' }).match(
      /Page\s+\d+ size:.*$/gm,
    );
    for (const line of sizes ?? []) expect(line).toMatch(/595\.\d+ x 841\.\d+ pts/);
    const first =
      pdftotext(pdf)
        .split('\f')
        .findIndex((p) => p.includes('Số 01-BB/HN')) + 1;
    const png = path.join(work, 'trust-minutes');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', String(first), '-l', String(first), '-singlefile', pdf, png]);
    expect(readFileSync(`${png}.png`).subarray(1, 4).toString()).toBe('PNG');
  });

  test('introduction: both rounds, the written-in name, the tie left to the committee head', async () => {
    const pdf = await toPdf('introduction', await examplePlans('gioi-thieu.xlsx'));
    const text = pdftotext(pdf);
    const flat = text.replace(/\s+/g, ' ');
    for (const s of [
      'HỘI NGHỊ BAN CHẤP HÀNH',
      'ĐẢNG BỘ PHƯỜNG NGỌC LÂM BAN KIỂM PHIẾU',
      'Số 01-BB/HN',
      'Số 02-BB/HN',
      'Ngọc Lâm, ngày 24 tháng 3 năm 2025',
      '(Lần giới thiệu thứ 2)',
      'Số lượng cần giới thiệu: 17 đồng chí.',
      'Tổng số người được triệu tập (cơ sở tính, không trừ): 33 đồng chí',
      'tức từ 17 phiếu trở lên (mức này theo quy trình 5 bước',
      'Giới thiệu quá số lượng: 1 phiếu',
      'Lưu Văn Khải',
      'Ghi thêm',
      'Bằng phiếu: các đồng chí Mai Thị Kim Oanh và Kiều Văn Toàn cùng được 20 phiếu',
      'Người đứng đầu cấp ủy lựa chọn nhân sự',
      '17 đồng chí sau đây được giới thiệu',
      'Lần 1 (GT-1)',
    ]) {
      expect(flat).toContain(s);
    }
    expect(/Lưu Văn Khải\s+3\s+9,09%\s+9,68%\s+10,00%\s+Ghi thêm/.test(text)).toBe(true);
  });
});
