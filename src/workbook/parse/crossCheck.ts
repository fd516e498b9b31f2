/**
 * `Đối chiếu` (WORKBOOK.md "Integrity"): the official software's printed totals, keyed by the
 * staff, one row per figure: `Mã | Mục | Số liệu`. `Mục` is a candidate's full name (matched
 * exactly, as names are) or one of the ballot figures (matched forgivingly, as labels are); the
 * extension `Phiếu thử` marks the election as a test deck's (docs/CONTRACT-EXTENSIONS.md).
 */
import type { SheetValues } from '../port';
import { inputError, type Problem } from '../problems';
import type { ElectionDef } from '../../engine/model/election';
import { CROSS_CHECK_FIGURES, type CrossCheckFigure, type CrossCheckRow } from '../../engine/integrity/crossCheck';
import { labelKey, personName } from '../../engine/text/normalize';
import { cellInteger, cellText } from '../values';
import { cellOf, type ColumnSpec, isProblem, readTable, refOf } from '../table';

/** The columns of `Đối chiếu`, in order (the test deck writes exactly these). */
export const CROSS_CHECK_COLUMNS = ['Mã', 'Mục', 'Số liệu'] as const;
const SPECS: ColumnSpec[] = [
  { key: 'id', labels: ['Mã'], required: true },
  { key: 'item', labels: ['Mục'], required: true },
  { key: 'value', labels: ['Số liệu'], required: true },
];

/** `Mục` of the row a test deck writes to mark its election (`Số liệu`: the deck's seed). */
export const REHEARSAL_ITEM = 'Phiếu thử';

export interface CrossCheckRead {
  rows: CrossCheckRow[];
  /** `Mã` of the elections marked `Phiếu thử`. */
  rehearsals: string[];
  /** Every `Mã` with at least one row (the test deck refuses to add to them). */
  ids: string[];
}

const FIGURE_OF = new Map<string, CrossCheckFigure>(
  (Object.entries(CROSS_CHECK_FIGURES) as [CrossCheckFigure, string][]).map(([figure, label]) => [
    labelKey(label),
    figure,
  ]),
);

/**
 * Reads the rows for the elections read (`elections`); a `Mã` that is in `Bầu cử` (`allIds`) but
 * was not read (`--election`) is skipped; one that is not there is an error at its cell.
 */
export function parseCrossCheck(
  sheet: string,
  values: SheetValues,
  allIds: readonly string[],
  elections: readonly ElectionDef[],
  problems: Problem[],
): CrossCheckRead {
  const out: CrossCheckRead = { rows: [], rehearsals: [], ids: [] };
  const table = readTable(sheet, values, SPECS);
  if (isProblem(table)) {
    problems.push(table);
    return out;
  }
  const seen = new Map<string, string>();
  for (const row of table.rows) {
    const id = cellText(cellOf(table, row, 'id'));
    const itemText = cellText(cellOf(table, row, 'item'));
    const value = cellOf(table, row, 'value');
    const idCell = refOf(table, row, 'id');
    const itemCell = refOf(table, row, 'item');
    const valueCell = refOf(table, row, 'value');
    if (!id) {
      problems.push(
        inputError('BAD_VALUE', 'BAD_VALUE_REQUIRED', idCell, {
          field: 'Mã',
          expected: 'mã cuộc bầu như trong trang "Bầu cử"',
        }),
      );
      continue;
    }
    const known = allIds.find((x) => x.toUpperCase() === id.toUpperCase());
    if (!known) {
      problems.push(inputError('BAD_VALUE', 'CROSS_CHECK_UNKNOWN_ELECTION', idCell, { id, ids: allIds.join(', ') }));
      continue;
    }
    if (!out.ids.includes(known)) out.ids.push(known);
    const def = elections.find((e) => e.id.toUpperCase() === id.toUpperCase());
    if (!def) continue;
    if (labelKey(itemText) === labelKey(REHEARSAL_ITEM)) {
      if (!out.rehearsals.includes(def.id)) out.rehearsals.push(def.id);
      continue;
    }
    const figure = FIGURE_OF.get(labelKey(itemText));
    const candidate = figure ? -1 : def.candidates.indexOf(personName(itemText));
    if (!figure && candidate < 0) {
      problems.push(
        inputError('UNKNOWN_CANDIDATE', 'CROSS_CHECK_UNKNOWN_ITEM', itemCell, {
          item: itemText,
          id: def.id,
          figures: Object.values(CROSS_CHECK_FIGURES).join('", "'),
        }),
      );
      continue;
    }
    const official = cellInteger(value);
    if (official === null) {
      problems.push(
        inputError('BAD_VALUE', 'BAD_VALUE', valueCell, {
          value: cellText(value),
          field: 'Số liệu',
          expected: 'một số nguyên ≥ 0, như trên bản in của phần mềm kiểm phiếu',
        }),
      );
      continue;
    }
    const item = figure ? CROSS_CHECK_FIGURES[figure] : def.candidates[candidate];
    const key = `${def.id.toUpperCase()}\n${item}`;
    const other = seen.get(key);
    if (other) {
      problems.push(inputError('BAD_VALUE', 'CROSS_CHECK_DUPLICATE', itemCell, { item, id: def.id, otherCell: other }));
      continue;
    }
    seen.set(key, itemCell);
    out.rows.push({
      id: def.id,
      item,
      target: figure ? { figure } : { candidate },
      official,
      cell: valueCell,
    });
  }
  return out;
}
