/**
 * Real rendering: the minutes and a ballot paper written through XlsxHost, converted to PDF by
 * LibreOffice headless, read back with pdftotext/pdfinfo. Fails (never skips) when soffice is
 * missing: CI installs libreoffice-calc-nogui and poppler-utils. One soffice at a time, each
 * with a fresh profile directory.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { buildMinutes } from '../../src/engine/minutes/model';
import { minutesSheetPlan } from '../../src/workbook/render/minutesSheet';
import { ballotPaperPlan } from '../../src/workbook/render/ballotPaper';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import { strikeElection, tallied, tieElection } from '../minutes/scenarios';

jest.setTimeout(180000);

const work = mkdtempSync(path.join(tmpdir(), 'daihoi-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the plans to an .xlsx and converts it to PDF; returns the PDF path. */
async function toPdf(name: string, plans: SheetPlan[]): Promise<string> {
  const host = new XlsxHost(new ExcelJS.Workbook());
  await host.writeOutputs(plans, []);
  const xlsx = path.join(work, `${name}.xlsx`);
  writeFileSync(xlsx, await host.toBuffer());
  const profile = mkdtempSync(path.join(work, 'profile-'));
  // Synchronous: never two soffice processes at once.
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'pipe', timeout: 150000 });
  return path.join(work, `${name}.pdf`);
}

const pdftotext = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const pages = (pdf: string) => pdftotext(pdf).split('\f').filter((p) => p.trim());

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
    for (const s of ['ĐẢNG BỘ PHƯỜNG NGỌC LÂM', 'BAN KIỂM PHIẾU', 'Số 03-BB/ĐH', 'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Long Biên, ngày 08 tháng 02 năm 2025', 'BIÊN BẢN KIỂM PHIẾU', 'Số phiếu hợp lệ: 25 phiếu', '72,41%', '84,00%',
      'Nguyễn Thị Ánh', 'Vũ Đức Khánh', 'T/M BAN KIỂM PHIẾU', 'TRƯỞNG BAN', 'Đảng viên 20', 'CÁC THÀNH VIÊN BAN KIỂM PHIẾU']) {
      expect(flat).toContain(s);
    }
    expect(flat).toContain(ctx.result.fingerprint.slice(0, 32));
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
    const pdf = await toPdf('tie-and-ballot', [minutesSheetPlan(buildMinutes(tie), tie.congress), ballotPaperPlan(strikeElection(), tie.congress)]);
    const text = pdftotext(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Bằng phiếu:');
    expect(text).toContain('Đỗ Thị Mai');
    const last = pages(pdf).pop() ?? '';
    expect(last.match(/PHIẾU BẦU CỬ/g)?.length).toBeGreaterThanOrEqual(2);
    expect(last).toContain('Gạch ngang cả họ và tên người không bầu');
  });
});
