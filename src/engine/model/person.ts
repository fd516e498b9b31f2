/**
 * Facts about candidates (the `Nhân sự` sheet, WORKBOOK.md) as plain data for the list checks
 * and the composition.
 */
import type { CalendarDate } from '../text/format';
import type { CellRef } from './cellRef';

export type Gender = 'Nam' | 'Nữ';
export type Membership = 'Chính thức' | 'Dự bị';
export type NomineeSource = 'Cấp ủy giới thiệu' | 'Đại hội đề cử' | 'Ứng cử';

export const GENDERS: Gender[] = ['Nam', 'Nữ'];
export const MEMBERSHIPS: Membership[] = ['Chính thức', 'Dự bị'];
export const NOMINEE_SOURCES: NomineeSource[] = ['Cấp ủy giới thiệu', 'Đại hội đề cử', 'Ứng cử'];
/** Nominees from the floor: they need the opinion ballot (regulations.md §3.3). */
export const FLOOR_SOURCES: NomineeSource[] = ['Đại hội đề cử', 'Ứng cử'];

export interface Birth {
  date: CalendarDate;
  /** Only a year was given (read as 1 January, WORKBOOK.md "Dates"). */
  yearOnly: boolean;
}

export type PersonField =
  | 'name'
  | 'birth'
  | 'gender'
  | 'ethnicity'
  | 'education'
  | 'theory'
  | 'incumbent'
  | 'membership'
  | 'source'
  | 'givenName'
  | 'position';

/** One row of `Nhân sự`. Blank text fields are ''. */
export interface Person {
  /** Full name as compared (NFC, spaces collapsed), with any `(yyyy)` suffix. */
  name: string;
  birth: Birth | null;
  gender: Gender | null;
  ethnicity: string;
  education: string;
  /** `Lý luận chính trị`: `Cao cấp`, `Trung cấp`, `Sơ cấp`, or '' (not trained). */
  theory: string;
  /** `Cấp ủy khóa trước` = `x`: re-election rather than a first term. */
  incumbent: boolean;
  membership: Membership | null;
  source: NomineeSource | null;
  /** `Tên gọi`: the given name for A-B-C order when it is not the last word. */
  givenName: string | null;
  /** `Chức vụ` (version 2, trust votes): the position printed beside the name; absent when not given. */
  position?: string;
  /** Quoted cell of each field of the row (the name cell under `name`). */
  cells: Partial<Record<PersonField, CellRef>>;
}

/** A name of `Nhân sự` and its cell: all the tally needs to tell a misspelt ballot header. */
export interface RecordedName {
  name: string;
  cell: CellRef;
}
