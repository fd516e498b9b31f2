import { tallyCommand } from '../../commands/tally';
import { type CliRunner, requireOperator, runWorkbookCommand, UsageError } from '../common';
import { summaryLines } from '../summary';

export const tallyCli: CliRunner = {
  run: (argv, io) =>
    runWorkbookCommand(
      argv,
      io,
      { election: { type: 'string', multiple: true }, reopen: { type: 'string' } },
      async (ctx, values) => {
        const reopen = values.reopen as string | undefined;
        if (reopen !== undefined) {
          if (!reopen.trim()) throw new UsageError('--reopen cần lý do / --reopen needs a reason');
          requireOperator(values, '--reopen');
        }
        const outcome = await tallyCommand(ctx, { elections: values.election as string[] | undefined, reopen });
        // With -o, the same short summary as `demo` (stderr; stdout stays JSON-only with --json).
        if (ctx.write && outcome.errors.length === 0)
          for (const line of summaryLines(outcome.results, ctx.lang)) io.stderr(line);
        return outcome;
      },
    ),
};
