import { allocateCommand } from '../../commands/allocate';
import { type CliRunner, runWorkbookCommand } from '../common';

/** `allocate <in.xlsx> [-o <out.xlsx>] [--json] [--lang vi|en]` (WORKBOOK.md "Command line"). */
export const allocateCli: CliRunner = {
  run: (argv, io) => runWorkbookCommand(argv, io, {}, (ctx) => allocateCommand(ctx)),
};
