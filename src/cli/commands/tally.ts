import { tallyCommand } from '../../commands/tally';
import { type CliRunner, requireOperator, runWorkbookCommand, UsageError } from '../common';

export const tallyCli: CliRunner = {
  run: (argv, io) =>
    runWorkbookCommand(
      argv,
      io,
      { election: { type: 'string', multiple: true }, reopen: { type: 'string' } },
      (ctx, values) => {
        const reopen = values.reopen as string | undefined;
        if (reopen !== undefined) {
          if (!reopen.trim()) throw new UsageError('--reopen cần lý do / --reopen needs a reason');
          requireOperator(values, '--reopen');
        }
        return tallyCommand(ctx, { elections: values.election as string[] | undefined, reopen });
      },
    ),
};
