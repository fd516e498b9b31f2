#!/usr/bin/env node
/** The command line: `npm run --silent cli -- <command> …` (WORKBOOK.md "Command line"). */
import { CLI_COMMANDS } from './registry';
import { type CliIO, EXIT_USAGE, UsageError } from './common';

function usage(): string {
  return [
    'Cách dùng / usage: npm run --silent cli -- <lệnh> …',
    ...CLI_COMMANDS.filter((c) => !c.hidden).map((c) => `  ${c.usage}`),
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const command = CLI_COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(
      name && name !== 'help' && name !== '--help'
        ? `Không có lệnh "${name}" / unknown command "${name}"\n${usage()}`
        : usage(),
    );
    return name === 'help' || name === '--help' ? 0 : EXIT_USAGE;
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
    throw error;
  }
}

if (require.main === module) {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    now: () => (process.env.DAI_HOI_NOW ? new Date(process.env.DAI_HOI_NOW) : new Date()),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Lỗi nội bộ / internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
