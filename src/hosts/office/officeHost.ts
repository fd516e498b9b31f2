import type { CellValue, CellWrite, SheetValues, WorkbookPort } from '../../workbook/port';
import type { Rect, SheetPlan } from '../../workbook/sheetPlan';
import { planExtent } from '../../workbook/sheetPlan';
import { a1, columnIndex, parseCellRef } from '../../workbook/address';
import type { ExcelContext, ExcelRange, ExcelRangeAreas, ExcelRunner, ExcelWorksheet } from './excelApi';
import { formatPayloadBytes, numberFormats, queueLayout, queueValues, utf8Length, valueBlock } from './planWriter';
import { isOutputSheet, orderOutputSheets } from '../../workbook/sheetNames';

/** Excel on the web refuses requests over 5 MB; we keep each sync under this budget. */
export const SYNC_BUDGET_BYTES = 4 * 1024 * 1024;

/** Bytes of JSON a cell of fillCells is budgeted at (a read of `""`, a write of a mark and its format). */
const FILL_BYTES_PER_CELL = 24;

/** Temporary output sheets: a prefix no input sheet uses, so stale ones can be recognised. */
const TEMP_PREFIX = '~ĐH~';

/** Counts of the host's own `context.sync()` calls, by purpose (the benchmark prints them). */
export interface SyncStats {
  reads: number;
  writes: number;
  /** Extra write syncs caused by payloads that would pass the budget. */
  chunks: number;
  /** Extra read syncs: values read in row chunks to keep each response within the budget. */
  readChunks: number;
}

/**
 * Bytes of JSON a cell is assumed to take in a read response before any has been measured: a
 * ballot sheet is mostly `""` and `"x"` (3–4 bytes); the estimate is adjusted to what each chunk
 * really measured, and a refused response is read again in halves.
 */
export const READ_BYTES_PER_CELL = 8;

/** `Office.context.requirements.isSetSupported`: whether this Excel has an API set. */
export type SetSupported = (name: string, version: string) => boolean;

export interface OfficeHostOptions {
  /**
   * How the host asks which API sets it may use. By default the global `Office`'s requirements
   * (in the pane); without an `Office` (Node) nothing beyond what the pane requires is assumed.
   */
  isSetSupported?: SetSupported;
}

/** `Range.getMergedAreasOrNullObject` came with ExcelApi 1.13; the pane itself requires only 1.9. */
export const MERGED_AREAS_API = '1.13';

/** The global `Office`'s answer, false when there is no `Office` or it cannot say. */
function officeSetSupported(name: string, version: string): boolean {
  type Requirements = { isSetSupported?: (name: string, version: string) => boolean };
  const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
  try {
    return office?.context?.requirements?.isSetSupported?.(name, version) === true;
  } catch {
    return false;
  }
}

interface ReadPiece {
  sheet: number;
  /** Absolute 0-based rows r0 ≤ r < r1 of the used range. */
  r0: number;
  r1: number;
}

interface Piece {
  plan: number;
  kind: 'values' | 'layout';
  r0: number;
  r1: number;
  bytes: number;
}

/**
 * The Office.js host (ARCHITECTURE.md): the same port as the exceljs host, with batched I/O.
 * Sync 1 lists the worksheets, sync 2 sizes every requested used range (and, with ExcelApi 1.13,
 * loads the input sheets' merged areas), the next reads the values. Writing builds the
 * outputs under temporary names (one sync when every payload fits in 4 MB, one more per extra
 * chunk), then one last sync removes the old outputs and renames the new ones, so a failure
 * leaves the previous outputs intact.
 */
export class OfficeHost implements WorkbookPort {
  readonly stats: SyncStats = { reads: 0, writes: 0, chunks: 0, readChunks: 0 };
  private knownNames: string[] | null = null;
  /** Merged ranges loaded with the last `readSheets` (its sizing sync), served by `mergedRanges`. */
  private merged = new Map<string, Rect[]>();
  /** Sheets whose merged areas Excel refused on their own (more than 512): read as before. */
  private mergesRefused = new Set<string>();
  /** Sheets whose merged areas Excel refused together in the last sizing sync: not yet known which. */
  private mergesPending = new Set<string>();
  private readonly isSetSupported: SetSupported;
  /** Set when Excel said ApiNotFound for the merged areas although it claimed ExcelApi 1.13. */
  private noMergedAreas = false;

  constructor(
    private readonly run: ExcelRunner,
    private readonly budget = SYNC_BUDGET_BYTES,
    options: OfficeHostOptions = {},
  ) {
    this.isSetSupported = options.isSetSupported ?? officeSetSupported;
  }

  /** Whether this Excel can list merged areas (ExcelApi 1.13); asked once per read, it is cheap. */
  private hasMergedAreas(): boolean {
    if (this.noMergedAreas) return false;
    try {
      return this.isSetSupported('ExcelApi', MERGED_AREAS_API);
    } catch {
      return false;
    }
  }

  async sheetNames(): Promise<string[]> {
    const names = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await this.sync(context, 'reads');
      return sheets.items.map((ws) => ws.name);
    });
    this.knownNames = names;
    return names.filter((n) => !n.startsWith(TEMP_PREFIX));
  }

  /**
   * Sync 1 loads each sheet's used range address (a few bytes) and, where Excel has ExcelApi 1.13,
   * the merged areas of every sheet that is not an output (for `mergedRanges`; a sync Excel
   * refuses for them is sent again without them). Then the values follow in row chunks whose
   * estimated response stays within the budget (one sync when everything fits, as for a national
   * congress; more beyond that, issue 13). A response Excel refuses anyway
   * (ResponsePayloadSizeLimitExceeded) is read again in chunks half as large.
   */
  async readSheets(names: string[]): Promise<Map<string, SheetValues>> {
    const known = this.knownNames ?? (await this.sheetNames(), this.knownNames ?? []);
    const wanted = names.filter((n) => known.includes(n));
    const result = new Map<string, SheetValues>();
    if (wanted.length === 0) return result;
    const withMerges = this.hasMergedAreas();
    this.merged = new Map();
    this.mergesRefused = new Set();
    this.mergesPending = new Set();
    await this.run(async (context) => {
      // The merged areas ride in the sizing sync (a few bytes each): no extra round trip.
      const queueSizes = (merges: boolean): { used: ExcelRange; areas: ExcelRangeAreas | null }[] =>
        wanted.map((name) => {
          const ws = context.workbook.worksheets.getItem(name);
          const used = ws.getUsedRangeOrNullObject(true);
          used.load('address');
          return { used, areas: merges && !isOutputSheet(name) ? queueMergedAreas(ws) : null };
        });
      let sized = queueSizes(withMerges);
      try {
        await this.sync(context, 'reads');
      } catch (error) {
        if (!sized.some((s) => s.areas)) throw error;
        if (isApiNotFound(error)) this.noMergedAreas = true;
        // Excel refused the merged areas (a sheet with more than 512 of them, or an Excel without
        // the API after all): size the sheets again without them; `mergedRanges` finds out which.
        sized.forEach((s, i) => {
          if (s.areas) this.mergesPending.add(wanted[i]);
        });
        sized = queueSizes(false);
        await this.sync(context, 'reads');
      }
      sized.forEach((s, i) => {
        if (s.areas) this.merged.set(wanted[i], mergedRectsOf(s.areas));
      });
      const used = sized.map((s) => s.used);
      const rects = used.map((range) => (range.isNullObject ? null : usedRect(range.address)));
      const perCell = rects.map(() => READ_BYTES_PER_CELL);
      const rows: unknown[][][] = rects.map(() => []);
      let queue: ReadPiece[] = [];
      rects.forEach((rect, sheet) => {
        if (rect) queue.push({ sheet, r0: rect.row, r1: rect.row + rect.rows });
      });
      let first = true;
      while (queue.length > 0) {
        // Pack pieces in order while the estimate stays within the budget; a piece that does not fit is split.
        const batch: ReadPiece[] = [];
        const rest: ReadPiece[] = [];
        let bytes = 0;
        let full = false;
        for (const piece of queue) {
          const rect = rects[piece.sheet];
          if (full || !rect) {
            if (rect) rest.push(piece);
            continue;
          }
          const rowBytes = Math.max(1, rect.cols * perCell[piece.sheet]);
          let room = Math.floor((this.budget - bytes) / rowBytes);
          if (room < 1) {
            if (batch.length > 0) {
              full = true;
              rest.push(piece);
              continue;
            }
            room = 1; // one row always goes, whatever it costs
          }
          const take = Math.min(piece.r1 - piece.r0, room);
          batch.push({ sheet: piece.sheet, r0: piece.r0, r1: piece.r0 + take });
          bytes += take * rowBytes;
          if (take < piece.r1 - piece.r0) {
            rest.push({ sheet: piece.sheet, r0: piece.r0 + take, r1: piece.r1 });
            full = true;
          }
        }
        const ranges = batch.map((piece) => {
          const rect = rects[piece.sheet];
          if (!rect) throw new Error('unreachable: a piece of an empty sheet');
          const range = context.workbook.worksheets
            .getItem(wanted[piece.sheet])
            .getRange(`${a1(piece.r0, rect.col)}:${a1(piece.r1 - 1, rect.col + rect.cols - 1)}`);
          range.load('values');
          return range;
        });
        try {
          await this.sync(context, first ? 'reads' : 'readChunks');
        } catch (error) {
          const refused = (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
          if (!refused || batch.every((p) => p.r1 - p.r0 <= 1)) throw error;
          // The estimate was too low: double it and read the same rows again, in smaller chunks
          // (a read changes nothing in the workbook).
          for (const sheet of new Set(batch.map((p) => p.sheet))) perCell[sheet] *= 2;
          queue = [...batch, ...rest];
          continue;
        }
        first = false;
        batch.forEach((piece, i) => {
          const values = ranges[i].values;
          rows[piece.sheet].push(...values);
          const rect = rects[piece.sheet];
          const cells = Math.max(1, values.length * (rect?.cols ?? 1));
          // What this chunk really cost, with a margin: the next chunks of the sheet are sized by it.
          perCell[piece.sheet] = Math.max(2, Math.ceil((utf8Length(JSON.stringify(values)) / cells) * 1.25));
        });
        queue = rest;
      }
      rects.forEach((rect, sheet) => {
        result.set(wanted[sheet], rect ? anchorAtA1(addressOf(rect), rows[sheet]) : []);
      });
    });
    return result;
  }

  /**
   * The merged ranges of the named sheets (0-based), for the readers that refuse a merged cell in
   * a ballot row. Served from the last `readSheets`, which loaded them in its sizing sync; a sheet
   * it did not read costs one sync. Without ExcelApi 1.13 (or where Excel refused them) a sheet
   * has no entry: it reads as before, a merged mark as one mark and blanks.
   */
  async mergedRanges(names: string[]): Promise<Map<string, Rect[]>> {
    const out = new Map<string, Rect[]>();
    if (!this.hasMergedAreas()) return out;
    const known = this.knownNames ?? (await this.sheetNames(), this.knownNames ?? []);
    const missing: string[] = [];
    for (const name of names) {
      const rects = this.merged.get(name);
      if (rects) out.set(name, rects);
      else if (known.includes(name) && !this.mergesRefused.has(name)) missing.push(name);
    }
    // Asking again for every sheet refused together would be refused again: start with halves.
    const knownRefused = this.mergesPending.size > 0 && [...this.mergesPending].every((n) => missing.includes(n));
    this.mergesPending = new Set();
    if (missing.length > 0) await this.loadMergedAreas(missing, knownRefused);
    for (const name of missing) {
      const rects = this.merged.get(name);
      if (rects) out.set(name, rects);
    }
    return out;
  }

  /**
   * One sync for the merged areas of these sheets; when Excel refuses it (a sheet with more than
   * 512), each half is asked again, down to the sheet that has too many: that one reads as before.
   * Only a refusal costs the extra syncs.
   */
  private async loadMergedAreas(names: string[], knownRefused = false): Promise<void> {
    let refused = knownRefused;
    if (!refused)
      await this.run(async (context) => {
        const areas = names.map((name) => queueMergedAreas(context.workbook.worksheets.getItem(name)));
        try {
          await this.sync(context, 'reads');
        } catch (error) {
          if (isApiNotFound(error)) this.noMergedAreas = true;
          refused = true;
          return;
        }
        names.forEach((name, i) => this.merged.set(name, mergedRectsOf(areas[i])));
      });
    if (!refused || this.noMergedAreas) return;
    if (names.length === 1) {
      this.mergesRefused.add(names[0]);
      return;
    }
    const half = Math.ceil(names.length / 2);
    await this.loadMergedAreas(names.slice(0, half));
    await this.loadMergedAreas(names.slice(half));
  }

  async writeOutputs(plans: SheetPlan[], replace: string[]): Promise<void> {
    if (plans.length === 0 && replace.length === 0) return;
    const existing = this.knownNames ?? (await this.sheetNames(), this.knownNames ?? []);
    const stamp = Math.floor(Math.random() * 1e6).toString(36);
    const temps = plans.map((_, i) => `${TEMP_PREFIX}${i}~${stamp}`);
    const formats = plans.map((plan) => numberFormats(plan));
    const batches = batchPieces(plans, formats, this.budget);
    try {
      await this.run(async (context) => {
        const app = context.application;
        // Once per big write (addin-engineering.md §2.3): no recalculation, no repainting.
        app.suspendApiCalculationUntilNextSync();
        app.suspendScreenUpdatingUntilNextSync();
        const sheets = context.workbook.worksheets;
        for (const stale of existing.filter((n) => n.startsWith(TEMP_PREFIX))) sheets.getItem(stale).delete();
        const built: ExcelWorksheet[] = temps.map((name) => sheets.add(name));
        for (let b = 0; b < batches.length; b++) {
          for (const piece of batches[b]) {
            const ws = built[piece.plan];
            if (piece.kind === 'values') queueValues(ws, plans[piece.plan], formats[piece.plan], piece.r0, piece.r1);
            else queueLayout(ws, plans[piece.plan]);
          }
          await this.sync(context, b === 0 ? 'writes' : 'chunks');
        }
        if (batches.length === 0) await this.sync(context, 'writes');
        // The swap: only now are the previous outputs removed.
        const newKeys = new Set(plans.map((p) => p.name.toLowerCase()));
        const doomed = new Set(replace.map((n) => n.toLowerCase()));
        const kept = existing.filter((n) => !n.startsWith(TEMP_PREFIX));
        const removed = kept.filter((n) => newKeys.has(n.toLowerCase()) || doomed.has(n.toLowerCase()));
        for (const name of removed) sheets.getItem(name).delete();
        built.forEach((ws, i) => {
          ws.name = plans[i].name;
          // Protected last, in the swap batch: every write to the sheet is done by now.
          if (plans[i].protected) ws.protection.protect();
        });
        const finalNames = [...kept.filter((n) => !removed.includes(n)), ...plans.map((p) => p.name)];
        const ordered = orderOutputSheets(finalNames);
        ordered.forEach((name, index) => {
          // Outputs move into contract order after the inputs; inputs keep their places.
          if (!isOutputSheet(name)) return;
          const planIndex = plans.findIndex((p) => p.name === name);
          (planIndex >= 0 ? built[planIndex] : sheets.getItem(name)).position = index;
        });
        await this.sync(context, 'writes');
        this.knownNames = ordered;
      });
    } catch (error) {
      this.knownNames = null;
      await this.removeTemporarySheets(temps);
      throw error;
    }
  }

  /**
   * Fills empty cells of an input sheet (next-round's `Bầu cử` row, a test deck's ballots), strings
   * as text. The cells are taken in blocks of whole rows of their bounding columns, each block one
   * range whose cells not written are `null` (left as they are): first every block is read and a
   * non-empty target stops everything before any write, then the blocks are written. A block's
   * rows are bounded by the sync budget, so a national test deck takes a few syncs, not one per cell.
   */
  async fillCells(sheet: string, cells: CellWrite[]): Promise<void> {
    if (cells.length === 0) return;
    const c0 = Math.min(...cells.map((c) => c.col));
    const c1 = Math.max(...cells.map((c) => c.col));
    const byRow = new Map<number, CellWrite[]>();
    for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    // Generous per cell: a read returns what is there, a write carries the value and its format.
    const perRow = Math.max(1, (c1 - c0 + 1) * FILL_BYTES_PER_CELL);
    const span = Math.max(1, Math.floor(this.budget / perRow));
    const blocks: { r0: number; r1: number }[] = [];
    for (const row of rows) {
      const last = blocks[blocks.length - 1];
      if (last && row - last.r0 < span) last.r1 = row + 1;
      else blocks.push({ r0: row, r1: row + 1 });
    }
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const address = (b: { r0: number; r1: number }) => `${a1(b.r0, c0)}:${a1(b.r1 - 1, c1)}`;
      for (let i = 0; i < blocks.length; i++) {
        const range = ws.getRange(address(blocks[i]));
        range.load('values');
        await this.sync(context, i === 0 ? 'reads' : 'chunks');
        const values = range.values;
        for (let r = blocks[i].r0; r < blocks[i].r1; r++) {
          for (const c of byRow.get(r) ?? []) {
            const value = values[r - blocks[i].r0]?.[c.col - c0];
            if (value !== '' && value !== null && value !== undefined) {
              throw Object.assign(new Error(`cell ${sheet}!${a1(c.row, c.col)} is not empty`), {
                code: 'CellNotEmpty',
              });
            }
          }
        }
      }
      for (let i = 0; i < blocks.length; i++) {
        const { r0, r1 } = blocks[i];
        const values: (string | number | null)[][] = [];
        const formats: (string | null)[][] = [];
        for (let r = r0; r < r1; r++) {
          const line = new Array<string | number | null>(c1 - c0 + 1).fill(null);
          const format = new Array<string | null>(c1 - c0 + 1).fill(null);
          for (const c of byRow.get(r) ?? []) {
            line[c.col - c0] = c.value;
            if (typeof c.value === 'string') format[c.col - c0] = '@';
          }
          values.push(line);
          formats.push(format);
        }
        const range = ws.getRange(address(blocks[i]));
        // The text format first, so `-`, `x` and `007` stay as typed.
        if (formats.some((line) => line.some((f) => f !== null))) range.numberFormat = formats;
        range.values = values;
        await this.sync(context, i === 0 ? 'writes' : 'chunks');
      }
    });
  }

  /** Selects a cell quoted as `'Phiếu BCH'!D17` (a finding the clerk clicked). */
  async selectCell(ref: string): Promise<boolean> {
    const cell = parseCellRef(ref);
    if (!cell) return false;
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(cell.sheet);
      await context.sync();
      if (ws.isNullObject) return false;
      ws.activate();
      ws.getRange(a1(cell.row, cell.col)).select();
      await context.sync();
      return true;
    });
  }

  /** Shows a sheet (a link on a card: `Kết quả BCH`); false when the workbook has no such sheet. */
  async activateSheet(name: string): Promise<boolean> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (ws.isNullObject) return false;
      ws.activate();
      // From the top: a result sheet is read from its first line.
      ws.getRange('A1').select();
      await context.sync();
      return true;
    });
  }

  private async sync(context: ExcelContext, kind: keyof SyncStats): Promise<void> {
    await context.sync();
    this.stats[kind] += 1;
  }

  /** After a failure: delete whatever temporary sheets got created; the old outputs stay. */
  private async removeTemporarySheets(temps: string[]): Promise<void> {
    try {
      await this.run(async (context) => {
        const found = temps.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
        await context.sync();
        found.forEach((ws) => {
          if (!ws.isNullObject) ws.delete();
        });
        await context.sync();
      });
    } catch {
      // The original error is what the clerk needs to see; a stale temporary sheet is removed next run.
    }
  }
}

/**
 * Groups the write work into syncs: each plan's values split by rows so no piece passes the
 * budget, then pieces packed in order while the running total stays within it.
 */
export function batchPieces(plans: SheetPlan[], formats: string[][][], budget: number): Piece[][] {
  const pieces: Piece[] = [];
  plans.forEach((plan, p) => {
    const { rows, cols } = planExtent(plan);
    let r0 = 0;
    let bytes = 0;
    for (let r = 0; r < rows; r++) {
      const rowBytes =
        utf8Length(JSON.stringify(valueBlock(plan, r, r + 1, cols))) + utf8Length(JSON.stringify(formats[p][r] ?? []));
      if (r > r0 && bytes + rowBytes > budget) {
        pieces.push({ plan: p, kind: 'values', r0, r1: r, bytes });
        r0 = r;
        bytes = 0;
      }
      bytes += rowBytes;
    }
    if (rows > 0) pieces.push({ plan: p, kind: 'values', r0, r1: rows, bytes });
    pieces.push({ plan: p, kind: 'layout', r0: 0, r1: 0, bytes: formatPayloadBytes(plan) });
  });
  const batches: Piece[][] = [];
  let current: Piece[] = [];
  let total = 0;
  for (const piece of pieces) {
    if (current.length > 0 && total + piece.bytes > budget) {
      batches.push(current);
      current = [];
      total = 0;
    }
    current.push(piece);
    total += piece.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Queues the merged areas of a whole worksheet. Asked of the whole sheet because Excel lists only
 * the areas whose top-left cell lies in the range asked about (office-js issue 3611).
 */
function queueMergedAreas(ws: ExcelWorksheet): ExcelRangeAreas {
  const areas = ws.getRange().getMergedAreasOrNullObject();
  areas.load('address');
  return areas;
}

function isApiNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ApiNotFound';
}

function mergedRectsOf(areas: ExcelRangeAreas): Rect[] {
  return areas.isNullObject ? [] : areaRects(areas.address);
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/**
 * The rectangles of a RangeAreas address (`'Phiếu BCH'!C3:D3, 'Phiếu, 2'!F9:G10, Sheet1!5:5`),
 * 0-based, single cells left out. Commas inside a quoted sheet name do not separate areas.
 */
export function areaRects(address: string): Rect[] {
  const out: Rect[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (i === address.length || (ch === ',' && !quoted)) {
      const rect = areaRect(address.slice(start, i).trim());
      if (rect && (rect.rows > 1 || rect.cols > 1)) out.push(rect);
      start = i + 1;
    }
  }
  return out;
}

/** One area (`Sheet!C3:D4`, `C3`, whole rows `5:7`, whole columns `C:D`), or null when unreadable. */
function areaRect(ref: string): { row: number; col: number; rows: number; cols: number } | null {
  const local = ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '');
  if (!local) return null;
  const [first, last = first] = local.split(':');
  const end = (part: string): { row: number | null; col: number | null } | null => {
    const m = /^([A-Z]*)(\d*)$/i.exec(part);
    if (!m || (!m[1] && !m[2])) return null;
    return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = end(first);
  const b = end(last);
  if (!a || !b) return null;
  const row = Math.min(a.row ?? 0, b.row ?? 0);
  const col = Math.min(a.col ?? 0, b.col ?? 0);
  const rowEnd = a.row === null || b.row === null ? MAX_ROWS - 1 : Math.max(a.row, b.row);
  const colEnd = a.col === null || b.col === null ? MAX_COLS - 1 : Math.max(a.col, b.col);
  return { row, col, rows: rowEnd - row + 1, cols: colEnd - col + 1 };
}

/** The rectangle of a used-range address (`'Phiếu BCH'!B2:K100`), 0-based. */
function usedRect(address: string): { row: number; col: number; rows: number; cols: number } {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [first, last] = local.split(':');
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(ref);
    return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : { row: 0, col: 0 };
  };
  const a = parse(first);
  const b = parse(last ?? first);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

function addressOf(rect: { row: number; col: number }): string {
  return a1(rect.row, rect.col);
}

/** Used-range values shifted so that `values[0][0]` is A1, as the port requires; trailing blanks trimmed. */
export function anchorAtA1(address: string, values: unknown[][]): SheetValues {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(local);
  const row0 = m ? Number(m[2]) - 1 : 0;
  const col0 = m ? columnIndex(m[1]) : 0;
  const out: SheetValues = [];
  for (let r = 0; r < row0; r++) out.push([]);
  for (const line of values) {
    const cells: CellValue[] = [];
    for (let c = 0; c < col0; c++) cells.push(null);
    for (const value of line) cells.push(toCellValue(value));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    out.push(cells);
  }
  return out;
}

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Excel returns only primitives in `values`; anything else is shown as JSON rather than lost.
  return JSON.stringify(value);
}
