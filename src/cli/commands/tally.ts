import { tallyCommand } from '../../commands/tally';
import { type CliRunner, runWorkbookCommand } from '../common';
import { summaryLines } from '../summary';

export const tallyCli: CliRunner = {
  run: (argv, io) =>
    runWorkbookCommand(argv, io, { election: { type: 'string', multiple: true } }, async (ctx, values) => {
      const outcome = await tallyCommand(ctx, { elections: values.election as string[] | undefined });
      // With -o, the same short summary as `demo` (stderr; stdout stays JSON-only with --json).
      if (ctx.write && outcome.errors.length === 0)
        for (const line of summaryLines(outcome.results, ctx.lang)) io.stderr(line);
      return outcome;
    }),
};
