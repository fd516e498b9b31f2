/**
 * The header of the counting committee's documents (WORKBOOK.md "Version 2"; HD 36-HD/VPTW
 * §1.2.1a): the congress as the body above, broken between words at sensible places, for a
 * delegate congress, a members' congress of a đảng bộ and a chi bộ, in the sheet and in Word.
 */
import JSZip from 'jszip';
import { committeeHeader } from '../../src/engine/minutes/committeeHeader';
import { organisationParts } from '../../src/engine/minutes/congressNames';
import { buildMinutes } from '../../src/engine/minutes/minutesText';
import type { Congress } from '../../src/engine/model/congress';
import { breakHeaderLine } from '../../src/workbook/render/headerLines';
import { minutesDocxBytes } from '../../src/workbook/render/minutesDocx';
import { minutesSheetPlan } from '../../src/workbook/render/minutesSheet';
import { GRID_COLS, PageGrid } from '../../src/workbook/render/pageGrid';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import { minutesCongress, strikeElection, tallied } from './scenarios';

const ward = (over: Partial<Congress> = {}): Congress =>
  minutesCongress({
    superior: 'Đảng bộ thành phố Hà Nội',
    organisation: 'Đảng bộ phường Phúc Đồng',
    kind: 'Đại hội đại biểu',
    level: 'Xã, phường, đặc khu',
    ordinal: 'I',
    term: '2025 - 2030',
    place: 'Phúc Đồng',
    ...over,
  });

/** The left block of the sheet's header: column A of the rows above `Số …`, with their styles. */
function leftBlock(plan: SheetPlan): { text: string; bold: boolean }[] {
  const out: { text: string; bold: boolean }[] = [];
  for (let row = 0; row < plan.values.length; row++) {
    const text = plan.values[row][0];
    if (typeof text !== 'string' || text.startsWith('Số ')) break;
    const bold = plan.styles.some((s) => s.range.row === row && s.range.col === 0 && s.style.bold === true);
    out.push({ text, bold });
  }
  return out;
}

function sheetOf(c: Congress): SheetPlan {
  const [ctx] = tallied([strikeElection()], c);
  return minutesSheetPlan(buildMinutes(ctx), ctx.congress);
}

/** The paragraphs of the Word file's first table (the header), in order. */
async function wordHeader(c: Congress): Promise<string[]> {
  const [ctx] = tallied([strikeElection()], c);
  const zip = await JSZip.loadAsync(await minutesDocxBytes([buildMinutes(ctx)]));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
  return [...table.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter(Boolean);
}

describe('the counting committee’s header', () => {
  test('a delegate congress of a ward (2025): the congress above BAN KIỂM PHIẾU, no superior line', async () => {
    const plan = sheetOf(ward());
    expect(leftBlock(plan)).toEqual([
      { text: 'ĐẠI HỘI ĐẠI BIỂU', bold: false },
      { text: 'ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG', bold: false },
      { text: 'LẦN THỨ I', bold: false },
      { text: 'BAN KIỂM PHIẾU', bold: true },
      { text: '*', bold: false },
    ]);
    // `Số …` on the line of the place and date.
    const numberRow = plan.values.findIndex((r) => r[0] === 'Số 03-BB/ĐH');
    expect(plan.values[numberRow]).toContain('Phúc Đồng, ngày 08 tháng 02 năm 2025');
    expect(plan.values.flat()).not.toContain('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
    // Word breaks the same lines.
    const word = await wordHeader(ward());
    expect(word.slice(0, 5)).toEqual([
      'ĐẠI HỘI ĐẠI BIỂU',
      'ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG',
      'LẦN THỨ I',
      'BAN KIỂM PHIẾU',
      '*',
    ]);
    expect(word).toContain('Số 03-BB/ĐH');
    expect(word).not.toContain('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
  });

  test('In đảng bộ cấp trên trên biên bản = Có prints the superior organisation first', async () => {
    const c = ward();
    const asked = { ...c, settings: { ...c.settings, printSuperiorOnMinutes: true } };
    expect(leftBlock(sheetOf(asked)).map((l) => l.text)).toEqual([
      'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
      'ĐẠI HỘI ĐẠI BIỂU',
      'ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG',
      'LẦN THỨ I',
      'BAN KIỂM PHIẾU',
      '*',
    ]);
    expect((await wordHeader(asked))[0]).toBe('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
  });

  test('a members’ congress of a đảng bộ without an ordinal: the term stands in', () => {
    const plan = sheetOf(
      minutesCongress({
        organisation: 'Đảng bộ xã Bát Tràng',
        kind: 'Đại hội đảng viên',
        ordinal: '',
        term: '2025 - 2030',
      }),
    );
    expect(leftBlock(plan).map((l) => l.text)).toEqual([
      'ĐẠI HỘI',
      'ĐẢNG BỘ XÃ BÁT TRÀNG',
      'NHIỆM KỲ 2025 - 2030',
      'BAN KIỂM PHIẾU',
      '*',
    ]);
  });

  test('a chi bộ: ĐẠI HỘI / the chi bộ / LẦN THỨ …; a short name stays on one line', () => {
    expect(leftBlock(sheetOf(minutesCongress())).map((l) => l.text)).toEqual([
      'ĐẠI HỘI',
      'CHI BỘ TỔ DÂN PHỐ SỐ 5',
      'LẦN THỨ XII',
      'BAN KIỂM PHIẾU',
      '*',
    ]);
    expect(leftBlock(sheetOf(minutesCongress({ organisation: 'Chi bộ 1', ordinal: 'X' }))).map((l) => l.text)).toEqual([
      'ĐẠI HỘI CHI BỘ 1 LẦN THỨ X',
      'BAN KIỂM PHIẾU',
      '*',
    ]);
  });

  test('Tên đại hội trên văn bản: the lines as the clerk typed them in the cell', () => {
    const c = ward();
    const named = {
      ...c,
      settings: { ...c.settings, congressLineOverride: 'Đại hội đại biểu\nĐảng bộ phường Phúc Đồng\nlần thứ I' },
    };
    expect(leftBlock(sheetOf(named)).map((l) => l.text)).toEqual([
      'ĐẠI HỘI ĐẠI BIỂU',
      'ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG',
      'LẦN THỨ I',
      'BAN KIỂM PHIẾU',
      '*',
    ]);
  });

  test('a name too long for the block breaks between its parts, never inside the name while it fits', () => {
    expect(organisationParts('Đảng bộ phường Phúc Đồng')).toEqual(['ĐẢNG BỘ', 'PHƯỜNG', 'PHÚC ĐỒNG']);
    expect(organisationParts('Chi bộ khu dân cư số 5')).toEqual(['CHI BỘ', 'KHU DÂN CƯ', 'SỐ 5']);
    expect(organisationParts('Đảng bộ bộ phận Khối cơ quan')).toEqual(['ĐẢNG BỘ BỘ PHẬN', 'KHỐI', 'CƠ QUAN']);
    expect(organisationParts('Đảng bộ Quân sự')).toEqual(['ĐẢNG BỘ', 'QUÂN SỰ']);
    const header = committeeHeader(ward(), { number: null, date: null });
    const line = header.left[0];
    // In a block just too narrow for the whole name the name stays whole on its own line.
    const grid = new PageGrid('T', ward().settings.margins);
    expect(breakHeaderLine(line, grid.width(GRID_COLS / 2) - 7)).toEqual([
      'ĐẠI HỘI ĐẠI BIỂU',
      'ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG',
      'LẦN THỨ I',
    ]);
    expect(breakHeaderLine(line, 160)).toEqual(['ĐẠI HỘI ĐẠI BIỂU', 'ĐẢNG BỘ PHƯỜNG', 'PHÚC ĐỒNG', 'LẦN THỨ I']);
    // Wide enough for everything: one line.
    expect(breakHeaderLine(line, 1000)).toEqual(['ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG LẦN THỨ I']);
    expect(header.number.text).toBe('Số ……-BB/ĐH');
    expect(header.date.text).toBe('Phúc Đồng, ngày …… tháng …… năm ……');
  });
});
