import * as path from 'path';
import { existsSync, promises as fs } from 'fs';
import { parseArgs } from 'node:util';
import { XlsxHost } from '../../hosts/xlsx/xlsxHost';
import { problemLine } from '../../commands/report';
import { type CliCommand, EXIT_DONE, EXIT_INPUT_ERRORS, langOf, UsageError } from '../common';

/**
 * `minutes <in.xlsx> --docx <out.docx> [--election <Mã>]...`: the minutes as a Word file
 * (WORKBOOK.md "Command line"). Exit 0 done (also when every election is blocked: nothing is
 * written then), 1 input errors, 2 usage.
 */
export const minutesCli: CliCommand = {
  name: 'minutes',
  usage: 'minutes <in.xlsx> --docx <out.docx> [--election <Mã>]... [--lang vi|en]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { docx: { type: 'string' }, election: { type: 'string', multiple: true }, lang: { type: 'string' } },
    });
    const lang = langOf(values.lang);
    if (positionals.length !== 1)
      throw new UsageError('cần đúng một tệp .xlsx đầu vào / exactly one input .xlsx is required');
    const input = positionals[0];
    const output = values.docx;
    if (!output) throw new UsageError('cần --docx <out.docx> / --docx <out.docx> is required');
    if (path.resolve(output) === path.resolve(input))
      throw new UsageError('--docx không được trùng tệp đầu vào / --docx must differ from the input');
    if (!existsSync(input)) throw new UsageError(`không tìm thấy tệp ${input} / file not found: ${input}`);
    const host = await XlsxHost.load(input);
    // Loaded here, not at start-up: the Word library is needed by this command only.
    const { minutesDocxCommand } = await import('../../commands/minutesDocx');
    const outcome = await minutesDocxCommand(
      { port: host, lang, now: io.now, write: false },
      { elections: values.election },
    );
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
      await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
      const temp = `${output}.tmp-${process.pid}`;
      await fs.writeFile(temp, outcome.docx);
      await fs.rename(temp, output);
      io.stderr(lang === 'vi' ? `Đã ghi ${output}` : `Wrote ${output}`);
    }
    return EXIT_DONE;
  },
};
