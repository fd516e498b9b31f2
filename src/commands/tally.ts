/**
 * Kiểm phiếu: read the roll and the ballot sheets, tally every election, write `Kết quả <Mã>` and
 * `Biên bản <Mã>` per election (no minutes for a blocked election or before counting) and
 * append to `Nhật ký`.
 */
import { readCommandInput } from './readInput';
import { tallyElections } from '../engine/tally/tally';
import type { ElectionResult } from '../engine/model/results';
import type { SheetPlan } from '../workbook/sheetPlan';
import { resultsPlanFor } from '../workbook/render/personnelResults';
import { logSheetPlan } from '../workbook/render/log';
import { minutesPlanFor } from './minutesPlan';
import { findSheetName } from '../workbook/table';
import type { CommandContext, CommandOutcome } from './types';
import { reportError, reportFinding } from './report';
import type { Problem } from '../workbook/problems';
import { isSecondLook } from '../engine/tally/plausibility';
import { statusLabel } from '../workbook/render/results';
import { LOG_SHEET, minutesSheetName } from '../workbook/sheetNames';

export interface TallyOptions {
  /** `--election <Mã>`: only these elections (earlier rounds they link to are tallied too). */
  elections?: string[];
}

export interface TallyCommandOutcome extends CommandOutcome {
  results: ElectionResult[];
}

export async function tallyCommand(ctx: CommandContext, opts: TallyOptions = {}): Promise<TallyCommandOutcome> {
  ctx.progress?.(0.05, 'read');
  const { input, errors, warnings, report } = await readCommandInput(ctx, { elections: opts.elections });
  if (!input) return { report, errors, warnings, plans: [], written: false, results: [] };
  ctx.progress?.(0.4, 'tally');
  const tally = tallyElections(input);
  const tallyErrors = tally.problems.filter((p) => p.severity === 'error');
  const wanted = opts.elections?.map((e) => e.toUpperCase());
  // A header unknown to `Nhân sự` and the plausibility checks: a second look, never a block
  // (of the elections asked for; an earlier round read along has its own run).
  const ofWanted = (p: Problem) =>
    !wanted || typeof p.params?.id !== 'string' || wanted.includes(p.params.id.toUpperCase());
  warnings.push(...tally.problems.filter((p) => isSecondLook(p.code) && ofWanted(p)));
  // JSON `warnings` (extension): present only when there are some.
  const reportWarnings = () => {
    if (warnings.length) report.warnings = warnings.map((w) => reportError(w, ctx.lang));
  };
  const results = tally.results.filter((r) => !wanted || wanted.includes(r.id.toUpperCase()));
  report.elections = results;
  // The tally's findings (SECRETARY_APPOINTED, TRUST_QUORUM, WRITE_IN_UNKNOWN) of the elections reported, as the list check's are.
  const findings = tally.problems.filter(
    (p) =>
      p.severity !== 'error' &&
      !isSecondLook(p.code) &&
      (!wanted || wanted.includes(String(p.params?.id ?? '').toUpperCase())),
  );
  if (findings.length) report.findings = findings.map((f) => reportFinding(f, ctx.lang));
  if (tallyErrors.length) {
    report.errors = tallyErrors.map((e) => reportError(e, ctx.lang));
    reportWarnings();
    return { report, errors: tallyErrors, warnings, plans: [], written: false, results };
  }

  ctx.progress?.(0.6, 'render');
  const plans: SheetPlan[] = [];
  const stale: string[] = [];
  for (const result of results) {
    const def = input.elections.find((e) => e.id === result.id);
    if (!def) continue;
    const previous = result.previousRound ? (tally.results.find((r) => r.id === result.previousRound) ?? null) : null;
    plans.push(resultsPlanFor(def, result, input.congress, previous));
    if (result.status === 'blocked' || result.status === 'zero') {
      // No minutes for a count that cannot be announced; an older version must not linger.
      stale.push(minutesSheetName(result.id));
    } else {
      const minutes = minutesPlanFor({ congress: input.congress, election: def, result, counters: input.counters });
      plans.push(minutes.plan);
      warnings.push(...minutes.warnings);
    }
  }
  if (ctx.write) {
    const logName = findSheetName(input.sheetNames, LOG_SHEET);
    const existingLog = logName ? (await ctx.port.readSheets([logName])).get(logName) : undefined;
    plans.push(
      logSheetPlan(
        existingLog,
        ctx.now(),
        results.map((r) => ({
          command: 'tally',
          id: r.id,
          status: statusLabel(r),
          fingerprint: r.fingerprint,
          note: logNote(r),
        })),
      ),
    );
    ctx.progress?.(0.8, 'write');
    await ctx.port.writeOutputs(
      plans,
      stale.filter((s) => input.sheetNames.some((n) => n.toLowerCase() === s.toLowerCase())),
    );
  }
  ctx.progress?.(1, 'done');
  reportWarnings();
  return { report, errors: [], warnings, plans, written: ctx.write, results };
}

/** The `Nhật ký` note of one result: who was elected or introduced, of how many places. */
function logNote(r: ElectionResult): string | undefined {
  if (!r.elected.length) return undefined;
  if (r.introduced) return `Được giới thiệu: ${r.elected.length}${r.seats ? `/${r.seats}` : ''}`;
  return `Trúng cử: ${r.elected.length}/${r.seats}`;
}
