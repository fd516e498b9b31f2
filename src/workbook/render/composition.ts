/**
 * `Cơ cấu <Mã>` (WORKBOOK.md "Output sheets"): the composition of an elected body (or, with
 * `--lists`, of a candidate list: `Cơ cấu DS <Mã>`), one table per dimension, then the summary
 * the way organisers write it ("Nữ giới: 4 đ/c (26,67%), Nam giới: 11 đ/c (73,33%)") and the
 * targets missed.
 */
import type { BodyComposition } from '../../engine/composition';
import type { Problem } from '../problems';
import type { CalendarDate } from '../../engine/text/format';
import { formatDateSlash, formatNumberVi } from '../../engine/text/format';
import { t, type Lang } from '../../i18n';
import type { SheetPlan } from '../sheetPlan';
import { PlanBuilder } from './planBuilder';
import { SEVERITY_LABELS } from './listCheck';
import { compositionSheetName } from '../sheetNames';

const FONT = { font: 'Times New Roman', size: 12 };
const HEAD = {
  bold: true,
  fill: 'DDE7F0',
  border: 'thin' as const,
  hAlign: 'center' as const,
  vAlign: 'middle' as const,
  wrap: true,
};

/** `26,67%`; a whole number without decimals (`60%`, `100%`), as the seeds print it. */
export function formatShare(percent: number): string {
  const hundredths = Math.round(percent * 100);
  return `${formatNumberVi(hundredths / 100, hundredths % 100 === 0 ? 0 : 2)}%`;
}

const SUMMARY_LABELS: Record<string, string> = { Nam: 'Nam giới', Nữ: 'Nữ giới' };

/** One dimension as a sentence: `Nữ giới: 4 đ/c (26,67%), Nam giới: 11 đ/c (73,33%)`. */
export function summaryLine(rows: { label: string; count: number; percent: number }[]): string {
  return rows
    .filter((r) => r.count > 0)
    .map((r) => `${SUMMARY_LABELS[r.label] ?? r.label}: ${r.count} đ/c (${formatShare(r.percent)})`)
    .join(', ');
}

export interface CompositionSheetOptions {
  referenceDate: CalendarDate | null;
  findings: Problem[];
  lang: Lang;
}

export function compositionSheetPlan(body: BodyComposition, opts: CompositionSheetOptions): SheetPlan {
  const b = new PlanBuilder(compositionSheetName(body), [230, 90, 90], FONT);
  const cols = 3;
  b.merged(body.list ? `CƠ CẤU DANH SÁCH BẦU CỬ: ${body.title}` : `CƠ CẤU ${body.office.toUpperCase()}`, cols, {
    bold: true,
    size: 14,
    hAlign: 'center',
    wrap: true,
  });
  const sub = [
    `Mã ${body.id}`,
    body.list ? `${body.members.length} người trong danh sách` : `Tổng số: ${body.members.length} đ/c`,
  ];
  if (opts.referenceDate) sub.push(`tuổi tính đến ngày ${formatDateSlash(opts.referenceDate)}`);
  b.merged(sub.join(' · '), cols, { italic: true, hAlign: 'center' });
  b.blank();
  const head = b.line(['Nội dung', 'Số lượng', 'Tỷ lệ']);
  b.style({ row: head, col: 0, cols }, HEAD);
  for (const d of body.dimensions) {
    const r = b.line([d.dimension, null, null]);
    b.style({ row: r, col: 0, cols }, { bold: true, fill: 'F2F2F2', border: 'thin' });
    const first = b.row;
    for (const row of d.rows) b.line([`   ${row.label}`, row.count, row.percent / 100]);
    b.style({ row: first, col: 0, rows: d.rows.length, cols }, { border: 'thin' });
    b.style({ row: first, col: 1, rows: d.rows.length }, { hAlign: 'center' });
    b.style({ row: first, col: 2, rows: d.rows.length }, { numberFormat: '0.00%' });
  }
  b.blank();
  b.merged('Tóm tắt', cols, { bold: true });
  for (const d of body.dimensions) {
    const r = b.merged(`${d.dimension}: ${summaryLine(d.rows)}.`, cols, { wrap: true });
    b.height(r, 32);
  }
  if (opts.findings.length) {
    b.blank();
    b.merged('Chỉ tiêu cơ cấu', cols, { bold: true });
    for (const f of opts.findings) {
      const r = b.merged(
        `${SEVERITY_LABELS[f.severity]} ${f.code}: ${t(opts.lang, f.message, f.params)}${f.rule ? ` (${f.rule})` : ''}`,
        cols,
        { wrap: true, color: '9C5700' },
      );
      b.height(r, 32);
    }
  }
  b.plan.page = {
    paper: 'A4',
    orientation: 'portrait',
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    fitToWidth: true,
  };
  return b.plan;
}
