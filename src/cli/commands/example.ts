import { parseArgs } from 'node:util';
import { writeExamples } from '../../examples/write';
import { type CliRunner, EXIT_DONE, UsageError } from '../common';

/**
 * `example <dir>` (hidden: for the developers): regenerates the bundled example workbooks. The
 * committed files in `examples/` are its output; a test keeps them equal to the generator.
 */
export const exampleCli: CliRunner = {
  async run(argv, io) {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new UsageError('cần đúng một thư mục / exactly one directory is required');
    for (const file of await writeExamples(positionals[0])) io.stderr(`Đã ghi ${file}`);
    return EXIT_DONE;
  },
};
