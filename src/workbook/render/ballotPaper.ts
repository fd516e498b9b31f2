/**
 * `Mẫu phiếu <Mã>`: a print-ready A4 page of ballot papers for one election. The list in ballot
 * order (the ballot sheet's header, A-B-C by given name: regulations §4, WORKBOOK.md), room for
 * the congress seal at the top left, the strike-through layout (`Gạch tên`: STT | Họ và tên) or
 * the four-column agree/disagree layout (STT | Họ và tên | Đồng ý | Không đồng ý), and as many
 * copies on the page as fit, separated by a dotted cut line.
 */
import type { Congress } from '../../engine/model/congress';
import type { Margins } from '../../engine/model/settings';
import type { ElectionDef } from '../../engine/model/election';
import { congressHeaderLine, upperVi } from '../../engine/minutes/congressNames';
import { cleanText } from '../../engine/text/normalize';
import { summaryLines } from '../../engine/minutes/minutesText';
import type { SheetPlan } from '../sheetPlan';
import { GRID_COLS, PageGrid } from './pageGrid';
import { ballotPaperSheetName } from '../sheetNames';

/**
 * Ballots are cut from the sheet, not bound: narrow even margins leave room for more copies
 * (an extension: `Lề trang` is for documents; see docs/CONTRACT-EXTENSIONS.md).
 */
export const BALLOT_MARGINS: Margins = { top: 12, bottom: 12, left: 15, right: 15 };
/** At most this many copies on one page (a half, third or quarter of A4 is easy to cut). */
const MAX_COPIES = 4;
/** Columns the seal may take at the top left. */
const SEAL_COLS = 8;
/** Height of the seal's room (about 25 mm: a round congress seal is 30–36 mm and may overlap). */
const SEAL_HEIGHT = 70;
const NAME_ROW = 22;

/** The instruction under the title, by ballot type (QC190 Điều 15: how a ballot is marked). */
export function ballotInstruction(def: ElectionDef): string {
  // Version 2: a trust ballot has three boxes a name (QĐ 96 Điều 6 k.1), an introduction ballot
  // the prepared list as on a strike-through ballot and blank lines to write names in.
  if (def.ballotType === 'Lấy phiếu tín nhiệm') {
    return '(Ở mỗi tên, đánh dấu X vào một ô: "Tín nhiệm cao", "Tín nhiệm" hoặc "Tín nhiệm thấp".)';
  }
  if (def.ballotType === 'Giới thiệu nhân sự') {
    const limit = def.seats > 0 ? `Giới thiệu không quá ${def.seats} đồng chí. ` : '';
    return `(${limit}Gạch ngang cả họ và tên người không giới thiệu; có thể ghi thêm họ và tên người được giới thiệu vào dòng trống.)`;
  }
  if (def.ballotType === 'Gạch tên') {
    return `(Bầu không quá ${def.seats} đồng chí. Gạch ngang cả họ và tên người không bầu.)`;
  }
  if (def.ballotType === 'Xin ý kiến') {
    return '(Ở mỗi tên, đánh dấu X vào một ô: "Đồng ý" hoặc "Không đồng ý".)';
  }
  return def.candidates.length > 1
    ? `(Bầu không quá ${def.seats} đồng chí. Ở mỗi tên, đánh dấu X vào một ô: "Đồng ý" hoặc "Không đồng ý".)`
    : '(Đánh dấu X vào một ô: "Đồng ý" hoặc "Không đồng ý".)';
}

function ballotTitle(def: ElectionDef): string {
  if (def.ballotType === 'Lấy phiếu tín nhiệm') return 'PHIẾU TÍN NHIỆM';
  if (def.ballotType === 'Giới thiệu nhân sự') return 'PHIẾU GIỚI THIỆU NHÂN SỰ';
  return def.ballotType === 'Xin ý kiến' ? 'PHIẾU XIN Ý KIẾN' : 'PHIẾU BẦU CỬ';
}

/** The blank lines of an introduction ballot, for names written in. */
const WRITE_IN_LINES = 2;

/** The columns of the list, by ballot type: widths on the grid and headers. */
function listColumns(def: ElectionDef): { cols: number[]; headers: string[] } {
  switch (def.ballotType) {
    case 'Gạch tên':
    case 'Giới thiệu nhân sự':
      return { cols: [3, GRID_COLS - 3], headers: ['STT', 'Họ và tên'] };
    case 'Lấy phiếu tín nhiệm':
      return {
        cols: [2, 7, 6, 3, 3, 3],
        headers: ['STT', 'Họ và tên', 'Chức vụ', 'Tín nhiệm cao', 'Tín nhiệm', 'Tín nhiệm thấp'],
      };
    default:
      return { cols: [3, GRID_COLS - 13, 5, 5], headers: ['STT', 'Họ và tên', 'Đồng ý', 'Không đồng ý'] };
  }
}

/** One copy of the ballot, from the grid's current row. */
function renderCopy(
  grid: PageGrid,
  def: ElectionDef,
  congress: Congress,
  positions: ReadonlyMap<string, string>,
): void {
  // Top: the seal's room on the left; the Party title and the congress on the right.
  const top = grid.row;
  const rightCols = GRID_COLS - SEAL_COLS;
  grid.put(top, 'ĐẢNG CỘNG SẢN VIỆT NAM', {
    col: SEAL_COLS,
    cols: rightCols,
    style: { bold: true, size: 13, hAlign: 'center', vAlign: 'bottom' },
  });
  // WORKBOOK.md `Đảng bộ cấp trên`: printed on the ballot papers (version 2 takes it off the
  // counting committee's documents only), above the congress line.
  const lines = [cleanText(congress.superior) ? upperVi(congress.superior) : null, congressHeaderLine(congress)];
  let row = top + 1;
  for (const line of lines) {
    if (line === null) continue;
    grid.put(row++, line, { col: SEAL_COLS, cols: rightCols, style: { size: 12, hAlign: 'center' } });
  }
  grid.row = row;
  const used = grid.heightOf(top, row);
  if (used < SEAL_HEIGHT) grid.need(row - 1, (grid.plan.rowHeights?.[row - 1] ?? 0) + SEAL_HEIGHT - used);

  grid.line(ballotTitle(def), { bold: true, size: 16, hAlign: 'center', vAlign: 'bottom' });
  for (const s of summaryLines(def, congress)) grid.line(s, { bold: true, hAlign: 'center' });
  grid.line(ballotInstruction(def), { italic: true, size: 12, hAlign: 'center' });
  grid.gap(6);

  const strike = def.ballotType === 'Gạch tên' || def.ballotType === 'Giới thiệu nhân sự';
  const trust = def.ballotType === 'Lấy phiếu tín nhiệm';
  const { cols, headers } = listColumns(def);
  const starts = cols.map((_, i) => cols.slice(0, i).reduce((a, b) => a + b, 0));
  const head = grid.row++;
  headers.forEach((h, i) =>
    grid.put(head, h, {
      col: starts[i],
      cols: cols[i],
      style: { bold: true, hAlign: 'center', vAlign: 'middle', border: 'thin' },
    }),
  );
  def.candidates.forEach((name, n) => {
    const r = grid.row++;
    grid.put(r, n + 1, {
      col: starts[0],
      cols: cols[0],
      style: { hAlign: 'center', vAlign: 'middle', border: 'thin', numberFormat: '0' },
    });
    // Strike-through: the name centred with room either side for the line through it.
    grid.put(r, name, {
      col: starts[1],
      cols: cols[1],
      style: { hAlign: strike ? 'center' : 'left', vAlign: 'middle', border: 'thin', size: 14 },
    });
    // A trust ballot gives each person's position beside the name (QĐ 96 Điều 6 k.1).
    if (trust)
      grid.put(r, positions.get(name) ?? null, {
        col: starts[2],
        cols: cols[2],
        style: { vAlign: 'middle', border: 'thin', size: 12, wrap: true },
      });
    for (let i = trust ? 3 : 2; i < cols.length; i++)
      grid.put(r, null, { col: starts[i], cols: cols[i], style: { border: 'thin' } });
    // Three lines of a 12 pt position.
    grid.need(r, trust ? 3 * 15 : NAME_ROW);
  });
  if (def.ballotType !== 'Giới thiệu nhân sự') return;
  for (let k = 0; k < WRITE_IN_LINES; k++) {
    const r = grid.row++;
    grid.put(r, def.candidates.length + k + 1, {
      col: starts[0],
      cols: cols[0],
      style: { hAlign: 'center', vAlign: 'middle', border: 'thin', numberFormat: '0' },
    });
    grid.put(r, null, { col: starts[1], cols: cols[1], style: { border: 'thin' } });
    // Room to write a name by hand.
    grid.need(r, NAME_ROW + 8);
  }
}

export function ballotPaperPlan(
  def: ElectionDef,
  congress: Congress,
  positions: ReadonlyMap<string, string> = new Map(),
): SheetPlan {
  // Measure one copy, then put as many on the page as fit.
  const probe = new PageGrid(ballotPaperSheetName(def.id), BALLOT_MARGINS);
  renderCopy(probe, def, congress, positions);
  const copyHeight = probe.heightOf(0, probe.row);
  const cut = 2 * 14;
  const fit = Math.floor((probe.page.height - 8 + cut) / (copyHeight + cut));
  const copies = Math.max(1, Math.min(MAX_COPIES, fit));

  const grid = new PageGrid(ballotPaperSheetName(def.id), BALLOT_MARGINS);
  for (let k = 0; k < copies; k++) {
    if (k > 0) {
      // The cut line between copies: a dotted rule across the page, halfway down the gap.
      const r = grid.gap(14);
      grid.plan.styles.push({ range: { row: r, col: 0, cols: GRID_COLS }, style: { borderBottom: 'dotted' } });
      grid.gap(14);
    }
    renderCopy(grid, def, congress, positions);
  }
  return grid.finish({ centerHorizontally: true });
}
