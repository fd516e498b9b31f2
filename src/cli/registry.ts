import type { CliCommand, CliIO, CliRunner } from './common';

/** A command whose module (and whatever it needs: the Word library, the examples…) loads only when it runs. */
function lazy(name: string, usage: string, load: () => Promise<CliRunner>, hidden = false): CliCommand {
  return { name, usage, hidden, run: async (argv: string[], io: CliIO) => (await load()).run(argv, io) };
}

/**
 * The command-line commands, in the order `help` lists them (the contract's order, then the
 * extensions). Each lives in its own file under src/cli/commands, loaded on first use: start-up
 * costs only what the command run needs (issue 13: `docx` no longer loads for every command).
 */
export const CLI_COMMANDS: CliCommand[] = [
  lazy(
    'template',
    'template <out.xlsx> [--kind trust|introduction] [--lang vi|en]',
    async () => (await import('./commands/template')).templateCli,
  ),
  lazy(
    'demo',
    'demo [-o <out.xlsx>] [--overwrite] [--lang vi|en]',
    async () => (await import('./commands/demo')).demoCli,
  ),
  lazy(
    'tally',
    'tally <in.xlsx> [-o <out.xlsx>] [--json] [--election <Mã>]... [--overwrite] [--lang vi|en]',
    async () => (await import('./commands/tally')).tallyCli,
  ),
  lazy(
    'minutes',
    'minutes <in.xlsx> --docx <out.docx> [--election <Mã>]... [--overwrite] [--lang vi|en]',
    async () => (await import('./commands/minutes')).minutesCli,
  ),
  lazy(
    'allocate',
    'allocate <in.xlsx> [-o <out.xlsx>] [--json] [--overwrite] [--lang vi|en]',
    async () => (await import('./commands/allocate')).allocateCli,
  ),
  lazy(
    'check',
    'check <in.xlsx> [-o <out.xlsx>] [--json] [--overwrite] [--lang vi|en]',
    async () => (await import('./commands/check')).checkCli,
  ),
  lazy(
    'composition',
    'composition <in.xlsx> [-o <out.xlsx>] [--json] [--lists] [--overwrite] [--lang vi|en]',
    async () => (await import('./commands/composition')).compositionCli,
  ),
  lazy(
    'next-round',
    'next-round <in.xlsx> <Mã> -o <out.xlsx> [--overwrite] [--lang vi|en]',
    async () => (await import('./commands/nextRound')).nextRoundCli,
  ),
  lazy(
    'ballots',
    'ballots <in.xlsx> -o <out.xlsx> [--election <Mã>]... [--overwrite] [--lang vi|en]',
    async () => (await import('./commands/ballots')).ballotsCli,
  ),
  lazy('example', 'example <dir>', async () => (await import('./commands/example')).exampleCli, true),
];
