/**
 * The blank workbook (WORKBOOK.md "Input sheets"): every input sheet with its headers, for the
 * `template` command and the pane's "Prepare". The bundled examples are laid out by the same
 * functions, so a clerk who opens an example sees the sheets the template gives them.
 */
import { COUNTER_COLUMNS, ELECTION_COLUMNS, ROLL_COLUMNS } from '../tallyInput';
import type { CellStyle, PlanValue, SheetPlan, Validation } from '../sheetPlan';
import { BALLOT_PROMPTS, type ColumnGuide, COLUMN_GUIDES, LIST_ALERT, MARK_PROMPT } from './columnGuides';
import { EXAMPLE_ROWS, type ExampleRow } from '../exampleRows';
import {
  CONGRESS_SHEET,
  PERSONNEL_SHEET,
  ROLL_SHEET,
  COUNTERS_SHEET,
  ELECTIONS_SHEET,
  UNITS_SHEET,
} from '../sheetNames';
import { CONGRESS_CHOICES, CONGRESS_LABELS, type CongressLabel } from '../parse/congress';

/** The example ballot sheet: the default `Trang phiếu` of an election coded `BCH`. */
export const EXAMPLE_BALLOT_SHEET = 'Phiếu BCH';

// Header labels in contract order (WORKBOOK.md): the parser's own lists where it has them.
export const ROLL_HEADERS = ROLL_COLUMNS;
export const COUNTER_HEADERS = COUNTER_COLUMNS;
export const PERSONNEL_HEADERS = [
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Trình độ chuyên môn',
  'Lý luận chính trị',
  'Cấp ủy khóa trước',
  'Đảng viên',
  'Nguồn',
  'Tên gọi',
  // Extension: the `Mã` of the elections whose list the person is on (parse/candidateLists.ts).
  'Danh sách bầu',
] as const;
export const ELECTION_HEADERS = ELECTION_COLUMNS;
export const UNIT_HEADERS = [
  'Chi bộ',
  'Đảng viên chính thức',
  'Đảng viên dự bị',
  'Tối thiểu',
  'Cộng thêm',
  'Cấp ủy viên đương nhiệm',
] as const;
export const BALLOT_NUMBER_HEADER = 'Số phiếu';
export const BALLOT_TEAM_HEADER = 'Tổ';
export const BALLOT_RULING_HEADER = 'Không hợp lệ';
/** Introduction ballots (version 2): a column of names written in. */
export const WRITE_IN_HEADER = 'Giới thiệu thêm';
/** Trust votes (version 2): the optional `Nhân sự` column of positions. */
export const POSITION_HEADER = 'Chức vụ';
/** The optional first row of `Đại hội`, which the parser skips. */
export const CONGRESS_HEADER = ['Thông tin', 'Giá trị', 'Ghi chú'] as const;

/** `@`: what is typed stays text — `-` is a mark, not a minus; `05/06/2025` is not a US date. */
export const TEXT_FORMAT = '@';

const HEADER_STYLE: CellStyle = { bold: true, fill: 'DDE7F0', border: 'thin', vAlign: 'middle', wrap: true };

/** Short hints of `Đại hội`, column C: what to type, and the default when left blank. */
export const CONGRESS_HINTS: Record<CongressLabel, string> = {
  'Đảng bộ cấp trên': 'Tổ chức đảng cấp trên trực tiếp, in trên phiếu bầu; ví dụ: ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
  'Tổ chức đảng': 'Bắt buộc. Ví dụ: Đảng bộ phường Ngọc Lâm; Chi bộ khu dân cư số 5',
  'Loại đại hội': 'Bắt buộc: Đại hội đảng viên / Đại hội đại biểu / Hội nghị',
  'Cấp đại hội': 'Chi bộ, Cơ sở, Cấp trên cơ sở, Xã, phường, đặc khu, Tỉnh; để trống: tự xác định',
  'Lần thứ': 'Ví dụ: I (xã, phường mới hợp nhất); để trống nếu không ghi lần thứ',
  'Nhiệm kỳ': 'Ví dụ: 2025 - 2030',
  'Địa danh': 'Địa danh ở dòng ngày tháng, ví dụ: Phúc Đồng',
  Ngày: 'Ngày đại hội, dạng ngày/tháng/năm, ví dụ: 05/08/2025',
  'Quy chế bầu cử': 'Mặc định 190-QĐ/TW; hoặc 244-QĐ/TW',
  'Nhóm tuổi': 'Mốc tuổi khi thống kê cơ cấu; mặc định 35, 50',
  'Ngày tính tuổi': 'Để trống: nhiệm kỳ 2025 - 2030 theo Chỉ thị 45-CT/TW, nhiệm kỳ khác là ngày đại hội',
  'Phiếu không bầu ai': 'Mặc định Không hợp lệ; hoặc Hợp lệ',
  'Dự khuyết cần quá bán': 'Mặc định Có; Không chỉ theo 244-QĐ/TW (190-QĐ/TW Điều 18: phải quá bán)',
  'In tỷ lệ so với phiếu hợp lệ': 'Mặc định Có; hoặc Không',
  'Ký biên bản': 'Mặc định Tất cả; hoặc Trưởng ban',
  'Ký hiệu văn bản': 'Trong số biên bản, mặc định ĐH',
  'Tên đại hội trên văn bản': 'Để trống: ghi theo tổ chức đảng và lần thứ; hội nghị: tên hội nghị',
  'Lề trang': 'Trên, dưới, trái, phải (mm); mặc định 25, 25, 35, 15',
  'Cơ sở xin ý kiến': 'Mặc định Có mặt; hoặc Triệu tập',
  'Làm tròn số dư': 'Mặc định Không làm tròn; hoặc Làm tròn lên / Làm tròn xuống',
  'In đảng bộ cấp trên trên biên bản': 'Mặc định Không (biên bản ghi Đại hội là cơ quan cấp trên); hoặc Có',
  'Bầu lại khi bằng phiếu': 'Mặc định Quá bán; hoặc Nhiều phiếu hơn',
  'In mã kiểm tra': 'Mặc định Có (một dòng nhỏ cuối biên bản); hoặc Không',
  'Số đại biểu tối đa': 'Số đại biểu tối đa của đại hội (phân bổ)',
  'Số tháng nhiệm kỳ': 'Mặc định 60',
  'Số tháng còn lại khi tái cử': 'Mặc định 48',
  'Tỷ lệ nữ tối thiểu': 'Phần trăm, mặc định 15',
  'Tuổi trẻ': 'Dưới tuổi này là cán bộ trẻ; mặc định 40',
  'Tỷ lệ trẻ tối thiểu': 'Phần trăm, mặc định 10',
  'Số đại biểu phân bổ': 'Số đại biểu chia cho các chi bộ (không kể đương nhiên)',
  'Phương pháp phân bổ': "Mặc định Số dư lớn nhất; hoặc D'Hondt, Sainte-Laguë, Huntington-Hill, Cơ sở và định mức",
  'Tính theo': 'Mặc định Đảng viên chính thức; hoặc Tổng số đảng viên',
  'Đại biểu cơ sở': 'Cơ sở và định mức: số đại biểu mỗi chi bộ',
  'Định mức': 'Cơ sở và định mức: số đảng viên thêm một đại biểu',
  'Ngưỡng số dư': 'Cơ sở và định mức: số dư từ ngần này thì thêm một đại biểu',
};

export interface TableSheetOptions {
  /** 0-based columns formatted as text (marks, dates). */
  textColumns?: number[];
  /** Rows below the header formatted, at least (the template's empty rows). */
  formattedRows?: number;
  /** Column widths in points. */
  widths?: number[];
  /** Input messages on the headers and drop-downs on the coded columns (columnGuides.ts). */
  guide?: ColumnGuide;
  /** The template's example row, written first under the header in grey italics (exampleRows.ts). */
  example?: ExampleRow;
}

/** Drop-downs reach at least this far down, for the rows a clerk adds. */
const LIST_ROWS = 300;

/** Excel's limit on an input message's title. */
const PROMPT_TITLE_MAX = 32;

/** A header's input message, and its column's drop-down under it. */
function guideValidations(header: readonly string[], guide: ColumnGuide, rows: number): Validation[] {
  const out: Validation[] = [];
  header.forEach((label, col) => {
    const message = guide.prompts[label];
    if (message) out.push({ range: { row: 0, col }, prompt: { title: label.slice(0, PROMPT_TITLE_MAX), message } });
    const list = guide.lists?.[label];
    if (list) out.push({ range: { row: 1, col, rows: Math.max(rows, LIST_ROWS) }, list, alert: LIST_ALERT });
  });
  return out;
}

/** A tabular input sheet: the header in row 1, bold and frozen; the given rows under it. */
export function tableSheetPlan(
  name: string,
  header: readonly string[],
  rows: PlanValue[][],
  opts: TableSheetOptions = {},
): SheetPlan {
  const example = opts.example;
  const data = example ? [header.map((h) => example[h] ?? null), ...rows] : rows;
  const formatted = Math.max(data.length, opts.formattedRows ?? 0);
  const styles: SheetPlan['styles'] = [{ range: { row: 0, col: 0, cols: header.length }, style: HEADER_STYLE }];
  for (const col of opts.textColumns ?? []) {
    if (formatted > 0) styles.push({ range: { row: 1, col, rows: formatted }, style: { numberFormat: TEXT_FORMAT } });
  }
  if (example)
    styles.push({ range: { row: 1, col: 0, cols: header.length }, style: { italic: true, color: '7F7F7F' } });
  return {
    name,
    values: [[...header], ...data],
    styles,
    merges: [],
    columnWidths: opts.widths ?? header.map((h) => Math.max(60, h.length * 7)),
    freeze: { rows: 1, cols: 0 },
    validations: opts.guide ? guideValidations(header, opts.guide, formatted) : undefined,
  };
}

export interface CongressEntry {
  label: CongressLabel;
  value: PlanValue;
  hint?: string;
}

/** `Đại hội`: labels in column A, values in B (text, so dates stay as typed), hints in C. */
export function congressSheetPlan(entries: CongressEntry[]): SheetPlan {
  const withHints = entries.some((e) => e.hint);
  const header = withHints ? [...CONGRESS_HEADER] : CONGRESS_HEADER.slice(0, 2);
  const rows: PlanValue[][] = entries.map((e) => (withHints ? [e.label, e.value, e.hint ?? null] : [e.label, e.value]));
  const plan = tableSheetPlan(CONGRESS_SHEET, header, rows, { widths: withHints ? [190, 190, 420] : [190, 220] });
  // Every value cell is text: dates above all, and `XXIII`, `2025 - 2030` are words anyway.
  plan.styles.push({ range: { row: 1, col: 1, rows: rows.length }, style: { numberFormat: TEXT_FORMAT } });
  plan.styles.push({ range: { row: 1, col: 0, rows: rows.length }, style: { bold: true } });
  if (withHints)
    plan.styles.push({ range: { row: 1, col: 2, rows: rows.length }, style: { italic: true, color: '595959' } });
  // A drop-down on the value of each coded label (none where a value holds a comma: Excel's list
  // separator).
  const choices: Partial<Record<CongressLabel, readonly string[]>> = CONGRESS_CHOICES;
  plan.validations = entries.flatMap((e, i): Validation[] => {
    const list = choices[e.label];
    return list && !list.some((v) => v.includes(','))
      ? [{ range: { row: i + 1, col: 1 }, list, alert: LIST_ALERT }]
      : [];
  });
  return plan;
}

/** Columns of a `Từng phiếu` ballot sheet: every one is text, since `-` is a mark. */
export function ballotSheetPlan(
  name: string,
  header: readonly string[],
  rows: PlanValue[][],
  formattedRows = 0,
  formattedCols = header.length,
): SheetPlan {
  const widths = header.map((h, i) =>
    i === 0 ? 60 : h === BALLOT_TEAM_HEADER ? 40 : h === BALLOT_RULING_HEADER ? 170 : 110,
  );
  const plan = tableSheetPlan(name, header, rows, { widths });
  const formatted = Math.max(rows.length, formattedRows);
  if (formatted > 0)
    plan.styles.push({
      range: { row: 1, col: 0, rows: formatted, cols: formattedCols },
      style: { numberFormat: TEXT_FORMAT, hAlign: 'center' },
    });
  plan.styles.push({ range: { row: 0, col: 0, cols: header.length }, style: { hAlign: 'center' } });
  plan.freeze = { rows: 1, cols: 1 };
  plan.validations = header.map((label, col) => ({
    range: { row: 0, col },
    prompt: { title: label.slice(0, PROMPT_TITLE_MAX), message: BALLOT_PROMPTS[label] ?? MARK_PROMPT },
  }));
  return plan;
}

/** Headers of a `Tổng hợp` ballot sheet before the names (WORKBOOK.md "Tổng hợp"). */
export const SUBTOTAL_HEADERS = ['Tổ kiểm phiếu', 'Phiếu thu vào', 'Phiếu không hợp lệ'] as const;

/** A `Tổng hợp` sheet: one row per counting team, then an optional `Tổng cộng` row. */
export function subtotalSheetPlan(name: string, candidates: readonly string[]): SheetPlan {
  const header = [...SUBTOTAL_HEADERS, ...candidates];
  const plan = tableSheetPlan(name, header, [], { widths: header.map((_, i) => (i === 0 ? 110 : 90)) });
  plan.styles.push({ range: { row: 0, col: 0, cols: header.length }, style: { hAlign: 'center' } });
  plan.freeze = { rows: 1, cols: 1 };
  return plan;
}

/** The template's sheets carry their example row; the example congresses do not. */
const exampleOf = (sheet: string, withExample: boolean): ExampleRow | undefined =>
  withExample ? EXAMPLE_ROWS[sheet] : undefined;

export const rollSheetPlan = (rows: PlanValue[][], formattedRows = 0, withExample = false): SheetPlan =>
  tableSheetPlan(ROLL_SHEET, ROLL_HEADERS, rows, {
    widths: [40, 170, 190, 90, 110],
    formattedRows,
    guide: COLUMN_GUIDES[ROLL_SHEET],
    example: exampleOf(ROLL_SHEET, withExample),
  });

export const counterSheetPlan = (rows: PlanValue[][], withExample = false): SheetPlan =>
  tableSheetPlan(COUNTERS_SHEET, COUNTER_HEADERS, rows, {
    widths: [40, 170, 90, 140],
    guide: COLUMN_GUIDES[COUNTERS_SHEET],
    example: exampleOf(COUNTERS_SHEET, withExample),
  });

/**
 * `Nhân sự`; with `Chức vụ` last for a trust vote (the position printed beside each name), and
 * the template's example row when asked.
 */
export const personnelSheetPlan = (
  rows: PlanValue[][],
  formattedRows = 0,
  opts: { example?: boolean; position?: boolean } = {},
): SheetPlan =>
  tableSheetPlan(PERSONNEL_SHEET, opts.position ? [...PERSONNEL_HEADERS, POSITION_HEADER] : PERSONNEL_HEADERS, rows, {
    // `Ngày sinh` is a date typed as text; `Cấp ủy khóa trước` holds `x`.
    textColumns: [1, 6],
    formattedRows,
    widths: [170, 80, 60, 60, 130, 100, 80, 80, 120, 70, 110, ...(opts.position ? [220] : [])],
    guide: COLUMN_GUIDES[PERSONNEL_SHEET],
    example: exampleOf(PERSONNEL_SHEET, opts.example ?? false),
  });

export const electionSheetPlan = (rows: PlanValue[][], formattedRows = 0, withExample = false): SheetPlan =>
  tableSheetPlan(ELECTIONS_SHEET, ELECTION_HEADERS, rows, {
    // `Mã`, `Vòng trước` and `Cho cuộc bầu` are codes; `Số biên bản` keeps its leading zero (`01`);
    // `Kết thúc kiểm phiếu` is a date and time typed as text.
    textColumns: [0, 5, 14, 15, 16],
    formattedRows,
    widths: [55, 220, 130, 70, 45, 60, 65, 65, 65, 90, 80, 120, 65, 130, 70, 70, 120],
    guide: COLUMN_GUIDES[ELECTIONS_SHEET],
    example: exampleOf(ELECTIONS_SHEET, withExample),
  });

export const unitSheetPlan = (rows: PlanValue[][], withExample = false): SheetPlan =>
  tableSheetPlan(UNITS_SHEET, UNIT_HEADERS, rows, {
    widths: [190, 80, 80, 60, 60, 90],
    guide: COLUMN_GUIDES[UNITS_SHEET],
    example: exampleOf(UNITS_SHEET, withExample),
  });

/** Rows and columns of the blank template formatted ahead of typing. */
const TEMPLATE_ROWS = 300;
const TEMPLATE_BALLOT_ROWS = 500;
const TEMPLATE_BALLOT_COLS = 60;

/**
 * Every input sheet of the contract, empty: `Đại hội` with every label and a hint, the tables
 * with their headers, an example row each (ignored until edited) and what goes in each column
 * (input messages, drop-downs), and an example ballot sheet whose header the clerk completes with the
 * candidates' names between `Tổ` and `Không hợp lệ` (Excel formats an inserted column like its
 * left neighbour, so the names' columns come out as text too).
 */
export function templateSheetPlans(): SheetPlan[] {
  return [
    congressSheetPlan(CONGRESS_LABELS.map((label) => ({ label, value: null, hint: CONGRESS_HINTS[label] }))),
    rollSheetPlan([], TEMPLATE_ROWS, true),
    counterSheetPlan([], true),
    personnelSheetPlan([], TEMPLATE_ROWS, { example: true }),
    electionSheetPlan([], 30, true),
    ballotSheetPlan(
      EXAMPLE_BALLOT_SHEET,
      [BALLOT_NUMBER_HEADER, BALLOT_TEAM_HEADER, BALLOT_RULING_HEADER],
      [],
      TEMPLATE_BALLOT_ROWS,
      TEMPLATE_BALLOT_COLS,
    ),
    unitSheetPlan([], true),
  ];
}

/** The kinds of blank workbook `template --kind` lays out. */
export type TemplateKind = 'election' | 'trust' | 'introduction';
export const TEMPLATE_KINDS: TemplateKind[] = ['election', 'trust', 'introduction'];

/** The `Đại hội` labels a conference holding a trust vote or an introduction needs. */
const CONFERENCE_LABELS: CongressLabel[] = [
  'Đảng bộ cấp trên',
  'Tổ chức đảng',
  'Loại đại hội',
  'Nhiệm kỳ',
  'Địa danh',
  'Ngày',
  'Tên đại hội trên văn bản',
  'Ký biên bản',
  'Ký hiệu văn bản',
  'Lề trang',
];

/**
 * A blank workbook laid out for a trust vote or an introduction ballot (version 2): `Đại hội`
 * with `Loại đại hội` = `Hội nghị`, the roll, the counting committee, `Nhân sự` (with `Chức vụ`
 * for a trust vote), one `Bầu cử` row of the kind and its ballot sheet, whose header the clerk
 * completes with the names between `Số phiếu` and the last columns.
 */
export function kindTemplateSheetPlans(kind: TemplateKind): SheetPlan[] {
  if (kind === 'election') return templateSheetPlans();
  const trust = kind === 'trust';
  const id = trust ? 'TN' : 'GT';
  const sheet = `Phiếu ${id}`;
  const office = trust ? 'Lấy phiếu tín nhiệm' : 'Giới thiệu nhân sự';
  const row = ELECTION_HEADERS.map((h): PlanValue => {
    if (h === 'Mã') return id;
    if (h === 'Chức danh') return office;
    if (h === 'Trang phiếu') return sheet;
    if (h === 'Hình thức nhập') return 'Từng phiếu';
    if (h === 'Lần bầu') return trust ? null : 1;
    return null;
  });
  const hints: Partial<Record<CongressLabel, string>> = {
    'Tổ chức đảng': 'Bắt buộc. Ví dụ: Ban Chấp hành Đảng bộ phường Ngọc Lâm',
    'Loại đại hội': 'Hội nghị (hội nghị ban chấp hành, hội nghị cán bộ chủ chốt)',
    'Tên đại hội trên văn bản': 'Tên hội nghị ở tiêu đề văn bản, ví dụ: Hội nghị Ban Chấp hành Đảng bộ phường Ngọc Lâm',
    Ngày: 'Ngày hội nghị, dạng ngày/tháng/năm',
  };
  const ballotHeader = trust
    ? [BALLOT_NUMBER_HEADER, BALLOT_RULING_HEADER]
    : [BALLOT_NUMBER_HEADER, WRITE_IN_HEADER, WRITE_IN_HEADER, BALLOT_RULING_HEADER];
  return [
    congressSheetPlan(
      CONFERENCE_LABELS.map((label) => ({
        label,
        value: label === 'Loại đại hội' ? 'Hội nghị' : null,
        hint: hints[label] ?? CONGRESS_HINTS[label],
      })),
    ),
    rollSheetPlan([], TEMPLATE_ROWS),
    counterSheetPlan([]),
    personnelSheetPlan([], TEMPLATE_ROWS, { position: trust }),
    electionSheetPlan([row], 30),
    ballotSheetPlan(sheet, ballotHeader, [], TEMPLATE_BALLOT_ROWS, TEMPLATE_BALLOT_COLS),
  ];
}

/** Names of the sheets the template holds, in order. */
export const TEMPLATE_SHEETS = [
  CONGRESS_SHEET,
  ROLL_SHEET,
  COUNTERS_SHEET,
  PERSONNEL_SHEET,
  ELECTIONS_SHEET,
  EXAMPLE_BALLOT_SHEET,
  UNITS_SHEET,
];
