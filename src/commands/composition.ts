/**
 * Cơ cấu: the composition of every elected body (the winners of every round of a `Chức danh`,
 * under round 1's `Mã`) and, with `lists`, of every candidate list; targets checked; one sheet
 * `Cơ cấu <Mã>` (lists: `Cơ cấu DS <Mã>`) each.
 */
import { candidateLists, electedBodies, targetFindings } from '../engine/composition';
import type { BodyComposition, CompositionInput } from '../engine/composition';
import { type Problem, warning } from '../workbook/problems';
import { labelKey } from '../engine/text/normalize';
import { compositionSheetPlan } from '../workbook/render/composition';
import { markRehearsal } from '../workbook/render/results';
import type { SheetPlan } from '../workbook/sheetPlan';
import { readListsInput } from './check';
import { reportFinding } from './report';
import type { CommandContext, CommandOutcome } from './types';
import { compositionSheetName, isCompositionSheet, PERSONNEL_SHEET } from '../workbook/sheetNames';
import { ageReference } from '../engine/rules/ageReference';
import { logFor } from './integrity';

export interface CompositionOptions {
  /** `--lists`: also the composition of the candidate lists. */
  lists?: boolean;
}

export async function compositionCommand(ctx: CommandContext, opts: CompositionOptions = {}): Promise<CommandOutcome> {
  ctx.progress?.(0.05, 'read');
  const { data, errors, warnings, report } = await readListsInput(ctx);
  if (!data) return { report, errors, warnings, plans: [], written: false };
  if (data.people === null) {
    // Without `Nhân sự` every dimension would be 100 % "Không rõ": say what is missing instead (issue 13).
    const missing = warning('MISSING_SHEET', 'COMPOSITION_NO_NHAN_SU', undefined, { sheet: PERSONNEL_SHEET });
    report.composition = {};
    report.findings = [reportFinding(missing, ctx.lang)];
    return { report, errors: [], warnings: [...warnings, missing], plans: [], written: false };
  }
  ctx.progress?.(0.6, 'compose');
  const source: CompositionInput = {
    congress: data.input.congress,
    elections: data.input.elections,
    results: data.results,
    people: data.people,
  };
  const { bodies, notes } = electedBodies(source);
  const lists = opts.lists ? candidateLists(source) : [];
  const findings: Problem[] = [];
  const plans: SheetPlan[] = [];
  // A body elected (in any round) from a test deck's count is marked as a test too.
  const rehearsed = new Set(data.results.filter((r) => r.rehearsal).map((r) => r.office));
  const render = (body: BodyComposition, own: Problem[]) => {
    const plan = compositionSheetPlan(body, {
      referenceDate: ageReference(source.congress).date,
      findings: own,
      lang: ctx.lang,
    });
    if (!body.list && rehearsed.has(body.office)) markRehearsal(plan);
    plans.push(plan);
  };
  for (const body of bodies) {
    const own = targetFindings(source, body);
    findings.push(...own);
    render(body, own);
  }
  for (const list of lists) render(list, []);
  findings.push(...notes, ...data.personnelWarnings);
  report.composition = Object.fromEntries(bodies.map((b) => [b.id, b.dimensions]));
  if (opts.lists) report.compositionLists = Object.fromEntries(lists.map((l) => [l.id, l.dimensions]));
  report.findings = findings.map((f) => reportFinding(f, ctx.lang));
  if (ctx.write) {
    ctx.progress?.(0.8, 'write');
    // Output sheets are generated whole: an older `Cơ cấu …` sheet of a body no longer reported goes.
    const fresh = new Set(plans.map((p) => labelKey(p.name)));
    const stale = data.input.sheetNames.filter((n) => isCompositionSheet(n) && !fresh.has(labelKey(n)));
    const note = bodies.length ? `Cơ cấu: ${bodies.map((b) => b.id).join(', ')}` : 'Chưa có cơ quan nào được bầu';
    plans.push(logFor(ctx, data.input.trail, [{ command: 'composition', note }]).plan);
    await ctx.port.writeOutputs(plans, stale);
  }
  ctx.progress?.(1, 'done');
  return { report, errors: [], warnings, plans, written: ctx.write };
}

export { compositionSheetName };
