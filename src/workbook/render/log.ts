/**
 * `Nhật ký`: the append-only log of runs (WORKBOOK.md "Integrity"; anchors §2.7, §7.6: who did
 * what, when; the fingerprint of the ballot data). Earlier rows are written back exactly as they
 * were read; each run appends its own, chained to the last (SHA-256 of the previous row's hash
 * and the row's content). The sheet is protected and every cell is text.
 */
import type { SheetPlan } from '../sheetPlan';
import { chainHash } from '../../engine/integrity/chain';
import { cleanText } from '../../engine/text/normalize';
import { PlanBuilder } from './planBuilder';
import { LOG_SHEET } from '../sheetNames';
import { LOG_HEADERS, type Trail } from '../parse/trail';

export { LOG_HEADERS };

export interface LogEntry {
  command: string;
  id?: string;
  status?: string;
  fingerprint?: string;
  note?: string;
}

/** A row this run appended: its `STT` and chain hash (what `Kết quả <Mã>` quotes as `Dòng Nhật ký`). */
export interface AppendedRow {
  entry: LogEntry;
  stt: number;
  hash: string;
}

/** `2025-05-19 10:30:00 UTC` (the log is read by people and compared by machines). */
export function logTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

/** Who ran the command, as the log writes it: the name given, or `Không rõ`. */
export function operatorText(operator: string | undefined): string {
  return cleanText(operator ?? '') || 'Không rõ';
}

/** The rows this run appends, chained to the trail's head (computed before anything is rendered). */
export function appendLogRows(
  trail: Trail,
  now: Date,
  operator: string | undefined,
  entries: LogEntry[],
): AppendedRow[] {
  const stamp = logTimestamp(now);
  const who = operatorText(operator);
  let previous = trail.head.hash;
  return entries.map((entry, i) => {
    const stt = trail.head.nextStt + i;
    const cells = logCells(stt, stamp, who, entry);
    previous = chainHash(previous, cells);
    return { entry, stt, hash: previous };
  });
}

/** A row's content, each cell as it will read back (cellText: NFC, trimmed, spaces collapsed). */
function logCells(stt: number, stamp: string, who: string, e: LogEntry): string[] {
  return [String(stt), stamp, who, e.command, e.id ?? '', e.status ?? '', e.fingerprint ?? '', e.note ?? ''].map(
    cleanText,
  );
}

/** The whole sheet: header, every earlier row as read, then the appended rows. */
export function logSheetPlan(
  trail: Trail,
  now: Date,
  operator: string | undefined,
  appended: AppendedRow[],
): SheetPlan {
  const b = new PlanBuilder(LOG_SHEET, [40, 150, 150, 70, 60, 90, 420, 260, 420], {
    font: 'Times New Roman',
    size: 11,
  });
  const head = b.line([...LOG_HEADERS]);
  b.style({ row: head, col: 0, cols: LOG_HEADERS.length }, { bold: true, fill: 'DDE7F0', border: 'thin' });
  for (const row of trail.log) b.line([...row.cells.map((c) => c || null), row.hash || null]);
  const stamp = logTimestamp(now);
  const who = operatorText(operator);
  for (const a of appended) b.line([...logCells(a.stt, stamp, who, a.entry).map((c) => c || null), a.hash]);
  // Text, every cell: a time or a hash must come back as written, or its chain breaks.
  b.style({ row: 0, col: 0, rows: b.row, cols: LOG_HEADERS.length }, { numberFormat: '@' });
  // The fingerprint and the chain hash in a fixed-width face, easy to compare with a printout.
  const hashes = LOG_HEADERS.map((h, c) => [h, c] as const).filter(([h]) => h.startsWith('Dấu') || h === 'Mã chuỗi');
  for (const [, col] of hashes)
    b.style({ row: 1, col, rows: Math.max(1, b.row - 1) }, { font: 'Courier New', size: 9 });
  b.plan.freeze = { rows: 1, cols: 0 };
  b.plan.protected = true;
  return b.plan;
}
