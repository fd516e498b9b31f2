/**
 * `Biên bản <Mã>` sheet plans. Golden files under test/minutes/golden; after a deliberate layout
 * change run `UPDATE_GOLDEN=1 npx jest test/minutes` and review the diff.
 */
import * as path from 'path';
import { buildMinutes } from '../../src/engine/minutes/minutesText';
import { minutesSheetPlan } from '../../src/workbook/render/minutesSheet';
import { printableArea } from '../../src/workbook/render/pageGrid';
import { wrapText } from '../../src/workbook/render/textWidth';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import { expectGolden } from '../helpers/golden';
import {
  delegateElections,
  minutesCongress,
  shortfallElection,
  singleElection,
  strikeElection,
  tallied,
  tieElection,
} from './scenarios';

const golden = (name: string) => path.join(__dirname, 'golden', `${name}.json`);
const text = (plan: SheetPlan) =>
  plan.values
    .flat()
    .filter((v) => v !== null)
    .map(String);
const planOf = (ctx: ReturnType<typeof tallied>[number]) => minutesSheetPlan(buildMinutes(ctx), ctx.congress);

describe('Biên bản <Mã> golden plans', () => {
  const [cu, bt, db, dbdk, ubkt, bch] = tallied([
    strikeElection(),
    singleElection(),
    ...delegateElections(),
    tieElection(),
    shortfallElection(),
  ]);
  test.each([
    ['strike-invalid', cu],
    ['single-agree', bt],
    ['delegates', db],
    ['alternates', dbdk],
    ['tie', ubkt],
    ['shortfall', bch],
  ])('%s', (name, ctx) => {
    expectGolden(golden(name), planOf(ctx));
  });

  test('the statuses the scenarios stand for', () => {
    expect([cu, bt, db, dbdk, ubkt, bch].map((c) => c.result.status)).toEqual([
      'complete',
      'complete',
      'complete',
      'complete',
      'tie',
      'shortfall',
    ]);
    expect(cu.result.ballots.invalid).toBe(4);
    expect(dbdk.result.orderTies).toEqual([['Vũ Đức Khánh', 'Đặng Thu Lan']]);
  });

  test('header lines exactly as the contract gives them, date with leading zeros', () => {
    const plan = planOf(cu);
    // WORKBOOK.md "Version 2": the congress line (broken between words), BAN KIỂM PHIẾU, *; no
    // superior organisation unless asked for; `Số …` on the line of the date.
    expect(plan.values.slice(0, 6).map((r) => r[0])).toEqual([
      'ĐẠI HỘI',
      'CHI BỘ TỔ DÂN PHỐ SỐ 5',
      'LẦN THỨ XII',
      'BAN KIỂM PHIẾU',
      '*',
      'Số 03-BB/ĐH',
    ]);
    expect(text(plan)).not.toContain('ĐẢNG BỘ PHƯỜNG NGỌC LÂM');
    expect(text(plan)).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text(plan)).toContain('Long Biên, ngày 08 tháng 02 năm 2025');
    const style = (value: string) => {
      const row = plan.values.findIndex((r) => r.includes(value));
      const col = plan.values[row].indexOf(value);
      return Object.assign(
        {},
        ...plan.styles.filter((s) => s.range.row === row && s.range.col === col).map((s) => s.style),
      );
    };
    expect(style('ĐẢNG CỘNG SẢN VIỆT NAM')).toMatchObject({ bold: true, size: 15, borderBottom: 'thin' });
    expect(style('BAN KIỂM PHIẾU')).toMatchObject({ bold: true });
    // The congress line: capitals, upright, not bold.
    for (const line of ['ĐẠI HỘI', 'CHI BỘ TỔ DÂN PHỐ SỐ 5', 'LẦN THỨ XII']) {
      expect(style(line).bold).toBeUndefined();
      expect(style(line).italic).toBeUndefined();
    }
    expect(style('Long Biên, ngày 08 tháng 02 năm 2025')).toMatchObject({ italic: true });
    expect(style('BIÊN BẢN KIỂM PHIẾU')).toMatchObject({ bold: true, size: 16, hAlign: 'center' });
    // The date line is level with the number line.
    expect(plan.values[5]).toContain('Long Biên, ngày 08 tháng 02 năm 2025');
  });

  test('A4 portrait, margins from Lề trang, the grid inside the printable width, print area, page numbers from page 2', () => {
    const margins = { top: 20, bottom: 20, left: 30, right: 20 };
    const c = minutesCongress();
    const [ctx] = tallied([strikeElection()], { ...c, settings: { ...c.settings, margins } });
    const plan = planOf(ctx);
    expect(plan.page).toMatchObject({
      paper: 'A4',
      orientation: 'portrait',
      marginsMm: margins,
      pageNumberTopFromSecond: true,
      fitToWidth: true,
    });
    const width = plan.columnWidths.reduce((a, b) => a + b, 0);
    expect(width).toBeLessThanOrEqual(printableArea(margins).width - 8);
    expect(width).toBeGreaterThan(printableArea(margins).width - 20);
    expect(plan.page?.printArea).toEqual({ row: 0, col: 0, rows: plan.values.length, cols: plan.columnWidths.length });
    expect(planOf(cu).page?.marginsMm).toEqual({ top: 25, bottom: 25, left: 35, right: 15 });
    // Every row has a height, and a row of text is tall enough for the lines its text wraps to in
    // its merged width, so merged wrapped text is never clipped (Excel does not grow such rows).
    for (let r = 0; r < plan.values.length; r++) expect(plan.rowHeights?.[r]).toBeGreaterThan(0);
    const tall = (row: number) => plan.rowHeights?.[row] ?? 0;
    let wrapped = 0;
    plan.values.forEach((cells, row) =>
      cells.forEach((value, col) => {
        if (typeof value !== 'string' || value === '') return;
        const merge = plan.merges.find((m) => m.row === row && m.col === col && (m.rows ?? 1) === 1);
        const cols = merge?.cols ?? 1;
        const width = plan.columnWidths.slice(col, col + cols).reduce((a, w) => a + w, 0);
        const run = [...plan.styles].reverse().find((st) => st.range.row === row && st.range.col === col);
        const size = run?.style.size ?? 14;
        // A little under the cell width (the renderer keeps a padding): never fewer lines than this.
        const lines = wrapText(value, width, size, Boolean(run?.style.bold)).length;
        if (lines > 1) wrapped++;
        expect(tall(row)).toBeGreaterThanOrEqual(lines * size);
      }),
    );
    expect(wrapped).toBeGreaterThan(3);
  });

  test('figures, invalid reasons, elected names and signatures are in the sheet', () => {
    const all = text(planOf(cu)).join('\n');
    for (const s of [
      'Bầu quá số lượng cần bầu: 2 phiếu;',
      'Không bầu ai: 1 phiếu;',
      'Không do Ban kiểm phiếu phát ra: 1 phiếu.',
      'Số phiếu hợp lệ: 25 phiếu;',
      '72,41%',
      '84,00%',
      'T/M BAN KIỂM PHIẾU',
      'TRƯỞNG BAN',
      'Đảng viên 20',
      'CÁC THÀNH VIÊN BAN KIỂM PHIẾU',
    ]) {
      expect(all).toContain(s);
    }
    expect(all).toContain(cu.result.fingerprint);
    const tie = text(planOf(ubkt)).join('\n');
    expect(tie).toContain('Bằng phiếu: các đồng chí Đỗ Thị Mai và Ngô Quang Nam');
    const short = text(planOf(bch)).join('\n');
    expect(short).toContain('Bầu chưa đủ:');
  });

  test('text stays text: a name starting with "=" is a string value', () => {
    const def = strikeElection();
    def.candidates = ['=Nguyễn A', ...def.candidates.slice(1)];
    const [ctx] = tallied([def]);
    const plan = planOf(ctx);
    expect(plan.values.flat()).toContain('=Nguyễn A');
  });

  test('without Ban kiểm phiếu: dotted signature lines and a warning', () => {
    const [ctx] = tallied([strikeElection()], minutesCongress(), null);
    const doc = buildMinutes(ctx);
    expect(doc.warnings.map((w) => w.message)).toContain('MINUTES_NO_COUNTERS');
    expect(text(minutesSheetPlan(doc, ctx.congress))).toContain('………………………………');
  });

  test('only the head signs with Ký biên bản = Trưởng ban', () => {
    const c = minutesCongress();
    const [ctx] = tallied([strikeElection()], { ...c, settings: { ...c.settings, signers: 'Trưởng ban' } });
    expect(text(planOf(ctx))).not.toContain('CÁC THÀNH VIÊN BAN KIỂM PHIẾU');
  });
});

describe('a table that runs over several pages', () => {
  test('repeats its header row at the top of every page it continues on', () => {
    const [ctx] = tallied([strikeElection()]);
    const doc = buildMinutes(ctx);
    const list = doc.blocks.find((b) => b.kind === 'table');
    if (!list || list.kind !== 'table') throw new Error('no table in the minutes');
    // A list of 90 names: about three pages of rows.
    list.rows = Array.from({ length: 90 }, (_, i) => [i + 1, `Đảng viên số ${i + 1}`, '']);
    const plan = minutesSheetPlan(doc, ctx.congress);
    const header = list.columns[0].header;
    const headerRows = plan.values.map((r, i) => (r[0] === header ? i : -1)).filter((i) => i >= 0);
    const firstBody = plan.values.findIndex((r) => r[0] === 1);
    const lastBody = plan.values.findIndex((r) => r[0] === 90);
    const breaksInside = (plan.page?.rowBreaks ?? []).filter((b) => b + 1 > firstBody && b + 1 <= lastBody);
    expect(breaksInside.length).toBeGreaterThanOrEqual(2);
    // Every page that continues the table starts with its header, and rows keep their order.
    for (const b of breaksInside) expect(plan.values[b + 1][0]).toBe(header);
    expect(headerRows.length).toBe(
      1 + breaksInside.length + plan.values.filter((r, i) => i > lastBody && r[0] === header).length,
    );
    const numbers = plan.values
      .slice(firstBody, lastBody + 1)
      .map((r) => r[0])
      .filter((v) => typeof v === 'number');
    expect(numbers).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
  });
});
