/**
 * The trail a workbook keeps of its own counts (WORKBOOK.md "Integrity"): `Nhật ký`, chained row
 * by row, and `Chốt kết quả`, the finalised elections. Each `Kết quả <Mã>` also names the log row
 * its run wrote (`Dòng Nhật ký`), so that losing the last rows of the log is seen too.
 */
import type { SheetValues } from '../port';
import { inputError, type Problem, warning } from '../problems';
import { verifyChain } from '../../engine/integrity/chain';
import { FINAL_STATUS_LABELS, type FinalRecord, type FinalStatus } from '../../engine/integrity/finalised';
import { labelKey } from '../../engine/text/normalize';
import { cellText } from '../values';
import { cellOf, type ColumnSpec, isProblem, readTable, refOf } from '../table';
import { cellRef } from '../address';
import { FINALISED_SHEET, isResultsSheet, LOG_SHEET } from '../sheetNames';
import { findSheetName } from '../table';

/** `Nhật ký`'s columns: the row's content, then its chain hash. */
export const LOG_HEADERS = [
  'STT',
  'Thời điểm',
  'Người thực hiện',
  'Lệnh',
  'Mã',
  'Trạng thái',
  'Dấu vân tay dữ liệu phiếu',
  'Ghi chú',
  'Mã chuỗi',
] as const;
/** The columns hashed (all but `Mã chuỗi`). */
export const LOG_CONTENT = LOG_HEADERS.slice(0, -1);
export const LOG_HASH_HEADER = 'Mã chuỗi';

/** `Chốt kết quả`'s columns: the contract's, then the extension `Mã kết quả`. */
export const FINALISED_HEADERS = [
  'Mã',
  'Dấu vân tay',
  'Thời điểm',
  'Người thực hiện',
  'Trạng thái',
  'Lý do',
  'Mã kết quả',
] as const;

/** The label in column A of `Kết quả <Mã>` whose row names the log row of its run (STT, hash). */
export const LOG_ANCHOR_LABEL = 'Dòng Nhật ký';

export interface LogRow {
  /** 0-based sheet row. */
  row: number;
  /** `STT` as written; null when not a whole number. */
  stt: number | null;
  /** The content cells as text, in LOG_CONTENT order. */
  cells: string[];
  /** `Mã chuỗi` as written ('' for a row of a log kept before the chain). */
  hash: string;
}

export interface Trail {
  /** `Nhật ký`'s rows in sheet order. */
  log: LogRow[];
  /** What the next row is chained to, and the next `STT`. */
  head: { hash: string; nextStt: number };
  /** `Chốt kết quả`'s rows as written (kept verbatim when rows are appended) and as records. */
  finalRows: string[][];
  finalRecords: FinalRecord[];
  /** Fingerprints of ballot data that `testdeck` generated. */
  testDeckFingerprints: string[];
}

export function emptyTrail(): Trail {
  return { log: [], head: { hash: '', nextStt: 1 }, finalRows: [], finalRecords: [], testDeckFingerprints: [] };
}

/** The sheets the trail is read from: `Nhật ký`, `Chốt kết quả` and every `Kết quả <Mã>`. */
export function trailSheetNames(sheetNames: readonly string[]): string[] {
  const fixed = [LOG_SHEET, FINALISED_SHEET].map((n) => findSheetName([...sheetNames], n));
  return sheetNames.filter((n) => fixed.includes(n) || isResultsSheet(n));
}

const LOG_SPECS: ColumnSpec[] = LOG_HEADERS.map((h) => ({
  key: h,
  labels: [h],
  required: h === 'Thời điểm' || h === 'Lệnh',
}));
const FINAL_SPECS: ColumnSpec[] = FINALISED_HEADERS.map((h, i) => ({ key: h, labels: [h], required: i < 6 }));
const STATUS_OF = new Map<string, FinalStatus>(
  (Object.entries(FINAL_STATUS_LABELS) as [FinalStatus, string][]).map(([s, label]) => [labelKey(label), s]),
);

/** Reads the trail from sheets already read; LOG_BROKEN and unreadable `Chốt kết quả` rows go to `problems`. */
export function parseTrail(
  sheets: Map<string, SheetValues>,
  sheetNames: readonly string[],
  problems: Problem[],
): Trail {
  const trail = emptyTrail();
  const logName = findSheetName([...sheetNames], LOG_SHEET);
  const logValues = logName ? sheets.get(logName) : undefined;
  if (logName && logValues && logValues.length) readLog(logName, logValues, sheets, sheetNames, trail, problems);
  const finalName = findSheetName([...sheetNames], FINALISED_SHEET);
  const finalValues = finalName ? sheets.get(finalName) : undefined;
  if (finalName && finalValues && finalValues.length) readFinalised(finalName, finalValues, trail, problems);
  return trail;
}

function readLog(
  sheet: string,
  values: SheetValues,
  sheets: Map<string, SheetValues>,
  sheetNames: readonly string[],
  trail: Trail,
  problems: Problem[],
): void {
  const table = readTable(sheet, values, LOG_SPECS);
  if (isProblem(table)) {
    // Not a log we can read: everything in it is unverifiable from here on.
    problems.push(warning('LOG_BROKEN', 'LOG_BROKEN_UNREADABLE', cellRef(sheet, 0, 0), { sheet }));
    return;
  }
  for (const row of table.rows) {
    const cells = LOG_CONTENT.map((h) => cellText(cellOf(table, row, h)));
    const sttText = cells[0];
    trail.log.push({
      row: row.row,
      stt: /^\d{1,9}$/.test(sttText) ? Number(sttText) : null,
      cells,
      hash: cellText(cellOf(table, row, LOG_HASH_HEADER)).toLowerCase(),
    });
    if (labelKey(cells[3]) === labelKey('testdeck') && cells[6])
      trail.testDeckFingerprints.push(cells[6].toLowerCase());
  }
  const chain = verifyChain(trail.log);
  const lastStt = trail.log.reduce((max, r) => Math.max(max, r.stt ?? 0), 0);
  trail.head = { hash: chain.head, nextStt: Math.max(lastStt, trail.log.length) + 1 };
  // The first bad row: where the chain breaks, or the first row a `Kết quả` sheet names that is gone or changed.
  let bad: { row: number; stt: number | string } | null =
    chain.firstBad === null ? null : { row: trail.log[chain.firstBad].row, stt: trail.log[chain.firstBad].cells[0] };
  const hashCol = table.columns.get(LOG_HASH_HEADER) ?? LOG_HEADERS.length - 1;
  for (const name of sheetNames.filter(isResultsSheet)) {
    const anchor = readAnchor(sheets.get(name));
    if (!anchor) continue;
    const at = trail.log.findIndex((r) => r.stt === anchor.stt);
    if (at >= 0 && trail.log[at].hash === anchor.hash) continue;
    // Gone: it would have been below the last row (or where its STT should be).
    const row =
      at >= 0
        ? trail.log[at].row
        : (trail.log.find((r) => (r.stt ?? 0) > anchor.stt)?.row ??
          (trail.log.length ? trail.log[trail.log.length - 1].row + 1 : table.headerRow + 1));
    if (!bad || row < bad.row) bad = { row, stt: anchor.stt };
  }
  if (bad)
    problems.push(
      warning('LOG_BROKEN', 'LOG_BROKEN', cellRef(sheet, bad.row, hashCol), {
        sheet,
        row: bad.row + 1,
        stt: bad.stt,
      }),
    );
}

/** `Dòng Nhật ký | <STT> | <hash>` of a `Kết quả <Mã>` sheet. */
function readAnchor(values: SheetValues | undefined): { stt: number; hash: string } | null {
  for (const line of values ?? []) {
    if (labelKey(cellText(line?.[0])) !== labelKey(LOG_ANCHOR_LABEL)) continue;
    const stt = cellText(line[1]);
    const hash = cellText(line[2]).toLowerCase();
    return /^\d{1,9}$/.test(stt) && /^[0-9a-f]{64}$/.test(hash) ? { stt: Number(stt), hash } : null;
  }
  return null;
}

function readFinalised(sheet: string, values: SheetValues, trail: Trail, problems: Problem[]): void {
  const table = readTable(sheet, values, FINAL_SPECS);
  if (isProblem(table)) {
    problems.push(table);
    return;
  }
  for (const row of table.rows) {
    const cells = FINALISED_HEADERS.map((h) => cellText(cellOf(table, row, h)));
    trail.finalRows.push(cells);
    const [id, fingerprint, time, operator, statusText, reason, digest] = cells;
    const status = STATUS_OF.get(labelKey(statusText));
    if (!id || !/^[0-9a-fA-F]{64}$/.test(fingerprint) || !status) {
      // A finalisation we cannot read must not let a changed count through: stop here.
      problems.push(
        inputError('BAD_VALUE', 'FINALISED_UNREADABLE', refOf(table, row, status ? 'Dấu vân tay' : 'Trạng thái'), {
          sheet,
        }),
      );
      continue;
    }
    trail.finalRecords.push({
      id,
      fingerprint: fingerprint.toLowerCase(),
      resultDigest: /^[0-9a-fA-F]{64}$/.test(digest) ? digest.toLowerCase() : null,
      time,
      operator,
      status,
      reason,
      cell: refOf(table, row, 'Dấu vân tay'),
    });
  }
}
