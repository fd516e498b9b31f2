/**
 * The quiet read when the pane opens (and after a run that changed the input sheets): which
 * input sheets exist, and — when the inputs read cleanly — every election's current result,
 * for the picker, for offering a next round only where none exists, and for opening on the
 * step the congress is at. Two syncs in Excel (names, then every sheet the tally needs);
 * nothing is written.
 */
import type { WorkbookPort } from '../workbook/port';
import { readTallyInput } from '../workbook/tallyInput';
import { tallyElections } from '../engine/tally/tally';
import type { ElectionResult } from '../engine/model/results';
import { CONGRESS_SHEET, COUNTERS_SHEET, ELECTIONS_SHEET, resultsSheetName, ROLL_SHEET } from '../workbook/sheetNames';
import { labelKey } from '../engine/text/normalize';
import { parseCellRef } from '../workbook/address';
import type { StepId } from './commandTable';

export interface WorkbookState {
  /** Neither `Đại hội` nor `Bầu cử`: a workbook the congress has not been set up in. */
  fresh: boolean;
  /** Of `Đại hội` and `Bầu cử`, the ones missing. */
  missing: string[];
  /** Sheet names in tab order (empty when the workbook could not be read as a congress). */
  sheetNames: string[];
  /** Every election's result; empty while the inputs have errors. */
  results: ElectionResult[];
  /** Input errors found (the commands will name them). */
  errorCount: number;
  /** Every error sits on a ballot sheet: the congress is counting, not preparing. */
  errorsInBallotsOnly: boolean;
}

/** The sheets a clerk fills while preparing (an error there means preparation is not done). */
const SETUP_SHEETS = [CONGRESS_SHEET, ROLL_SHEET, COUNTERS_SHEET, ELECTIONS_SHEET].map(labelKey);

export async function readWorkbookState(port: WorkbookPort): Promise<WorkbookState> {
  const { input, problems } = await readTallyInput(port);
  const missing = problems
    .filter((p) => p.code === 'MISSING_SHEET' && !p.cell && typeof p.params?.sheet === 'string')
    .map((p) => String(p.params?.sheet))
    .filter((sheet) => sheet === CONGRESS_SHEET || sheet === ELECTIONS_SHEET);
  const errors = problems.filter((p) => p.severity === 'error');
  let results: ElectionResult[] = [];
  if (input && errors.length === 0) {
    const tally = tallyElections(input);
    if (!tally.problems.some((p) => p.severity === 'error')) results = tally.results;
  }
  return {
    fresh: missing.length === 2,
    missing,
    sheetNames: input?.sheetNames ?? [],
    results,
    errorCount: errors.length,
    errorsInBallotsOnly:
      errors.length > 0 &&
      errors.every((p) => {
        const ref = p.cell ? parseCellRef(p.cell) : null;
        return ref !== null && !SETUP_SHEETS.includes(labelKey(ref.sheet));
      }),
  };
}

/**
 * The step to open on: preparation until the inputs read cleanly, the report before the vote
 * while nothing is keyed, the count once ballots are keyed or results were written.
 */
export function defaultStep(state: WorkbookState): StepId {
  const resultsWritten = state.sheetNames.some((n) => labelKey(n).startsWith(labelKey(resultsSheetName(''))));
  if (resultsWritten || state.errorsInBallotsOnly || state.results.some((r) => r.status !== 'zero')) return 'count';
  if (state.results.length > 0) return 'before';
  return 'prepare';
}
