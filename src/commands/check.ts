/**
 * Kiểm tra danh sách: read the congress, the roll, the counting committee, the elections with
 * their lists and `Nhân sự`; tally what is keyed (for the opinion ballots and the committee
 * actually elected); check every list; write `Kiểm tra danh sách`.
 */
import { readTallyInput, type TallyInput } from '../workbook/tallyInput';
import { tallyElections } from '../engine/tally/tally';
import type { ElectionResult } from '../engine/model/results';
import { checkLists } from '../engine/nominees/checkLists';
import type { Person } from '../engine/model/person';
import type { Problem } from '../workbook/problems';
import { readPersonnel } from '../workbook/parse/personnel';
import { listCheckSheetPlan } from '../workbook/render/listCheck';
import type { CommandContext, CommandOutcome, Report } from './types';
import { reportError, reportFinding } from './report';
import { logFor } from './integrity';

/** What both list commands read: the tally input, `Nhân sự`, and the tally of what is keyed. */
export interface ListsInput {
  input: TallyInput;
  people: Person[] | null;
  results: ElectionResult[];
  /** `Nhân sự` warnings (they belong with the findings). */
  personnelWarnings: Problem[];
  warnings: Problem[];
}

export async function readListsInput(
  ctx: CommandContext,
): Promise<{ data: ListsInput | null; errors: Problem[]; warnings: Problem[]; report: Report }> {
  const { input, problems } = await readTallyInput(ctx.port);
  const personnel = await readPersonnel(ctx.port, input?.sheetNames);
  const errors = [...problems, ...personnel.problems].filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  const personnelWarnings = personnel.problems.filter((p) => p.severity !== 'error');
  const report: Report = { ruleSet: input?.congress.ruleSet ?? '190-QĐ/TW', errors: [] };
  if (!input || errors.length) {
    report.errors = errors.map((e) => reportError(e, ctx.lang));
    return { data: null, errors, warnings, report };
  }
  ctx.progress?.(0.4, 'tally');
  const tally = tallyElections(input);
  const tallyErrors = tally.problems.filter((p) => p.severity === 'error');
  if (tallyErrors.length) {
    report.errors = tallyErrors.map((e) => reportError(e, ctx.lang));
    return { data: null, errors: tallyErrors, warnings, report };
  }
  return {
    data: { input, people: personnel.people, results: tally.results, personnelWarnings, warnings },
    errors: [],
    warnings,
    report,
  };
}

export async function checkCommand(ctx: CommandContext): Promise<CommandOutcome> {
  ctx.progress?.(0.05, 'read');
  const { data, errors, warnings, report } = await readListsInput(ctx);
  if (!data) return { report, errors, warnings, plans: [], written: false };
  ctx.progress?.(0.6, 'check');
  const { input } = data;
  const findings = [
    ...checkLists({
      congress: input.congress,
      roll: input.roll,
      counters: input.counters,
      elections: input.elections,
      people: data.people,
      results: data.results,
    }),
    ...data.personnelWarnings,
  ];
  report.findings = findings.map((f) => reportFinding(f, ctx.lang));
  const plans = [listCheckSheetPlan(findings, ctx.lang, { organisation: input.congress.organisation })];
  if (ctx.write) {
    const errorCount = findings.filter((f) => f.severity === 'error').length;
    const note = `${findings.length} kết quả kiểm tra, ${errorCount} lỗi`;
    plans.push(logFor(ctx, input.trail, [{ command: 'check', note }]).plan);
    ctx.progress?.(0.8, 'write');
    await ctx.port.writeOutputs(plans, []);
  }
  ctx.progress?.(1, 'done');
  return { report, errors: [], warnings, plans, written: ctx.write };
}
