import { ballotsCommand } from '../../commands/ballots';
import { type CliRunner, runWorkbookCommand } from '../common';

/** `ballots <in.xlsx> -o <out.xlsx>`: the `Mẫu phiếu <Mã>` sheets. */
export const ballotsCli: CliRunner = {
  run: (argv, io) =>
    runWorkbookCommand(
      argv,
      io,
      { election: { type: 'string', multiple: true } },
      (ctx, values) => ballotsCommand(ctx, { elections: values.election as string[] | undefined }),
      { jsonAllowed: false },
    ),
};
