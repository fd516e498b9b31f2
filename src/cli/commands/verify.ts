import { parseArgs } from 'node:util';
import { isFingerprint, verifyCommand } from '../../commands/verify';
import { problemLine } from '../../commands/report';
import { t } from '../../i18n';
import {
  type CliRunner,
  EXIT_DONE,
  EXIT_INPUT_ERRORS,
  langOf,
  openInput,
  reportFileProblems,
  requireInput,
  UsageError,
} from '../common';

/**
 * `verify <in.xlsx> <Mã> <fingerprint>` (WORKBOOK.md "Integrity"): exit 0 when the fingerprint of
 * that election's ballot data equals the one given, 1 when not (or when it cannot be computed),
 * 2 usage. Writes nothing.
 */
export const verifyCli: CliRunner = {
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, lang: { type: 'string' } },
    });
    const lang = langOf(values.lang);
    const json = Boolean(values.json);
    if (positionals.length < 3)
      throw new UsageError('cần <in.xlsx> <Mã> <dấu vân tay> / <in.xlsx> <Mã> <fingerprint> are required');
    // A fingerprint copied from the minutes may come in pieces: join what follows the code.
    const [input, election, ...pieces] = positionals;
    const fingerprint = pieces.join('');
    if (!isFingerprint(fingerprint))
      throw new UsageError(
        'dấu vân tay là 64 chữ số thập lục phân (SHA-256) / the fingerprint is 64 hexadecimal digits (SHA-256)',
      );
    requireInput(input);
    const opened = await openInput(input, io, lang, json);
    if ('status' in opened) return opened.status;
    let outcome;
    try {
      outcome = await verifyCommand({ port: opened.host, lang, now: io.now, write: false }, { election, fingerprint });
    } catch (error) {
      const status = reportFileProblems(error, input, io, lang, json);
      if (status === null) throw error;
      return status;
    }
    for (const w of outcome.warnings) io.stderr(problemLine(w, lang));
    for (const e of outcome.errors) io.stderr(problemLine(e, lang));
    if (json)
      io.stdout(
        JSON.stringify(
          {
            ...outcome.report,
            verify: { id: election, expected: outcome.expected, actual: outcome.actual, match: outcome.match },
          },
          null,
          2,
        ),
      );
    if (outcome.actual === null) {
      io.stderr(t(lang, 'VERIFY_CANNOT', { id: election }));
      return EXIT_INPUT_ERRORS;
    }
    io.stderr(
      t(lang, outcome.match ? 'VERIFY_MATCH' : 'VERIFY_MISMATCH', {
        id: election,
        expected: outcome.expected,
        actual: outcome.actual,
      }),
    );
    return outcome.match ? EXIT_DONE : EXIT_INPUT_ERRORS;
  },
};
