/**
 * What the integrity trail asks of every command that counts (WORKBOOK.md "Integrity"): a
 * finalised election is not counted again on changed data unless it is reopened with a reason;
 * every writing run appends its rows to `Nhật ký`.
 */
import type { ElectionResult } from '../engine/model/results';
import { currentRecords, judgeFinalised, resultDigest, type FinalRecord } from '../engine/integrity/finalised';
import { inputError, type Problem, warning } from '../workbook/problems';
import type { Trail } from '../workbook/parse/trail';
import {
  appendLogRows,
  type AppendedRow,
  type LogEntry,
  logSheetPlan,
  logTimestamp,
  operatorText,
} from '../workbook/render/log';
import type { FinalRow } from '../workbook/render/finalised';
import type { SheetPlan } from '../workbook/sheetPlan';
import type { CommandContext } from './types';

export interface FinalisedGuard {
  /** FINALISED_CHANGED: a finalised election whose data changed, not reopened. */
  errors: Problem[];
  warnings: Problem[];
  /** Elections finalised on exactly these data: their outputs stay protected. */
  finalised: Map<string, FinalRecord>;
  /** Reopened by this run: the rows for `Chốt kết quả` and `Nhật ký`. */
  reopened: { result: ElectionResult; record: FinalRecord; row: FinalRow; entry: LogEntry }[];
}

/**
 * Each result against its election's finalisation. `reopen` is the reason given (`--reopen`):
 * with it, a changed finalised election is counted and its reopening recorded.
 */
export function finalisedGuard(
  ctx: CommandContext,
  trail: Trail,
  results: ElectionResult[],
  reopen: string | undefined,
): FinalisedGuard {
  const guard: FinalisedGuard = { errors: [], warnings: [], finalised: new Map(), reopened: [] };
  const records = currentRecords(trail.finalRecords);
  const reason = (reopen ?? '').trim();
  for (const result of results) {
    const verdict = judgeFinalised(records.get(result.id.toUpperCase()), result);
    if (verdict.kind === 'open') continue;
    const { record } = verdict;
    if (verdict.kind === 'same') {
      guard.finalised.set(result.id.toUpperCase(), record);
      continue;
    }
    if (!reason) {
      const params = { id: result.id, time: record.time, operator: record.operator };
      guard.errors.push(
        verdict.ballots
          ? inputError('FINALISED_CHANGED', 'FINALISED_CHANGED', record.cell, {
              ...params,
              old: record.fingerprint.slice(0, 16),
              new: result.fingerprint.slice(0, 16),
            })
          : inputError('FINALISED_CHANGED', 'FINALISED_RESULT_CHANGED', record.cell, params),
      );
      continue;
    }
    const time = logTimestamp(ctx.now());
    guard.reopened.push({
      result,
      record,
      row: {
        id: result.id,
        fingerprint: result.fingerprint,
        time,
        operator: operatorText(ctx.operator),
        status: 'reopened',
        reason,
        resultDigest: resultDigest(result),
      },
      entry: {
        command: 'reopen',
        id: result.id,
        status: 'Mở lại',
        fingerprint: result.fingerprint,
        note: `Lý do: ${reason}. Chốt lúc ${record.time} (${record.operator}), dấu vân tay khi chốt ${record.fingerprint}`,
      },
    });
  }
  if (reason && guard.reopened.length === 0 && guard.errors.length === 0)
    guard.warnings.push(warning('REOPEN_UNUSED', 'REOPEN_UNUSED'));
  return guard;
}

/** The log rows of this run and the `Nhật ký` sheet that carries them. */
export function logFor(
  ctx: CommandContext,
  trail: Trail,
  entries: LogEntry[],
): { rows: AppendedRow[]; plan: SheetPlan } {
  const now = ctx.now();
  const rows = appendLogRows(trail, now, ctx.operator, entries);
  return { rows, plan: logSheetPlan(trail, now, ctx.operator, rows) };
}
