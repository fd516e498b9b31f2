/**
 * `Kết quả <Mã>` (WORKBOOK.md "Output sheets"): the fixed labels in column A, the invalid
 * reasons, the candidate table, every check with its figures, the differences of a double entry
 * and the counting teams' subtotals.
 */
import type { ElectionDef } from '../../engine/model/election';
import type { ElectionResult, ElectionStatus } from '../../engine/model/results';
import type { Congress } from '../../engine/model/congress';
import { QD_294, secretaryAppointed } from '../../engine/rules/chiBo';
import type { SheetPlan } from '../sheetPlan';
import { PlanBuilder } from './planBuilder';
import { lineCount } from './textWidth';
import { resultsSheetName } from '../sheetNames';

export const STATUS_LABELS: Record<ElectionStatus, string> = {
  complete: 'Bầu đủ',
  tie: 'Bằng phiếu',
  shortfall: 'Bầu chưa đủ',
  blocked: 'Chưa công bố',
  zero: 'Báo cáo số 0',
};

/**
 * `Trạng thái` as printed: the contract's labels, except that a counted trust vote, which elects
 * nobody, is `Đã kiểm phiếu` rather than `Bầu đủ` (docs/CONTRACT-EXTENSIONS.md).
 */
export function statusLabel(result: Pick<ElectionResult, 'status' | 'office'>): string {
  if (result.office === 'Lấy phiếu tín nhiệm' && result.status === 'complete') return 'Đã kiểm phiếu';
  return STATUS_LABELS[result.status];
}

export const RESULT_LABELS = {
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
  convened: 'Tổng số được triệu tập',
  denominator: 'Cơ sở tính (D)',
  threshold: 'Số phiếu cần đạt',
  status: 'Trạng thái',
} as const;

export const TABLE_HEADERS = [
  'STT',
  'Họ và tên',
  'Số phiếu',
  'Tỷ lệ so với D',
  'Tỷ lệ so với phiếu hợp lệ',
  'Xếp thứ',
  'Trúng cử',
];

export const FONT = { font: 'Times New Roman', size: 12 };
export const HEAD = {
  bold: true,
  fill: 'DDE7F0',
  border: 'thin' as const,
  hAlign: 'center' as const,
  vAlign: 'middle' as const,
  wrap: true,
};
export const GRID = { border: 'thin' as const };
export const PERCENT = '0.00%';
const WIDTHS = [170, 190, 62, 78, 96, 52, 110];
/** Line height of the 12 pt body, in points. */
const LINE = 15.75;

/** A row tall enough for `text` wrapped in a cell `width` points wide (Excel does not grow rows it did not lay out). */
export function fit(b: PlanBuilder, row: number, text: string, width: number, bold = false): void {
  const lines = lineCount(text, width - 6, FONT.size, bold);
  if (lines > 1) b.height(row, Math.ceil(lines * LINE));
}

function decisionOf(result: ElectionResult, i: number): string {
  const c = result.candidates[i];
  if (result.office === 'Xin ý kiến') return c.elected ? 'Đủ điều kiện (trên 30%)' : '';
  if (c.elected) return 'Trúng cử';
  if (c.tied) return 'Bằng phiếu';
  // Alternates taken from an official delegates' ballot (`Số dự khuyết`).
  if (result.alternates?.includes(c.name)) return 'Dự khuyết';
  if (result.alternateTies?.includes(c.name)) return 'Bằng phiếu (dự khuyết)';
  return '';
}

/**
 * `congress`, when given, lets the notes say what the rules decide for this congress (a chi bộ's
 * secretary appointed after three rounds, QĐ 294).
 */
export function resultsSheetPlan(def: ElectionDef, result: ElectionResult, congress?: Congress): SheetPlan {
  const b = new PlanBuilder(resultsSheetName(result.id), WIDTHS, FONT);
  writeTitle(b, result);
  writeFigures(b, result);
  writeInvalidReasons(b, result);
  writeCandidates(b, result);
  writeDecisionNotes(b, def, result, congress);
  writeChecks(b, result);
  writeDifferences(b, result);
  writeTeams(b, def, result);
  writeFingerprint(b, result);
  return b.plan;
}

/** The fingerprint line that ends the sheet, and the page setup. */
export function writeFingerprint(b: PlanBuilder, result: ElectionResult): void {
  b.blank();
  const fp = b.line(['Dấu vân tay dữ liệu phiếu (SHA-256)', result.fingerprint]);
  b.style({ row: fp, col: 0 }, { bold: true });
  b.style({ row: fp, col: 1, cols: 1 }, { font: 'Courier New', size: 9 });
  b.plan.page = {
    paper: 'A4',
    orientation: 'portrait',
    marginsMm: { top: 15, bottom: 15, left: 15, right: 10 },
    fitToWidth: true,
  };
}

const COLS = TABLE_HEADERS.length;

/** The line under the title: code, office, seats, round, ballot type. */
function subtitle(result: ElectionResult): string {
  const roundText = result.round > 1 ? ` · Lần bầu ${result.round} (tiếp theo ${result.previousRound ?? ''})` : '';
  switch (result.office) {
    case 'Xin ý kiến':
      return `Mã ${result.id} · Phiếu xin ý kiến${result.feeds ? ` cho cuộc bầu ${result.feeds}` : ''} · ${result.ballotType}`;
    case 'Lấy phiếu tín nhiệm':
      return `Mã ${result.id} · Lấy phiếu tín nhiệm · Tỷ lệ tính trên tổng số phiếu thu về (R)`;
    case 'Giới thiệu nhân sự':
      return `Mã ${result.id} · Giới thiệu nhân sự · Số lượng cần giới thiệu: ${result.seats || 'không giới hạn'}${roundText}${result.feeds ? ` · cho cuộc bầu ${result.feeds}` : ''}`;
    default:
      return `Mã ${result.id} · ${result.office} · Số lượng cần bầu: ${result.seats}${roundText} · ${result.ballotType}`;
  }
}

/** The title, the election's line, and the zero-report or blocked banner, merged over `cols` columns. */
export function writeTitle(b: PlanBuilder, result: ElectionResult, cols = COLS): void {
  b.merged(`KẾT QUẢ KIỂM PHIẾU: ${result.title}`, cols, { bold: true, size: 14, hAlign: 'center' });
  b.merged(subtitle(result), cols, { italic: true, hAlign: 'center' });
  if (result.status === 'zero') {
    b.merged('BÁO CÁO SỐ 0 — chưa nhập phiếu: các số dưới đây để Đoàn Chủ tịch công bố trước khi kiểm phiếu.', cols, {
      bold: true,
      color: '1F4E79',
      hAlign: 'center',
    });
  }
  if (result.status === 'blocked') {
    b.merged(
      result.office === 'Lấy phiếu tín nhiệm' || result.office === 'Giới thiệu nhân sự'
        ? 'CHƯA CÔNG BỐ — có kiểm tra không đạt (xem phần "Kiểm tra" bên dưới). Chưa có kết quả; chưa lập biên bản.'
        : 'CHƯA CÔNG BỐ — có kiểm tra không đạt (xem phần "Kiểm tra" bên dưới). Chưa ai trúng cử; chưa lập biên bản.',
      cols,
      { bold: true, color: 'C00000', hAlign: 'center', wrap: true },
    );
  }
  b.blank();
}

/** What column C says of the base and the threshold, by kind of ballot. */
function figureNotes(result: ElectionResult): { base?: string; threshold: string } {
  switch (result.office) {
    case 'Xin ý kiến':
      return {
        base: 'cơ sở xin ý kiến A (theo "Cơ sở xin ý kiến")',
        threshold: 'hơn 30% của A: 10 × số phiếu > 3 × A',
      };
    case 'Lấy phiếu tín nhiệm':
      return {
        base: 'R = tổng số phiếu thu về (Quy định 96-QĐ/TW Điều 6 khoản 3)',
        threshold: `phiếu tín nhiệm thấp trên 1/2 của R: 2 × số phiếu > R; từ 2/3 của R: 3 × số phiếu ≥ 2 × R (từ ${Math.ceil((2 * result.denominator) / 3)} phiếu)`,
      };
    case 'Giới thiệu nhân sự':
      return {
        base: 'tổng số người được triệu tập, không trừ trường hợp nào',
        threshold: 'quá một nửa số được triệu tập: 2 × số phiếu > số được triệu tập',
      };
    default:
      return { threshold: 'quá một nửa của D: 2 × số phiếu > D' };
  }
}

/** Column A's contract labels with their figures: ballots, convened, each step of D, threshold, status. */
export function writeFigures(b: PlanBuilder, result: ElectionResult): void {
  const opinion = result.office === 'Xin ý kiến';
  const labelStyle = { bold: true };
  const pair = (label: string, value: string | number | null, note?: string) => {
    const r = b.line([label, value ?? '', note ?? null]);
    b.style({ row: r, col: 0 }, labelStyle);
    b.style({ row: r, col: 1 }, { hAlign: 'left' });
    return r;
  };
  pair(RESULT_LABELS.issued, result.ballots.issued);
  pair(RESULT_LABELS.returned, result.ballots.returned);
  pair(RESULT_LABELS.valid, result.ballots.valid);
  pair(RESULT_LABELS.invalid, result.ballots.invalid);
  pair(RESULT_LABELS.convened, result.convened);
  for (const step of result.denominatorSteps.slice(1)) {
    const r = b.line([`   ${step.label}`, step.count]);
    b.style({ row: r, col: 0, cols: 2 }, { italic: true, hAlign: 'left' });
    b.style({ row: r, col: 0 }, { wrap: true });
    fit(b, r, `   ${step.label}`, WIDTHS[0]);
  }
  // The label is fixed by the contract even for an opinion ballot, whose base is A (a trust vote:
  // R; an introduction: those convened); column C says so.
  const notes = figureNotes(result);
  pair(RESULT_LABELS.denominator, result.denominator, notes.base);
  pair(RESULT_LABELS.threshold, result.threshold, notes.threshold);
  pair('Có mặt lúc bầu', result.present);
  const statusRow = pair(RESULT_LABELS.status, statusLabel(result));
  b.style(
    { row: statusRow, col: 1 },
    { bold: true, color: result.status === 'complete' ? '006100' : result.status === 'zero' ? '1F4E79' : 'C00000' },
  );
  if (!opinion && result.seats > 0) pair('Số còn thiếu', result.seatsOpen);
}

export function writeInvalidReasons(b: PlanBuilder, result: ElectionResult): void {
  if (result.ballots.invalid === 0) return;
  b.blank();
  const r = b.line(['Lý do phiếu không hợp lệ', 'Số phiếu']);
  b.style({ row: r, col: 0, cols: 2 }, HEAD);
  for (const [reason, count] of Object.entries(result.ballots.invalidReasons)) {
    const rr = b.line([reason, count]);
    b.style({ row: rr, col: 0, cols: 2 }, GRID);
  }
}

/** The table of candidates in ballot order: votes, % of D, % of valid, rank, decision. */
function writeCandidates(b: PlanBuilder, result: ElectionResult): void {
  b.blank();
  const head = b.line(TABLE_HEADERS);
  b.style({ row: head, col: 0, cols: COLS }, HEAD);
  b.height(head, 32);
  const first = b.row;
  result.candidates.forEach((c, i) => {
    b.line([
      i + 1,
      c.name,
      result.status === 'zero' ? null : c.votes,
      result.status === 'zero' ? null : c.percentOfDenominator / 100,
      result.status === 'zero' || c.percentOfValid === null ? null : c.percentOfValid / 100,
      c.rank,
      decisionOf(result, i),
    ]);
  });
  if (!result.candidates.length) return;
  const rows = result.candidates.length;
  b.style({ row: first, col: 0, rows, cols: COLS }, GRID);
  b.style({ row: first, col: 0, rows }, { hAlign: 'center' });
  b.style({ row: first, col: 3, rows, cols: 2 }, { numberFormat: PERCENT });
  b.style({ row: first, col: 5, rows }, { hAlign: 'center' });
  result.candidates.forEach((c, i) => {
    if (c.elected) b.style({ row: first + i, col: 6 }, { bold: true, color: '006100' });
    if (c.tied) b.style({ row: first + i, col: 6 }, { bold: true, color: 'C00000' });
  });
}

/** What the congress must decide: said plainly, never decided here (regulations §5.4–§5.6). */
function writeDecisionNotes(
  b: PlanBuilder,
  def: ElectionDef,
  result: ElectionResult,
  congress: Congress | undefined,
): void {
  const notes: string[] = [];
  const appointed = congress !== undefined && secretaryAppointed(congress, result);
  if (appointed) {
    notes.push(
      `Đã bầu đến lần thứ ${result.round} mà không có đồng chí nào trúng cử bí thư chi bộ: theo ${QD_294}, cấp ủy cấp trên chỉ định bí thư chi bộ; không bầu lần tiếp theo.`,
    );
  }
  if (result.status === 'tie' && !appointed) {
    notes.push(
      `Bằng phiếu ở vị trí cuối: ${result.tied.join(', ')}. Đại hội quyết định việc bầu lại giữa những người bằng phiếu; phần mềm không tự phân định.`,
    );
  }
  if ((result.status === 'tie' || result.status === 'shortfall') && result.seatsOpen > 0 && !appointed) {
    notes.push(
      `Còn thiếu ${result.seatsOpen} người so với số lượng cần bầu. Đại hội quyết định có bầu tiếp hay không (lệnh "next-round" chuẩn bị lần bầu tiếp theo).`,
    );
  }
  if (result.alternates !== undefined && result.status !== 'zero' && result.status !== 'blocked') {
    notes.push(
      result.status === 'tie'
        ? 'Chưa lấy đại biểu dự khuyết từ lần bầu này: còn bằng phiếu ở vị trí đại biểu chính thức cuối cùng.'
        : `Đại biểu dự khuyết lấy từ lần bầu này (${def.alternateSeats ?? 0} chỗ, theo số phiếu, quá một nửa của D): ${result.alternates.join(', ') || 'không có'}.`,
    );
  }
  if (result.alternateTies?.length) {
    notes.push(
      `Bằng phiếu ở vị trí đại biểu dự khuyết cuối cùng: ${result.alternateTies.join(', ')}. Đại hội quyết định; phần mềm không tự phân định.`,
    );
  }
  if (result.orderTies.length) {
    notes.push(
      `Đại biểu dự khuyết bằng phiếu nhau: ${result.orderTies.map((g) => g.join(', ')).join('; ')}. Thứ tự thay thế giữa những người này do đại hội quyết định.`,
    );
  }
  if (!notes.length) return;
  b.blank();
  for (const n of notes) {
    const r = b.merged(n, COLS, { wrap: true, italic: true, color: '9C5700' });
    fit(
      b,
      r,
      n,
      WIDTHS.reduce((sum, w) => sum + w, 0),
    );
  }
}

/** Every check with its figures and its cell. */
export function writeChecks(b: PlanBuilder, result: ElectionResult): void {
  b.blank();
  const ch = b.line(['Kiểm tra', 'Kỳ vọng', 'Thực tế', 'Đạt', 'Ô']);
  b.style({ row: ch, col: 0, cols: 5 }, HEAD);
  for (const check of result.checks) {
    const r = b.line([check.name, check.expected, check.actual, check.ok ? 'Đạt' : 'KHÔNG ĐẠT', check.cell ?? null]);
    b.style({ row: r, col: 0, cols: 5 }, GRID);
    b.style({ row: r, col: 0 }, { wrap: true });
    fit(b, r, check.name, WIDTHS[0]);
    b.style({ row: r, col: 1, cols: 2 }, { hAlign: 'left' });
    if (!check.ok) b.style({ row: r, col: 3 }, { bold: true, color: 'C00000' });
  }
  if (result.checks.length === 0) b.line(['(không có kiểm tra nào áp dụng)']);
}

/** Double entry: every difference with both cells. */
export function writeDifferences(b: PlanBuilder, result: ElectionResult, cols = COLS): void {
  if (!result.differences.length) return;
  b.blank();
  b.merged(`Chênh lệch giữa hai lần nhập (${result.differences.length})`, cols, { bold: true, color: 'C00000' });
  const dh = b.line(['Số phiếu', 'Ứng cử viên', 'Lần 1', 'Lần 2', 'Ô lần 1', 'Ô lần 2']);
  b.style({ row: dh, col: 0, cols: 6 }, HEAD);
  for (const d of result.differences) {
    const r = b.line([d.ballot, d.candidate, d.entry1, d.entry2, d.cell1, d.cell2]);
    b.style({ row: r, col: 0, cols: 6 }, GRID);
  }
}

/** Subtotals per counting team, when the ballots say which team counted them. */
function writeTeams(b: PlanBuilder, def: ElectionDef, result: ElectionResult): void {
  if (!result.teams.length || (result.teams.length === 1 && result.teams[0].team === '')) return;
  b.blank();
  b.merged('Kết quả theo tổ kiểm phiếu', COLS, { bold: true });
  const th = b.line(['Tổ', 'Phiếu thu vào', 'Hợp lệ', 'Không hợp lệ', ...def.candidates]);
  b.style({ row: th, col: 0, cols: 4 + def.candidates.length }, HEAD);
  for (const t of result.teams) {
    const r = b.line([t.team || '(không ghi tổ)', t.returned, t.valid, t.invalid, ...t.votes]);
    b.style({ row: r, col: 0, cols: 4 + def.candidates.length }, GRID);
  }
}
