/**
 * `Chốt kết quả` (WORKBOOK.md "Integrity"): one row per finalisation or reopening, appended to the
 * rows already there (kept as read); protected, every cell text.
 */
import type { SheetPlan } from '../sheetPlan';
import { PlanBuilder } from './planBuilder';
import { FINALISED_SHEET } from '../sheetNames';
import { FINALISED_HEADERS, type Trail } from '../parse/trail';
import { FINAL_STATUS_LABELS, type FinalStatus } from '../../engine/integrity/finalised';
import { cleanText } from '../../engine/text/normalize';

export interface FinalRow {
  id: string;
  fingerprint: string;
  time: string;
  operator: string;
  status: FinalStatus;
  reason: string;
  resultDigest: string;
}

export function finalisedSheetPlan(trail: Trail, rows: FinalRow[]): SheetPlan {
  const b = new PlanBuilder(FINALISED_SHEET, [60, 420, 150, 150, 70, 260, 420], { font: 'Times New Roman', size: 11 });
  const head = b.line([...FINALISED_HEADERS]);
  b.style({ row: head, col: 0, cols: FINALISED_HEADERS.length }, { bold: true, fill: 'DDE7F0', border: 'thin' });
  for (const old of trail.finalRows) b.line(old.map((c) => c || null));
  for (const r of rows) {
    const cells = [r.id, r.fingerprint, r.time, r.operator, FINAL_STATUS_LABELS[r.status], r.reason, r.resultDigest];
    b.line(cells.map((c) => cleanText(c) || null));
  }
  b.style({ row: 0, col: 0, rows: b.row, cols: FINALISED_HEADERS.length }, { numberFormat: '@' });
  for (const col of [1, 6]) b.style({ row: 1, col, rows: Math.max(1, b.row - 1) }, { font: 'Courier New', size: 9 });
  b.plan.freeze = { rows: 1, cols: 0 };
  b.plan.protected = true;
  return b.plan;
}
