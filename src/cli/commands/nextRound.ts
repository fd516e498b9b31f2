import { parseArgs } from 'node:util';
import * as path from 'path';
import { existsSync } from 'fs';
import { XlsxHost } from '../../hosts/xlsx/xlsxHost';
import { nextRoundCommand } from '../../commands/nextRound';
import { problemLine } from '../../commands/report';
import { type CliCommand, EXIT_DONE, EXIT_INPUT_ERRORS, langOf, UsageError } from '../common';

export const nextRoundCli: CliCommand = {
  name: 'next-round',
  usage: 'next-round <in.xlsx> <Mã> -o <out.xlsx> [--lang vi|en]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, lang: { type: 'string' } },
    });
    const lang = langOf(values.lang);
    if (positionals.length !== 2) throw new UsageError('cần <in.xlsx> và <Mã> / <in.xlsx> and <Mã> are required');
    const [input, id] = positionals;
    const output = values.output;
    if (!output) throw new UsageError('cần -o <out.xlsx> / -o <out.xlsx> is required');
    if (path.resolve(output) === path.resolve(input))
      throw new UsageError('-o không được trùng tệp đầu vào / -o must differ from the input');
    if (!existsSync(input)) throw new UsageError(`không tìm thấy tệp ${input} / file not found: ${input}`);
    const host = await XlsxHost.load(input);
    const outcome = await nextRoundCommand({ port: host, lang, now: io.now, write: true }, { election: id });
    if (outcome.errors.length || !outcome.created) {
      for (const e of outcome.errors) io.stderr(problemLine(e, lang));
      return EXIT_INPUT_ERRORS;
    }
    await host.save(output);
    const c = outcome.created;
    io.stderr(
      lang === 'vi'
        ? `Đã thêm lần bầu ${c.id} (${c.seats} ghế, ${c.candidates.length} người: ${c.candidates.join(', ')}) và trang "${c.sheet}". Hãy điều chỉnh theo quyết định của đại hội. Đã ghi ${output}`
        : `Added round ${c.id} (${c.seats} seat(s), ${c.candidates.length} candidate(s): ${c.candidates.join(', ')}) and sheet "${c.sheet}". Adjust it to the congress's decision. Wrote ${output}`,
    );
    return EXIT_DONE;
  },
};
