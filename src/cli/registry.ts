import type { CliCommand } from './common';
import { allocateCli } from './commands/allocate';

/**
 * The command-line commands. Each lives in its own file under src/cli/commands and is listed
 * here once.
 */
export const CLI_COMMANDS: CliCommand[] = [
  allocateCli,
];
