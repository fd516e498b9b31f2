/**
 * Chốt kết quả (WORKBOOK.md "Integrity"): finalise one counted election. Appends a row to
 * `Chốt kết quả` (its fingerprint and the digest of its result), writes its `Kết quả` and
 * `Biên bản` sheets again from the same count, protected, and logs it. A later tally on changed
 * data is then refused (`FINALISED_CHANGED`) until it is reopened with a reason.
 */
import { readCommandInput } from './readInput';
import { tallyElections } from '../engine/tally/tally';
import type { ElectionResult } from '../engine/model/results';
import { currentRecords, judgeFinalised, resultDigest } from '../engine/integrity/finalised';
import { inputError, type Problem, warning } from '../workbook/problems';
import { finalisedSheetPlan, type FinalRow } from '../workbook/render/finalised';
import { logTimestamp, operatorText } from '../workbook/render/log';
import { statusLabel } from '../workbook/render/results';
import type { CommandContext, CommandOutcome } from './types';
import { reportError } from './report';
import { electionPlans } from './electionPlans';
import { finalisedGuard, logFor } from './integrity';

export interface FinaliseOutcome extends CommandOutcome {
  /** The row appended to `Chốt kết quả`; null when nothing was finalised. */
  finalised: FinalRow | null;
  result: ElectionResult | null;
}

export async function finaliseCommand(ctx: CommandContext, opts: { election: string }): Promise<FinaliseOutcome> {
  ctx.progress?.(0.05, 'read');
  const { input, errors, warnings, report } = await readCommandInput(ctx, { elections: [opts.election] });
  const fail = (errs: Problem[], result: ElectionResult | null = null): FinaliseOutcome => {
    report.errors = errs.map((e) => reportError(e, ctx.lang));
    return { report, errors: errs, warnings, plans: [], written: false, finalised: null, result };
  };
  if (!input) return fail(errors);
  ctx.progress?.(0.4, 'tally');
  const tally = tallyElections(input);
  const tallyErrors = tally.problems.filter((p) => p.severity === 'error');
  if (tallyErrors.length) return fail(tallyErrors);
  warnings.push(...tally.problems.filter((p) => p.severity !== 'error'));
  const result = tally.results.find((r) => r.id.toUpperCase() === opts.election.toUpperCase());
  if (!result) return fail([inputError('BAD_VALUE', 'ELECTION_NOT_FOUND', undefined, { id: opts.election })]);
  report.elections = [result];
  const def = input.elections.find((e) => e.id === result.id);
  if (result.rehearsal)
    return fail([inputError('NOT_FINALISABLE', 'NOT_FINALISABLE_REHEARSAL', def?.refs.id, { id: result.id })], result);
  if (result.status === 'blocked' || result.status === 'zero')
    return fail(
      [
        inputError('NOT_FINALISABLE', 'NOT_FINALISABLE', def?.refs.id, {
          id: result.id,
          status: statusLabel(result),
        }),
      ],
      result,
    );
  // Finalised already: on the same data there is nothing to add; on changed data, reopen first.
  const guard = finalisedGuard(ctx, input.trail, tally.results, undefined);
  if (guard.errors.length) return fail(guard.errors, result);
  const verdict = judgeFinalised(currentRecords(input.trail.finalRecords).get(result.id.toUpperCase()), result);
  if (verdict.kind === 'same') {
    const { record } = verdict;
    warnings.push(
      warning('ALREADY_FINALISED', 'ALREADY_FINALISED', record.cell, {
        id: result.id,
        time: record.time,
        operator: record.operator,
      }),
    );
    return { report, errors: [], warnings, plans: [], written: false, finalised: null, result };
  }

  ctx.progress?.(0.6, 'render');
  const time = logTimestamp(ctx.now());
  const operator = operatorText(ctx.operator);
  const row: FinalRow = {
    id: result.id,
    fingerprint: result.fingerprint,
    time,
    operator,
    status: 'finalised',
    reason: '',
    resultDigest: resultDigest(result),
  };
  const log = logFor(ctx, input.trail, [
    {
      command: 'finalise',
      id: result.id,
      status: 'Đã chốt',
      fingerprint: result.fingerprint,
      note: `${statusLabel(result)}; trúng cử: ${result.elected.length}/${result.seats}`,
    },
  ]);
  const previous = result.previousRound ? (tally.results.find((r) => r.id === result.previousRound) ?? null) : null;
  const own = electionPlans(input, result, previous, {
    logRow: { stt: log.rows[0].stt, hash: log.rows[0].hash },
    finalised: { time, operator },
    protect: true,
  });
  warnings.push(...own.warnings);
  const plans = [...own.plans, finalisedSheetPlan(input.trail, [row]), log.plan];
  if (ctx.write) {
    ctx.progress?.(0.8, 'write');
    await ctx.port.writeOutputs(
      plans,
      own.stale.filter((s) => input.sheetNames.some((n) => n.toLowerCase() === s.toLowerCase())),
    );
  }
  ctx.progress?.(1, 'done');
  return { report, errors: [], warnings, plans, written: ctx.write, finalised: row, result };
}
