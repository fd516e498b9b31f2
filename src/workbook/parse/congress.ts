import type { SheetValues } from '../port';
import { labelKey, sameLabel } from '../../engine/text/normalize';
import { inputError, type Problem } from '../problems';
import { type CalendarDate } from '../../engine/text/format';
import { DEFAULT_RULE_SET, type RuleSetId, RULE_SETS } from '../../engine/rules/ruleSets';
import type { Congress, CongressField, CongressLevel, CongressKind } from '../../engine/model/congress';
import { DEFAULT_SETTINGS, type Settings } from '../../engine/model/settings';
import { cellDate, cellText, isBlank } from '../values';
import { cellRef } from '../address';
import { CONGRESS_SHEET } from '../sheetNames';

/** Every label of the sheet, as the template writes them. */
export const CONGRESS_LABELS = [
  'Đảng bộ cấp trên',
  'Tổ chức đảng',
  'Loại đại hội',
  'Cấp đại hội',
  'Lần thứ',
  'Nhiệm kỳ',
  'Địa danh',
  'Ngày',
  'Quy chế bầu cử',
  'Nhóm tuổi',
  'Ngày tính tuổi',
  'Phiếu không bầu ai',
  'Dự khuyết cần quá bán',
  'In tỷ lệ so với phiếu hợp lệ',
  'Ký biên bản',
  'Ký hiệu văn bản',
  'Tên đại hội trên văn bản',
  'Lề trang',
  'Cơ sở xin ý kiến',
  'Làm tròn số dư',
  'In đảng bộ cấp trên trên biên bản',
  'Bầu lại khi bằng phiếu',
  'In mã kiểm tra',
  'Số đại biểu tối đa',
  'Số tháng nhiệm kỳ',
  'Số tháng còn lại khi tái cử',
  'Tỷ lệ nữ tối thiểu',
  'Tuổi trẻ',
  'Tỷ lệ trẻ tối thiểu',
  'Số đại biểu phân bổ',
  'Phương pháp phân bổ',
  'Tính theo',
  'Đại biểu cơ sở',
  'Định mức',
  'Ngưỡng số dư',
] as const;
export type CongressLabel = (typeof CONGRESS_LABELS)[number];

/** The field of the engine's congress each label gives (settings by their engine id). */
export const FIELD_OF_LABEL: Record<CongressLabel, CongressField> = {
  'Đảng bộ cấp trên': 'superior',
  'Tổ chức đảng': 'organisation',
  'Loại đại hội': 'kind',
  'Cấp đại hội': 'level',
  'Lần thứ': 'ordinal',
  'Nhiệm kỳ': 'term',
  'Địa danh': 'place',
  Ngày: 'date',
  'Quy chế bầu cử': 'ruleSet',
  'Nhóm tuổi': 'ageBands',
  'Ngày tính tuổi': 'ageReferenceDate',
  'Phiếu không bầu ai': 'emptyBallotValid',
  'Dự khuyết cần quá bán': 'alternatesNeedMajority',
  'In tỷ lệ so với phiếu hợp lệ': 'printPercentOfValid',
  'Ký biên bản': 'signers',
  'Ký hiệu văn bản': 'documentSymbol',
  'Tên đại hội trên văn bản': 'congressLineOverride',
  'Lề trang': 'margins',
  'Cơ sở xin ý kiến': 'opinionBase',
  'Làm tròn số dư': 'surplusRounding',
  'In đảng bộ cấp trên trên biên bản': 'printSuperiorOnMinutes',
  'Bầu lại khi bằng phiếu': 'tieRevote',
  'In mã kiểm tra': 'printFingerprint',
  'Số đại biểu tối đa': 'maxDelegates',
  'Số tháng nhiệm kỳ': 'termMonths',
  'Số tháng còn lại khi tái cử': 'reelectionMonths',
  'Tỷ lệ nữ tối thiểu': 'minWomenPercent',
  'Tuổi trẻ': 'youngAge',
  'Tỷ lệ trẻ tối thiểu': 'minYoungPercent',
  'Số đại biểu phân bổ': 'allocationSeats',
  'Phương pháp phân bổ': 'allocationMethod',
  'Tính theo': 'allocationBasis',
  'Đại biểu cơ sở': 'baseSeats',
  'Định mức': 'membersPerSeat',
  'Ngưỡng số dư': 'remainderThreshold',
};

/**
 * The values a coded label takes, as the parser matches them (forgivingly) and as the template
 * offers them in a drop-down (an Excel list cannot hold a value with a comma: `Xã, phường`).
 */
export const CONGRESS_CHOICES = {
  'Loại đại hội': ['Đại hội đảng viên', 'Đại hội đại biểu', 'Hội nghị'],
  // `Xã, phường` is version 1's spelling of `Xã, phường, đặc khu`, still read.
  'Cấp đại hội': ['Chi bộ', 'Cơ sở', 'Cấp trên cơ sở', 'Xã, phường, đặc khu', 'Xã, phường', 'Tỉnh'],
  'Phiếu không bầu ai': ['Không hợp lệ', 'Hợp lệ'],
  'Dự khuyết cần quá bán': ['Có', 'Không'],
  'In tỷ lệ so với phiếu hợp lệ': ['Có', 'Không'],
  'Ký biên bản': ['Tất cả', 'Trưởng ban'],
  'Cơ sở xin ý kiến': ['Có mặt', 'Triệu tập'],
  'Làm tròn số dư': ['Không làm tròn', 'Làm tròn lên', 'Làm tròn xuống'],
  'In đảng bộ cấp trên trên biên bản': ['Có', 'Không'],
  'Bầu lại khi bằng phiếu': ['Quá bán', 'Nhiều phiếu hơn'],
  'In mã kiểm tra': ['Có', 'Không'],
  'Phương pháp phân bổ': ['Số dư lớn nhất', "D'Hondt", 'Sainte-Laguë', 'Huntington-Hill', 'Cơ sở và định mức'],
  'Tính theo': ['Đảng viên chính thức', 'Tổng số đảng viên'],
} as const satisfies Partial<Record<CongressLabel, readonly string[]>>;

/** The label that spells a field on the sheet (for messages that name it). */
export function labelOfField(field: CongressField): CongressLabel {
  const found = CONGRESS_LABELS.find((label) => FIELD_OF_LABEL[label] === field);
  if (!found) throw new Error(`no label for congress field ${field}`);
  return found;
}

function choose<T extends string>(raw: string, options: readonly T[]): T | undefined {
  return options.find((o) => sameLabel(o, raw));
}

interface LabelCell {
  text: string;
  cell: string;
  /** The cell of the label itself (column A). */
  labelCell: string;
  value: SheetValues[number][number];
}

/** Parses the sheet `Đại hội`. Problems are returned, never thrown. */
export function parseCongress(values: SheetValues): { congress: Congress; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = readLabels(values, problems);
  const refs: Congress['refs'] = {};
  const given = new Set<CongressField>();
  for (const [label, v] of raw) {
    refs[FIELD_OF_LABEL[label]] = v.cell;
    if (v.text) given.add(FIELD_OF_LABEL[label]);
  }
  const v = new LabelValues(raw, problems);
  const facts = parseFacts(v);
  const settings = parseSettings(v, facts.ruleSet);
  const congressDate = v.date('Ngày');
  const congress: Congress = {
    ...facts,
    superior: v.text('Đảng bộ cấp trên'),
    ordinal: v.text('Lần thứ'),
    term: v.text('Nhiệm kỳ'),
    place: v.text('Địa danh'),
    date: congressDate,
    // As given: blank leaves the date to the rule of the term and level (engine/rules/ageReference).
    ageReferenceDate: v.date('Ngày tính tuổi'),
    settings,
    given,
    refs,
  };
  return { congress, problems };
}

/**
 * Label → its value cell; a label that is not the template's is UNKNOWN_LABEL (typo protection),
 * and a label given twice is DUPLICATE_LABEL at the second (the second `Ngày` silently changed
 * the date of the minutes).
 */
function readLabels(values: SheetValues, problems: Problem[]): Map<CongressLabel, LabelCell> {
  const raw = new Map<CongressLabel, LabelCell>();
  const labelByKey = new Map(CONGRESS_LABELS.map((l) => [labelKey(l), l] as const));
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const label = cellText(row[0]);
    if (!label) {
      if (row.some((c) => !isBlank(c))) {
        problems.push(
          inputError('UNKNOWN_LABEL', 'UNKNOWN_LABEL', cellRef(CONGRESS_SHEET, r, 0), {
            label: '',
            suggestion: CONGRESS_LABELS[0],
          }),
        );
      }
      continue;
    }
    const key = labelKey(label);
    // An optional `Thông tin | Giá trị` (or `Mục | Giá trị`) header row (WORKBOOK.md "Header rows").
    if (
      r === firstNonBlankRow(values) &&
      (key === 'thong tin' || key === 'muc') &&
      labelKey(cellText(row[1])) === 'gia tri'
    )
      continue;
    const canonical = labelByKey.get(key);
    if (!canonical) {
      problems.push(
        inputError('UNKNOWN_LABEL', 'UNKNOWN_LABEL', cellRef(CONGRESS_SHEET, r, 0), {
          label,
          suggestion: suggestLabel(key),
        }),
      );
      continue;
    }
    const first = raw.get(canonical);
    if (first) {
      problems.push(
        inputError('DUPLICATE_LABEL', 'DUPLICATE_LABEL', cellRef(CONGRESS_SHEET, r, 0), {
          label: canonical,
          otherCell: first.labelCell,
        }),
      );
      continue;
    }
    raw.set(canonical, {
      text: cellText(row[1]),
      cell: cellRef(CONGRESS_SHEET, r, 1),
      labelCell: cellRef(CONGRESS_SHEET, r, 0),
      value: row[1] ?? null,
    });
  }
  return raw;
}

/** The values of the labels, read as each kind of field; a bad value is BAD_VALUE at its cell. */
class LabelValues {
  constructor(
    private readonly raw: Map<CongressLabel, LabelCell>,
    private readonly problems: Problem[],
  ) {}

  cell(label: CongressLabel): string | undefined {
    return this.raw.get(label)?.cell;
  }

  text(label: CongressLabel): string {
    return this.raw.get(label)?.text ?? '';
  }

  /** The text with the line breaks typed in the cell (Alt+Enter) kept, each line cleaned. */
  lines(label: CongressLabel): string {
    const value = this.raw.get(label)?.value;
    if (value === null || value === undefined || value instanceof Date) return this.text(label);
    return String(value)
      .split(/\r?\n/)
      .map((line) => cellText(line))
      .filter(Boolean)
      .join('\n');
  }

  bad(label: CongressLabel, expected: string): void {
    const v = this.raw.get(label);
    this.problems.push(inputError('BAD_VALUE', 'BAD_VALUE', v?.cell, { value: v?.text ?? '', field: label, expected }));
  }

  /** BAD_VALUE with a message of its own: the value is read but not allowed here. */
  refuse(label: CongressLabel, message: 'ALTERNATES_MAJORITY_190'): void {
    const v = this.raw.get(label);
    this.problems.push(inputError('BAD_VALUE', message, v?.cell, { value: v?.text ?? '', field: label }));
  }

  required(label: CongressLabel, expected: string): void {
    this.problems.push(
      inputError('BAD_VALUE', 'BAD_VALUE_REQUIRED', this.cell(label) ?? cellRef(CONGRESS_SHEET, 0, 1), {
        field: label,
        expected,
      }),
    );
  }

  pick<T extends string>(label: CongressLabel, options: readonly T[], fallback: T): T {
    const t = this.text(label);
    if (!t) return fallback;
    const found = choose(t, options);
    if (!found) this.bad(label, options.map((o) => `"${o}"`).join(' / '));
    return found ?? fallback;
  }

  yesNo(label: CongressLabel, fallback: boolean): boolean {
    return this.pick(label, ['Có', 'Không'] as const, fallback ? 'Có' : 'Không') === 'Có';
  }

  integer(label: CongressLabel, fallback: number | null, min = 0): number | null {
    const t = this.text(label);
    if (!t) return fallback;
    const n = /^\d+$/.test(t.replace(/\./g, '')) ? Number(t.replace(/\./g, '')) : NaN;
    if (!Number.isInteger(n) || n < min) {
      this.bad(label, `một số nguyên ≥ ${min}`);
      return fallback;
    }
    return n;
  }

  percent(label: CongressLabel, fallback: number): number {
    const t = this.text(label).replace('%', '').replace(',', '.').trim();
    if (!t) return fallback;
    const n = Number(t);
    if (!Number.isFinite(n) || n < 0 || n > 100) {
      this.bad(label, 'một tỷ lệ phần trăm từ 0 đến 100');
      return fallback;
    }
    return n;
  }

  date(label: CongressLabel): CalendarDate | null {
    const v = this.raw.get(label);
    if (!v || isBlank(v.value)) return null;
    const parsed = cellDate(v.value);
    if (!parsed) {
      this.problems.push(inputError('BAD_VALUE', 'BAD_DATE', v.cell, { value: v.text }));
      return null;
    }
    return parsed.date;
  }
}

/** What the congress is: organisation, kind, level, rule set, age bands. */
function parseFacts(v: LabelValues): Pick<Congress, 'organisation' | 'kind' | 'level' | 'ruleSet' | 'ageBands'> {
  const organisation = v.text('Tổ chức đảng');
  if (!organisation) v.required('Tổ chức đảng', 'tên tổ chức đảng tổ chức đại hội');
  let kind: CongressKind = 'Đại hội đảng viên';
  if (!v.text('Loại đại hội')) v.required('Loại đại hội', '"Đại hội đảng viên", "Đại hội đại biểu" hoặc "Hội nghị"');
  else kind = v.pick('Loại đại hội', CONGRESS_CHOICES['Loại đại hội'], 'Đại hội đảng viên');
  const defaultLevel: CongressLevel = /^chi bo\b/.test(labelKey(organisation)) ? 'Chi bộ' : 'Cơ sở';
  // Version 1 spelled the level of communes and wards under the province `Xã, phường`.
  const level = v.pick('Cấp đại hội', CONGRESS_CHOICES['Cấp đại hội'], defaultLevel);
  const ruleSet = v.pick('Quy chế bầu cử', Object.keys(RULE_SETS) as RuleSetId[], DEFAULT_RULE_SET);

  let ageBands = [35, 50];
  const bands = v.text('Nhóm tuổi');
  if (bands) {
    const parts = bands
      .split(/[,;]\s*|\s+/)
      .filter(Boolean)
      .map(Number);
    const ok =
      parts.length > 0 &&
      parts.every((n, i) => Number.isInteger(n) && n > 0 && n < 120 && (i === 0 || n > parts[i - 1]));
    if (ok) ageBands = parts;
    else v.bad('Nhóm tuổi', 'các mốc tuổi tăng dần, cách nhau bằng dấu phẩy (ví dụ "35, 50")');
  }
  return { organisation, kind, level: level === 'Xã, phường' ? 'Xã, phường, đặc khu' : level, ruleSet, ageBands };
}

function parseMargins(v: LabelValues): Settings['margins'] {
  const text = v.text('Lề trang');
  if (!text) return DEFAULT_SETTINGS.margins;
  const parts = text
    .split(/[;,]\s*|\s+/)
    .filter(Boolean)
    .map((p) => Number(p.replace(',', '.')));
  if (parts.length === 4 && parts.every((n) => Number.isFinite(n) && n >= 0 && n <= 60)) {
    return { top: parts[0], bottom: parts[1], left: parts[2], right: parts[3] };
  }
  v.bad('Lề trang', 'bốn số mm: trên, dưới, trái, phải (ví dụ "25, 25, 35, 15")');
  return DEFAULT_SETTINGS.margins;
}

function parseSettings(v: LabelValues, ruleSet: RuleSetId): Settings {
  const margins = parseMargins(v);
  let alternatesNeedMajority = v.yesNo('Dự khuyết cần quá bán', true);
  // QĐ 190 Điều 18: alternates need more than half, as officials do; only QĐ 244 left it open.
  if (!alternatesNeedMajority && ruleSet === '190-QĐ/TW') {
    v.refuse('Dự khuyết cần quá bán', 'ALTERNATES_MAJORITY_190');
    alternatesNeedMajority = true;
  }
  return {
    emptyBallotValid: v.pick('Phiếu không bầu ai', CONGRESS_CHOICES['Phiếu không bầu ai'], 'Không hợp lệ') === 'Hợp lệ',
    alternatesNeedMajority,
    printPercentOfValid: v.yesNo('In tỷ lệ so với phiếu hợp lệ', true),
    signers: v.pick('Ký biên bản', CONGRESS_CHOICES['Ký biên bản'], 'Tất cả'),
    documentSymbol: v.text('Ký hiệu văn bản') || DEFAULT_SETTINGS.documentSymbol,
    // Its line breaks are where the header breaks the congress line (WORKBOOK.md "Version 2").
    congressLineOverride: v.lines('Tên đại hội trên văn bản') || null,
    margins,
    opinionBase: v.pick('Cơ sở xin ý kiến', CONGRESS_CHOICES['Cơ sở xin ý kiến'], 'Có mặt'),
    printSuperiorOnMinutes: v.yesNo('In đảng bộ cấp trên trên biên bản', DEFAULT_SETTINGS.printSuperiorOnMinutes),
    tieRevote: v.pick('Bầu lại khi bằng phiếu', CONGRESS_CHOICES['Bầu lại khi bằng phiếu'], DEFAULT_SETTINGS.tieRevote),
    printFingerprint: v.yesNo('In mã kiểm tra', DEFAULT_SETTINGS.printFingerprint),
    surplusRounding: v.pick('Làm tròn số dư', CONGRESS_CHOICES['Làm tròn số dư'], 'Không làm tròn'),
    maxDelegates: v.integer('Số đại biểu tối đa', null, 1),
    termMonths: v.integer('Số tháng nhiệm kỳ', 60, 1) ?? 60,
    reelectionMonths: v.integer('Số tháng còn lại khi tái cử', 48, 1) ?? 48,
    minWomenPercent: v.percent('Tỷ lệ nữ tối thiểu', 15),
    youngAge: v.integer('Tuổi trẻ', 40, 1) ?? 40,
    minYoungPercent: v.percent('Tỷ lệ trẻ tối thiểu', 10),
    allocationSeats: v.integer('Số đại biểu phân bổ', null, 1),
    allocationMethod: v.pick('Phương pháp phân bổ', CONGRESS_CHOICES['Phương pháp phân bổ'], 'Số dư lớn nhất'),
    allocationBasis: v.pick('Tính theo', CONGRESS_CHOICES['Tính theo'], 'Đảng viên chính thức'),
    baseSeats: v.integer('Đại biểu cơ sở', null, 0),
    membersPerSeat: v.integer('Định mức', null, 1),
    remainderThreshold: v.integer('Ngưỡng số dư', null, 0),
  };
}

function firstNonBlankRow(values: SheetValues): number {
  return values.findIndex((row) => (row ?? []).some((c) => !isBlank(c)));
}

/** The known label closest to a typo (most shared words), for the error message. */
function suggestLabel(key: string): string {
  const words = new Set(key.split(' '));
  let best: string = CONGRESS_LABELS[0];
  let bestScore = -1;
  for (const label of CONGRESS_LABELS) {
    const score = labelKey(label)
      .split(' ')
      .filter((w) => words.has(w)).length;
    if (score > bestScore) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}
