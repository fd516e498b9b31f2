import type { CliCommand } from './common';
import { templateCli } from './commands/template';
import { demoCli } from './commands/demo';
import { tallyCli } from './commands/tally';
import { minutesCli } from './commands/minutes';
import { allocateCli } from './commands/allocate';
import { checkCli } from './commands/check';
import { compositionCli } from './commands/composition';
import { nextRoundCli } from './commands/nextRound';
import { ballotsCli } from './commands/ballots';
import { exampleCli } from './commands/example';

/**
 * The command-line commands, in the order `help` lists them (the contract's order, then the
 * extensions). Each lives in its own file under src/cli/commands and is listed here once.
 */
export const CLI_COMMANDS: CliCommand[] = [
  templateCli,
  demoCli,
  tallyCli,
  minutesCli,
  allocateCli,
  checkCli,
  compositionCli,
  nextRoundCli,
  ballotsCli,
  exampleCli,
];
