/**
 * Tally benchmark (issue 2): the engine on a national-scale election (1,600 ballots × 200
 * candidates = 320,000 marks) from 2-D values to the result. The command line end to end is
 * bench/files.ts.
 */
import { parseTallyInput } from '../src/workbook/tallyInput';
import { tallyElections } from '../src/engine/tally/tally';
import { clearTextMemo } from '../src/engine/text/normalize';
import type { CellValue, SheetValues } from '../src/workbook/port';
import { mulberry32 } from '../src/examples/random';

export const BALLOTS = 1600;
export const CANDIDATES = 200;
export const SEATS = 180;

/**
 * The sheets of a national-scale delegate congress: `Đại hội`, a roll of `ballots` delegates,
 * `Bầu cử`, the ballots (1,600 at 1×). `keptAs` is how a kept name is keyed: an empty cell (as
 * Excel saves it) or an empty string (what some tools write).
 */
export function nationalSheets(ballotCount = BALLOTS, keptAs: 'empty' | 'string' = 'empty'): Map<string, SheetValues> {
  const BALLOTS = ballotCount;
  const random = mulberry32(2026);
  const congress: SheetValues = [
    ['Tổ chức đảng', 'Đảng Cộng sản Việt Nam'],
    ['Loại đại hội', 'Đại hội đại biểu'],
    ['Cấp đại hội', 'Tỉnh'],
    ['Lần thứ', 'XIV'],
    ['Nhiệm kỳ', '2026 - 2031'],
    ['Địa danh', 'Hà Nội'],
    ['Ngày', '19/01/2026'],
  ];
  const roll: SheetValues = [['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng']];
  for (let i = 0; i < BALLOTS; i++)
    roll.push([
      i + 1,
      `Đại biểu số ${i + 1}`,
      `Đoàn ${1 + (i % 60)}`,
      i < 200 ? 'Đương nhiên' : 'Chính thức',
      'Có mặt',
    ]);
  const elections: SheetValues = [
    ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Phiếu thu vào'],
    ['BCH', 'Bầu Ban Chấp hành Trung ương', 'Ban Chấp hành', SEATS, BALLOTS, BALLOTS],
  ];
  const names = Array.from({ length: CANDIDATES }, (_, i) => `Ứng cử viên số ${i + 1}`);
  const ballots: SheetValues = [['Số phiếu', ...names, 'Không hợp lệ']];
  for (let b = 0; b < BALLOTS; b++) {
    const row: CellValue[] = [b + 1];
    let kept = 0;
    for (let c = 0; c < CANDIDATES; c++) {
      // Popular candidates (low index) are struck less often; never keep more than the seats.
      const strike = kept >= SEATS || random() < 0.02 + (c / CANDIDATES) * 0.12;
      row.push(strike ? 'x' : keptAs === 'string' ? '' : null);
      if (!strike) kept++;
    }
    ballots.push(row);
  }
  return new Map([
    ['Đại hội', congress],
    ['Đại biểu', roll],
    ['Bầu cử', elections],
    ['Phiếu BCH', ballots],
  ]);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function engineBench(): Promise<void> {
  const sheets = nationalSheets();
  const names = [...sheets.keys()];
  const times: number[] = [];
  let elected = 0;
  for (let i = 0; i < 25; i++) {
    clearTextMemo(); // each run as cold as a command-line run
    const t0 = process.hrtime.bigint();
    const { input, problems } = parseTallyInput(sheets, names);
    if (!input || problems.some((p) => p.severity === 'error'))
      throw new Error(`bench input rejected: ${JSON.stringify(problems.slice(0, 3))}`);
    const { results } = tallyElections(input);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    elected = results[0].elected.length;
  }
  const ms = median(times);
  const marks = BALLOTS * CANDIDATES;
  process.stdout.write(
    `engine: ${BALLOTS} ballots × ${CANDIDATES} candidates (${marks.toLocaleString('en')} marks), parse + tally: median ${ms.toFixed(1)} ms of ${times.length} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}) = ${(marks / (ms / 1000) / 1e6).toFixed(1)} M marks/s; elected ${elected}/${SEATS}\n`,
  );
}

export async function run(): Promise<void> {
  await engineBench();
}
