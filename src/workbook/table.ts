import type { CellValue, SheetValues } from './port';
import { labelKey } from '../engine/text/normalize';
import { inputError, type Problem } from './problems';
import { cellText, isBlank } from './values';
import { cellRef } from './address';
import { type ExampleRow, exampleRowTest } from './exampleRows';

/** A column the parser looks for: one of its labels, matched forgivingly. */
export interface ColumnSpec {
  key: string;
  labels: string[];
  required: boolean;
}

export interface TableRow {
  /** 0-based sheet row. */
  row: number;
  cells: CellValue[];
}

export interface Table {
  sheet: string;
  /** 0-based row of the header. */
  headerRow: number;
  /** Column index of each found spec key. */
  columns: Map<string, number>;
  /** The header row's cells as text. */
  header: string[];
  /** Non-blank rows below the header. */
  rows: TableRow[];
}

/** How many rows the header may sit below the top (WORKBOOK.md "Header rows"). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row (the first of rows 1–10 holding every required header), maps the known
 * columns, and returns the non-blank rows below it. Unknown extra columns are ignored.
 */
export function readTable(
  sheet: string,
  values: SheetValues,
  specs: ColumnSpec[],
  example?: ExampleRow,
): Table | Problem {
  const required = specs.filter((s) => s.required);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length); r++) {
    const header = (values[r] ?? []).map((v) => cellText(v));
    const keys = header.map((h) => labelKey(h));
    const columns = new Map<string, number>();
    for (const spec of specs) {
      const wanted = spec.labels.map(labelKey);
      const index = keys.findIndex((k) => wanted.includes(k));
      if (index >= 0) columns.set(spec.key, index);
    }
    if (required.every((s) => columns.has(s.key))) {
      const rows: TableRow[] = [];
      const isExample = example ? exampleRowTest(header, example) : () => false;
      for (let i = r + 1; i < values.length; i++) {
        const cells = values[i] ?? [];
        // The template's example row, untouched, is not data (exampleRows.ts).
        if (cells.some((c) => !isBlank(c)) && !isExample(cells)) rows.push({ row: i, cells });
      }
      return { sheet, headerRow: r, columns, header, rows };
    }
  }
  // Report what the best candidate row lacks, so the clerk knows which columns to add.
  let bestMissing = required.map((s) => s.labels[0]);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length); r++) {
    const keys = (values[r] ?? []).map((v) => labelKey(cellText(v)));
    const missing = required
      .filter((s) => !s.labels.map(labelKey).some((l) => keys.includes(l)))
      .map((s) => s.labels[0]);
    if (missing.length < bestMissing.length) bestMissing = missing;
  }
  return inputError('MISSING_HEADER', 'MISSING_HEADER', cellRef(sheet, 0, 0), {
    sheet,
    headers: required.map((s) => `"${s.labels[0]}"`).join(', '),
    missing: bestMissing.map((m) => `"${m}"`).join(', '),
  });
}

export function isProblem(x: unknown): x is Problem {
  return typeof x === 'object' && x !== null && 'code' in x && 'severity' in x && 'message' in x;
}

/** The cell of a row in a mapped column (undefined when the column is absent). */
export function cellOf(table: Table, row: TableRow, key: string): CellValue | undefined {
  const col = table.columns.get(key);
  return col === undefined ? undefined : row.cells[col];
}

/** The quoted reference of a row's cell in a mapped column (the row's first cell otherwise). */
export function refOf(table: Table, row: TableRow, key: string): string {
  return cellRef(table.sheet, row.row, table.columns.get(key) ?? 0);
}

/** Finds a sheet among the workbook's names by forgiving match. */
export function findSheetName(names: string[], wanted: string): string | undefined {
  const key = labelKey(wanted);
  return names.find((n) => labelKey(n) === key);
}
