/**
 * Workbooks made by other programs (test/fixtures/producers, made by make_fixtures.py with
 * openpyxl and LibreOffice) through `tally -o`, `allocate -o`, `check -o` and `next-round`: the
 * output keeps every part that is not ours byte for byte (compressed bytes and CRC), passes our
 * package check, is read by openpyxl and exceljs, and LibreOffice prints its minutes.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { checkPackage, partsOf, rawEntries } from './packageCheck';

jest.setTimeout(240000);

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'producers');
const work = mkdtempSync(path.join(tmpdir(), 'dai-hoi-producers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The parts the host edits (WORKBOOK.md "Files (version 2)"); every other input part is kept as is. */
const EDITED = new Set([
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'docProps/app.xml',
  'docProps/custom.xml',
]);

const FILES = ['openpyxl-congress.xlsx', 'libreoffice-congress.xlsx', 'macro-congress.xlsm'];
const COMMANDS: [string, (input: string, output: string) => string[], string[]][] = [
  ['tally', (i, o) => ['tally', i, '-o', o], ['Kết quả CU', 'Biên bản CU', 'Nhật ký']],
  ['allocate', (i, o) => ['allocate', i, '-o', o], ['Phân bổ đại biểu']],
  ['check', (i, o) => ['check', i, '-o', o], ['Kiểm tra danh sách']],
  ['next-round', (i, o) => ['next-round', i, 'CU', '-o', o], ['Phiếu CU-2']],
];

const ext = (file: string) => path.extname(file);

/** What openpyxl (Debian's python3-openpyxl, a real consumer) reads of a workbook. */
function openpyxlRead(file: string): {
  sheets: string[];
  states: Record<string, string>;
  names: string[];
  a1: Record<string, unknown>;
} {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], keep_vba=sys.argv[1].endswith('.xlsm'))
try:
    names = sorted(wb.defined_names.definedName and [d.name for d in wb.defined_names.definedName])
except Exception:
    names = sorted(list(wb.defined_names.keys()))
print(json.dumps({'sheets': wb.sheetnames, 'states': {ws.title: ws.sheet_state for ws in wb.worksheets},
  'names': names, 'a1': {ws.title: ws['A1'].value for ws in wb.worksheets}}, ensure_ascii=False, default=str))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

describe.each(FILES)('%s', (fixture) => {
  const input = path.join(FIXTURES, fixture);
  const inputBytes = new Uint8Array(readFileSync(input));
  const before = openpyxlRead(input);

  test.each(COMMANDS)(
    '%s -o keeps every other part, passes the package check, openpyxl and exceljs read it',
    async (name, argv, added) => {
      const output = path.join(work, `${path.basename(fixture, ext(fixture))}-${name}${ext(fixture)}`);
      const run = await runCli(argv(input, output));
      expect(run.stderr).not.toContain('Lỗi');
      expect(run.code).toBe(0);
      const bytes = new Uint8Array(readFileSync(output));
      expect(checkPackage(bytes)).toEqual([]);

      // Byte for byte: every input part we do not edit is in the output with the same compressed bytes.
      const inParts = rawEntries(inputBytes);
      const outParts = rawEntries(bytes);
      const changedSheet = name === 'next-round' ? partOfSheet(inputBytes, 'Bầu cử') : '';
      for (const [part, entry] of inParts) {
        if (EDITED.has(part) || part === changedSheet) continue;
        const kept = outParts.get(part);
        expect({ part, kept: Boolean(kept) }).toEqual({ part, kept: true });
        expect(kept?.crc).toBe(entry.crc);
        expect(Buffer.from(kept?.compressed ?? []).equals(Buffer.from(entry.compressed))).toBe(true);
      }
      // Macros stay: the package is still macro-enabled, with its VBA project.
      if (ext(fixture) === '.xlsm') {
        expect(partsOf(bytes).text('[Content_Types].xml')).toContain('macroEnabled');
        expect(outParts.get('xl/vbaProject.bin')?.crc).toBe(inParts.get('xl/vbaProject.bin')?.crc);
      }

      const after = openpyxlRead(output);
      expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
      expect(after.sheets).toEqual(expect.arrayContaining(added));
      for (const sheet of before.sheets)
        expect({ sheet, state: after.states[sheet] }).toEqual({ sheet, state: before.states[sheet] });
      expect(after.names).toEqual(expect.arrayContaining(before.names));

      // exceljs: it reads our output whenever it reads the input (it crashes on openpyxl's charts, issue 13).
      const readByExcelJs = async (b: Uint8Array) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(b as unknown as ArrayBuffer);
        return wb.worksheets.map((w) => w.name);
      };
      const exceljsInput = await readByExcelJs(inputBytes).then(
        () => 'ok',
        (e: Error) => e.message,
      );
      if (exceljsInput === 'ok') expect(await readByExcelJs(bytes)).toEqual(expect.arrayContaining(added));
      else await expect(readByExcelJs(bytes)).rejects.toThrow(exceljsInput);
    },
  );

  test('LibreOffice opens the tally output and prints the minutes', () => {
    const output = path.join(work, `${path.basename(fixture, ext(fixture))}-tally${ext(fixture)}`);
    const profile = mkdtempSync(path.join(work, 'profile-'));
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', work, output],
      {
        stdio: 'pipe',
        timeout: 150000,
      },
    );
    const pdf = output.replace(/\.xls[xm]$/, '.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('T/M BAN KIỂM PHIẾU');
  });
});

/** The part of a sheet, from the workbook and its relationships (read here, not by the host). */
function partOfSheet(bytes: Uint8Array, sheet: string): string {
  const { text } = partsOf(bytes);
  const tag =
    [...text('xl/workbook.xml').matchAll(/<sheet\s[^>]*>/g)]
      .map((m) => m[0])
      .find((t) => t.includes(`name="${sheet}"`)) ?? '';
  const id = /r:id="([^"]+)"/.exec(tag)?.[1];
  const rel =
    [...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*>/g)]
      .map((m) => m[0])
      .find((t) => t.includes(`Id="${id}"`)) ?? '';
  const target = /Target="([^"]+)"/.exec(rel)?.[1] ?? '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}
