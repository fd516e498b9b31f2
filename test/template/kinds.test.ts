/**
 * `template --kind trust|introduction` (WORKBOOK.md version 2): a blank workbook laid out for a
 * trust vote or an introduction ballot, which the tally reads once the names and ballots are in.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { loadHost } from '../helpers/workbook';
import { readTallyInput } from '../../src/workbook/tallyInput';
import { tallyElections } from '../../src/engine/tally/tally';

const work = mkdtempSync(path.join(tmpdir(), 'daihoi-kinds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function sheetsOf(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const row = (ws: ExcelJS.Worksheet | undefined, r: number): unknown[] =>
  ((ws?.getRow(r).values as unknown[] | undefined) ?? []).slice(1);

describe('template --kind', () => {
  test('trust: a conference, `Chức vụ` in `Nhân sự`, one trust row and its ballot sheet', async () => {
    const file = path.join(work, 'tn.xlsx');
    const run = await runCli(['template', file, '--kind', 'trust']);
    expect(run.code).toBe(0);
    const wb = await sheetsOf(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Đại hội',
      'Đại biểu',
      'Ban kiểm phiếu',
      'Nhân sự',
      'Bầu cử',
      'Phiếu TN',
    ]);
    const congress = wb.getWorksheet('Đại hội');
    const kind = congress?.getColumn(1).values.findIndex((v) => v === 'Loại đại hội') ?? -1;
    expect(congress?.getRow(kind).getCell(2).value).toBe('Hội nghị');
    expect(row(wb.getWorksheet('Nhân sự'), 1)).toContain('Chức vụ');
    const elections = wb.getWorksheet('Bầu cử');
    const header = row(elections, 1);
    const values = row(elections, 2);
    expect(values[header.indexOf('Mã')]).toBe('TN');
    expect(values[header.indexOf('Chức danh')]).toBe('Lấy phiếu tín nhiệm');
    expect(values[header.indexOf('Trang phiếu')]).toBe('Phiếu TN');
    expect(row(wb.getWorksheet('Phiếu TN'), 1)).toEqual(['Số phiếu', 'Không hợp lệ']);

    // Filled in as a clerk would: names between `Số phiếu` and `Không hợp lệ`, ballots, the roll.
    const ballots = wb.getWorksheet('Phiếu TN');
    if (!ballots || !congress) throw new Error('sheets');
    ballots.spliceColumns(2, 0, ['Nguyễn Văn An', '1', '3'], ['Lê Thị Bình', '2', '-']);
    ballots.getCell('A2').value = '1';
    ballots.getCell('A3').value = '2';
    congress.getRow(congress.getColumn(1).values.findIndex((v) => v === 'Tổ chức đảng')).getCell(2).value =
      'Ban Chấp hành Đảng bộ xã An Phú';
    const roll = wb.getWorksheet('Đại biểu');
    ['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Văn Cường'].forEach((name, i) =>
      roll?.addRow([i + 1, name, 'Cơ quan', 'Chính thức', 'Có mặt']),
    );
    const filled = path.join(work, 'tn-filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const { input, problems } = await readTallyInput(loadHost(filled));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (!input) throw new Error('no input');
    const [r] = tallyElections(input).results;
    expect(r).toMatchObject({ office: 'Lấy phiếu tín nhiệm', denominator: 2, convened: 3, status: 'complete' });
    expect(r.trust?.map((t) => [t.high, t.trust, t.low, t.invalid])).toEqual([
      [1, 0, 1, 0],
      [0, 1, 0, 1],
    ]);
  });

  test('introduction: one introduction row and a ballot sheet with two `Giới thiệu thêm` columns', async () => {
    const file = path.join(work, 'gt.xlsx');
    expect((await runCli(['template', file, '--kind', 'gioi-thieu'])).code).toBe(0);
    const wb = await sheetsOf(file);
    const elections = wb.getWorksheet('Bầu cử');
    const header = row(elections, 1);
    expect(row(elections, 2)[header.indexOf('Chức danh')]).toBe('Giới thiệu nhân sự');
    expect(row(wb.getWorksheet('Phiếu GT'), 1)).toEqual([
      'Số phiếu',
      'Giới thiệu thêm',
      'Giới thiệu thêm',
      'Không hợp lệ',
    ]);
    expect(row(wb.getWorksheet('Nhân sự'), 1)).not.toContain('Chức vụ');
  });

  test('an unknown kind is a usage error', async () => {
    const run = await runCli(['template', path.join(work, 'x.xlsx'), '--kind', 'vote']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--kind/);
  });
});
