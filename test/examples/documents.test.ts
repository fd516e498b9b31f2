/**
 * The documents of the bundled 2025 ward congress end to end: the `Biên bản <Mã>` sheets, the
 * Word minutes and the ballot papers, as text, against a golden file that can be read by eye
 * (test/golden/dai-hoi-phuong.documents.txt). After a deliberate change:
 * `UPDATE_GOLDEN=1 npx jest test/examples/documents.test.ts` and read the diff.
 *
 * The 2020 congress kept as a fixture (test/fixtures/phuong2020.ts) is counted under the rules of
 * its time: a golden JSON report of its own.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { PackageHost } from '../../src/hosts/package/packageHost';
import { loadHost } from '../helpers/workbook';
import { tallyCommand } from '../../src/commands/tally';
import { minutesDocxCommand } from '../../src/commands/minutesDocx';
import { ballotsCommand } from '../../src/commands/ballots';
import { checkCommand } from '../../src/commands/check';
import type { CommandContext } from '../../src/commands/types';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import { workbookBytes } from '../../src/examples/write';
import { phuong2020Sheets } from '../fixtures/phuong2020';

const ROOT = path.join(__dirname, '..', '..');
const GOLDEN = path.join(ROOT, 'test', 'golden');
const now = () => new Date('2025-08-06T12:00:00Z');

/** The text of a sheet plan, row by row, cells joined with ` | `. */
function sheetText(plan: SheetPlan): string[] {
  return plan.values
    .map((row) =>
      row
        .filter((v) => v !== null && v !== '')
        .map(String)
        .join(' | '),
    )
    .filter(Boolean);
}

async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:sectPr[ >]/g)]
    .map((p) =>
      p[0].startsWith('<w:sectPr')
        ? '——— (section) ———'
        : [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    )
    .filter(Boolean);
}

function golden(file: string, actual: string): void {
  const target = path.join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN) writeFileSync(target, actual);
  expect(existsSync(target)).toBe(true);
  expect(actual).toEqual(readFileSync(target, 'utf8'));
}

describe('the 2025 ward example: minutes sheet, Word and ballot papers', () => {
  test('match their golden text', async () => {
    const host = loadHost(path.join(ROOT, 'examples', 'dai-hoi-phuong.xlsx'));
    const ctx: CommandContext = { port: host, lang: 'vi', now, write: false };
    const tally = await tallyCommand(ctx);
    expect(tally.errors).toEqual([]);
    const minutes = tally.plans.filter((p) => p.name.startsWith('Biên bản '));
    expect(minutes.map((p) => p.name)).toEqual([
      'Biên bản YK-BCH',
      'Biên bản BCH',
      'Biên bản BCH-2',
      'Biên bản DB',
      'Biên bản BTV',
      'Biên bản BT',
      'Biên bản PBT',
      'Biên bản UBKT',
      'Biên bản CN-UBKT',
    ]);
    const word = await minutesDocxCommand(ctx);
    expect(word.docx).not.toBeNull();
    const ballots = await ballotsCommand(ctx);
    const parts = [
      ...minutes.map((p) => [`=== ${p.name} (sheet)`, ...sheetText(p)].join('\n')),
      ['=== Word', ...(await docxParagraphs(word.docx ?? new Uint8Array()))].join('\n'),
      ...ballots.plans.map((p) => [`=== ${p.name}`, ...sheetText(p)].join('\n')),
    ];
    const text = `${parts.join('\n\n')}\n`;
    golden('dai-hoi-phuong.documents.txt', text);
    // What a 2025 ward's documents must and must not say.
    expect(text).not.toMatch(/quận|huyện|QUẬN|HUYỆN|mặc định|thiết lập/);
    expect(text).toContain('ĐẠI HỘI ĐẠI BIỂU\nĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG\nLẦN THỨ I\nBAN KIỂM PHIẾU\n*');
    // The ballot papers keep their header, the city Party committee nowhere on the minutes.
    expect(ballots.plans[1].values.flat()).toContain('ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG LẦN THỨ I');
    for (const p of minutes) expect(p.values.flat()).not.toContain('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
  });
});

describe('the 2020 congress, under the rules of its time (a fixture)', () => {
  test('244-QĐ/TW: the alternates on a list of their own; the district printed as asked; ages at the congress date', async () => {
    const host = PackageHost.open(await workbookBytes(phuong2020Sheets()));
    const ctx: CommandContext = {
      port: host,
      lang: 'vi',
      now: () => new Date('2020-05-19T12:00:00Z'),
      write: false,
    };
    const tally = await tallyCommand(ctx);
    expect(tally.errors).toEqual([]);
    const report = JSON.parse(JSON.stringify(tally.report)) as {
      ruleSet: string;
      elections: { id: string; status: string }[];
    };
    expect(report.ruleSet).toBe('244-QĐ/TW');
    expect(Object.fromEntries(report.elections.map((e) => [e.id, e.status]))).toMatchObject({
      BCH: 'complete',
      DB: 'tie',
      DBDK: 'complete',
    });
    const target = path.join(GOLDEN, 'phuong-2020.tally.json');
    const actual = `${JSON.stringify(report, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(target, actual);
    expect(actual).toEqual(readFileSync(target, 'utf8'));
    const minutes = tally.plans.find((p) => p.name === 'Biên bản BCH');
    expect(minutes?.values[0][0]).toBe('ĐẢNG BỘ QUẬN LONG BIÊN');
    expect(minutes?.values[1][0]).toBe('ĐẠI HỘI ĐẠI BIỂU');
    // The term is not 2025 - 2030: ages at the congress's date; nothing else to say of the lists.
    const check = await checkCommand(ctx);
    expect(check.report.findings?.map((f) => [f.code, f.message])).toEqual([
      [
        'AGE_REFERENCE',
        'Tuổi được tính đến ngày đại hội 19/05/2020: ô "Ngày tính tuổi" để trống và nhiệm kỳ 2020 - 2025 không phải 2025 - 2030 (mốc của Chỉ thị 45-CT/TW chỉ cho nhiệm kỳ đó).',
      ],
    ]);
  });
});
