import { checkCommand } from '../../commands/check';
import { type CliRunner, runWorkbookCommand } from '../common';

export const checkCli: CliRunner = {
  run: (argv, io) => runWorkbookCommand(argv, io, {}, (ctx) => checkCommand(ctx)),
};
