import { allocateCommand } from '../../commands/allocate';
import { type CliCommand, runWorkbookCommand } from '../common';

/** `allocate <in.xlsx> [-o <out.xlsx>] [--json] [--lang vi|en]` (WORKBOOK.md "Command line"). */
export const allocateCli: CliCommand = {
  name: 'allocate',
  usage: 'allocate <in.xlsx> [-o <out.xlsx>] [--json] [--lang vi|en]',
  run: (argv, io) => runWorkbookCommand(argv, io, {}, (ctx) => allocateCommand(ctx)),
};
