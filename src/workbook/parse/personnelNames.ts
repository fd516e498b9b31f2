/**
 * The names of `Nhân sự` alone, for the tally: it checks each ballot header against them
 * (NAME_NOT_IN_NHAN_SU) without depending on the rest of the sheet, whose errors are the list
 * check's to report.
 */
import type { SheetValues } from '../port';
import type { RecordedName } from '../../engine/model/person';
import { personName } from '../../engine/text/normalize';
import { cellText } from '../values';
import { cellOf, isProblem, readTable, refOf } from '../table';
import { EXAMPLE_ROWS } from '../exampleRows';
import { PERSONNEL_SHEET } from '../sheetNames';

export function personnelNames(sheet: string, values: SheetValues): RecordedName[] | null {
  const table = readTable(
    sheet,
    values,
    [{ key: 'name', labels: ['Họ và tên', 'Họ tên'], required: true }],
    EXAMPLE_ROWS[PERSONNEL_SHEET],
  );
  if (isProblem(table)) return null;
  const names: RecordedName[] = [];
  for (const row of table.rows) {
    const name = personName(cellText(cellOf(table, row, 'name')));
    if (name) names.push({ name, cell: refOf(table, row, 'name') });
  }
  return names;
}
