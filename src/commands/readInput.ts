/**
 * The opening every tally-based command shares: read the tally's sheets, split errors from
 * warnings, and start the report (which carries `ruleSet` and `errors` even when the input is
 * unusable — WORKBOOK.md "Command line", exit status 1).
 */
import { readTallyInput, type TallyInput, type TallyReadOptions } from '../workbook/tallyInput';
import type { Problem } from '../workbook/problems';
import type { CommandContext, Report } from './types';
import { reportError } from './report';

export interface CommandInput {
  /** Null when there are input errors: the command must stop and write nothing. */
  input: TallyInput | null;
  errors: Problem[];
  warnings: Problem[];
  report: Report;
}

export async function readCommandInput(ctx: CommandContext, opts: TallyReadOptions = {}): Promise<CommandInput> {
  const { input, problems } = await readTallyInput(ctx.port, opts);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  const report: Report = {
    ruleSet: input?.congress.ruleSet ?? '190-QĐ/TW',
    errors: errors.map((e) => reportError(e, ctx.lang)),
  };
  return { input: errors.length ? null : input, errors, warnings, report };
}
