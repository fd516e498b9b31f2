import { parseArgs } from 'node:util';
import { existsSync } from 'fs';
import { PackageHost } from '../../hosts/package/packageHost';
import { kindTemplateSheetPlans, TEMPLATE_KINDS, type TemplateKind } from '../../workbook/render/template';
import { type CliRunner, EXIT_DONE, langOf, saveWorkbook, UsageError } from '../common';

/** `--kind` as typed: `trust`, `introduction` (or their Vietnamese names), `election` by default. */
const KIND_NAMES: Record<string, TemplateKind> = {
  election: 'election',
  'bau-cu': 'election',
  trust: 'trust',
  'tin-nhiem': 'trust',
  introduction: 'introduction',
  'gioi-thieu': 'introduction',
};

/**
 * `template <out.xlsx> [--kind trust|introduction]`: a blank workbook with every input sheet of the
 * contract, or laid out for a trust vote or an introduction ballot (version 2).
 */
export const templateCli: CliRunner = {
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { lang: { type: 'string' }, kind: { type: 'string' } },
    });
    const lang = langOf(values.lang);
    const kind = values.kind === undefined ? 'election' : KIND_NAMES[values.kind];
    if (!kind)
      throw new UsageError(
        `--kind nhận ${TEMPLATE_KINDS.join(', ')} / --kind takes ${TEMPLATE_KINDS.join(', ')} (not "${values.kind}")`,
      );
    if (positionals.length !== 1)
      throw new UsageError('cần đúng một tệp .xlsx đầu ra / exactly one output .xlsx is required');
    const output = positionals[0];
    // A template never replaces a clerk's workbook by accident.
    if (existsSync(output))
      throw new UsageError(`tệp ${output} đã có; hãy chọn tên khác / ${output} already exists; choose another name`);
    const host = PackageHost.blank();
    await host.writeOutputs(kindTemplateSheetPlans(kind), []);
    await saveWorkbook(host, output, io);
    io.stderr(lang === 'vi' ? `Đã ghi sổ mẫu trống: ${output}` : `Wrote the blank template: ${output}`);
    return EXIT_DONE;
  },
};
