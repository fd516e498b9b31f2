/** The congress as plain data (WORKBOOK.md `Đại hội`). */
import type { RuleSetId } from '../rules/ruleSets';
import type { CalendarDate } from '../text/format';
import type { CellRef } from './cellRef';
import type { SettingId, Settings } from './settings';

/** `Hội nghị`: a conference (the committee, the key officials), not a congress (WORKBOOK.md version 2). */
export type CongressKind = 'Đại hội đảng viên' | 'Đại hội đại biểu' | 'Hội nghị';
/**
 * `Xã, phường, đặc khu` (version 2): communes, wards and special zones directly under the province
 * since 1 July 2025 (Chỉ thị 45-CT/TW); version 1 spelled the same level `Xã, phường`.
 */
export type CongressLevel = 'Chi bộ' | 'Cơ sở' | 'Cấp trên cơ sở' | 'Xã, phường, đặc khu' | 'Tỉnh';

/** Every field of the congress a clerk can give: its facts and its settings. */
export type CongressField =
  | 'superior'
  | 'organisation'
  | 'kind'
  | 'level'
  | 'ordinal'
  | 'term'
  | 'place'
  | 'date'
  | 'ruleSet'
  | 'ageBands'
  | 'ageReferenceDate'
  | SettingId;

export interface Congress {
  superior: string;
  organisation: string;
  kind: CongressKind;
  level: CongressLevel;
  ordinal: string;
  term: string;
  place: string;
  date: CalendarDate | null;
  ruleSet: RuleSetId;
  ageBands: number[];
  /** `Ngày tính tuổi` as given (null when blank); the date used is `ageReference(congress)`. */
  ageReferenceDate: CalendarDate | null;
  settings: Settings;
  /** Fields given a value (not left blank), so the minutes can tell a setting chosen from a default. */
  given: Set<CongressField>;
  /** The cell of each field present in the source, blank or not. */
  refs: Partial<Record<CongressField, CellRef>>;
}
