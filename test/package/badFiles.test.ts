/**
 * Every bad file of issue 13 (made by test/fixtures/producers/make_fixtures.py): exit 1, its own
 * code and message in Vietnamese and English, the JSON report with that error, no stack trace,
 * nothing written.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../helpers/cli';

const BAD = path.join(__dirname, '..', 'fixtures', 'producers', 'bad');
const out = path.join(mkdtempSync(path.join(tmpdir(), 'dai-hoi-bad-')), 'out.xlsx');

const CASES: [string, string, string, string][] = [
  ['empty.xlsx', 'NOT_XLSX', 'trống (0 byte)', 'is empty (0 bytes)'],
  ['truncated.xlsx', 'NOT_XLSX', 'bị hỏng hoặc chưa chép hết', 'damaged or was not copied whole'],
  ['not-a-zip.xlsx', 'NOT_XLSX', 'không phải sổ Excel', 'is not an Excel workbook'],
  ['csv-renamed.xlsx', 'NOT_XLSX', 'tệp văn bản (ví dụ CSV)', 'a text file (a CSV, for example)'],
  ['xls-renamed.xlsx', 'NOT_XLSX', 'tệp Excel cũ (.xls)', 'an old Excel file (.xls)'],
  ['docx-renamed.xlsx', 'NOT_XLSX', 'không phải sổ Excel (có thể là tệp Word', 'not an Excel workbook (perhaps a Word'],
  ['password.xlsx', 'ENCRYPTED', 'bảo vệ bằng mật khẩu', 'protected by a password'],
  [
    'corrupt-sheet-xml.xlsx',
    'NOT_XLSX',
    'có nội dung hỏng (xl/worksheets/sheet6.xml)',
    'damaged content (xl/worksheets/sheet6.xml)',
  ],
  ['bad-crc.xlsx', 'NOT_XLSX', 'không khớp mã kiểm tra', 'fails its checksum'],
  [
    'flipped-byte.xlsx',
    'NOT_XLSX',
    'bị hỏng hoặc chưa chép hết (xl/worksheets/sheet6.xml)',
    'damaged or was not copied whole',
  ],
  ['zip-bomb.xlsx', 'TOO_LARGE', 'quá lớn khi giải nén (xl/media/filler.bin)', 'too large when unpacked'],
  // Really encrypted, by LibreOffice (ECMA-376 Standard Encryption); password.xlsx has Excel's agile layout.
  ['password-libreoffice.xlsx', 'ENCRYPTED', 'bảo vệ bằng mật khẩu', 'protected by a password'],
  [
    'duplicate-part.xlsx',
    'NOT_XLSX',
    'chứa phần xl/worksheets/sheet6.xml hai lần',
    'holds part xl/worksheets/sheet6.xml twice',
  ],
  [
    'lzma.xlsx',
    'NOT_XLSX',
    'được nén theo kiểu LZMA mà Excel không dùng',
    'compressed with LZMA, which Excel does not use',
  ],
  ['zip64-bad-locator.xlsx', 'NOT_XLSX', 'bị hỏng hoặc chưa chép hết.', 'damaged or was not copied whole.'],
  [
    'zip64-missing-extra.xlsx',
    'NOT_XLSX',
    'bị hỏng hoặc chưa chép hết (xl/worksheets/sheet6.xml)',
    'damaged or was not copied whole (xl/worksheets/sheet6.xml)',
  ],
];

describe('bad files: exit 1 with the code and a message that says what to do', () => {
  test.each(CASES)('%s → %s', async (file, code, vi, en) => {
    const input = path.join(BAD, file);
    const viRun = await runCli(['tally', input, '-o', out]);
    expect(viRun.code).toBe(1);
    expect(viRun.stderr).toContain(vi);
    expect(viRun.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
    const enRun = await runCli(['tally', input, '--json', '--lang', 'en']);
    expect(enRun.code).toBe(1);
    expect(enRun.stderr).toContain(en);
    const report = JSON.parse(enRun.stdout);
    expect(report.errors).toEqual([{ code, message: expect.stringContaining(en) }]);
  });

  test('password-libreoffice.xlsx is really encrypted: msoffcrypto-tool opens it with its password only', () => {
    const script = `
import io, sys, zipfile, msoffcrypto
office = msoffcrypto.OfficeFile(open(sys.argv[1], 'rb'))
def opens(password):
    office.load_key(password=password)
    plain = io.BytesIO()
    try:
        office.decrypt(plain)
    except Exception:
        return False
    return 'xl/workbook.xml' in zipfile.ZipFile(plain).namelist()
print(office.type, opens('matkhau'), opens('sai'))
`;
    const out = execFileSync('/usr/bin/python3', ['-c', script, path.join(BAD, 'password-libreoffice.xlsx')], {
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('standard True False');
  });

  test('a formula without a stored value is an error at each such cell, for every command', async () => {
    const input = path.join(BAD, 'formula-without-value.xlsx');
    const run = await runCli(['tally', input, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.errors.map((e: { code: string; cell: string }) => [e.code, e.cell])).toEqual([
      ['FORMULA_WITHOUT_VALUE', "'Đại biểu'!E3"],
      ['FORMULA_WITHOUT_VALUE', "'Bầu cử'!E2"],
      ['FORMULA_WITHOUT_VALUE', "'Phiếu CU'!C3"],
    ]);
    expect(report.errors[0].message).toContain('mở tệp bằng Excel rồi lưu lại, hoặc gõ thẳng giá trị');
    for (const argv of [
      ['check', input, '--json'],
      ['next-round', input, 'CU', '-o', out],
      ['minutes', input, '--docx', out.replace(/xlsx$/, 'docx')],
    ]) {
      const r = await runCli(argv);
      expect({ argv: argv[0], code: r.code }).toEqual({ argv: argv[0], code: 1 });
      expect(r.stderr).toContain("'Bầu cử'!E2");
    }
  });
});
