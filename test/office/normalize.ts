/**
 * One normal form for a sheet written by either host, so the contract tests can say "identical":
 * values, merges, number formats, fonts, fills, alignment, borders (as visual edges), sizes, page
 * layout, panes and gridlines.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { FakeSheet } from './fakeExcel';
import { a1 } from '../../src/workbook/address';

export interface NormalCell {
  numberFormat?: string;
  font?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
}

export interface NormalSheet {
  name: string;
  values: (string | number | boolean | null)[][];
  formulas: string[];
  merges: string[];
  cells: Record<string, NormalCell>;
  edges: string[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  freeze: string | null;
  gridlines: boolean;
  protected: boolean;
  page: Record<string, unknown> | null;
  /** `cell|list|prompt|alert` for every validated cell, sorted. */
  validations: string[];
}

/** Every cell of `A1:C3` (a single cell as itself): the hosts may group the same cells differently. */
function cellsOfRange(range: string): string[] {
  const [first, last = first] = range.split(':');
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(`bad cell ${ref}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const a = parse(first);
  const b = parse(last);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(a1(r, c));
  return out;
}

function validationKeys(
  range: string,
  list: string | undefined,
  prompt: { title?: string; message?: string } | undefined,
  alert: { style?: string; title?: string; message?: string } | undefined,
): string[] {
  return cellsOfRange(range).map((cell) => validationKey(cell, list, prompt, alert));
}

function validationKey(
  range: string,
  list: string | undefined,
  prompt: { title?: string; message?: string } | undefined,
  alert: { style?: string; title?: string; message?: string } | undefined,
): string {
  return [
    range,
    `list:${list ?? ''}`,
    `prompt:${prompt ? `${prompt.title ?? ''}/${prompt.message ?? ''}` : ''}`,
    `alert:${alert ? `${(alert.style ?? '').toLowerCase()}:${alert.title ?? ''}/${alert.message ?? ''}` : ''}`,
  ].join('|');
}

const MM_PER_INCH = 25.4;
const round1 = (x: number): number => Math.round(x * 10) / 10;

function trim(values: (string | number | boolean | null)[][]): (string | number | boolean | null)[][] {
  const out = values.map((row) => {
    const r = [...row];
    while (r.length && (r[r.length - 1] === null || r[r.length - 1] === '')) r.pop();
    return r;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

function clean(cell: NormalCell): NormalCell | null {
  const out: NormalCell = {};
  for (const [k, v] of Object.entries(cell) as [keyof NormalCell, unknown][])
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return Object.keys(out).length ? out : null;
}

const ALIGN: Record<string, string> = {
  Left: 'left',
  Center: 'center',
  Right: 'right',
  Justify: 'justify',
  Top: 'top',
  Bottom: 'bottom',
};

function edgeKey(kind: 'h' | 'v', line: number, at: number, style: string): string {
  return `${kind}${line}:${at}:${style}`;
}

export function normalizeFake(sheet: FakeSheet): NormalSheet {
  const values: (string | number | boolean | null)[][] = [];
  const cells: Record<string, NormalCell> = {};
  const formulas: string[] = [];
  const edges = new Set<string>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    if (cell.value !== null) {
      while (values.length <= r) values.push([]);
      while (values[r].length <= c) values[r].push(null);
      values[r][c] = cell.value;
    }
    if (cell.formula) formulas.push(`${a1(r, c)}=${cell.formula}`);
    const isText = typeof cell.value === 'string' || cell.value === null;
    const n = clean({
      numberFormat:
        cell.numberFormat === 'General' || (cell.numberFormat === '@' && isText) ? undefined : cell.numberFormat,
      font: cell.font.name === 'Calibri' ? undefined : cell.font.name,
      size: cell.font.size === 11 ? undefined : cell.font.size,
      bold: cell.font.bold || undefined,
      italic: cell.font.italic || undefined,
      underline: cell.font.underline === 'Single' || undefined,
      color: cell.font.color === '#000000' ? undefined : cell.font.color.replace('#', ''),
      fill: cell.fill ? cell.fill.replace('#', '') : undefined,
      hAlign: ALIGN[cell.horizontalAlignment],
      vAlign:
        cell.verticalAlignment === 'Bottom'
          ? undefined
          : cell.verticalAlignment === 'Center'
            ? 'middle'
            : ALIGN[cell.verticalAlignment],
      wrap: cell.wrapText || undefined,
      indent: cell.indentLevel || undefined,
    });
    if (n) cells[a1(r, c)] = n;
    const style = (b: { style: string; weight: string }): string =>
      b.style === 'Dot' ? 'dotted' : b.weight === 'Medium' ? 'medium' : 'thin';
    if (cell.borders.top) edges.add(edgeKey('h', r, c, style(cell.borders.top)));
    if (cell.borders.bottom) edges.add(edgeKey('h', r + 1, c, style(cell.borders.bottom)));
    if (cell.borders.left) edges.add(edgeKey('v', c, r, style(cell.borders.left)));
    if (cell.borders.right) edges.add(edgeKey('v', c + 1, r, style(cell.borders.right)));
  }
  const pl = sheet.pageLayout;
  const toMm = (pt: number): number => round1((pt / 72) * MM_PER_INCH);
  const page =
    pl.paperSize === 'A4'
      ? {
          orientation: pl.orientation.toLowerCase(),
          margins: [pl.topMargin, pl.bottomMargin, pl.leftMargin, pl.rightMargin, pl.headerMargin, pl.footerMargin].map(
            toMm,
          ),
          center: pl.centerHorizontally,
          fit: pl.zoom.horizontalFitToPages === 1,
          printArea: pl.printArea,
          printTitleRows: pl.printTitleRows ? pl.printTitleRows.replace(/\$/g, '') : null,
          header:
            pl.headerState === 'FirstAndDefault'
              ? `first:${pl.firstPageCenterHeader}|rest:&C${pl.defaultCenterHeader}`
              : null,
          breaks: [...sheet.pageBreaks].sort((a, b) => a - b),
        }
      : null;
  return {
    name: sheet.name,
    values: trim(values.map((row) => row.map((v) => v ?? null))),
    formulas,
    merges: sheet.merges.map((m) => `${a1(m.row, m.col)}:${a1(m.row + m.rows - 1, m.col + m.cols - 1)}`).sort(),
    cells,
    edges: [...edges].sort(),
    columnWidths: Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [c, Math.round(w * 2) / 2])),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    freeze: sheet.freeze ? `${sheet.freeze.rows},${sheet.freeze.cols}` : null,
    gridlines: sheet.showGridlines,
    protected: sheet.protected,
    page,
    validations: sheet.validations
      .flatMap((v) =>
        validationKeys(
          `${a1(v.rect.row, v.rect.col)}:${a1(v.rect.row + v.rect.rows - 1, v.rect.col + v.rect.cols - 1)}`,
          v.listSource,
          v.prompt?.showPrompt ? v.prompt : undefined,
          v.errorAlert?.showAlert ? v.errorAlert : undefined,
        ),
      )
      .sort(),
  };
}

function plain(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

export function normalizeExcelJs(ws: ExcelJS.Worksheet): NormalSheet {
  const values: (string | number | boolean | null)[][] = [];
  const cells: Record<string, NormalCell> = {};
  const formulas: string[] = [];
  const edges = new Set<string>();
  const merges = new Set<string>();
  // Every cell of the used range, as Excel shows it: a cell never written takes its column's style.
  const each = (visit: (cell: ExcelJS.Cell, colNumber: number) => void, rowNumber: number) => {
    for (let c = 1; c <= ws.columnCount; c++) visit(ws.getCell(rowNumber, c), c);
  };
  for (let rowNumber = 1; rowNumber <= ws.rowCount; rowNumber++) {
    each((cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (cell.isMerged && cell.master !== cell) {
        // exceljs repeats the master's value; Excel keeps it only in the master.
      } else if (cell.value !== null && cell.value !== undefined && cell.value !== '') {
        while (values.length <= r) values.push([]);
        while (values[r].length <= c) values[r].push(null);
        values[r][c] = plain(cell.value);
      }
      if (cell.type === 6 /* Formula */) formulas.push(`${a1(r, c)}`);
      if (cell.isMerged && cell.master === cell) {
        const m = (
          ws as unknown as {
            _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
          }
        )._merges[cell.address];
        if (m) merges.add(`${a1(m.model.top - 1, m.model.left - 1)}:${a1(m.model.bottom - 1, m.model.right - 1)}`);
      }
      const f = cell.font ?? {};
      const al = cell.alignment ?? {};
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      const isText = typeof cell.value === 'string' || cell.value === null || cell.value === undefined;
      const n = clean({
        numberFormat:
          !cell.numFmt || cell.numFmt === 'General' || (cell.numFmt === '@' && isText) ? undefined : cell.numFmt,
        font: f.name === undefined || f.name === 'Calibri' ? undefined : f.name,
        size: f.size === undefined || f.size === 11 ? undefined : f.size,
        bold: f.bold || undefined,
        italic: f.italic || undefined,
        underline: f.underline ? true : undefined,
        color: f.color?.argb ? f.color.argb.slice(2) : undefined,
        fill: fill?.fgColor?.argb ? fill.fgColor.argb.slice(2) : undefined,
        hAlign: al.horizontal,
        vAlign: al.vertical === 'bottom' ? undefined : al.vertical,
        wrap: al.wrapText || undefined,
        indent: al.indent || undefined,
      });
      if (n && n.color === '000000') delete n.color;
      if (n && Object.keys(n).length) cells[a1(r, c)] = n;
      const b = cell.border ?? {};
      const style = (e: Partial<ExcelJS.Border> | undefined): string | null => (e && e.style ? String(e.style) : null);
      const top = style(b.top);
      const bottom = style(b.bottom);
      const left = style(b.left);
      const right = style(b.right);
      if (top) edges.add(edgeKey('h', r, c, top));
      if (bottom) edges.add(edgeKey('h', r + 1, c, bottom));
      if (left) edges.add(edgeKey('v', c, r, left));
      if (right) edges.add(edgeKey('v', c + 1, r, right));
    }, rowNumber);
  }
  const columnWidths: Record<number, number> = {};
  (ws.columns ?? []).forEach((col, c) => {
    if (col && col.width !== undefined) columnWidths[c] = Math.round((((col.width * 7 + 5) * 3) / 4) * 2) / 2;
  });
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height) rowHeights[n - 1] = row.height;
  });
  const view = (ws.views ?? [])[0] as (Partial<ExcelJS.WorksheetViewFrozen> & { showGridLines?: boolean }) | undefined;
  const ps = ws.pageSetup;
  const hf = ws.headerFooter;
  const breaks = ((ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? [])
    .map((b) => b.id - 1)
    .sort((a, b) => a - b);
  const m = ps.margins;
  const page =
    ps.paperSize === 9
      ? {
          orientation: ps.orientation,
          margins: m
            ? [m.top, m.bottom, m.left, m.right, m.header, m.footer].map((inch) => round1(inch * MM_PER_INCH))
            : [],
          center: ps.horizontalCentered ?? false,
          fit: ps.fitToPage ?? false,
          printArea: ps.printArea ?? null,
          printTitleRows: ps.printTitlesRow ?? null,
          header: hf && hf.differentFirst ? `first:${hf.firstHeader ?? ''}|rest:${hf.oddHeader ?? ''}` : null,
          breaks,
        }
      : null;
  return {
    name: ws.name,
    values: trim(values),
    formulas,
    merges: [...merges].sort(),
    cells,
    edges: [...edges].sort(),
    columnWidths,
    rowHeights,
    freeze: view && view.state === 'frozen' ? `${view.ySplit ?? 0},${view.xSplit ?? 0}` : null,
    gridlines: view?.showGridLines ?? true,
    protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
    page,
    validations: Object.entries(
      (
        ws as unknown as {
          dataValidations: {
            model: Record<
              string,
              | {
                  type: string;
                  formulae?: string[];
                  showInputMessage?: boolean;
                  promptTitle?: string;
                  prompt?: string;
                  showErrorMessage?: boolean;
                  errorStyle?: string;
                  errorTitle?: string;
                  error?: string;
                }
              | undefined
            >;
          };
        }
      ).dataValidations.model,
    )
      .filter(([, v]) => v !== undefined)
      .flatMap(([address, v]) => {
        const list = v?.type === 'list' ? (v.formulae?.[0] ?? '').replace(/^"|"$/g, '') : undefined;
        return validationKeys(
          address,
          list,
          v?.showInputMessage ? { title: v.promptTitle, message: v.prompt } : undefined,
          v?.showErrorMessage ? { style: v.errorStyle, title: v.errorTitle, message: v.error } : undefined,
        );
      })
      .sort(),
  };
}

/**
 * A sheet of a workbook's bytes (written by the package host) as exceljs reads it — a real
 * consumer of our output — with the manual page breaks taken from the sheet's XML, which
 * exceljs does not read back.
 */
export async function normalizePackage(bytes: Uint8Array, name: string): Promise<NormalSheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`exceljs finds no sheet ${name}`);
  const sheet = normalizeExcelJs(ws);
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const escaped = name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const rid = new RegExp(
    `<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`,
  ).exec(workbook)?.[1];
  const target = rid ? new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  const xml = target ? strFromU8(files[`xl/${target.replace(/^\/?xl\//, '')}`]) : '';
  const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) - 1);
  if (sheet.page) sheet.page.breaks = breaks.sort((a, b) => a - b);
  return sheet;
}
