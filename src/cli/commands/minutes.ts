import { parseArgs } from 'node:util';
import { problemLine } from '../../commands/report';
import { repackWithClock } from '../../hosts/package/repack';
import {
  type CliRunner,
  checkOutput,
  EXIT_DONE,
  EXIT_INPUT_ERRORS,
  langOf,
  openInput,
  reportFileProblems,
  requireInput,
  UsageError,
} from '../common';
import { writeFileAtomically } from '../files';

/**
 * `minutes <in.xlsx> --docx <out.docx> [--election <Mã>]...`: the minutes as a Word file
 * (WORKBOOK.md "Command line"). Exit 0 done (also when every election is blocked: nothing is
 * written then), 1 input errors, 2 usage, 3 the file system refused.
 */
export const minutesCli: CliRunner = {
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        docx: { type: 'string' },
        election: { type: 'string', multiple: true },
        lang: { type: 'string' },
        overwrite: { type: 'boolean' },
      },
    });
    const lang = langOf(values.lang);
    if (positionals.length !== 1)
      throw new UsageError('cần đúng một tệp .xlsx đầu vào / exactly one input .xlsx is required');
    const input = positionals[0];
    const output = values.docx;
    if (!output) throw new UsageError('cần --docx <out.docx> / --docx <out.docx> is required');
    requireInput(input);
    await checkOutput(input, output, '--docx', Boolean(values.overwrite));
    const opened = await openInput(input, io, lang, false);
    if ('status' in opened) return opened.status;
    // Loaded here, not at start-up: the Word library is needed by this command only.
    const { minutesDocxCommand } = await import('../../commands/minutesDocx');
    let outcome;
    try {
      outcome = await minutesDocxCommand(
        { port: opened.host, lang, now: io.now, write: false },
        { elections: values.election },
      );
    } catch (error) {
      const status = reportFileProblems(error, input, io, lang, false);
      if (status === null) throw error;
      return status;
    }
    for (const w of outcome.warnings) io.stderr(problemLine(w, lang));
    if (outcome.errors.length) {
      for (const e of outcome.errors) io.stderr(problemLine(e, lang));
      io.stderr(
        lang === 'vi'
          ? `Có ${outcome.errors.length} lỗi trong dữ liệu; chưa ghi gì.`
          : `${outcome.errors.length} input error(s); nothing was written.`,
      );
      return EXIT_INPUT_ERRORS;
    }
    if (outcome.docx) {
      await writeFileAtomically(output, repackWithClock(outcome.docx, io.now()));
      io.stderr(lang === 'vi' ? `Đã ghi ${output}` : `Wrote ${output}`);
    }
    return EXIT_DONE;
  },
};
