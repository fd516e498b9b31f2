/**
 * The sheet `Chi bộ` (WORKBOOK.md "Chi bộ — units, for delegate allocation"):
 * `Chi bộ | Đảng viên chính thức | Đảng viên dự bị | Tối thiểu | Cộng thêm | Cấp ủy viên đương nhiệm`.
 * Header in rows 1–10, labels matched forgivingly, every error at its quoted cell.
 */
import { nameProblems } from './personNames';
import type { CellValue, SheetValues } from '../port';
import { inputError, type Problem } from '../problems';
import { labelKey } from '../../engine/text/normalize';
import type { AllocationUnit } from '../../engine/allocation/types';
import { cellText, isBlank } from '../values';
import { cellOf, type ColumnSpec, isProblem, readTable, refOf, type Table, type TableRow } from '../table';
import { cellRef } from '../address';
import { EXAMPLE_ROWS } from '../exampleRows';
import { UNITS_SHEET } from '../sheetNames';

export type UnitsBasis = 'Đảng viên chính thức' | 'Tổng số đảng viên';

type CountKey = 'official' | 'probationary' | 'minimum' | 'added' | 'exOfficio';

const COLUMNS: ColumnSpec[] = [
  {
    key: 'name',
    labels: ['Chi bộ', 'Tên chi bộ', 'Đơn vị', 'Tên đơn vị', 'Đảng bộ', 'Chi bộ, đảng bộ', 'Tổ chức đảng'],
    required: true,
  },
  {
    key: 'official',
    labels: ['Đảng viên chính thức', 'Số đảng viên chính thức', 'Chính thức', 'ĐV chính thức'],
    required: true,
  },
  { key: 'probationary', labels: ['Đảng viên dự bị', 'Số đảng viên dự bị', 'Dự bị', 'ĐV dự bị'], required: false },
  { key: 'minimum', labels: ['Tối thiểu', 'Số đại biểu tối thiểu', 'Đại biểu tối thiểu'], required: false },
  { key: 'added', labels: ['Cộng thêm', 'Đại biểu cộng thêm', 'Số đại biểu cộng thêm'], required: false },
  {
    key: 'exOfficio',
    labels: ['Cấp ủy viên đương nhiệm', 'Đương nhiên', 'Đại biểu đương nhiên', 'Cấp ủy viên đương nhiên'],
    required: false,
  },
];

/** The contract's header of each count column, for messages. */
const FIELD: Record<CountKey, string> = {
  official: 'Đảng viên chính thức',
  probationary: 'Đảng viên dự bị',
  minimum: 'Tối thiểu',
  added: 'Cộng thêm',
  exOfficio: 'Cấp ủy viên đương nhiệm',
};
const COUNT_KEYS: CountKey[] = ['official', 'probationary', 'minimum', 'added', 'exOfficio'];

/** A last row a clerk adds under the units: checked against the sums, never a unit (extension). */
const TOTAL_ROW_LABELS = ['Tổng cộng', 'Tổng', 'Cộng', 'Tổng số'].map(labelKey);

/** A unit as read: every count, so the command can switch basis and show the sheet. */
export interface ParsedUnit {
  name: string;
  official: number;
  probationary: number;
  minimum: number;
  added: number;
  exOfficio: number;
  /** The unit's name cell. */
  cell: string;
}

/**
 * A whole count: a number cell or digits as text, thousands grouped with `.`, `,` or spaces
 * (`1.234`, as Vietnamese clerks type them). null for anything else.
 */
export function countOf(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  const text = cellText(value);
  if (/^\d{1,12}$/.test(text)) return Number(text);
  if (/^\d{1,3}([., \u00a0]\d{3})+$/.test(text)) return Number(text.replace(/[., \u00a0]/g, ''));
  return null;
}

export function parseUnits(
  sheet: string,
  values: SheetValues,
  basis: UnitsBasis = 'Đảng viên chính thức',
): { units: ParsedUnit[]; problems: Problem[] } {
  const table = readTable(sheet, values, COLUMNS, EXAMPLE_ROWS[UNITS_SHEET]);
  if (isProblem(table)) return { units: [], problems: [table] };
  const problems: Problem[] = [];
  if (basis === 'Tổng số đảng viên' && !table.columns.has('probationary')) {
    problems.push(
      inputError('MISSING_HEADER', 'ALLOC_PROBATIONARY_COLUMN', cellRef(sheet, table.headerRow, table.header.length), {
        sheet,
      }),
    );
  }
  const units: ParsedUnit[] = [];
  const seen = new Map<string, ParsedUnit>();
  let totalRow: TableRow | null = null;
  for (const row of table.rows) {
    const name = cellText(cellOf(table, row, 'name'));
    if (TOTAL_ROW_LABELS.includes(labelKey(name))) {
      // Checked once all units are read, wherever the clerk put it.
      totalRow = row;
      continue;
    }
    if (!name) {
      // A row with only an STT or notes is not a unit; a row with counts but no name is an error.
      if (COUNT_KEYS.some((k) => !isBlank(cellOf(table, row, k)))) {
        problems.push(inputError('BAD_VALUE', 'ALLOC_UNIT_NAME_REQUIRED', refOf(table, row, 'name')));
      }
      continue;
    }
    const unit = readUnit(table, row, name, problems);
    problems.push(...nameProblems(name, unit.cell));
    const twin = seen.get(labelKey(name));
    if (twin) {
      problems.push(inputError('BAD_VALUE', 'ALLOC_DUPLICATE_UNIT', unit.cell, { unit: name, otherCell: twin.cell }));
      continue;
    }
    seen.set(labelKey(name), unit);
    units.push(unit);
  }
  if (totalRow) checkTotalRow(table, totalRow, units, problems);
  if (units.length === 0 && problems.length === 0) {
    problems.push(
      inputError('BAD_VALUE', 'ALLOC_NO_UNITS', cellRef(sheet, table.headerRow + 1, table.columns.get('name') ?? 0), {
        sheet,
      }),
    );
  }
  return { units, problems };
}

function readUnit(table: Table, row: TableRow, name: string, problems: Problem[]): ParsedUnit {
  const counts = {} as Record<CountKey, number>;
  for (const key of COUNT_KEYS) {
    const value = cellOf(table, row, key);
    counts[key] = 0;
    if (isBlank(value)) {
      // `Đảng viên chính thức` is the basis of every method: blank is a mistake, not a zero.
      if (key === 'official')
        problems.push(
          inputError('BAD_VALUE', 'ALLOC_COUNT_REQUIRED', refOf(table, row, key), { field: FIELD[key], unit: name }),
        );
      continue;
    }
    const n = countOf(value);
    if (n === null)
      problems.push(
        inputError('BAD_VALUE', 'ALLOC_BAD_COUNT', refOf(table, row, key), {
          value: cellText(value),
          field: FIELD[key],
        }),
      );
    else counts[key] = n;
  }
  return { name, ...counts, cell: refOf(table, row, 'name') };
}

function checkTotalRow(table: Table, row: TableRow, units: ParsedUnit[], problems: Problem[]): void {
  for (const key of COUNT_KEYS) {
    const value = cellOf(table, row, key);
    if (isBlank(value)) continue;
    const sum = units.reduce((s, u) => s + u[key], 0);
    const n = countOf(value);
    if (n === null)
      problems.push(
        inputError('BAD_VALUE', 'ALLOC_BAD_COUNT', refOf(table, row, key), {
          value: cellText(value),
          field: FIELD[key],
        }),
      );
    else if (n !== sum)
      problems.push(
        inputError('BAD_VALUE', 'ALLOC_TOTAL_ROW_MISMATCH', refOf(table, row, key), {
          value: n,
          sum,
          field: FIELD[key],
        }),
      );
  }
}

/** The engine's view of the units on the basis of `Tính theo` (§7.1: by the number of members). */
export function toAllocationUnits(units: ParsedUnit[], basis: UnitsBasis): AllocationUnit[] {
  return units.map((u) => ({
    name: u.name,
    members: basis === 'Tổng số đảng viên' ? u.official + u.probationary : u.official,
    minimum: u.minimum,
    added: u.added,
    exOfficio: u.exOfficio,
    cell: u.cell,
  }));
}
