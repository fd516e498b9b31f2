/**
 * `npm run bench`: every benchmark of the project, each a module exporting `run()`. Figures are
 * printed, never asserted (timing is not a test).
 */
import * as tally from './tally';
import * as office from './office';
import * as allocation from './allocation';
import * as files from './files';
import { loadavg } from 'os';

interface Benchmark {
  name: string;
  run: () => Promise<void>;
}

const BENCHMARKS: Benchmark[] = [
  { name: 'tally', run: tally.run },
  { name: 'files', run: files.run },
  { name: 'office', run: office.run },
  { name: 'allocation', run: allocation.run },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const bench of BENCHMARKS) {
    if (only.length && !only.includes(bench.name)) continue;
    process.stdout.write(
      `\n== ${bench.name} == (load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})\n`,
    );
    await bench.run();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
