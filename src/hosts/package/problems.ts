/**
 * A file that cannot be read as a workbook, or formulas without stored values, as the input
 * errors every face reports (code, message key, cell): exit 1 on the command line, a message in
 * the offline page.
 */
import { inputError, type Problem } from '../../workbook/problems';
import type { MessageKey } from '../../i18n';
import { cellRef } from '../../workbook/address';
import { FormulaWithoutValueError, type WorkbookFileReason, WorkbookFileError } from './errors';
import { DEFAULT_LIMITS, MAX_FILE_BYTES } from './zip';

const KEYS: Record<WorkbookFileReason, MessageKey> = {
  empty: 'FILE_EMPTY',
  xls: 'FILE_XLS',
  text: 'FILE_TEXT',
  notZip: 'FILE_NOT_ZIP',
  damaged: 'FILE_DAMAGED',
  badCrc: 'FILE_BAD_CRC',
  notWorkbook: 'FILE_NOT_WORKBOOK',
  badXml: 'FILE_BAD_XML',
  duplicatePart: 'FILE_DUPLICATE_PART',
  method: 'FILE_METHOD',
  encrypted: 'FILE_ENCRYPTED',
  partTooLarge: 'FILE_TOO_LARGE',
  packageTooLarge: 'FILE_TOO_LARGE',
  fileTooLarge: 'FILE_TOO_LARGE_FILE',
};

/** Reasons whose message names the part in its own words (the others append ` (part)`). */
const PART_IN_TEXT = new Set<WorkbookFileReason>(['badCrc', 'duplicatePart', 'method']);

/** Cells reported per file at most (a script that wrote thousands of formulas needs one message, not thousands). */
const MAX_FORMULA_CELLS = 50;

/** The problems an error of the package host stands for, or null when it is not one (a bug). */
export function fileErrorProblems(error: unknown, file: string): Problem[] | null {
  if (error instanceof WorkbookFileError) {
    const limit =
      error.reason === 'partTooLarge'
        ? DEFAULT_LIMITS.maxPartBytes
        : error.reason === 'fileTooLarge'
          ? MAX_FILE_BYTES
          : DEFAULT_LIMITS.maxPackageBytes;
    return [
      inputError(error.code, KEYS[error.reason], undefined, {
        file,
        part: error.part && !PART_IN_TEXT.has(error.reason) ? ` (${error.part})` : error.part,
        limit: Math.round(limit / 1024 / 1024),
        size: error.size,
        method: error.method,
      }),
    ];
  }
  if (error instanceof FormulaWithoutValueError) {
    return error.cells
      .slice(0, MAX_FORMULA_CELLS)
      .map((c) => inputError('FORMULA_WITHOUT_VALUE', 'FORMULA_WITHOUT_VALUE', cellRef(c.sheet, c.row, c.col)));
  }
  return null;
}
