/**
 * `Phân bổ đại biểu` (WORKBOOK.md "Output sheets"): the method and its parameters, the table
 * `Chi bộ | Đảng viên | Định suất | Số đại biểu theo công thức | Cộng thêm | Đương nhiên |
 * Tổng số | Tỷ lệ` with grand totals, the units tied for the last seat(s) highlighted, and the
 * findings below, so the printed page is the convening committee's working paper (§7.1).
 */
import type { AllocationResult, BaseQuotaParams, Cap } from '../../engine/allocation/types';
import { METHOD_NAMES } from '../../engine/allocation/types';
import { ratioToDecimal } from '../../engine/allocation/rational';
import type { Problem } from '../problems';
import { t, type Lang } from '../../i18n';
import type { PlanValue, SheetPlan } from '../sheetPlan';
import { PlanBuilder } from './planBuilder';
import { SEVERITY_LABELS } from './listCheck';
import { ALLOCATION_SHEET } from '../sheetNames';

export const ALLOCATION_HEADERS = [
  'Chi bộ',
  'Đảng viên',
  'Định suất',
  'Số đại biểu theo công thức',
  'Cộng thêm',
  'Đương nhiên',
  'Tổng số',
  'Tỷ lệ',
];

const FONT = { font: 'Times New Roman', size: 12 };
const HEAD = {
  bold: true,
  fill: 'DDE7F0',
  border: 'thin' as const,
  hAlign: 'center' as const,
  vAlign: 'middle' as const,
  wrap: true,
};
const TIED_FILL = 'FFF2CC';
const COUNT = '#,##0';
const QUOTA = '0.0000';
const PERCENT = '0.00%';

export interface AllocationSheetOptions {
  /** The congress line under the title (`Đại hội đại biểu Đảng bộ … lần thứ …, nhiệm kỳ …`). */
  congressLine?: string;
  basis: string;
  baseQuota?: BaseQuotaParams;
  caps: Cap[];
}

export function allocationSheetPlan(
  result: AllocationResult,
  findings: Problem[],
  lang: Lang,
  opts: AllocationSheetOptions,
): SheetPlan {
  const cols = ALLOCATION_HEADERS.length;
  const b = new PlanBuilder(ALLOCATION_SHEET, [190, 70, 70, 95, 65, 72, 62, 62], FONT);
  b.merged('PHÂN BỔ ĐẠI BIỂU', cols, { bold: true, size: 14, hAlign: 'center' });
  if (opts.congressLine) b.merged(opts.congressLine, cols, { italic: true, hAlign: 'center', wrap: true });
  b.blank();

  const param = (label: string, value: PlanValue, format?: string) => {
    const r = b.line([label, value]);
    b.plan.merges.push({ row: r, col: 1, cols: cols - 1 });
    b.style({ row: r, col: 0 }, { bold: true });
    b.style({ row: r, col: 1, cols: cols - 1 }, { hAlign: 'left', ...(format ? { numberFormat: format } : {}) });
  };
  param('Phương pháp phân bổ', METHOD_NAMES[result.method]);
  param('Tính theo', opts.basis);
  if (result.method === 'baseQuota' && opts.baseQuota) {
    param('Đại biểu cơ sở', opts.baseQuota.baseSeats, COUNT);
    param('Định mức', opts.baseQuota.membersPerSeat, COUNT);
    param('Ngưỡng số dư', opts.baseQuota.threshold ?? 'Không (số dư không được thêm đại biểu)', COUNT);
    param('Số đại biểu theo công thức (tính ra)', result.seats, COUNT);
  } else {
    param('Số đại biểu phân bổ', result.seats, COUNT);
  }
  param('Đã phân bổ', result.allocated, COUNT);
  if (result.unassigned > 0) {
    param(
      'Chưa phân bổ (bằng nhau ở suất cuối)',
      `${result.unassigned}: ${result.tied.join('; ')} — cấp ủy triệu tập đại hội quyết định`,
    );
  }
  for (const cap of opts.caps) {
    param(cap.source === 'setting' ? 'Số đại biểu tối đa' : `Mức tối đa theo chỉ thị (${cap.label})`, cap.value, COUNT);
  }
  b.blank();

  const head = b.line(ALLOCATION_HEADERS);
  b.style({ row: head, col: 0, cols }, HEAD);
  b.height(head, 48);
  const first = b.row;
  for (const u of result.units) {
    const r = b.line([
      u.unit,
      u.members,
      ratioToDecimal(u.quotaNumerator, u.quotaDenominator, 4),
      u.formula,
      u.added,
      u.exOfficio,
      u.total,
      share(u.total, result.total),
    ]);
    if (u.tied) b.style({ row: r, col: 0, cols }, { fill: TIED_FILL });
  }
  // Σ quotas: S exactly, or Σ members / Định mức.
  const totalQuota =
    result.method === 'baseQuota' && opts.baseQuota
      ? ratioToDecimal(BigInt(result.members), BigInt(opts.baseQuota.membersPerSeat), 4)
      : result.seats;
  const totalRow = b.line([
    'Tổng cộng',
    result.members,
    totalQuota,
    result.allocated,
    result.added,
    result.exOfficio,
    result.total,
    result.total > 0 ? 1 : 0,
  ]);
  b.style({ row: totalRow, col: 0, cols }, { bold: true });
  b.style({ row: first, col: 0, rows: b.row - first, cols }, { border: 'thin', vAlign: 'middle' });
  b.style({ row: first, col: 0, rows: b.row - first }, { wrap: true });
  b.style({ row: first, col: 1, rows: b.row - first }, { numberFormat: COUNT });
  b.style({ row: first, col: 2, rows: b.row - first }, { numberFormat: QUOTA });
  b.style({ row: first, col: 3, rows: b.row - first, cols: 4 }, { numberFormat: COUNT, hAlign: 'center' });
  b.style({ row: first, col: 7, rows: b.row - first }, { numberFormat: PERCENT });

  b.blank();
  b.merged(
    'Định suất: S × đảng viên của chi bộ / tổng số đảng viên (phương pháp "Cơ sở và định mức": đảng viên / Định mức). Tổng số = theo công thức + cộng thêm + đương nhiên; Tỷ lệ: Tổng số so với tổng số đại biểu.',
    cols,
    { italic: true, size: 10, wrap: true },
  );
  b.height(b.row - 1, 30);
  if (result.unassigned > 0)
    b.merged('Dòng tô màu: chi bộ bằng nhau ở suất cuối; các suất này chưa phân bổ.', cols, {
      italic: true,
      size: 10,
      fill: TIED_FILL,
    });
  if (findings.length) {
    b.blank();
    b.merged('Ghi chú', cols, { bold: true });
    for (const f of findings) {
      const r = b.merged(
        `${SEVERITY_LABELS[f.severity]} ${f.code}${f.cell ? ` (${f.cell})` : ''}: ${t(lang, f.message, f.params)}`,
        cols,
        { wrap: true, vAlign: 'top' },
      );
      b.height(r, 32);
    }
  }
  b.plan.freeze = { rows: head + 1, cols: 1 };
  b.plan.page = {
    paper: 'A4',
    orientation: 'portrait',
    marginsMm: { top: 20, bottom: 20, left: 25, right: 15 },
    fitToWidth: true,
    printTitleRows: [head, head],
    centerHorizontally: true,
  };
  return b.plan;
}

/** The unit's share of all delegates, half-up to 0.01% (display only). */
function share(part: number, whole: number): number {
  return whole > 0 ? ratioToDecimal(BigInt(part), BigInt(whole), 4) : 0;
}
