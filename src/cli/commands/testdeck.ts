import { testDeckCommand } from '../../commands/testdeck';
import { type CliRunner, runWorkbookCommand, UsageError } from '../common';

const whole = (value: unknown, option: string, min: number): number | undefined => {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : '';
  if (!/^\d{1,9}$/.test(text) || Number(text) < min)
    throw new UsageError(`${option} cần một số nguyên ≥ ${min} / ${option} takes a whole number ≥ ${min}`);
  return Number(text);
};

/** `testdeck <in.xlsx> <Mã> -o <out.xlsx> [--ballots N] [--seed S]` (WORKBOOK.md "Integrity"). */
export const testDeckCli: CliRunner = {
  run: (argv, io) =>
    runWorkbookCommand(
      argv,
      io,
      { ballots: { type: 'string' }, seed: { type: 'string' } },
      (ctx, values, [election]) => {
        if (!ctx.write) throw new UsageError('cần -o <out.xlsx> / -o <out.xlsx> is required');
        return testDeckCommand(ctx, {
          election,
          ballots: whole(values.ballots, '--ballots', 1),
          seed: whole(values.seed, '--seed', 0),
        });
      },
      { args: ['<Mã>'] },
    ),
};
