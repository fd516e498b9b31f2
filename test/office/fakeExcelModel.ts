/**
 * A fake Excel object model: the subset of the Excel JavaScript API the Office host uses, with
 * Excel's batching semantics. Property sets and method calls are queued on proxies and applied
 * in order at `context.sync()`; loaded properties can be read only after the sync that loaded
 * them. It counts syncs and the JSON size of each request and response, can refuse requests
 * over Excel on the web's 5 MB limit, and can fail a chosen sync, so tests and the benchmark see
 * what the host would cost and how it behaves when Excel says no.
 *
 * Test code: the contract tests, the end-to-end Office.js stub and the Office benchmark (compiled
 * apart from the command line, with tsconfig.bench.json) use it.
 */
import type {
  ExcelBorder,
  ExcelContext,
  ExcelDataValidation,
  ExcelPageLayout,
  ExcelRange,
  ExcelRangeAreas,
  ExcelRangeFormat,
  ExcelRunner,
  ExcelValue,
  ExcelWorksheet,
  ExcelWorksheets,
} from '../../src/hosts/office/excelApi';
import { a1, columnIndex } from '../../src/workbook/address';

export interface FakeBorder {
  style: string;
  weight: string;
}

export interface FakeCell {
  value: ExcelValue;
  /** Set when a string was taken as a formula (what "text is written as text" must prevent). */
  formula?: string;
  numberFormat: string;
  font: { name: string; size: number; bold: boolean; italic: boolean; underline: string; color: string };
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  borders: { top?: FakeBorder; bottom?: FakeBorder; left?: FakeBorder; right?: FakeBorder };
}

export interface FakeRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The page layout's stored state: the API's properties, plus what its methods set. */
export type FakePageLayout = Omit<ExcelPageLayout, 'setPrintArea' | 'setPrintTitleRows' | 'headersFooters'> & {
  printArea: string | null;
  printTitleRows: string | null;
  headerState: string;
  firstPageCenterHeader: string;
  defaultCenterHeader: string;
};

/** A data validation as set on a range: its rule's list, input message and error alert. */
export interface FakeValidation {
  rect: FakeRect;
  listSource?: string;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  validations: FakeValidation[] = [];
  merges: FakeRect[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freeze: { rows: number; cols: number } | null = null;
  showGridlines = true;
  tabColor = '';
  protected = false;
  pageBreaks: number[] = [];
  pageLayout: FakePageLayout = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
    headerState: 'Default',
    firstPageCenterHeader: '',
    defaultCenterHeader: '',
  };
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {
        value: null,
        numberFormat: 'General',
        font: { name: 'Calibri', size: 11, bold: false, italic: false, underline: 'None', color: '#000000' },
        fill: null,
        horizontalAlignment: 'General',
        verticalAlignment: 'Bottom',
        wrapText: false,
        indentLevel: 0,
        borders: {},
      };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Values anchored at A1 (rows trimmed of trailing blanks), as a used-range read returns them. */
  values(): ExcelValue[][] {
    const out: ExcelValue[][] = [];
    for (const [key, cell] of this.cells) {
      if (cell.value === null) continue;
      const [r, c] = key.split(',').map(Number);
      while (out.length <= r) out.push([]);
      while (out[r].length <= c) out[r].push(null);
      out[r][c] = cell.value;
    }
    return out;
  }

  usedRect(valuesOnly: boolean): FakeRect | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === null) continue;
      const [r, c] = key.split(',').map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

/** An error shaped like OfficeExtension.Error: `code` is what the host branches on. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

interface Op {
  payload: unknown;
  apply: () => void;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

/** Options that make the fake behave like a particular Excel. */
export interface FakeExcelOptions {
  /** Refuse a request or response above this many bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /**
   * The newest ExcelApi requirement set this Excel has (default 1.13). An API of a later set
   * fails its sync with `ApiNotFound`, as in Excel; `isSetSupported` answers from it.
   */
  excelApi?: string;
}

/** The newest ExcelApi set the host uses (`Range.getMergedAreasOrNullObject`). */
export const FAKE_EXCEL_API = '1.13';
/** Excel refuses to list more merged areas than this in one range. */
export const MAX_MERGED_AREAS = 512;

/** `1.9` < `1.13`: requirement set versions compare part by part, not as decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const BAD_NAME = /[[\]:*?/\\]/;
const utf8 = (text: string): number => new TextEncoder().encode(text).length;

export function parseAddress(address: string): FakeRect {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [first, second] = local.split(':');
  const parse = (ref: string): { row: number | null; col: number | null } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(ref);
    if (!m || (!m[1] && !m[2])) throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
    return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = parse(first);
  const b = second ? parse(second) : a;
  const row = a.row ?? 0;
  const col = a.col ?? 0;
  const rowEnd = b.row ?? 1048575;
  const colEnd = b.col ?? 16383;
  return { row, col, rows: rowEnd - row + 1, cols: colEnd - col + 1 };
}

export function rectToAddress(rect: FakeRect): string {
  const first = a1(rect.row, rect.col);
  const last = a1(rect.row + rect.rows - 1, rect.col + rect.cols - 1);
  return first === last ? first : `${first}:${last}`;
}

const quote = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

/** What Excel does to a string assigned to a cell that is not formatted as text. */
function coerce(value: string): { value: ExcelValue; formula?: string } {
  if (/^[=+\-@]/.test(value) && value.length > 1) {
    if (/^[-+]?\d+([.,]\d+)?$/.test(value)) return { value: Number(value.replace(',', '.')) };
    return { value: '#NAME?', formula: value };
  }
  if (/^\s*\d+([.,]\d+)?\s*$/.test(value)) return { value: Number(value.replace(',', '.')) };
  if (/^\s*\d+([.,]\d+)?\s*%\s*$/.test(value)) return { value: Number(value.replace('%', '').replace(',', '.')) / 100 };
  if (/^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*$/.test(value)) return { value: 40000 };
  if (/^\s*(true|false)\s*$/i.test(value)) return { value: /true/i.test(value) };
  if (/^\s*[-+]?[\d.]+e[-+]?\d+\s*$/i.test(value)) return { value: Number(value) };
  return { value };
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncs: SyncRecord[] = [];
  /** The cell the pane last selected: `{ sheet, address }`. */
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** While true, every sync fails like Excel with a cell being edited. */
  cellEditMode = false;
  /** Fail the sync with this 1-based number (counted over the fake's life). */
  failAtSync: { sync: number; code: string } | null = null;
  suspendedCalculation = 0;
  suspendedScreenUpdating = 0;

  constructor(readonly options: FakeExcelOptions = {}) {}

  /** `Office.context.requirements.isSetSupported` of this Excel. */
  readonly isSetSupported = (name: string, version = '1.1'): boolean =>
    name === 'ExcelApi' && compareVersions(version, this.options.excelApi ?? FAKE_EXCEL_API) <= 0;

  /** Throws what Excel says of an API newer than it has. */
  requireApi(version: string, api: string): void {
    if (!this.isSetSupported('ExcelApi', version))
      throw new FakeExcelError('ApiNotFound', `The API you are trying to use could not be found (${api}).`);
  }

  /** A fake workbook holding these sheets' values (dates become serial numbers, as Excel returns them). */
  static fromValues(sheets: Iterable<[string, unknown[][]]>, options: FakeExcelOptions = {}): FakeExcel {
    const fake = new FakeExcel(options);
    for (const [name, rows] of sheets) {
      const sheet = new FakeSheet(name);
      rows.forEach((line, r) =>
        line.forEach((value, c) => {
          const v = toExcelValue(value);
          if (v !== null) sheet.cell(r, c).value = v;
        }),
      );
      fake.sheets.push(sheet);
    }
    return fake;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** `Excel.run` for this workbook. */
  readonly run: ExcelRunner = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending.length > 0) await context.sync();
    return result;
  };

  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
    return sheet;
  }

  checkName(name: string, except?: FakeSheet): void {
    if (!name || name.length > 31 || BAD_NAME.test(name) || /^'|'$/.test(name))
      throw new FakeExcelError('InvalidArgument', `bad sheet name ${name}`);
    const other = this.sheet(name);
    if (other && other !== except)
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists`);
  }
}

function toExcelValue(value: unknown): ExcelValue {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.getTime() / 86400000 + 25569;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

class FakeContext implements ExcelContext {
  pending: Op[] = [];
  private loads: (() => unknown)[] = [];
  readonly workbook: { readonly worksheets: ExcelWorksheets };
  readonly application: ExcelContext['application'];

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new WorksheetsProxy(this) };
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        this.queue({ op: 'suspendCalc' }, () => {
          excel.suspendedCalculation += 1;
        }),
      suspendScreenUpdatingUntilNextSync: () =>
        this.queue({ op: 'suspendScreen' }, () => {
          excel.suspendedScreenUpdating += 1;
        }),
    };
  }

  queue(payload: unknown, apply: () => void): void {
    this.pending.push({ payload, apply });
  }

  /** A load: resolved at the next sync; its result counts toward the response size. */
  queueLoad(payload: unknown, resolve: () => unknown): void {
    this.pending.push({
      payload,
      apply: () => {
        this.loads.push(resolve);
      },
    });
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    const loads: unknown[] = [];
    this.pending = [];
    this.loads = [];
    const requestBytes = utf8(JSON.stringify(ops.map((o) => o.payload)));
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: ops.length };
    this.excel.syncs.push(record);
    const n = this.excel.syncs.length;
    if (this.excel.cellEditMode)
      throw new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    if (this.excel.failAtSync && this.excel.failAtSync.sync === n)
      throw new FakeExcelError(this.excel.failAtSync.code, `failure injected at sync ${n}`);
    const limit = this.excel.options.payloadLimit;
    if (limit !== undefined && requestBytes > limit)
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    // Applied in order; the first failure stops the batch (earlier operations stay applied, as in Excel).
    for (const op of ops) op.apply();
    for (const load of this.loads) loads.push(load());
    record.responseBytes = utf8(JSON.stringify(loads));
    if (limit !== undefined && record.responseBytes > limit)
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `response of ${record.responseBytes} bytes`);
  }
}

class WorksheetsProxy implements ExcelWorksheets {
  private loaded: SheetProxy[] | null = null;
  constructor(private readonly ctx: FakeContext) {}

  load(props: string): this {
    this.ctx.queueLoad({ op: 'load', target: 'worksheets', props }, () => {
      this.loaded = this.ctx.excel.sheets.map((s) => {
        const p = new SheetProxy(this.ctx, () => s);
        p.loadedName = s.name;
        return p;
      });
      return this.loaded.map((p) => p.loadedName);
    });
    return this;
  }

  get items(): SheetProxy[] {
    if (!this.loaded) throw new FakeExcelError('PropertyNotLoaded', 'worksheets.items read before load and sync');
    return this.loaded;
  }

  add(name?: string): SheetProxy {
    let created: FakeSheet | null = null;
    const proxy = new SheetProxy(this.ctx, () => {
      if (!created) throw new FakeExcelError('ItemNotFound', 'sheet not created');
      return created;
    });
    this.ctx.queue({ op: 'add', name }, () => {
      const finalName = name ?? `Sheet${this.ctx.excel.sheets.length + 1}`;
      this.ctx.excel.checkName(finalName);
      created = new FakeSheet(finalName);
      this.ctx.excel.sheets.push(created);
    });
    return proxy;
  }

  getItem(key: string): SheetProxy {
    let target: FakeSheet | null = null;
    return new SheetProxy(this.ctx, () => (target ??= this.ctx.excel.requireSheet(key)));
  }

  getItemOrNullObject(key: string): SheetProxy & { readonly isNullObject: boolean } {
    let target: FakeSheet | null = null;
    const proxy = new SheetProxy(this.ctx, () => (target ??= this.ctx.excel.requireSheet(key)));
    this.ctx.queueLoad({ op: 'getItemOrNullObject', key }, () => {
      proxy.nullState = this.ctx.excel.sheet(key) === undefined;
      return proxy.nullState;
    });
    return proxy;
  }
}

class SheetProxy implements ExcelWorksheet {
  loadedName: string | null = null;
  nullState: boolean | null = null;
  constructor(
    private readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === null) throw new FakeExcelError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.nullState;
  }

  load(props: string): this {
    this.ctx.queueLoad({ op: 'load', target: 'worksheet', props }, () => {
      this.loadedName = this.resolve().name;
      return this.loadedName;
    });
    return this;
  }

  get name(): string {
    if (this.loadedName === null)
      throw new FakeExcelError('PropertyNotLoaded', 'worksheet.name read before load and sync');
    return this.loadedName;
  }

  set name(value: string) {
    this.ctx.queue({ op: 'rename', value }, () => {
      const sheet = this.resolve();
      this.ctx.excel.checkName(value, sheet);
      sheet.name = value;
    });
  }

  get position(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'position is not loaded by the host');
  }

  set position(value: number) {
    this.ctx.queue({ op: 'position', value }, () => {
      const sheets = this.ctx.excel.sheets;
      const sheet = this.resolve();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }

  get showGridlines(): boolean {
    return this.resolve().showGridlines;
  }
  set showGridlines(value: boolean) {
    this.ctx.queue({ op: 'gridlines', value }, () => {
      this.resolve().showGridlines = value;
    });
  }
  get tabColor(): string {
    return this.resolve().tabColor;
  }
  set tabColor(value: string) {
    this.ctx.queue({ op: 'tabColor', value }, () => {
      this.resolve().tabColor = value;
    });
  }

  delete(): void {
    this.ctx.queue({ op: 'delete' }, () => {
      const sheets = this.ctx.excel.sheets;
      const sheet = this.resolve();
      if (sheets.length === 1) throw new FakeExcelError('InvalidOperation', 'cannot delete the only sheet');
      sheets.splice(sheets.indexOf(sheet), 1);
    });
  }

  activate(): void {
    this.ctx.queue({ op: 'activate' }, () => {
      this.ctx.excel.activeSheet = this.resolve().name;
    });
  }

  /** Without an address, the whole worksheet (as in Excel). */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this, () =>
      address === undefined ? { row: 0, col: 0, rows: 1048576, cols: 16384 } : parseAddress(address),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const range = new RangeProxy(this.ctx, this, () => {
      const rect = this.resolve().usedRect(valuesOnly);
      if (!rect) throw new FakeExcelError('ItemNotFound', 'empty sheet');
      return rect;
    });
    range.nullable = valuesOnly;
    range.isNullable = true;
    return range;
  }

  readonly freezePanes = {
    freezeAt: (frozenRange: string): void =>
      this.ctx.queue({ op: 'freezeAt', frozenRange }, () => {
        const r = parseAddress(frozenRange);
        this.resolve().freeze = { rows: r.row + r.rows, cols: r.col + r.cols };
      }),
    freezeRows: (count = 1): void =>
      this.ctx.queue({ op: 'freezeRows', count }, () => {
        this.resolve().freeze = { rows: count, cols: 0 };
      }),
    freezeColumns: (count = 1): void =>
      this.ctx.queue({ op: 'freezeColumns', count }, () => {
        this.resolve().freeze = { rows: 0, cols: count };
      }),
  };

  readonly horizontalPageBreaks = {
    add: (pageBreakRange: string): void =>
      this.ctx.queue({ op: 'pageBreak', pageBreakRange }, () => {
        this.resolve().pageBreaks.push(parseAddress(pageBreakRange).row - 1);
      }),
  };

  readonly protection = {
    protect: (): void =>
      this.ctx.queue({ op: 'protect' }, () => {
        this.resolve().protected = true;
      }),
    unprotect: (): void =>
      this.ctx.queue({ op: 'unprotect' }, () => {
        this.resolve().protected = false;
      }),
  };

  get pageLayout(): ExcelPageLayout {
    return pageLayoutProxy(this.ctx, () => this.resolve().pageLayout);
  }
}

function pageLayoutProxy(ctx: FakeContext, target: () => FakePageLayout): ExcelPageLayout {
  const set = <K extends keyof FakePageLayout>(key: K, value: FakePageLayout[K]): void =>
    ctx.queue({ op: 'pageLayout', key, value }, () => {
      target()[key] = value;
    });
  const scalar = <
    K extends
      | 'orientation'
      | 'paperSize'
      | 'topMargin'
      | 'bottomMargin'
      | 'leftMargin'
      | 'rightMargin'
      | 'headerMargin'
      | 'footerMargin'
      | 'centerHorizontally',
  >(
    key: K,
  ) => ({
    get: () => target()[key],
    set: (value: FakePageLayout[K]) => set(key, value),
    enumerable: true,
  });
  const layout = {
    setPrintArea: (printArea: string) => set('printArea', printArea),
    setPrintTitleRows: (rows: string) => set('printTitleRows', rows),
    headersFooters: {
      get state() {
        return target().headerState;
      },
      set state(value: string) {
        set('headerState', value);
      },
      defaultForAllPages: {
        get centerHeader() {
          return target().defaultCenterHeader;
        },
        set centerHeader(value: string) {
          set('defaultCenterHeader', value);
        },
      },
      firstPage: {
        get centerHeader() {
          return target().firstPageCenterHeader;
        },
        set centerHeader(value: string) {
          set('firstPageCenterHeader', value);
        },
      },
    },
  };
  for (const key of [
    'orientation',
    'paperSize',
    'topMargin',
    'bottomMargin',
    'leftMargin',
    'rightMargin',
    'headerMargin',
    'footerMargin',
    'centerHorizontally',
  ] as const) {
    Object.defineProperty(layout, key, scalar(key));
  }
  Object.defineProperty(layout, 'zoom', {
    // A writable parent property: a copy comes back, so `zoom.scale = …` changes nothing, as in Excel.
    get: () => ({ ...target().zoom }),
    set: (value: FakePageLayout['zoom']) => set('zoom', { ...value }),
    enumerable: true,
  });
  return layout as unknown as ExcelPageLayout;
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

class RangeProxy implements ExcelRange {
  nullable = false;
  isNullable = false;
  private loaded: { values?: ExcelValue[][]; address?: string; isNull?: boolean } = {};
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetProxy,
    private readonly rect: () => FakeRect,
  ) {}

  private cells(apply: (cell: FakeCell, r: number, c: number, rect: FakeRect) => void): void {
    const sheet = this.sheet.resolve();
    if (sheet.protected) throw new FakeExcelError('AccessDenied', 'The sheet is protected');
    const rect = this.rect();
    if (rect.rows * rect.cols > 5_000_000) throw new FakeExcelError('OperationCellsExceedLimit', 'too many cells');
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.cols; c++) apply(sheet.cell(rect.row + r, rect.col + c), r, c, rect);
  }

  load(props: string): this {
    this.ctx.queueLoad({ op: 'load', target: 'range', props }, () => {
      const sheet = this.sheet.resolve();
      let rect: FakeRect;
      try {
        rect = this.rect();
      } catch (error) {
        if (this.isNullable && error instanceof FakeExcelError && error.code === 'ItemNotFound') {
          this.loaded = { isNull: true };
          return null;
        }
        throw error;
      }
      const values: ExcelValue[][] = [];
      for (let r = 0; r < rect.rows; r++) {
        const line: ExcelValue[] = [];
        for (let c = 0; c < rect.cols; c++) line.push(sheet.peek(rect.row + r, rect.col + c)?.value ?? '');
        values.push(line);
      }
      this.loaded = { isNull: false, address: `${quote(sheet.name)}!${rectToAddress(rect)}` };
      if (/values/.test(props)) this.loaded.values = values;
      return this.loaded;
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.loaded.isNull === undefined)
      throw new FakeExcelError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.loaded.isNull;
  }

  get address(): string {
    if (this.loaded.address === undefined)
      throw new FakeExcelError('PropertyNotLoaded', 'address read before load and sync');
    return this.loaded.address;
  }

  get values(): unknown[][] {
    if (!this.loaded.values) throw new FakeExcelError('PropertyNotLoaded', 'values read before load and sync');
    return this.loaded.values;
  }

  set values(matrix: unknown[][]) {
    this.ctx.queue({ op: 'values', matrix }, () => {
      this.checkShape(matrix);
      this.cells((cell, r, c) => {
        const raw = matrix[r][c];
        if (raw === null || raw === undefined) return; // null leaves the cell as it is
        if (raw === '') {
          cell.value = null;
          delete cell.formula;
          return;
        }
        if (typeof raw === 'string' && cell.numberFormat !== '@') {
          const coerced = coerce(raw);
          cell.value = coerced.value;
          if (coerced.formula) cell.formula = coerced.formula;
          else delete cell.formula;
          return;
        }
        cell.value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : String(raw);
        delete cell.formula;
      });
    });
  }

  get numberFormat(): unknown[][] {
    throw new FakeExcelError('PropertyNotLoaded', 'numberFormat is not loaded by the host');
  }

  set numberFormat(matrix: unknown[][]) {
    this.ctx.queue({ op: 'numberFormat', matrix }, () => {
      this.checkShape(matrix);
      this.cells((cell, r, c) => {
        // As in Excel, null leaves the cell's format as it is.
        if (matrix[r][c] !== null && matrix[r][c] !== undefined) cell.numberFormat = String(matrix[r][c]);
      });
    });
  }

  private checkShape(matrix: unknown[][]): void {
    const rect = this.rect();
    if (matrix.length !== rect.rows || matrix.some((row) => row.length !== rect.cols)) {
      throw new FakeExcelError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}×${rect.cols}).`,
      );
    }
  }

  merge(across = false): void {
    this.ctx.queue({ op: 'merge', across }, () => {
      const rect = this.rect();
      const sheet = this.sheet.resolve();
      const overlaps = sheet.merges.some(
        (m) =>
          m.row < rect.row + rect.rows &&
          rect.row < m.row + m.rows &&
          m.col < rect.col + rect.cols &&
          rect.col < m.col + m.cols,
      );
      if (overlaps) throw new FakeExcelError('InvalidOperation', 'merge overlaps another merge');
      if (across)
        for (let r = 0; r < rect.rows; r++)
          sheet.merges.push({ row: rect.row + r, col: rect.col, rows: 1, cols: rect.cols });
      else sheet.merges.push(rect);
    });
  }

  get dataValidation(): ExcelDataValidation {
    const ctx = this.ctx;
    const entry = (): FakeValidation => {
      const sheet = this.sheet.resolve();
      if (sheet.protected) throw new FakeExcelError('AccessDenied', 'The sheet is protected');
      const rect = this.rect();
      const same = (r: FakeRect) =>
        r.row === rect.row && r.col === rect.col && r.rows === rect.rows && r.cols === rect.cols;
      let found = sheet.validations.find((v) => same(v.rect));
      if (!found) sheet.validations.push((found = { rect }));
      return found;
    };
    // Writable parent properties (addin-engineering.md §2.1): assigned whole, read back as copies.
    return {
      get rule() {
        return {};
      },
      set rule(value: ExcelDataValidation['rule']) {
        ctx.queue({ op: 'dataValidation.rule', value }, () => {
          const source = value.list?.source;
          if (typeof source !== 'string' || source.length > 255)
            throw new FakeExcelError('InvalidArgument', 'list source must be text of at most 255 characters');
          entry().listSource = source;
        });
      },
      get prompt() {
        return { showPrompt: false, title: '', message: '' };
      },
      set prompt(value: ExcelDataValidation['prompt']) {
        ctx.queue({ op: 'dataValidation.prompt', value }, () => {
          if (value.title.length > 32 || value.message.length > 255)
            throw new FakeExcelError('InvalidArgument', 'prompt title over 32 or message over 255 characters');
          entry().prompt = { ...value };
        });
      },
      get errorAlert() {
        return { showAlert: false, style: 'Stop', title: '', message: '' };
      },
      set errorAlert(value: ExcelDataValidation['errorAlert']) {
        ctx.queue({ op: 'dataValidation.errorAlert', value }, () => {
          entry().errorAlert = { ...value };
        });
      },
    };
  }

  /**
   * ExcelApi 1.13. As in Excel, only the merged areas whose top-left cell lies in this range are
   * listed (office-js issue 3611), and more than 512 of them fail the sync.
   */
  getMergedAreasOrNullObject(): ExcelRangeAreas {
    const ctx = this.ctx;
    const state: { address?: string; isNull?: boolean } = {};
    const areas: ExcelRangeAreas = {
      load: (props: string) => {
        ctx.queueLoad({ op: 'getMergedAreasOrNullObject', props }, () => {
          ctx.excel.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
          const sheet = this.sheet.resolve();
          const rect = this.rect();
          const inside = sheet.merges.filter(
            (m) =>
              m.row >= rect.row && m.row < rect.row + rect.rows && m.col >= rect.col && m.col < rect.col + rect.cols,
          );
          if (inside.length > MAX_MERGED_AREAS)
            throw new FakeExcelError('GeneralException', `more than ${MAX_MERGED_AREAS} merged areas in the range`);
          state.isNull = inside.length === 0;
          state.address = inside.map((m) => `${quote(sheet.name)}!${rectToAddress(m)}`).join(', ');
          return state;
        });
        return areas;
      },
      get address(): string {
        if (state.address === undefined || state.isNull)
          throw new FakeExcelError('PropertyNotLoaded', 'address read before load and sync');
        return state.address;
      },
      get isNullObject(): boolean {
        if (state.isNull === undefined) throw new FakeExcelError('PropertyNotLoaded', 'isNullObject read before sync');
        return state.isNull;
      },
    };
    return areas;
  }

  select(): void {
    this.ctx.queue({ op: 'select' }, () => {
      this.ctx.excel.selection = { sheet: this.sheet.resolve().name, address: rectToAddress(this.rect()) };
    });
  }

  get format(): ExcelRangeFormat {
    const ctx = this.ctx;
    const each = (op: string, value: unknown, apply: (cell: FakeCell) => void): void =>
      ctx.queue({ op, value }, () => this.cells(apply));
    const range = this;
    const font = {
      set name(v: string) {
        each('font.name', v, (c) => {
          c.font.name = v;
        });
      },
      set size(v: number) {
        each('font.size', v, (c) => {
          c.font.size = v;
        });
      },
      set bold(v: boolean) {
        each('font.bold', v, (c) => {
          c.font.bold = v;
        });
      },
      set italic(v: boolean) {
        each('font.italic', v, (c) => {
          c.font.italic = v;
        });
      },
      set underline(v: string) {
        each('font.underline', v, (c) => {
          c.font.underline = v;
        });
      },
      set color(v: string) {
        each('font.color', v, (c) => {
          c.font.color = v;
        });
      },
    };
    const format = {
      font,
      fill: {
        set color(v: string) {
          each('fill', v, (c) => {
            c.fill = v;
          });
        },
      },
      borders: { getItem: (edge: Edge): ExcelBorder => range.border(edge) },
      set horizontalAlignment(v: string) {
        each('hAlign', v, (c) => {
          c.horizontalAlignment = v;
        });
      },
      set verticalAlignment(v: string) {
        each('vAlign', v, (c) => {
          c.verticalAlignment = v;
        });
      },
      set wrapText(v: boolean) {
        each('wrap', v, (c) => {
          c.wrapText = v;
        });
      },
      set indentLevel(v: number) {
        each('indent', v, (c) => {
          c.indentLevel = v;
        });
      },
      set columnWidth(v: number) {
        ctx.queue({ op: 'columnWidth', v }, () => {
          const rect = range.rect();
          for (let c = rect.col; c < rect.col + rect.cols; c++) range.sheet.resolve().columnWidths.set(c, v);
        });
      },
      set rowHeight(v: number) {
        ctx.queue({ op: 'rowHeight', v }, () => {
          const rect = range.rect();
          for (let r = rect.row; r < rect.row + rect.rows; r++) range.sheet.resolve().rowHeights.set(r, v);
        });
      },
    };
    return format;
  }

  private border(edge: Edge): ExcelBorder {
    const state: FakeBorder = { style: 'Continuous', weight: 'Thin' };
    const apply = (): void => {
      this.cells((cell, r, c, rect) => {
        const b = { ...state };
        if (edge === 'EdgeTop' && r === 0) cell.borders.top = b;
        if (edge === 'EdgeBottom' && r === rect.rows - 1) cell.borders.bottom = b;
        if (edge === 'EdgeLeft' && c === 0) cell.borders.left = b;
        if (edge === 'EdgeRight' && c === rect.cols - 1) cell.borders.right = b;
        if (edge === 'InsideHorizontal') {
          if (r > 0) cell.borders.top = b;
          if (r < rect.rows - 1) cell.borders.bottom = b;
        }
        if (edge === 'InsideVertical') {
          if (c > 0) cell.borders.left = b;
          if (c < rect.cols - 1) cell.borders.right = b;
        }
      });
    };
    const ctx = this.ctx;
    return {
      get style() {
        return state.style;
      },
      set style(v: string) {
        state.style = v;
        ctx.queue({ op: 'border.style', edge, v }, apply);
      },
      get weight() {
        return state.weight;
      },
      set weight(v: string) {
        state.weight = v;
        ctx.queue({ op: 'border.weight', edge, v }, apply);
      },
    };
  }
}
