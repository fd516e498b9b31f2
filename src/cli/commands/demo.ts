import { parseArgs } from 'node:util';
import * as path from 'path';
import { promises as fs } from 'fs';
import { repackWithClock } from '../../hosts/package/repack';
import { openWorkbookFile, sameFile, writeFileAtomically } from '../files';
import { tallyCommand } from '../../commands/tally';
import { ballotsCommand } from '../../commands/ballots';
import { allocateCommand } from '../../commands/allocate';
import { checkCommand } from '../../commands/check';
import { compositionCommand } from '../../commands/composition';
import { problemLine } from '../../commands/report';
import type { CommandContext, CommandOutcome } from '../../commands/types';
import { summaryLines } from '../summary';
import {
  type CliRunner,
  checkOutput,
  EXIT_DONE,
  EXIT_INPUT_ERRORS,
  langOf,
  operatorOf,
  saveWorkbook,
  UsageError,
} from '../common';

/** The bundled example congress (built by `npm run --silent cli -- example examples`). */
export const EXAMPLE_WORKBOOK = path.join(__dirname, '..', '..', '..', 'examples', 'dai-hoi-phuong.xlsx');
export const DEFAULT_DEMO_OUTPUT = path.join('out', 'dai-hoi-mau.xlsx');

/**
 * `demo`: everything on the example congress — tally and minutes, ballot papers, allocation,
 * list check, composition — into one new workbook, plus the minutes as a Word file beside it.
 */
export const demoCli: CliRunner = {
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
    if (positionals.length) throw new UsageError('demo không nhận tệp đầu vào / demo takes no input file');
    const output = values.output ?? DEFAULT_DEMO_OUTPUT;
    if (sameFile(output, EXAMPLE_WORKBOOK))
      throw new UsageError('-o không được trùng tệp mẫu / -o must differ from the example');
    const docxPath = output.replace(/\.xlsx$/i, '') + '-bien-ban.docx';
    // The default output is the demo's own: it is replaced run after run.
    const overwrite = Boolean(values.overwrite) || values.output === undefined;
    await checkOutput(EXAMPLE_WORKBOOK, output, '-o', overwrite);
    await checkOutput(EXAMPLE_WORKBOOK, docxPath, '-o', overwrite);
    const host = await openWorkbookFile(EXAMPLE_WORKBOOK);
    const ctx: CommandContext = { port: host, lang, now: io.now, write: true, operator: operatorOf(values).name };
    const vi = lang === 'vi';
    const steps: [string, () => Promise<CommandOutcome>][] = [
      [vi ? 'Kiểm phiếu và biên bản' : 'Tally and minutes', () => tallyCommand(ctx)],
      [vi ? 'Mẫu phiếu bầu' : 'Ballot papers', () => ballotsCommand(ctx, {})],
      [vi ? 'Phân bổ đại biểu' : 'Delegate allocation', () => allocateCommand(ctx)],
      [vi ? 'Kiểm tra danh sách' : 'Nominee-list check', () => checkCommand(ctx)],
      [vi ? 'Cơ cấu' : 'Composition', () => compositionCommand(ctx, { lists: false })],
    ];
    for (const [label, step] of steps) {
      const outcome = await step();
      if (outcome.errors.length) {
        for (const e of outcome.errors) io.stderr(problemLine(e, lang));
        io.stderr(vi ? `${label}: có lỗi dữ liệu, dừng lại.` : `${label}: input errors, stopped.`);
        return EXIT_INPUT_ERRORS;
      }
      io.stderr(`✓ ${label} (${outcome.plans.length} ${vi ? 'trang' : 'sheets'})`);
      for (const line of summaryLines(outcome.report.elections ?? [], lang)) io.stderr(line);
    }
    // The demo's own folder (out/ by default) is made for it; any other -o names an existing folder.
    if (!values.output) await fs.mkdir(path.dirname(output), { recursive: true });
    await saveWorkbook(host, output, io);
    const { minutesDocxCommand } = await import('../../commands/minutesDocx');
    const docx = await minutesDocxCommand({ ...ctx, port: await openWorkbookFile(EXAMPLE_WORKBOOK), write: false }, {});
    if (docx.docx) {
      await writeFileAtomically(docxPath, repackWithClock(docx.docx, io.now()));
      io.stderr(vi ? `Biên bản (Word): ${docxPath}` : `Minutes (Word): ${docxPath}`);
    }
    io.stderr(vi ? `Đã ghi sổ kết quả: ${path.resolve(output)}` : `Output workbook: ${path.resolve(output)}`);
    return EXIT_DONE;
  },
};
