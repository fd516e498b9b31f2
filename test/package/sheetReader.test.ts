/**
 * The sheet reader's two paths give the same values: the fast pattern (the cells as Excel,
 * LibreOffice, openpyxl and exceljs write them) and the general path (anything else). Each cell
 * below is read once as written and once with an attribute the fast pattern does not take
 * (`cm="1"`), which sends it down the general path; prefixed and pretty-printed alike.
 */
import { readSharedStrings, readSheetXml, type SheetReadContext } from '../../src/hosts/package/sheetReader';
import type { SheetValues } from '../../src/workbook/port';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const strings = ['', 'một', 'hai', 'ba & bốn'];
const ctx: SheetReadContext = {
  date1904: false,
  sharedStrings: () => strings,
  // Style 1 is a date format.
  dateStyles: () => [false, true],
};

function sheet(rows: string[], prefix = '', gap = ''): string {
  const x = prefix ? `${prefix}:` : '';
  const body = rows.map((r) => r.replace(/<(\/?)(row|c|v|f|is|t)\b/g, `<$1${x}$2`)).join(gap);
  return `<?xml version="1.0"?>\n<${x}worksheet xmlns${prefix ? `:${prefix}` : ''}="${MAIN}"><${x}sheetData>${gap}${body}${gap}</${x}sheetData></${x}worksheet>`;
}

/** Every cell once as written, once down the general path. */
function bothPaths(rows: string[]): string[][] {
  return [rows, rows.map((r) => r.replace(/<c r=/g, '<c cm="1" r='))];
}

const CELLS = [
  '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="C1" s="0" t="s"><v>3</v></c><c r="D1" t="s"><v>0</v></c></row>',
  '<row r="2" spans="1:5"><c r="A2"><v>12</v></c><c r="B2" t="n"><v>-1.5</v></c><c r="C2" s="1"><v>45000</v></c><c r="D2" t="n" s="1"><v>1e3</v></c></row>',
  '<row r="3"><c r="A3"><v>123456789012345678</v></c><c r="B3"><v>007</v></c><c r="C3"><v>abc</v></c><c r="E3" s="1"/><c r="F3"><v></v></c></row>',
  '<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve">chữ &amp; số</t></is></c><c r="B4" t="inlineStr" s="1"><is><t>_x000D_</t></is></c><c r="C4" s="0" t="inlineStr"><is><t></t></is></c></row>',
  '<row r="5"><c r="AB5" t="s"><v>2</v></c><c r="B5" t="s"><v>9</v></c><c r="C5"><v>Infinity</v></c></row>',
];

const EXPECTED: SheetValues = [
  ['một', null, 'ba & bốn'],
  [12, -1.5, new Date(Date.UTC(2023, 2, 15)), new Date(Date.UTC(1902, 8, 26))],
  [123456789012345680, 7, 'abc'],
  ['chữ & số', '\r'],
  [
    null,
    null,
    'Infinity',
    ...Array.from({ length: 24 }, () => null),
    'hai', // AB5
  ],
];

test.each([
  ['plain', '', ''],
  ['prefixed', 'x', ''],
  ['pretty-printed', '', '\n  '],
])('both paths read the same values (%s)', (_, prefix, gap) => {
  for (const rows of bothPaths(CELLS)) {
    expect(readSheetXml(sheet(rows, prefix, gap), ctx).values).toEqual(EXPECTED);
  }
});

test('the general path: formulas, inline strings, booleans, errors, cells without a reference', () => {
  const read = readSheetXml(
    sheet([
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>NOW()</f></c><c r="C1" t="str"><f>A1</f><v>x</v></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><t>chữ</t></is></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>',
      // A single-quoted attribute is read as XML says (the type is `s`: a shared string).
      '<row r="3"><c r="A3" t=\'s\'><v>1</v></c></row>',
    ]),
    ctx,
  );
  expect(read.values).toEqual([[2, null, 'x'], ['chữ', true, '#N/A'], ['một']]);
  expect(read.formulasWithoutValue).toEqual([{ row: 0, col: 1 }]);
});

test('a repeated or out-of-order cell: the last one read wins; rows out of order kept', () => {
  const read = readSheetXml(
    sheet([
      '<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c><c r="C2"><v>4</v></c></row>',
      '<row r="1"><c r="B1"><v>5</v></c></row>',
    ]),
    ctx,
  );
  expect(read.values).toEqual([
    [null, 5],
    [1, null, 4],
  ]);
});

test('shared strings: plain items by the fast pattern, rich text and phonetic runs in full', () => {
  const xml =
    `<sst xmlns="${MAIN}"><si><t>a &amp; b</t></si><si><t xml:space="preserve"> c </t></si>` +
    '<si><r><t>d</t></r><r><rPr/><t>e</t></r></si><si><t>f</t><rPh sb="0" eb="1"><t>g</t></rPh></si>' +
    '<si><t/></si><si><t>_x000D_</t></si></sst>';
  expect(readSharedStrings(xml)).toEqual(['a & b', ' c ', 'de', 'f', '', '\r']);
});
