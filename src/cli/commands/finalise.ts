import { finaliseCommand } from '../../commands/finalise';
import { type CliRunner, requireOperator, runWorkbookCommand, UsageError } from '../common';

/** `finalise <in.xlsx> <Mã> -o <out.xlsx> --operator <tên>` (WORKBOOK.md "Integrity"). */
export const finaliseCli: CliRunner = {
  run: (argv, io) =>
    runWorkbookCommand(
      argv,
      io,
      {},
      (ctx, values, [election]) => {
        if (!ctx.write) throw new UsageError('cần -o <out.xlsx> / -o <out.xlsx> is required');
        requireOperator(values, 'finalise');
        return finaliseCommand(ctx, { election });
      },
      { args: ['<Mã>'] },
    ),
};
