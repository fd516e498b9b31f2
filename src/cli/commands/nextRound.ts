import { parseArgs } from 'node:util';
import { nextRoundCommand } from '../../commands/nextRound';
import { problemLine } from '../../commands/report';
import {
  type CliRunner,
  checkExtension,
  checkOutput,
  EXIT_DONE,
  EXIT_INPUT_ERRORS,
  langOf,
  openInput,
  operatorOf,
  reportFileProblems,
  requireInput,
  saveWorkbook,
  UsageError,
} from '../common';

export const nextRoundCli: CliRunner = {
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        overwrite: { type: 'boolean' },
        operator: { type: 'string' },
      },
    });
    const lang = langOf(values.lang);
    if (positionals.length !== 2) throw new UsageError('cần <in.xlsx> và <Mã> / <in.xlsx> and <Mã> are required');
    const [input, id] = positionals;
    const output = values.output;
    if (!output) throw new UsageError('cần -o <out.xlsx> / -o <out.xlsx> is required');
    requireInput(input);
    await checkOutput(input, output, '-o', Boolean(values.overwrite));
    const opened = await openInput(input, io, lang, false);
    if ('status' in opened) return opened.status;
    const host = opened.host;
    checkExtension(host, output);
    let outcome;
    try {
      const operator = operatorOf(values).name;
      outcome = await nextRoundCommand({ port: host, lang, now: io.now, write: true, operator }, { election: id });
    } catch (error) {
      const status = reportFileProblems(error, input, io, lang, false);
      if (status === null) throw error;
      return status;
    }
    if (outcome.errors.length || !outcome.created) {
      for (const e of outcome.errors) io.stderr(problemLine(e, lang));
      return EXIT_INPUT_ERRORS;
    }
    await saveWorkbook(host, output, io);
    const c = outcome.created;
    io.stderr(
      lang === 'vi'
        ? `Đã thêm lần bầu ${c.id} (${c.seats} ghế, ${c.candidates.length} người: ${c.candidates.join(', ')}) và trang "${c.sheet}". Hãy điều chỉnh theo quyết định của đại hội. Đã ghi ${output}`
        : `Added round ${c.id} (${c.seats} seat(s), ${c.candidates.length} candidate(s): ${c.candidates.join(', ')}) and sheet "${c.sheet}". Adjust it to the congress's decision. Wrote ${output}`,
    );
    return EXIT_DONE;
  },
};
