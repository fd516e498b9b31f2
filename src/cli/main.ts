#!/usr/bin/env node
/** The command line: `npm run --silent cli -- <command> …` (WORKBOOK.md "Command line"). */
import { CLI_COMMANDS } from './registry';
import { type CliIO, EXIT_DONE, EXIT_FILE_SYSTEM, EXIT_INTERNAL, EXIT_USAGE, UsageError } from './common';
import { FileSystemError, fileSystemMessage } from './files';
import type { Lang } from '../i18n';
import { COMMAND_SUMMARIES, helpText } from './help';

const usage = (): string => helpText(CLI_COMMANDS);
const HELP = ['--help', '-h'];

/** The language of the messages main prints itself (the commands parse --lang properly). */
function langIn(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  return i >= 0 && argv[i + 1] === 'en' ? 'en' : argv.includes('--lang=en') ? 'en' : 'vi';
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  // --debug anywhere: internal errors print their stack trace (never otherwise).
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  const command = CLI_COMMANDS.find((c) => c.name === name);
  const asksHelp = !name || name === 'help' || HELP.includes(name);
  if (!command) {
    // Asked for, the help is the output (stdout); after a mistake it is a message (stderr).
    if (asksHelp && name) {
      io.stdout(usage());
      return EXIT_DONE;
    }
    io.stderr(name ? `Không có lệnh "${name}" / unknown command "${name}"\n${usage()}` : usage());
    return EXIT_USAGE;
  }
  // `<command> --help`: what it does and its options, nothing run.
  if (rest.some((a) => HELP.includes(a))) {
    io.stdout([`${command.name}: ${COMMAND_SUMMARIES[command.name] ?? ''}`, `  ${command.usage}`].join('\n'));
    return EXIT_DONE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // node:util parseArgs throws errors coded ERR_PARSE_ARGS_* for unknown or malformed options.
    const raw = (error as { code?: unknown } | null)?.code;
    const code = typeof raw === 'string' ? raw : '';
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n  ${command.usage}`);
      return EXIT_USAGE;
    }
    if (error instanceof FileSystemError) {
      io.stderr(fileSystemMessage(error, langIn(rest)));
      if (debug) io.stderr(error.stack ?? '');
      return EXIT_FILE_SYSTEM;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      langIn(rest) === 'en'
        ? `Internal error: ${detail}. Report it to the developers with the Excel file (--debug shows the details).`
        : `Lỗi nội bộ: ${detail}. Hãy báo cho người phát triển kèm tệp Excel (--debug cho biết chi tiết).`,
    );
    if (debug && error instanceof Error && error.stack) io.stderr(error.stack);
    return EXIT_INTERNAL;
  }
}

/** Runs the command line on the process's arguments and sets its exit code. */
export function runMain(argv: string[] = process.argv.slice(2)): void {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    now: () => (process.env.DAI_HOI_NOW ? new Date(process.env.DAI_HOI_NOW) : new Date()),
  };
  main(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Lỗi nội bộ / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}

if (require.main === module) runMain();
