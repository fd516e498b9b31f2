/**
 * `Ban kiểm phiếu`, the vote-counting committee (WORKBOOK.md): who signs the minutes. Optional:
 * without it the minutes carry dotted signature lines and a warning.
 */
import { nameProblems } from './personNames';
import type { SheetValues } from '../port';
import { inputError, type Problem } from '../problems';
import { personName, sameLabel } from '../../engine/text/normalize';
import type { CounterEntry } from '../../engine/model/roll';
import type { Session } from '../../engine/model/election';
import { cellText } from '../values';
import { cellOf, type ColumnSpec, isProblem, readTable, refOf } from '../table';
import { EXAMPLE_ROWS } from '../exampleRows';
import { COUNTERS_SHEET } from '../sheetNames';

/** Columns in contract order (the template writes exactly these). */
export const COUNTER_COLUMNS = ['STT', 'Họ và tên', 'Nhiệm vụ', 'Phiên'] as const;

const SPECS: ColumnSpec[] = [
  { key: 'name', labels: ['Họ và tên', 'Họ tên'], required: true },
  { key: 'role', labels: ['Nhiệm vụ', 'Chức danh'], required: true },
  { key: 'session', labels: ['Phiên'], required: false },
];

const ROLES = ['Trưởng ban', 'Ủy viên'] as const;
export const SESSIONS: readonly Session[] = ['Đại hội', 'Hội nghị lần thứ nhất'];

export function parseCounters(sheet: string, values: SheetValues): { counters: CounterEntry[]; problems: Problem[] } {
  const table = readTable(sheet, values, SPECS, EXAMPLE_ROWS[COUNTERS_SHEET]);
  if (isProblem(table)) return { counters: [], problems: [table] };
  const problems: Problem[] = [];
  const counters: CounterEntry[] = [];
  for (const row of table.rows) {
    const nameCell = refOf(table, row, 'name');
    const name = personName(cellText(cellOf(table, row, 'name')));
    if (!name) {
      problems.push(
        inputError('BAD_VALUE', 'BAD_VALUE_REQUIRED', nameCell, {
          field: 'Họ và tên',
          expected: 'họ và tên thành viên Ban kiểm phiếu',
        }),
      );
      continue;
    }
    problems.push(...nameProblems(name, nameCell));
    const roleText = cellText(cellOf(table, row, 'role'));
    // `Thành viên` is how many committees write it; it means `Ủy viên`.
    const role =
      ROLES.find((r) => sameLabel(r, roleText)) ?? (sameLabel(roleText, 'Thành viên') ? 'Ủy viên' : undefined);
    if (!role) {
      problems.push(
        inputError('BAD_VALUE', roleText ? 'BAD_VALUE' : 'BAD_VALUE_REQUIRED', refOf(table, row, 'role'), {
          value: roleText,
          field: 'Nhiệm vụ',
          expected: '"Trưởng ban" hoặc "Ủy viên"',
        }),
      );
      continue;
    }
    const sessionText = cellText(cellOf(table, row, 'session'));
    const session = sessionText ? SESSIONS.find((s) => sameLabel(s, sessionText)) : 'Đại hội';
    if (!session) {
      problems.push(
        inputError('BAD_VALUE', 'BAD_VALUE', refOf(table, row, 'session'), {
          value: sessionText,
          field: 'Phiên',
          expected: '"Đại hội" hoặc "Hội nghị lần thứ nhất"',
        }),
      );
      continue;
    }
    counters.push({ name, role, session, cell: nameCell });
  }
  // Exactly one head per session that has a committee (WORKBOOK.md `Ban kiểm phiếu`).
  for (const session of SESSIONS) {
    const members = counters.filter((c) => c.session === session);
    if (members.length === 0) continue;
    const heads = members.filter((c) => c.role === 'Trưởng ban');
    if (heads.length !== 1) {
      problems.push(
        inputError('BAD_VALUE', 'COUNTER_HEAD_COUNT', (heads[1] ?? members[0]).cell, { session, count: heads.length }),
      );
    }
  }
  return { counters, problems };
}
