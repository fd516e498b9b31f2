/**
 * `Kết quả <Mã>` of a trust vote and of an introduction ballot (WORKBOOK.md version 2): the same
 * title, figures, invalid reasons, checks, differences and fingerprint as every election
 * (results.ts), with the table each kind needs: per person the three levels (count and % of R),
 * invalid lines and the band of Điều 11; per name the count, % of convened, of present, of valid,
 * rank and whether introduced — and, for a later round, the previous round beside it.
 */
import type { Congress } from '../../engine/model/congress';
import type { ElectionDef } from '../../engine/model/election';
import type { ElectionResult, TrustBand } from '../../engine/model/results';
import { introductionForReference } from '../../engine/tally/introduction';
import { INTRODUCTION_CITATIONS, TRUST_CITATIONS } from '../../engine/rules/personnelBallots';
import { trustQuorumMet } from '../../engine/tally/trust';
import type { SheetPlan } from '../sheetPlan';
import { PlanBuilder } from './planBuilder';
import {
  FONT,
  GRID,
  HEAD,
  PERCENT,
  fit,
  resultsSheetPlan,
  writeChecks,
  writeDifferences,
  writeFigures,
  writeFingerprint,
  writeInvalidReasons,
  writeTitle,
} from './results';
import { resultsSheetName } from '../sheetNames';

/** The bands in words, as the contract spells them. */
export const BAND_LABELS: Record<TrustBand, string> = {
  half: 'Trên 1/2 đến dưới 2/3 phiếu tín nhiệm thấp',
  twoThirds: 'Từ 2/3 trở lên phiếu tín nhiệm thấp',
};

export const TRUST_HEADERS = [
  'STT',
  'Họ và tên',
  'Chức vụ',
  'Tín nhiệm cao',
  '',
  'Tín nhiệm',
  '',
  'Tín nhiệm thấp',
  '',
  'Không hợp lệ',
  'Mức (Điều 11)',
];
const TRUST_WIDTHS = [170, 160, 170, 50, 62, 50, 62, 50, 62, 62, 200];

export const INTRODUCTION_HEADERS = [
  'STT',
  'Họ và tên',
  'Số phiếu',
  'Tỷ lệ so với số triệu tập',
  'Tỷ lệ so với số có mặt',
  'Tỷ lệ so với phiếu hợp lệ',
  'Xếp thứ',
  'Kết quả',
  'Ghi chú',
];

/** The results sheet of any election: the kind's own layout for a trust vote or an introduction. */
export function resultsPlanFor(
  def: ElectionDef,
  result: ElectionResult,
  congress: Congress,
  previous: ElectionResult | null,
): SheetPlan {
  if (result.trust) return trustResultsPlan(result);
  if (result.introduced) return introductionResultsPlan(def, result, congress, previous);
  return resultsSheetPlan(def, result);
}

/** A percentage with two decimals as the fraction a `0.00%` cell shows, without floating-point dust (66.67 → 0.6667). */
function fraction(percent: number): number {
  return Math.round(percent * 100) / 10000;
}

function note(b: PlanBuilder, text: string, cols: number, widths: number[], color = '595959'): void {
  const r = b.merged(text, cols, { wrap: true, italic: true, color });
  fit(
    b,
    r,
    text,
    widths.slice(0, cols).reduce((s, w) => s + w, 0),
  );
}

/** A trust vote: figures, then one row per person in ballot order. */
export function trustResultsPlan(result: ElectionResult): SheetPlan {
  const cols = TRUST_HEADERS.length;
  const b = new PlanBuilder(resultsSheetName(result.id), TRUST_WIDTHS, FONT);
  writeTitle(b, result, cols);
  writeFigures(b, result);
  writeInvalidReasons(b, result);
  b.blank();
  // Two header rows: each level over its count and its % of R.
  const top = b.line(TRUST_HEADERS);
  const sub = b.line([
    '',
    '',
    '',
    'Số phiếu',
    'Tỷ lệ so với R',
    'Số phiếu',
    'Tỷ lệ so với R',
    'Số phiếu',
    'Tỷ lệ so với R',
  ]);
  b.style({ row: top, col: 0, rows: 2, cols }, HEAD);
  for (const col of [0, 1, 2, 9, 10]) b.plan.merges.push({ row: top, col, rows: 2 });
  for (const col of [3, 5, 7]) b.plan.merges.push({ row: top, col, cols: 2 });
  b.height(sub, 32);
  const zero = result.status === 'zero';
  const first = b.row;
  for (const [i, t] of (result.trust ?? []).entries()) {
    const pct = (p: number) => (zero ? null : fraction(p));
    const count = (n: number) => (zero ? null : n);
    b.line([
      i + 1,
      t.name,
      t.position || null,
      count(t.high),
      pct(t.percentHigh),
      count(t.trust),
      pct(t.percentTrust),
      count(t.low),
      pct(t.percentLow),
      count(t.invalid),
      t.band ? BAND_LABELS[t.band] : null,
    ]);
    if (t.band) b.style({ row: first + i, col: 10 }, { bold: true, color: 'C00000' });
  }
  const rows = result.trust?.length ?? 0;
  if (rows) {
    b.style({ row: first, col: 0, rows, cols }, { ...GRID, vAlign: 'middle' });
    b.style({ row: first, col: 0, rows }, { hAlign: 'center' });
    b.style({ row: first, col: 2, rows }, { wrap: true });
    b.style({ row: first, col: 10, rows }, { wrap: true });
    for (const col of [4, 6, 8]) b.style({ row: first, col, rows }, { numberFormat: PERCENT });
    (result.trust ?? []).forEach((t, i) => {
      fit(b, first + i, t.position, TRUST_WIDTHS[2]);
      if (t.band) fit(b, first + i, BAND_LABELS[t.band], TRUST_WIDTHS[10], true);
    });
  }
  b.blank();
  note(
    b,
    `Tỷ lệ tính trên R = ${result.denominator} phiếu thu về (${TRUST_CITATIONS.base}); "Không hợp lệ" của mỗi người gồm dòng không đánh dấu ô nào hoặc đánh dấu nhiều ô và phiếu bị Ban kiểm phiếu xác định không hợp lệ. Mức (${TRUST_CITATIONS.bands}) xác định bằng phép so sánh số nguyên: trên 1/2 khi 2 × số phiếu tín nhiệm thấp > R, dưới 2/3 khi 3 × số phiếu < 2 × R; từ 2/3 khi 3 × số phiếu ≥ 2 × R. Đúng 1/2 không thuộc mức nào.`,
    cols,
    TRUST_WIDTHS,
  );
  note(
    b,
    `Kết quả báo cáo cấp có thẩm quyền quản lý cán bộ; việc sử dụng kết quả do cấp có thẩm quyền xem xét, quyết định. Người được lấy phiếu ở hai nơi: mỗi nơi một kết quả riêng, không cộng gộp (${TRUST_CITATIONS.twoPlaces}).`,
    cols,
    TRUST_WIDTHS,
  );
  if (!trustQuorumMet(result.present, result.convened)) {
    note(
      b,
      `Cảnh báo: có mặt ${result.present}/${result.convened} người được triệu tập, chưa đủ 2/3 (${TRUST_CITATIONS.quorum}).`,
      cols,
      TRUST_WIDTHS,
      'C00000',
    );
  }
  writeChecks(b, result);
  writeDifferences(b, result, cols);
  writeFingerprint(b, result);
  return b.plan;
}

/** An introduction: figures, then one row per name (the prepared list, then the names written in). */
export function introductionResultsPlan(
  def: ElectionDef,
  result: ElectionResult,
  congress: Congress,
  previous: ElectionResult | null,
): SheetPlan {
  const before = previous?.introduced ? previous : null;
  const widths = before ? [170, 190, 60, 78, 62, 78, 78, 78, 50, 100, 80] : [170, 190, 62, 78, 78, 78, 50, 100, 80];
  const cols = widths.length;
  const b = new PlanBuilder(resultsSheetName(result.id), widths, FONT);
  writeTitle(b, result, cols);
  writeFigures(b, result);
  writeInvalidReasons(b, result);
  b.blank();
  const top = b.line(
    before
      ? [
          'STT',
          'Họ và tên',
          `Lần ${before.round} (${before.id})`,
          '',
          `Lần ${result.round} (${result.id})`,
          '',
          '',
          '',
          'Xếp thứ',
          'Kết quả',
          'Ghi chú',
        ]
      : INTRODUCTION_HEADERS,
  );
  let headRows = 1;
  if (before) {
    b.line(['', '', ...INTRODUCTION_HEADERS.slice(2, 4), ...INTRODUCTION_HEADERS.slice(2, 6)]);
    headRows = 2;
    for (const col of [0, 1, 8, 9, 10]) b.plan.merges.push({ row: top, col, rows: 2 });
    b.plan.merges.push({ row: top, col: 2, cols: 2 }, { row: top, col: 4, cols: 4 });
  }
  b.style({ row: top, col: 0, rows: headRows, cols }, HEAD);
  b.height(top + headRows - 1, 32);
  const zero = result.status === 'zero';
  const byName = new Map((before?.candidates ?? []).map((c) => [c.name, c] as const));
  const first = b.row;
  result.candidates.forEach((c, i) => {
    const pct = (p: number | null | undefined) => (zero || p === null || p === undefined ? null : fraction(p));
    const then = byName.get(c.name);
    const current = [
      zero ? null : c.votes,
      pct(c.percentOfDenominator),
      pct(c.percentOfPresent),
      pct(c.percentOfValid),
    ];
    b.line([
      i + 1,
      c.name,
      ...(before ? [then ? then.votes : null, then ? fraction(then.percentOfDenominator) : null] : []),
      ...current,
      c.rank,
      c.elected ? 'Được giới thiệu' : c.tied ? 'Bằng phiếu' : null,
      c.writeIn ? 'Ghi thêm' : null,
    ]);
    const decision = before ? 9 : 7;
    if (c.elected) b.style({ row: first + i, col: decision }, { bold: true, color: '006100' });
    if (c.tied) b.style({ row: first + i, col: decision }, { bold: true, color: 'C00000' });
  });
  const rows = result.candidates.length;
  if (rows) {
    b.style({ row: first, col: 0, rows, cols }, GRID);
    b.style({ row: first, col: 0, rows }, { hAlign: 'center' });
    const percentCols = before ? [3, 5, 6, 7] : [3, 4, 5];
    for (const col of percentCols) b.style({ row: first, col, rows }, { numberFormat: PERCENT });
    b.style({ row: first, col: before ? 8 : 6, rows }, { hAlign: 'center' });
  }
  b.blank();
  for (const text of introductionNotes(def, result, congress)) note(b, text, cols, widths, '9C5700');
  writeChecks(b, result);
  writeDifferences(b, result, cols);
  writeTeams(b, result, cols);
  writeFingerprint(b, result);
  return b.plan;
}

/** What the committee (or the congress) must still decide, said plainly and never decided here. */
function introductionNotes(def: ElectionDef, result: ElectionResult, congress: Congress): string[] {
  const notes = [
    `Người được giới thiệu phải được quá một nửa so với tổng số người được triệu tập (${result.denominator}), tức từ ${result.threshold} phiếu trở lên (${INTRODUCTION_CITATIONS.base}).`,
  ];
  if (result.status === 'tie') {
    notes.push(
      `Bằng phiếu ở vị trí cuối: ${result.tied.join(', ')}. Người đứng đầu cấp ủy lựa chọn nhân sự (${INTRODUCTION_CITATIONS.tie}); phần mềm không tự phân định.`,
    );
  } else if (result.status === 'shortfall') {
    notes.push(
      `Số người đạt quá một nửa (${result.introduced?.length ?? 0}) chưa đủ số lượng cần giới thiệu (${result.seats}): cấp ủy tiếp tục quy trình giới thiệu cho đến khi đủ.`,
    );
  }
  if (introductionForReference(congress, def)) {
    notes.push(
      `Kết quả giới thiệu để Đại hội tham khảo${result.feeds ? ` khi bầu cử (${result.feeds})` : ''}; việc bầu cử tiến hành theo Quy chế bầu cử (${INTRODUCTION_CITATIONS.reference}).`,
    );
  }
  return notes;
}

/** Subtotals per counting team over the names as counted (names written in included). */
function writeTeams(b: PlanBuilder, result: ElectionResult, cols: number): void {
  if (!result.teams.length || (result.teams.length === 1 && result.teams[0].team === '')) return;
  b.blank();
  b.merged('Kết quả theo tổ kiểm phiếu', cols, { bold: true });
  const names = result.candidates.map((c) => c.name);
  const th = b.line(['Tổ', 'Phiếu thu vào', 'Hợp lệ', 'Không hợp lệ', ...names]);
  b.style({ row: th, col: 0, cols: 4 + names.length }, HEAD);
  for (const t of result.teams) {
    const r = b.line([t.team || '(không ghi tổ)', t.returned, t.valid, t.invalid, ...t.votes]);
    b.style({ row: r, col: 0, cols: 4 + names.length }, GRID);
  }
}
