/**
 * Prepare (issue 4, "Tạo các trang nhập liệu"): adds the contract's input sheets that the current
 * workbook lacks, empty with their headers and text formats. Existing sheets are never touched —
 * a sheet counts as present under any spelling the parser accepts (`Dai hoi` = `Đại hội`).
 */
import { DEFAULT_RULE_SET } from '../engine/rules/ruleSets';
import { findSheetName } from '../workbook/table';
import { EXAMPLE_BALLOT_SHEET, templateSheetPlans } from '../workbook/render/template';
import type { SheetPlan } from '../workbook/sheetPlan';
import type { CommandContext, CommandOutcome } from './types';
import { ELECTIONS_SHEET } from '../workbook/sheetNames';

export interface PrepareOptions {
  /**
   * Add the example ballot sheet `Phiếu BCH` with a new `Bầu cử` (default). The pane says no:
   * it makes each election's ballot sheet from its `Bầu cử` row (ballotSheets.ts), and a
   * `Phiếu BCH` for a congress whose election is coded `CU` would only confuse.
   */
  exampleBallotSheet?: boolean;
}

/** The template's sheets missing from a workbook with these sheet names. */
export function missingInputPlans(sheetNames: string[], opts: PrepareOptions = {}): SheetPlan[] {
  const withExample = opts.exampleBallotSheet !== false && findSheetName(sheetNames, ELECTIONS_SHEET) === undefined;
  return templateSheetPlans().filter((plan) => {
    if (findSheetName(sheetNames, plan.name) !== undefined) return false;
    // The example ballot sheet comes only with a new `Bầu cử`: once the elections are set up,
    // their rows name their own ballot sheets and an empty `Phiếu BCH` would only confuse.
    return plan.name !== EXAMPLE_BALLOT_SHEET || withExample;
  });
}

export async function prepareCommand(ctx: CommandContext, opts: PrepareOptions = {}): Promise<CommandOutcome> {
  ctx.progress?.(0.1, 'read');
  const plans = missingInputPlans(await ctx.port.sheetNames(), opts);
  const write = ctx.write && plans.length > 0;
  if (write) {
    ctx.progress?.(0.5, 'write');
    // No sheet to replace: the plans' names are all absent from the workbook.
    await ctx.port.writeOutputs(plans, []);
  }
  ctx.progress?.(1, 'done');
  return { report: { ruleSet: DEFAULT_RULE_SET, errors: [] }, errors: [], warnings: [], plans, written: write };
}
