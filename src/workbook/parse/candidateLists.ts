/**
 * `Nhân sự`, column `Danh sách bầu` (an extension, docs/CONTRACT-EXTENSIONS.md): the `Mã` of
 * every election whose list the person is on (`BCH, DB`). It lets the pane create each
 * election's ballot sheet with its names in ballot order, instead of the clerk typing every
 * header by hand. Only the columns the ballot order needs are read here; the list check and the
 * composition read the sheet for themselves (parse/personnel.ts).
 */
import type { SheetValues } from '../port';
import { type Problem, warning } from '../problems';
import { personName } from '../../engine/text/normalize';
import { type BallotSortInput, ballotOrder } from '../../engine/text/collate';
import { dayNumber } from '../../engine/text/format';
import { cellDate, cellText, isBlank } from '../values';
import { cellOf, type ColumnSpec, isProblem, readTable, refOf } from '../table';
import { EXAMPLE_ROWS } from '../exampleRows';
import { PERSONNEL_SHEET } from '../sheetNames';

export const LISTS_COLUMN = 'Danh sách bầu';

const COLUMNS: ColumnSpec[] = [
  { key: 'name', labels: ['Họ và tên', 'Họ tên'], required: true },
  { key: 'birth', labels: ['Ngày sinh', 'Năm sinh', 'Ngày, tháng, năm sinh'], required: false },
  { key: 'givenName', labels: ['Tên gọi'], required: false },
  { key: 'lists', labels: [LISTS_COLUMN, 'Danh sách'], required: false },
];

export interface CandidateLists {
  /** False when `Nhân sự` has no `Danh sách bầu` column (nothing to take names from). */
  hasColumn: boolean;
  /** Names by election `Mã` (upper case), in ballot order. */
  byElection: Map<string, string[]>;
  problems: Problem[];
}

/** Codes as written in one cell: separated by commas, semicolons or spaces. */
export function listCodes(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * The election lists `Nhân sự` declares. A code no `Bầu cử` row has is a warning at its cell
 * (a typo would otherwise leave someone off a ballot without a word).
 */
export function parseCandidateLists(sheet: string, values: SheetValues, knownCodes: string[]): CandidateLists {
  const table = readTable(sheet, values, COLUMNS, EXAMPLE_ROWS[PERSONNEL_SHEET]);
  if (isProblem(table) || !table.columns.has('lists')) return { hasColumn: false, byElection: new Map(), problems: [] };
  const known = new Set(knownCodes.map((c) => c.toUpperCase()));
  const members = new Map<string, (BallotSortInput & { index: number })[]>();
  const problems: Problem[] = [];
  table.rows.forEach((row, index) => {
    const name = personName(cellText(cellOf(table, row, 'name')));
    const codes = listCodes(cellText(cellOf(table, row, 'lists')));
    if (!name || codes.length === 0) return;
    const birthValue = cellOf(table, row, 'birth');
    const birth = isBlank(birthValue) ? null : cellDate(birthValue ?? null);
    const givenName = cellText(cellOf(table, row, 'givenName')) || null;
    for (const code of codes) {
      const key = code.toUpperCase();
      if (!known.has(key)) {
        problems.push(
          warning('BAD_VALUE', 'LISTS_UNKNOWN_CODE', refOf(table, row, 'lists'), {
            value: code,
            codes: knownCodes.join(', '),
          }),
        );
        continue;
      }
      const list = members.get(key) ?? [];
      if (!list.some((p) => p.name === name))
        list.push({ name, givenName, birthDay: birth ? dayNumber(birth.date) : null, index });
      members.set(key, list);
    }
  });
  const byElection = new Map([...members].map(([code, people]) => [code, ballotOrder(people).map((p) => p.name)]));
  return { hasColumn: true, byElection, problems };
}
