/**
 * `Kiểm tra danh sách` (WORKBOOK.md "Output sheets"): one row per finding under the header
 * `Mức độ | Mã lỗi | Nội dung | Ô | Căn cứ`, errors first.
 */
import type { Problem, Severity } from '../problems';
import { t, type Lang } from '../../i18n';
import type { SheetPlan } from '../sheetPlan';
import { PlanBuilder } from './planBuilder';
import { LIST_CHECK_SHEET } from '../sheetNames';

export const LIST_CHECK_HEADERS = ['Mức độ', 'Mã lỗi', 'Nội dung', 'Ô', 'Căn cứ'];

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' };
const SEVERITY_COLORS: Record<Severity, string> = { error: 'C00000', warning: '9C5700', info: '1F4E79' };

const FONT = { font: 'Times New Roman', size: 12 };
const HEAD = {
  bold: true,
  fill: 'DDE7F0',
  border: 'thin' as const,
  hAlign: 'center' as const,
  vAlign: 'middle' as const,
  wrap: true,
};

export interface ListCheckSheetOptions {
  /** `Tổ chức đảng`, printed under the title. */
  organisation?: string;
}

export function listCheckSheetPlan(findings: Problem[], lang: Lang, opts: ListCheckSheetOptions = {}): SheetPlan {
  const b = new PlanBuilder(LIST_CHECK_SHEET, [70, 150, 420, 120, 190], FONT);
  const cols = LIST_CHECK_HEADERS.length;
  b.merged('KIỂM TRA DANH SÁCH BẦU CỬ', cols, { bold: true, size: 14, hAlign: 'center' });
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const summary = `${opts.organisation ? `${opts.organisation} · ` : ''}${count('error')} lỗi · ${count('warning')} cảnh báo · ${count('info')} lưu ý`;
  b.merged(summary, cols, { italic: true, hAlign: 'center' });
  b.blank();
  const head = b.line(LIST_CHECK_HEADERS);
  b.style({ row: head, col: 0, cols }, HEAD);
  const first = b.row;
  for (const f of findings) {
    const r = b.line([
      SEVERITY_LABELS[f.severity],
      f.code,
      t(lang, f.message, f.params),
      f.cell ?? null,
      f.rule ?? null,
    ]);
    b.style({ row: r, col: 0 }, { bold: true, color: SEVERITY_COLORS[f.severity] });
  }
  if (findings.length === 0) {
    const r = b.line([null, null, t(lang, 'LIST_CHECK_CLEAN'), null, null]);
    b.style({ row: r, col: 2 }, { color: '006100', bold: true });
  }
  const rows = b.row - first;
  b.style({ row: first, col: 0, rows, cols }, { border: 'thin', vAlign: 'top' });
  b.style({ row: first, col: 2, rows }, { wrap: true });
  b.style({ row: first, col: 4, rows }, { wrap: true });
  b.plan.freeze = { rows: head + 1, cols: 0 };
  b.plan.page = {
    paper: 'A4',
    orientation: 'landscape',
    marginsMm: { top: 15, bottom: 15, left: 15, right: 10 },
    fitToWidth: true,
    printTitleRows: [head, head],
  };
  return b.plan;
}
