import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process with a fixed clock, collecting what it prints. */
export async function runCli(argv: string[], now = '2020-05-19T10:00:00Z'): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += `${t}\n`;
    },
    stderr: (t) => {
      stderr += `${t}\n`;
    },
    now: () => new Date(now),
  });
  return { code, stdout, stderr };
}
