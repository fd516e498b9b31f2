/**
 * `--help`: one line per command saying what it does (Vietnamese / English), then how to see a
 * command's options. The lines live here, beside the registry, so a command without one fails
 * the test (test/cli/help.test.ts) rather than being listed bare.
 */
import type { CliCommand } from './common';

export const COMMAND_SUMMARIES: Record<string, string> = {
  template: 'sổ trống có mọi trang nhập liệu / a blank workbook with every input sheet',
  demo: 'mọi việc trên đại hội mẫu / everything on the example congress',
  tally: 'kiểm phiếu: Kết quả và Biên bản từng cuộc bầu / count the votes: results and minutes',
  minutes: 'biên bản kiểm phiếu thành tệp Word / the minutes as a Word file',
  allocate: 'phân bổ đại biểu cho các chi bộ / allocate the delegates among the units',
  check: 'kiểm tra danh sách bầu cử / check the nominee lists',
  composition: 'cơ cấu của những người trúng cử / the composition of those elected',
  'next-round': 'thêm lần bầu tiếp theo sau bằng phiếu hoặc bầu chưa đủ / add the next round after a tie or shortfall',
  ballots: 'mẫu phiếu bầu để in / ballot papers to print',
  verify: 'kiểm tra mã in trên biên bản với dữ liệu phiếu / check a printed code against the ballot data',
  finalise: 'chốt kết quả và khóa các trang kết quả / finalise a result and protect its sheets',
  testdeck: 'phiếu thử để tập dượt trước đại hội / test ballots for the rehearsal before the congress',
};

export function helpText(commands: CliCommand[]): string {
  const shown = commands.filter((c) => !c.hidden);
  const width = Math.max(...shown.map((c) => c.name.length)) + 2;
  return [
    'Cách dùng / usage: npm run --silent cli -- <lệnh> [tùy chọn]',
    '',
    ...shown.map((c) => `  ${c.name.padEnd(width)}${COMMAND_SUMMARIES[c.name] ?? ''}`),
    '',
    "Tùy chọn của một lệnh / a command's options: npm run --silent cli -- <lệnh> --help",
  ].join('\n');
}
