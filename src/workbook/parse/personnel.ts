/**
 * The `Nhân sự` sheet (WORKBOOK.md): facts about candidates for the list checks and the
 * composition. Optional: without it the checks that need facts say so.
 */
import { nameProblems } from './personNames';
import type { SheetValues, WorkbookPort } from '../port';
import { inputError, type Problem, warning } from '../problems';
import { labelKey, personName, sameLabel } from '../../engine/text/normalize';
import { GENDERS, MEMBERSHIPS, NOMINEE_SOURCES, type Person, type PersonField } from '../../engine/model/person';
import { cellDate, cellText, isBlank } from '../values';
import { cellOf, type ColumnSpec, findSheetName, isProblem, readTable, refOf } from '../table';
import { PERSONNEL_SHEET } from '../sheetNames';
import { EXAMPLE_ROWS } from '../exampleRows';

const COLUMNS: (ColumnSpec & { key: PersonField })[] = [
  { key: 'name', labels: ['Họ và tên', 'Họ tên'], required: true },
  { key: 'birth', labels: ['Ngày sinh', 'Năm sinh', 'Ngày, tháng, năm sinh'], required: false },
  { key: 'gender', labels: ['Giới tính'], required: false },
  { key: 'ethnicity', labels: ['Dân tộc'], required: false },
  { key: 'education', labels: ['Trình độ chuyên môn', 'Chuyên môn'], required: false },
  { key: 'theory', labels: ['Lý luận chính trị', 'Trình độ lý luận chính trị'], required: false },
  { key: 'incumbent', labels: ['Cấp ủy khóa trước', 'Tái cử'], required: false },
  { key: 'membership', labels: ['Đảng viên'], required: false },
  { key: 'source', labels: ['Nguồn'], required: false },
  { key: 'givenName', labels: ['Tên gọi'], required: false },
  { key: 'position', labels: ['Chức vụ'], required: false },
];

const THEORY_LEVELS = ['Cao cấp', 'Trung cấp', 'Sơ cấp'] as const;
const YES = ['x', 'co', '✓', 'v'];

function pick<T extends string>(raw: string, options: readonly T[]): T | undefined {
  return options.find((o) => sameLabel(o, raw));
}

/** Parses the rows of `Nhân sự`. Problems are returned, never thrown. */
export function parsePersonnel(sheet: string, values: SheetValues): { people: Person[]; problems: Problem[] } {
  const table = readTable(sheet, values, COLUMNS, EXAMPLE_ROWS[PERSONNEL_SHEET]);
  if (isProblem(table)) return { people: [], problems: [table] };
  const people: Person[] = [];
  const problems: Problem[] = [];
  const exact = new Map<string, Person>();
  const near = new Map<string, Person>();
  for (const row of table.rows) {
    const cells: Partial<Record<PersonField, string>> = {};
    for (const spec of COLUMNS) if (table.columns.has(spec.key)) cells[spec.key] = refOf(table, row, spec.key);
    const text = (key: PersonField) => cellText(cellOf(table, row, key));
    const bad = (key: PersonField, field: string, expected: string) =>
      problems.push(inputError('BAD_VALUE', 'BAD_VALUE', cells[key], { value: text(key), field, expected }));

    const name = personName(text('name'));
    if (!name) {
      problems.push(
        inputError('BAD_VALUE', 'BAD_VALUE_REQUIRED', refOf(table, row, 'name'), {
          field: 'Họ và tên',
          expected: 'họ và tên đầy đủ, như trên phiếu bầu',
        }),
      );
      continue;
    }
    problems.push(...nameProblems(name, cells.name));

    let birth: Person['birth'] = null;
    const birthValue = cellOf(table, row, 'birth');
    if (!isBlank(birthValue)) {
      const parsed = cellDate(birthValue ?? null);
      if (parsed) birth = { date: parsed.date, yearOnly: parsed.yearOnly };
      else problems.push(inputError('BAD_VALUE', 'BAD_DATE', cells.birth, { value: text('birth') }));
    }
    const genderText = text('gender');
    const gender = genderText ? (pick(genderText, GENDERS) ?? null) : null;
    if (genderText && !gender) bad('gender', 'Giới tính', '"Nam" hoặc "Nữ"');
    const theoryText = text('theory');
    const theory = theoryText ? (pick(theoryText, THEORY_LEVELS) ?? '') : '';
    if (theoryText && !theory)
      bad('theory', 'Lý luận chính trị', '"Cao cấp", "Trung cấp", "Sơ cấp" hoặc để trống (chưa qua đào tạo)');
    const incumbentText = text('incumbent');
    const incumbent = incumbentText !== '' && YES.includes(labelKey(incumbentText));
    if (incumbentText && !incumbent && !['khong', '-'].includes(labelKey(incumbentText)))
      bad('incumbent', 'Cấp ủy khóa trước', '"x" khi là cấp ủy viên khóa trước, để trống nếu không');
    const membershipText = text('membership');
    const membership = membershipText ? (pick(membershipText, MEMBERSHIPS) ?? null) : null;
    if (membershipText && !membership) bad('membership', 'Đảng viên', '"Chính thức" hoặc "Dự bị"');
    const sourceText = text('source');
    const source = sourceText ? (pick(sourceText, NOMINEE_SOURCES) ?? null) : null;
    if (sourceText && !source) bad('source', 'Nguồn', NOMINEE_SOURCES.map((s) => `"${s}"`).join(', '));

    const person: Person = {
      name,
      birth,
      gender,
      ethnicity: text('ethnicity'),
      education: text('education'),
      theory,
      incumbent,
      membership,
      source,
      givenName: text('givenName') || null,
      cells,
    };
    if (text('position')) person.position = text('position');
    const twin = exact.get(name);
    if (twin) {
      problems.push(
        inputError('DUPLICATE_NAME', 'DUPLICATE_NAME_PERSONNEL', cells.name, {
          name,
          otherCell: twin.cells.name ?? '',
        }),
      );
      continue;
    }
    exact.set(name, person);
    const close = near.get(labelKey(name));
    if (close)
      problems.push(
        warning('NEAR_DUPLICATE_NAME', 'NEAR_DUPLICATE_NAME', cells.name, {
          value: name,
          other: close.name,
          otherCell: close.cells.name ?? '',
        }),
      );
    else near.set(labelKey(name), person);
    people.push(person);
  }
  return { people, problems };
}

/** Reads `Nhân sự` through the port: people null when the workbook has no such sheet. */
export async function readPersonnel(
  port: WorkbookPort,
  sheetNames?: string[],
): Promise<{ people: Person[] | null; problems: Problem[] }> {
  const names = sheetNames ?? (await port.sheetNames());
  const sheet = findSheetName(names, PERSONNEL_SHEET);
  if (!sheet) return { people: null, problems: [] };
  const values = (await port.readSheets([sheet])).get(sheet) ?? [];
  return parsePersonnel(sheet, values);
}
