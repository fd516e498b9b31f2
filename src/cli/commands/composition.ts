import { compositionCommand } from '../../commands/composition';
import { type CliCommand, runWorkbookCommand } from '../common';

export const compositionCli: CliCommand = {
  name: 'composition',
  usage: 'composition <in.xlsx> [-o <out.xlsx>] [--json] [--lists] [--lang vi|en]',
  run: (argv, io) =>
    runWorkbookCommand(argv, io, { lists: { type: 'boolean' } }, (ctx, values) =>
      compositionCommand(ctx, { lists: Boolean(values.lists) }),
    ),
};
