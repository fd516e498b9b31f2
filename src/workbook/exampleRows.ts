/**
 * The template's example rows (issue 11): one per tabular input sheet, in italics, showing what a
 * filled row looks like. A row holding exactly the example (forgiving match, cell by cell) is
 * skipped by the parsers, so an untouched template counts nobody; once the clerk edits any cell
 * of it, it is an ordinary row. The names carry "(ví dụ)" so it is plain what the row is.
 */
import type { CellValue } from './port';
import { labelKey } from '../engine/text/normalize';
import { cellText } from './values';
import { COUNTERS_SHEET, ELECTIONS_SHEET, PERSONNEL_SHEET, ROLL_SHEET, UNITS_SHEET } from './sheetNames';

/** Header label → the example's value (text as typed). */
export type ExampleRow = Readonly<Record<string, string>>;

/** The `Mã` of the example election (the example person's `Danh sách bầu` names it too). */
export const EXAMPLE_CODE = 'VD';

export const EXAMPLE_ROWS: Readonly<Record<string, ExampleRow>> = {
  [ROLL_SHEET]: {
    STT: '1',
    'Họ và tên': 'Nguyễn Văn A (ví dụ)',
    'Chi bộ': 'Chi bộ số 1',
    'Tư cách': 'Chính thức',
    'Tình trạng': 'Có mặt',
  },
  [COUNTERS_SHEET]: { STT: '1', 'Họ và tên': 'Trần Thị B (ví dụ)', 'Nhiệm vụ': 'Trưởng ban', Phiên: 'Đại hội' },
  [PERSONNEL_SHEET]: {
    'Họ và tên': 'Nguyễn Văn A (ví dụ)',
    'Ngày sinh': '15/06/1975',
    'Giới tính': 'Nam',
    'Dân tộc': 'Kinh',
    'Trình độ chuyên môn': 'Cao đẳng, đại học',
    'Lý luận chính trị': 'Trung cấp',
    'Cấp ủy khóa trước': 'x',
    'Đảng viên': 'Chính thức',
    Nguồn: 'Cấp ủy giới thiệu',
    'Danh sách bầu': EXAMPLE_CODE,
  },
  [ELECTIONS_SHEET]: {
    Mã: EXAMPLE_CODE,
    'Cuộc bầu cử': 'Bầu Ban Chấp hành (ví dụ: sửa hoặc xóa dòng này)',
    'Chức danh': 'Ban Chấp hành',
    'Số lượng cần bầu': '15',
    'Phiếu phát ra': '150',
  },
  [UNITS_SHEET]: { 'Chi bộ': 'Chi bộ số 1 (ví dụ)', 'Đảng viên chính thức': '30', 'Đảng viên dự bị': '2' },
};

/**
 * Whether a row holds exactly the example: every filled cell under a header of the example with
 * its value, and every value of the example there.
 */
export function isExampleRow(header: readonly string[], cells: readonly CellValue[], example: ExampleRow): boolean {
  return exampleRowTest(header, example)(cells);
}

/** isExampleRow for many rows under one header: the example's keys and the header's made once. */
export function exampleRowTest(
  header: readonly string[],
  example: ExampleRow,
): (cells: readonly CellValue[]) => boolean {
  const wanted = new Map(Object.entries(example).map(([label, value]) => [labelKey(label), labelKey(value)]));
  const expectedAt = header.map((h) => wanted.get(labelKey(h ?? '')));
  return (cells) => {
    let matched = 0;
    for (let c = 0; c < Math.max(header.length, cells.length); c++) {
      const text = cellText(cells[c]);
      if (!text) continue;
      const expected = expectedAt[c];
      if (expected === undefined || expected !== labelKey(text)) return false;
      matched++;
    }
    return matched === wanted.size;
  };
}
