/**
 * `Đại biểu`, the convened roll (WORKBOOK.md): one row per person convened. The roll decides the
 * majority base D (regulations §5.2), so every row must be unambiguous: its standing (`Tư cách`)
 * fits the kind of congress, its status (`Tình trạng`) is one of the contract's words.
 */
import { nameProblems } from './personNames';
import type { SheetValues } from '../port';
import { inputError, type Problem, warning } from '../problems';
import { labelKey, personName, sameLabel } from '../../engine/text/normalize';
import type { RollEntry, RollStatus, Standing } from '../../engine/model/roll';
import type { CongressKind } from '../../engine/model/congress';
import { cellText } from '../values';
import { cellOf, type ColumnSpec, isProblem, readTable, refOf } from '../table';
import { EXAMPLE_ROWS } from '../exampleRows';
import { ROLL_SHEET } from '../sheetNames';

/** The roll's columns in contract order (the template writes exactly these). */
export const ROLL_COLUMNS = ['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng'] as const;

const SPECS: ColumnSpec[] = [
  { key: 'name', labels: ['Họ và tên', 'Họ tên'], required: true },
  { key: 'unit', labels: ['Chi bộ', 'Đơn vị', 'Đoàn'], required: false },
  { key: 'standing', labels: ['Tư cách'], required: true },
  { key: 'status', labels: ['Tình trạng'], required: false },
];

export const STANDINGS: readonly Standing[] = ['Chính thức', 'Dự bị', 'Đương nhiên', 'Dự khuyết'];
export const ROLL_STATUSES: readonly RollStatus[] = [
  'Có mặt',
  'Vắng có lý do',
  'Vắng',
  'Sinh hoạt tạm thời',
  'Miễn sinh hoạt',
  'Đình chỉ',
  'Tạm giam',
  'Thay thế',
];

/**
 * A coded value matched forgivingly. The exact spelling is tried first: a national roll has
 * thousands of rows, nearly all typed exactly as the template's list offers.
 */
function pick<T extends string>(raw: string, options: readonly T[]): T | undefined {
  return options.find((o) => o === raw) ?? options.find((o) => sameLabel(o, raw));
}

/** Parses the roll for a congress of the given kind. Problems are returned, never thrown. */
export function parseRoll(
  sheet: string,
  values: SheetValues,
  kind: CongressKind,
): { roll: RollEntry[]; problems: Problem[] } {
  const table = readTable(sheet, values, SPECS, EXAMPLE_ROWS[ROLL_SHEET]);
  if (isProblem(table)) return { roll: [], problems: [table] };
  const problems: Problem[] = [];
  const roll: RollEntry[] = [];
  const exact = new Map<string, () => string>();
  const near = new Map<string, { name: string; cell: () => string }>();
  for (const row of table.rows) {
    // A national roll has thousands of rows: cell references are built only when one is needed.
    const ref = (key: string) => refOf(table, row, key);
    const name = personName(cellText(cellOf(table, row, 'name')));
    const standingText = cellText(cellOf(table, row, 'standing'));
    const statusText = cellText(cellOf(table, row, 'status'));
    const nameCell = () => ref('name');
    if (!name) {
      problems.push(
        inputError('BAD_VALUE', 'BAD_VALUE_REQUIRED', nameCell(), {
          field: 'Họ và tên',
          expected: 'họ và tên người được triệu tập',
        }),
      );
      continue;
    }
    problems.push(...nameProblems(name, nameCell()));
    const standing = pick(standingText, STANDINGS);
    if (!standing) {
      problems.push(
        standingText
          ? inputError('BAD_VALUE', 'BAD_VALUE', ref('standing'), {
              value: standingText,
              field: 'Tư cách',
              expected: STANDINGS.map((s) => `"${s}"`).join(', '),
            })
          : inputError('BAD_VALUE', 'BAD_VALUE_REQUIRED', ref('standing'), {
              field: 'Tư cách',
              expected: STANDINGS.map((s) => `"${s}"`).join(', '),
            }),
      );
      continue;
    }
    // A blank status means present (WORKBOOK.md `Đại biểu`).
    const status = statusText ? pick(statusText, ROLL_STATUSES) : 'Có mặt';
    if (!status) {
      problems.push(
        inputError('BAD_VALUE', 'BAD_VALUE', ref('status'), {
          value: statusText,
          field: 'Tình trạng',
          expected: ROLL_STATUSES.map((s) => `"${s}"`).join(', '),
        }),
      );
      continue;
    }
    // Standings per kind (WORKBOOK.md "Majority base D"): ex officio delegates and alternates
    // exist only at a delegate congress; probationary members are not delegates.
    if (kind !== 'Đại hội đại biểu' && (standing === 'Đương nhiên' || standing === 'Dự khuyết')) {
      // A conference (`Hội nghị`, version 2) convenes its members as a members' congress does.
      const message = kind === 'Hội nghị' ? 'STANDING_IN_CONFERENCE' : 'STANDING_IN_MEMBER_CONGRESS';
      problems.push(inputError('BAD_VALUE', message, ref('standing'), { value: standing }));
      continue;
    }
    if (kind === 'Đại hội đại biểu' && standing === 'Dự bị') {
      problems.push(inputError('BAD_VALUE', 'STANDING_IN_DELEGATE_CONGRESS', ref('standing'), { value: standing }));
      continue;
    }
    if (status === 'Thay thế' && standing !== 'Dự khuyết') {
      problems.push(inputError('BAD_VALUE', 'STATUS_REPLACEMENT_ONLY_ALTERNATE', ref('status'), {}));
      continue;
    }
    if (standing === 'Dự khuyết' && status !== 'Thay thế') {
      problems.push(inputError('BAD_VALUE', 'ALTERNATE_NOT_CALLED', ref('status'), { name }));
      continue;
    }
    const previous = exact.get(name);
    if (previous) {
      problems.push(inputError('BAD_VALUE', 'DUPLICATE_ROLL_NAME', nameCell(), { name, otherCell: previous() }));
      continue;
    }
    exact.set(name, nameCell);
    const key = labelKey(name);
    const similar = near.get(key);
    if (similar)
      problems.push(
        warning('NEAR_DUPLICATE_NAME', 'NEAR_DUPLICATE_NAME', nameCell(), {
          value: name,
          other: similar.name,
          otherCell: similar.cell(),
        }),
      );
    else near.set(key, { name, cell: nameCell });
    roll.push({ name, unit: cellText(cellOf(table, row, 'unit')), standing, status, cell: ref('standing') });
  }
  return { roll, problems };
}
