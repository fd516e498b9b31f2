/**
 * Mẫu phiếu: one `Mẫu phiếu <Mã>` sheet per election, print-ready ballot papers with the list
 * in ballot order (the ballot sheet's header) and the layout its ballot type requires.
 */
import { readCommandInput } from './readInput';
import { warning } from '../workbook/problems';
import { ballotPaperPlan } from '../workbook/render/ballotPaper';
import type { CommandContext, CommandOutcome } from './types';

export interface BallotsOptions {
  /** `--election <Mã>`: only these elections. */
  elections?: string[];
}

export async function ballotsCommand(ctx: CommandContext, opts: BallotsOptions = {}): Promise<CommandOutcome> {
  ctx.progress?.(0.05, 'read');
  const { input, errors, warnings, report } = await readCommandInput(ctx, { elections: opts.elections });
  if (!input) return { report, errors, warnings, plans: [], written: false };
  const wanted = opts.elections?.map((e) => e.toUpperCase());
  const elections = input.elections.filter((e) => !wanted || wanted.includes(e.id.toUpperCase()));
  if (elections.length === 0) warnings.push(warning('BALLOTS_NONE', 'BALLOTS_NONE'));
  ctx.progress?.(0.5, 'render');
  // A trust ballot prints each person's position (`Nhân sự`, `Chức vụ`).
  const positions = new Map((input.people ?? []).map((p) => [p.name, p.position ?? ''] as const));
  const plans = elections.map((e) => ballotPaperPlan(e, input.congress, positions));
  if (ctx.write && plans.length) {
    ctx.progress?.(0.8, 'write');
    await ctx.port.writeOutputs(plans, []);
  }
  ctx.progress?.(1, 'done');
  return { report, errors: [], warnings, plans, written: ctx.write && plans.length > 0 };
}
