/**
 * Kiểm phiếu: read the roll and the ballot sheets, tally every election, write `Kết quả <Mã>` and
 * `Biên bản <Mã>` per election (no minutes for a blocked election or before counting) and
 * append to `Nhật ký`. A finalised election is counted again only on the same data, or when
 * reopened with a reason (WORKBOOK.md "Integrity").
 */
import { readCommandInput } from './readInput';
import { tallyElections } from '../engine/tally/tally';
import type { ElectionResult } from '../engine/model/results';
import type { SheetPlan } from '../workbook/sheetPlan';
import type { LogEntry } from '../workbook/render/log';
import { finalisedSheetPlan } from '../workbook/render/finalised';
import type { CommandContext, CommandOutcome } from './types';
import { reportError, reportFinding } from './report';
import type { Problem } from '../workbook/problems';
import { isSecondLook } from '../engine/tally/plausibility';
import { statusLabel } from '../workbook/render/results';
import { electionPlans } from './electionPlans';
import { finalisedGuard, logFor } from './integrity';

/** Warnings of the tally that are the integrity trail's, not findings about the lists. */
const INTEGRITY_WARNINGS: string[] = ['CROSS_CHECK_DIFFERENCE', 'REHEARSAL'];

export interface TallyOptions {
  /** `--election <Mã>`: only these elections (earlier rounds they link to are tallied too). */
  elections?: string[];
  /** `--reopen "<lý do>"`: count finalised elections whose data changed, recording why. */
  reopen?: string;
}

export interface TallyCommandOutcome extends CommandOutcome {
  results: ElectionResult[];
  /** The `Mã` of the elections reported that are finalised on exactly these data. */
  finalised: string[];
}

/** The log row of one counted election. */
export function tallyLogEntry(result: ElectionResult, command = 'tally'): LogEntry {
  const notes: string[] = [];
  if (result.rehearsal) notes.push('PHIẾU THỬ');
  if (result.office === 'Xin ý kiến') notes.push(`Đủ điều kiện: ${result.elected.length}`);
  else if (result.introduced && result.elected.length)
    notes.push(`Được giới thiệu: ${result.elected.length}${result.seats ? `/${result.seats}` : ''}`);
  else if (result.elected.length) notes.push(`Trúng cử: ${result.elected.length}/${result.seats}`);
  if (result.crossCheck) {
    const bad = result.crossCheck.filter((e) => !e.ok).length;
    notes.push(bad ? `Đối chiếu: ${bad} số liệu chênh lệch` : `Đối chiếu: khớp ${result.crossCheck.length} số liệu`);
  }
  return {
    command,
    id: result.id,
    status: statusLabel(result),
    fingerprint: result.fingerprint,
    note: notes.join('; ') || undefined,
  };
}

export async function tallyCommand(ctx: CommandContext, opts: TallyOptions = {}): Promise<TallyCommandOutcome> {
  ctx.progress?.(0.05, 'read');
  const { input, errors, warnings, report } = await readCommandInput(ctx, { elections: opts.elections });
  if (!input) return { report, errors, warnings, plans: [], written: false, results: [], finalised: [] };
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
  // The tally's findings (SECRETARY_APPOINTED, TRUST_QUORUM, WRITE_IN_UNKNOWN) of the elections
  // reported, as the list check's are; the integrity warnings (a cross-check difference, a test
  // deck) are warnings, printed as such.
  const findings = tally.problems.filter(
    (p) =>
      p.severity !== 'error' &&
      !INTEGRITY_WARNINGS.includes(p.code) &&
      !isSecondLook(p.code) &&
      (!wanted || wanted.includes(String(p.params?.id ?? '').toUpperCase())),
  );
  if (findings.length) report.findings = findings.map((f) => reportFinding(f, ctx.lang));
  warnings.push(...tally.problems.filter((p) => INTEGRITY_WARNINGS.includes(p.code)));
  // Every election counted, the earlier rounds a selected one depends on included.
  const guard = finalisedGuard(ctx, input.trail, tally.results, opts.reopen);
  warnings.push(...guard.warnings);
  const finalised = results.filter((r) => guard.finalised.has(r.id.toUpperCase())).map((r) => r.id);
  const stop = [...tallyErrors, ...guard.errors];
  if (stop.length) {
    report.errors = stop.map((e) => reportError(e, ctx.lang));
    reportWarnings();
    return { report, errors: stop, warnings, plans: [], written: false, results, finalised };
  }

  ctx.progress?.(0.6, 'render');
  // The log rows come first: each `Kết quả <Mã>` quotes the row its run wrote.
  const entries = [...guard.reopened.map((r) => r.entry), ...results.map((r) => tallyLogEntry(r))];
  const log = logFor(ctx, input.trail, entries);
  const plans: SheetPlan[] = [];
  const stale: string[] = [];
  results.forEach((result, i) => {
    const row = log.rows[guard.reopened.length + i];
    const record = guard.finalised.get(result.id.toUpperCase());
    const previous = result.previousRound ? (tally.results.find((r) => r.id === result.previousRound) ?? null) : null;
    const own = electionPlans(input, result, previous, {
      logRow: ctx.write ? { stt: row.stt, hash: row.hash } : undefined,
      finalised: record ? { time: record.time, operator: record.operator } : undefined,
      protect: record !== undefined,
    });
    plans.push(...own.plans);
    stale.push(...own.stale);
    warnings.push(...own.warnings);
  });
  if (ctx.write) {
    if (guard.reopened.length)
      plans.push(
        finalisedSheetPlan(
          input.trail,
          guard.reopened.map((r) => r.row),
        ),
      );
    plans.push(log.plan);
    ctx.progress?.(0.8, 'write');
    await ctx.port.writeOutputs(
      plans,
      stale.filter((s) => input.sheetNames.some((n) => n.toLowerCase() === s.toLowerCase())),
    );
  }
  ctx.progress?.(1, 'done');
  reportWarnings();
  return { report, errors: [], warnings, plans, written: ctx.write, results, finalised };
}
