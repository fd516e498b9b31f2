/**
 * The subset of the Excel JavaScript API the Office host uses, written as structural types with
 * the API's own names. Real `Excel.RequestContext` objects satisfy it (the pane passes
 * `Excel.run` through `officeRunner`, which the compiler checks against @types/office-js), and so
 * does the fake object model of the tests and benchmarks. Keeping the host on this subset keeps
 * it testable in plain Node and keeps Office's typings out of the command-line build.
 */

/** Values as Excel returns them from `Range.values` (dates are serial numbers). */
export type ExcelValue = string | number | boolean | null;

export interface ExcelLoadable {
  load(propertyNames: string): unknown;
}

export interface ExcelBorder {
  style: string;
  weight: string;
}

export interface ExcelRangeFormat {
  font: { name: string; size: number; bold: boolean; italic: boolean; underline: string; color: string };
  fill: { color: string };
  borders: {
    getItem(
      index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal',
    ): ExcelBorder;
  };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  columnWidth: number;
  rowHeight: number;
}

/** `Range.dataValidation` (ExcelApi 1.8): a writable rule, input message and error alert. */
export interface ExcelDataValidation {
  /** Assigned whole (a writable parent property). The list's source: values joined with commas. */
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}

/**
 * `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13): the merged areas whose top-left cell lies
 * in the range, as one address list (`'Phiếu BCH'!C3:D3, 'Phiếu BCH'!F9:G9`); a null object when
 * there are none. Excel refuses a range holding more than 512 of them.
 */
export interface ExcelRangeAreas extends ExcelLoadable {
  readonly address: string;
  readonly isNullObject: boolean;
}

export interface ExcelRange extends ExcelLoadable {
  values: unknown[][];
  numberFormat: unknown[][];
  readonly address: string;
  readonly isNullObject: boolean;
  readonly format: ExcelRangeFormat;
  readonly dataValidation: ExcelDataValidation;
  merge(across?: boolean): void;
  select(): void;
  /** ExcelApi 1.13: ask only when `isSetSupported('ExcelApi', '1.13')` says so. */
  getMergedAreasOrNullObject(): ExcelRangeAreas;
}

export interface ExcelPageLayout {
  orientation: string;
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
  readonly headersFooters: {
    state: string;
    readonly defaultForAllPages: { centerHeader: string };
    readonly firstPage: { centerHeader: string };
  };
}

export interface ExcelWorksheet extends ExcelLoadable {
  name: string;
  position: number;
  showGridlines: boolean;
  tabColor: string;
  delete(): void;
  activate(): void;
  /** Without an address, the whole worksheet. */
  getRange(address?: string): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  readonly freezePanes: {
    freezeAt(frozenRange: string): void;
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
  };
  readonly pageLayout: ExcelPageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  /** Sheet protection (ExcelApi 1.2): `protect()` with no password. */
  readonly protection: { protect(): void };
}

export interface ExcelWorksheets extends ExcelLoadable {
  readonly items: ExcelWorksheet[];
  add(name?: string): ExcelWorksheet;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet & { readonly isNullObject: boolean };
}

export interface ExcelContext {
  readonly workbook: {
    readonly worksheets: ExcelWorksheets;
    getSelectedRange?(): unknown;
  };
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    suspendScreenUpdatingUntilNextSync(): void;
  };
  sync(): Promise<unknown>;
}

/** `Excel.run` narrowed to our subset. */
export type ExcelRunner = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;
