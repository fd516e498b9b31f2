/**
 * Why a file cannot be opened as a workbook (WORKBOOK.md "Files (version 2)"). These are input
 * errors of the user's file, not bugs: each face turns the code into a message in the user's
 * language (i18n `FILE_*` keys) and exit status 1, never a stack trace.
 */
export type WorkbookFileCode = 'NOT_XLSX' | 'ENCRYPTED' | 'TOO_LARGE';

/** The particular reason, which picks the message: what the file is and what to do about it. */
export type WorkbookFileReason =
  | 'empty'
  | 'xls'
  | 'encrypted'
  | 'text'
  | 'notZip'
  | 'damaged'
  | 'badCrc'
  | 'notWorkbook'
  | 'badXml'
  | 'duplicatePart'
  | 'method'
  | 'partTooLarge'
  | 'packageTooLarge'
  | 'fileTooLarge';

export class WorkbookFileError extends Error {
  constructor(
    readonly code: WorkbookFileCode,
    readonly reason: WorkbookFileReason,
    /** The part of the package concerned (e.g. `xl/worksheets/sheet1.xml`), when there is one. */
    readonly part = '',
    /** For `fileTooLarge`: the file's size in MB. */
    readonly size = 0,
    /** For `method`: the compression method's name (`LZMA`). */
    readonly method = '',
  ) {
    super(`${code} (${reason}${part ? `: ${part}` : ''})`);
    this.name = 'WorkbookFileError';
  }
}

export function isWorkbookFileError(error: unknown): error is WorkbookFileError {
  return error instanceof WorkbookFileError;
}

/** A cell of a sheet that was read holds a formula with no stored value (FORMULA_WITHOUT_VALUE). */
export interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
}

/**
 * Thrown by readSheets when formulas without stored values were found: reading them as blank
 * would silently change results, so no command may go on (issue 13). Every such cell is listed.
 */
export class FormulaWithoutValueError extends Error {
  constructor(readonly cells: FormulaCell[]) {
    super(`FORMULA_WITHOUT_VALUE at ${cells.length} cell(s)`);
    this.name = 'FormulaWithoutValueError';
  }
}
