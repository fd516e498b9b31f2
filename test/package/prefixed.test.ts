/**
 * A workbook whose SpreadsheetML parts use a namespace prefix (`<x:worksheet>`, as the Open XML
 * SDK and some exporters write them): made here from LibreOffice's fixture by prefixing every
 * element of the main namespace in workbook.xml, styles.xml, the shared strings and the sheets.
 * The package host reads it and writes into it (its own elements prefixed alike), and openpyxl
 * reads the result.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runCli } from '../helpers/cli';
import { checkPackage } from './packageCheck';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-prefixed-'));

function prefixed(xml: string): string {
  return xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
}

test('prefixed SpreadsheetML: read, tallied, written with the same prefix, read by openpyxl', async () => {
  const files = unzipSync(
    new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', 'producers', 'libreoffice-congress.xlsx'))),
  );
  for (const name of Object.keys(files)) {
    if (
      name === 'xl/workbook.xml' ||
      name === 'xl/styles.xml' ||
      name === 'xl/sharedStrings.xml' ||
      /^xl\/worksheets\/sheet\d+\.xml$/.test(name)
    )
      files[name] = strToU8(prefixed(strFromU8(files[name])));
  }
  const input = path.join(dir, 'prefixed.xlsx');
  writeFileSync(input, zipSync(files));
  const before = await runCli(['tally', input, '--json']);
  expect(before.code).toBe(0);
  expect(JSON.parse(before.stdout).elections[0]).toMatchObject({
    id: 'CU',
    denominator: 10,
    elected: ['Nguyễn Văn An', 'Trần Thị Bình'],
  });
  const output = path.join(dir, 'prefixed-out.xlsx');
  expect((await runCli(['tally', input, '-o', output])).code).toBe(0);
  const bytes = new Uint8Array(readFileSync(output));
  expect(checkPackage(bytes)).toEqual([]);
  const out = unzipSync(bytes);
  expect(strFromU8(out['xl/workbook.xml'])).toMatch(/<x:sheet name="Kết quả CU"/);
  expect(strFromU8(out['xl/styles.xml'])).toMatch(/<x:cellXfs count="\d+">/);
  const sheets = JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      ['-c', 'import json,sys,openpyxl; print(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames))', output],
      {
        encoding: 'utf8',
      },
    ),
  );
  expect(sheets).toEqual(expect.arrayContaining(['Phiếu CU', 'Kết quả CU', 'Biên bản CU', 'Nhật ký']));
  // And once more through the output: the earlier outputs are replaced.
  const again = path.join(dir, 'prefixed-again.xlsx');
  expect((await runCli(['tally', output, '-o', again])).code).toBe(0);
  expect(checkPackage(new Uint8Array(readFileSync(again)))).toEqual([]);
});
