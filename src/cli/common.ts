import * as path from 'path';
import * as os from 'os';
import { existsSync } from 'fs';
import { parseArgs } from 'node:util';
import type { PackageHost } from '../hosts/package/packageHost';
import { fileErrorProblems } from '../hosts/package/problems';
import type { CommandContext, CommandOutcome, Report } from '../commands/types';
import { problemLine, reportError } from '../commands/report';
import type { Lang } from '../i18n';
import { openWorkbookFile, sameFile, targetRefusal, writeFileAtomically } from './files';

/** Exit statuses (WORKBOOK.md "Command line" and "Files (version 2)"; README). */
export const EXIT_DONE = 0;
export const EXIT_INPUT_ERRORS = 1;
export const EXIT_USAGE = 2;
/** The file system refused (read-only, full, missing folder, a folder named as the output). */
export const EXIT_FILE_SYSTEM = 3;
/** A bug: an internal error (the stack trace with --debug). */
export const EXIT_INTERNAL = 4;

export class UsageError extends Error {}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
}

/** What a command's module gives: its run (the registry names it and loads the module on demand). */
export interface CliRunner {
  run(argv: string[], io: CliIO): Promise<number>;
}

export interface CliCommand extends CliRunner {
  name: string;
  /** One usage line, shown by `help` and on usage errors. */
  usage: string;
  /** Left out of `help` (developer commands such as `example`). */
  hidden?: boolean;
}

export function langOf(value: unknown): Lang {
  if (value === undefined) return 'vi';
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError(`--lang nhận "vi" hoặc "en" / --lang takes "vi" or "en"`);
}

/** The input must exist (a usage error, as a mistyped name is, not a file-system refusal). */
export function requireInput(input: string): void {
  if (!existsSync(input)) throw new UsageError(`không tìm thấy tệp ${input} / file not found: ${input}`);
}

/**
 * Checks an output path before anything is computed: never the input by any path (symlink,
 * hard link, another spelling), and an existing file only when this tool wrote it or with
 * `--overwrite`. Usage errors (exit 2).
 */
export async function checkOutput(input: string, output: string, option: string, overwrite: boolean): Promise<void> {
  if (sameFile(input, output)) {
    throw new UsageError(
      `${option} trỏ tới chính tệp đầu vào (${input}): tệp gốc không bao giờ bị ghi đè; hãy chọn tên khác / ${option} is the input file itself (${input}): the input is never overwritten; choose another name`,
    );
  }
  if ((await targetRefusal(output, overwrite)) === 'foreign') {
    throw new UsageError(
      `tệp ${output} đã có và không do công cụ này tạo ra; hãy chọn tên khác, hoặc thêm --overwrite nếu chắc chắn muốn thay nó / ${output} exists and was not written by this tool; choose another name, or add --overwrite to replace it`,
    );
  }
}

/** A workbook with macros is written as `.xlsm`, one without as `.xlsx` (Excel refuses a mismatch). */
export function checkExtension(host: PackageHost, output: string): void {
  const ext = path.extname(output).toLowerCase();
  if (host.hasMacros && ext !== '.xlsm')
    throw new UsageError(
      `sổ này có macro (.xlsm): tệp kết quả phải có đuôi .xlsm để Excel mở được / this workbook has macros (.xlsm): the output must end in .xlsm for Excel to open it`,
    );
  if (!host.hasMacros && ext === '.xlsm')
    throw new UsageError(
      `sổ này không có macro: tệp kết quả phải có đuôi .xlsx / this workbook has no macros: the output must end in .xlsx`,
    );
}

/** Writes the host's workbook to `output` atomically, stamped with the command's clock. */
export async function saveWorkbook(host: PackageHost, output: string, io: CliIO): Promise<void> {
  await writeFileAtomically(output, host.toBytes(io.now()));
}

/**
 * Opens the input; a file that is no readable workbook is reported as input errors (exit 1),
 * with the JSON report when asked for. Returns the host, or the exit status.
 */
export async function openInput(
  input: string,
  io: CliIO,
  lang: Lang,
  json: boolean,
): Promise<{ host: PackageHost } | { status: number }> {
  try {
    return { host: await openWorkbookFile(input) };
  } catch (error) {
    const status = reportFileProblems(error, input, io, lang, json);
    if (status === null) throw error;
    return { status };
  }
}

/** Prints the input errors an error of the file stands for; null when it is none (rethrow it). */
export function reportFileProblems(error: unknown, input: string, io: CliIO, lang: Lang, json: boolean): number | null {
  const problems = fileErrorProblems(error, input);
  if (!problems) return null;
  for (const p of problems) io.stderr(problemLine(p, lang));
  io.stderr(lang === 'vi' ? 'Chưa ghi gì.' : 'Nothing was written.');
  if (json) {
    const report: Report = { ruleSet: '190-QĐ/TW', errors: problems.map((p) => reportError(p, lang)) };
    io.stdout(JSON.stringify(report, null, 2));
  }
  return EXIT_INPUT_ERRORS;
}

/**
 * Who runs a writing command, for `Nhật ký` (WORKBOOK.md "Integrity"): `--operator`, else
 * `DAI_HOI_OPERATOR`, else the computer account's name. `explicit` is false for the last.
 */
export function operatorOf(values: Record<string, unknown>): { name: string; explicit: boolean } {
  const given = typeof values.operator === 'string' ? values.operator.trim() : '';
  if (typeof values.operator === 'string' && !given)
    throw new UsageError('--operator cần họ và tên người thực hiện / --operator needs the name of who runs it');
  if (given) return { name: given, explicit: true };
  const env = (process.env.DAI_HOI_OPERATOR ?? '').trim();
  if (env) return { name: env, explicit: true };
  let account = '';
  try {
    account = os.userInfo().username;
  } catch {
    // No account name on this system: the log says `Không rõ`.
  }
  return { name: account ? `${account} (tài khoản máy)` : '', explicit: false };
}

/** Finalising and reopening name a person, never just the computer's account. */
export function requireOperator(values: Record<string, unknown>, what: string): string {
  const operator = operatorOf(values);
  if (!operator.explicit)
    throw new UsageError(
      `${what} cần --operator "<họ và tên>" (hoặc biến DAI_HOI_OPERATOR) / ${what} needs --operator "<full name>" (or DAI_HOI_OPERATOR)`,
    );
  return operator.name;
}

/**
 * The shared flow of the workbook commands (tally, allocate, check, composition, ballots):
 * check the options, open the input, run the command through the package host, write `-o`,
 * print `--json`. Returns the exit status.
 */
export async function runWorkbookCommand(
  argv: string[],
  io: CliIO,
  extraOptions: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>,
  run: (ctx: CommandContext, values: Record<string, unknown>, args: string[]) => Promise<CommandOutcome>,
  opts: { jsonAllowed?: boolean; args?: string[] } = {},
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      overwrite: { type: 'boolean' },
      operator: { type: 'string' },
      ...extraOptions,
    },
  });
  const lang = langOf(values.lang);
  const wanted = opts.args ?? [];
  if (positionals.length !== 1 + wanted.length)
    throw new UsageError(
      wanted.length
        ? `cần <in.xlsx> ${wanted.join(' ')} / <in.xlsx> ${wanted.join(' ')} are required`
        : 'cần đúng một tệp .xlsx đầu vào / exactly one input .xlsx is required',
    );
  const input = positionals[0];
  const output = values.output;
  const json = Boolean(values.json) && opts.jsonAllowed !== false;
  if (!output && !json) throw new UsageError('cần -o <out.xlsx> hoặc --json / -o <out.xlsx> or --json is required');
  requireInput(input);
  if (output) await checkOutput(input, output, '-o', Boolean(values.overwrite));
  const opened = await openInput(input, io, lang, json);
  if ('status' in opened) return opened.status;
  const host = opened.host;
  if (output) checkExtension(host, output);
  const ctx: CommandContext = {
    port: host,
    lang,
    now: io.now,
    write: Boolean(output),
    operator: operatorOf(values).name,
  };
  let outcome: CommandOutcome;
  try {
    outcome = await run(ctx, values, positionals.slice(1));
  } catch (error) {
    const status = reportFileProblems(error, input, io, lang, json);
    if (status === null) throw error;
    return status;
  }
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
    await saveWorkbook(host, output, io);
    io.stderr(lang === 'vi' ? `Đã ghi ${output}` : `Wrote ${output}`);
  }
  if (json) io.stdout(JSON.stringify(outcome.report, null, 2));
  return EXIT_DONE;
}
