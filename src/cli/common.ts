import * as path from 'path';
import { existsSync } from 'fs';
import { parseArgs } from 'node:util';
import { XlsxHost } from '../hosts/xlsx/xlsxHost';
import type { CommandContext, CommandOutcome } from '../commands/types';
import { problemLine } from '../commands/report';
import type { Lang } from '../i18n';

/** Exit statuses (WORKBOOK.md "Command line"). */
export const EXIT_DONE = 0;
export const EXIT_INPUT_ERRORS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
}

export interface CliCommand {
  name: string;
  /** One usage line, shown by `help` and on usage errors. */
  usage: string;
  /** Left out of `help` (developer commands such as `example`). */
  hidden?: boolean;
  run(argv: string[], io: CliIO): Promise<number>;
}

export function langOf(value: unknown): Lang {
  if (value === undefined) return 'vi';
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError(`--lang nhận "vi" hoặc "en" / --lang takes "vi" or "en"`);
}

/**
 * The shared flow of the workbook commands (tally, allocate, check, composition, ballots):
 * check the options, open the input, run the command through the xlsx host, write `-o`, print
 * `--json`. Returns the exit status.
 */
export async function runWorkbookCommand(
  argv: string[],
  io: CliIO,
  extraOptions: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>,
  run: (ctx: CommandContext, values: Record<string, unknown>) => Promise<CommandOutcome>,
  opts: { jsonAllowed?: boolean } = {},
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      ...extraOptions,
    },
  });
  const lang = langOf(values.lang);
  if (positionals.length !== 1)
    throw new UsageError('cần đúng một tệp .xlsx đầu vào / exactly one input .xlsx is required');
  const input = positionals[0];
  const output = values.output;
  const json = Boolean(values.json) && opts.jsonAllowed !== false;
  if (!output && !json) throw new UsageError('cần -o <out.xlsx> hoặc --json / -o <out.xlsx> or --json is required');
  if (output && path.resolve(output) === path.resolve(input)) {
    throw new UsageError(
      '-o không được trùng tệp đầu vào: tệp gốc không bao giờ bị ghi đè / -o must differ from the input: the input is never overwritten',
    );
  }
  if (!existsSync(input)) throw new UsageError(`không tìm thấy tệp ${input} / file not found: ${input}`);
  const host = await XlsxHost.load(input);
  const ctx: CommandContext = { port: host, lang, now: io.now, write: Boolean(output) };
  const outcome = await run(ctx, values);
  for (const w of outcome.warnings) io.stderr(problemLine(w, lang));
  if (outcome.errors.length > 0) {
    for (const e of outcome.errors) io.stderr(problemLine(e, lang));
    io.stderr(
      lang === 'vi'
        ? `Có ${outcome.errors.length} lỗi trong dữ liệu; chưa ghi gì.`
        : `${outcome.errors.length} input error(s); nothing was written.`,
    );
    if (json) io.stdout(JSON.stringify(outcome.report, null, 2));
    return EXIT_INPUT_ERRORS;
  }
  if (output) {
    await host.save(output);
    io.stderr(lang === 'vi' ? `Đã ghi ${output}` : `Wrote ${output}`);
  }
  if (json) io.stdout(JSON.stringify(outcome.report, null, 2));
  return EXIT_DONE;
}
