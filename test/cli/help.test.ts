/**
 * `--help` lists each command with one line of what it does; `<command> --help` gives its
 * options and runs nothing. Asked for, the help is the output (stdout, exit 0).
 */
import { runCli } from '../helpers/cli';
import { CLI_COMMANDS } from '../../src/cli/registry';
import { COMMAND_SUMMARIES } from '../../src/cli/help';

describe('--help', () => {
  test('one line per command, each saying what it does', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const shown = CLI_COMMANDS.filter((c) => !c.hidden);
    for (const command of shown) {
      const lines = stdout.split('\n').filter((l) => l.trimStart().startsWith(`${command.name} `));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(COMMAND_SUMMARIES[command.name]);
    }
    // Every command the registry lists has its line (a new command cannot be listed bare).
    for (const command of shown) expect(COMMAND_SUMMARIES[command.name]).toMatch(/\S+ \/ \S+/);
    expect(stdout).not.toMatch(/^ {2}example /m);
    expect((await runCli(['help'])).stdout).toBe(stdout);
  });

  test('a command with --help prints its options and runs nothing', async () => {
    const { code, stdout } = await runCli(['tally', 'no-such-file.xlsx', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('tally <in.xlsx> [-o <out.xlsx>] [--json]');
    expect(stdout).toContain(COMMAND_SUMMARIES.tally);
  });

  test('an unknown command is a usage error, with the list on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['talley']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"talley"');
    expect(stderr).toContain(COMMAND_SUMMARIES.tally);
  });
});
