import { tallyCommand } from '../../commands/tally';
import { type CliCommand, runWorkbookCommand } from '../common';

export const tallyCli: CliCommand = {
  name: 'tally',
  usage: 'tally <in.xlsx> [-o <out.xlsx>] [--json] [--election <Mã>]... [--lang vi|en]',
  run: (argv, io) =>
    runWorkbookCommand(argv, io, { election: { type: 'string', multiple: true } }, (ctx, values) =>
      tallyCommand(ctx, { elections: values.election as string[] | undefined }),
    ),
};
