import { compositionCommand } from '../../commands/composition';
import { type CliRunner, runWorkbookCommand } from '../common';

export const compositionCli: CliRunner = {
  run: (argv, io) =>
    runWorkbookCommand(argv, io, { lists: { type: 'boolean' } }, (ctx, values) =>
      compositionCommand(ctx, { lists: Boolean(values.lists) }),
    ),
};
