import { parseArgs } from 'node:util';
import { existsSync } from 'fs';
import { PackageHost } from '../../hosts/package/packageHost';
import { templateSheetPlans } from '../../workbook/render/template';
import { type CliRunner, EXIT_DONE, langOf, saveWorkbook, UsageError } from '../common';

/** `template <out.xlsx>`: a blank workbook with every input sheet of the contract. */
export const templateCli: CliRunner = {
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { lang: { type: 'string' } },
    });
    const lang = langOf(values.lang);
    if (positionals.length !== 1)
      throw new UsageError('cần đúng một tệp .xlsx đầu ra / exactly one output .xlsx is required');
    const output = positionals[0];
    // A template never replaces a clerk's workbook by accident.
    if (existsSync(output))
      throw new UsageError(`tệp ${output} đã có; hãy chọn tên khác / ${output} already exists; choose another name`);
    const host = PackageHost.blank();
    await host.writeOutputs(templateSheetPlans(), []);
    await saveWorkbook(host, output, io);
    io.stderr(lang === 'vi' ? `Đã ghi sổ mẫu trống: ${output}` : `Wrote the blank template: ${output}`);
    return EXIT_DONE;
  },
};
