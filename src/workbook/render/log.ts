/**
 * `Nhật ký`: an append-only log of runs (anchors §7.6: who did what, when; the fingerprint of the
 * ballot data). Earlier rows are kept; each run appends its own.
 */
import type { SheetValues } from '../port';
import { cellText } from '../values';
import type { PlanValue, SheetPlan } from '../sheetPlan';
import { PlanBuilder } from './planBuilder';
import { LOG_SHEET } from '../sheetNames';

export const LOG_HEADERS = ['Thời điểm', 'Lệnh', 'Mã', 'Trạng thái', 'Dấu vân tay dữ liệu phiếu', 'Ghi chú'];

export interface LogEntry {
  command: string;
  id?: string;
  status?: string;
  fingerprint?: string;
  note?: string;
}

/** `2025-05-19 10:30:00` in UTC (the log is read by people and compared by machines). */
export function logTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

export function logSheetPlan(existing: SheetValues | undefined, now: Date, entries: LogEntry[]): SheetPlan {
  const b = new PlanBuilder(LOG_SHEET, [130, 90, 60, 90, 420, 260], { font: 'Times New Roman', size: 11 });
  const head = b.line(LOG_HEADERS);
  b.style({ row: head, col: 0, cols: LOG_HEADERS.length }, { bold: true, fill: 'DDE7F0', border: 'thin' });
  const old = (existing ?? []).slice(1).filter((row) => (row ?? []).some((c) => cellText(c) !== ''));
  for (const row of old) b.line(LOG_HEADERS.map((_, i): PlanValue => cellText(row[i]) || null));
  const stamp = logTimestamp(now);
  for (const e of entries)
    b.line([stamp, e.command, e.id ?? null, e.status ?? null, e.fingerprint ?? null, e.note ?? null]);
  b.plan.freeze = { rows: 1, cols: 0 };
  return b.plan;
}
