import { tallyCommand } from '../../commands/tally';
import { type CliRunner, runWorkbookCommand } from '../common';

export const tallyCli: CliRunner = {
  run: (argv, io) =>
    runWorkbookCommand(argv, io, { election: { type: 'string', multiple: true } }, (ctx, values) =>
      tallyCommand(ctx, { elections: values.election as string[] | undefined }),
    ),
};
