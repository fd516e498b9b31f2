import { checkCommand } from '../../commands/check';
import { type CliCommand, runWorkbookCommand } from '../common';

export const checkCli: CliCommand = {
  name: 'check',
  usage: 'check <in.xlsx> [-o <out.xlsx>] [--json] [--lang vi|en]',
  run: (argv, io) => runWorkbookCommand(argv, io, {}, (ctx) => checkCommand(ctx)),
};
