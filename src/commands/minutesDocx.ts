/**
 * Biên bản (Word): read the workbook, tally, and build one Word file with the minutes of every
 * election that is neither blocked nor still at the zero report, one section each — from the same
 * MinutesDocument as the `Biên bản <Mã>` sheets. Writes nothing to the workbook.
 */
import { readCommandInput } from './readInput';
import { tallyElections } from '../engine/tally/tally';
import { minutesOf } from '../engine/minutes/buildMinutes';
import type { MinutesDocument } from '../engine/minutes/document';
import { warning } from '../workbook/problems';
import { minutesDocxBytes } from '../workbook/render/minutesDocx';
import { STATUS_LABELS } from '../workbook/render/results';
import type { CommandContext, CommandOutcome } from './types';
import { reportError } from './report';

export interface MinutesDocxOptions {
  /** `--election <Mã>`: only these elections. */
  elections?: string[];
}

export async function minutesDocxCommand(
  ctx: CommandContext,
  opts: MinutesDocxOptions = {},
): Promise<CommandOutcome & { docx: Uint8Array | null }> {
  ctx.progress?.(0.05, 'read');
  const { input, errors, warnings, report } = await readCommandInput(ctx, { elections: opts.elections });
  const none = { plans: [], written: false, docx: null };
  if (!input) return { report, errors, warnings, ...none };
  ctx.progress?.(0.4, 'tally');
  const tally = tallyElections(input);
  const tallyErrors = tally.problems.filter((p) => p.severity === 'error');
  if (tallyErrors.length) {
    report.errors = tallyErrors.map((e) => reportError(e, ctx.lang));
    return { report, errors: tallyErrors, warnings, ...none };
  }
  const wanted = opts.elections?.map((e) => e.toUpperCase());
  const results = tally.results.filter((r) => !wanted || wanted.includes(r.id.toUpperCase()));
  report.elections = results;

  ctx.progress?.(0.6, 'render');
  const docs: MinutesDocument[] = [];
  for (const result of results) {
    const election = input.elections.find((e) => e.id === result.id);
    if (!election) continue;
    // No minutes for a count that cannot be announced (WORKBOOK.md "Blocking checks").
    if (result.status === 'blocked' || result.status === 'zero') {
      warnings.push(
        warning('MINUTES_SKIPPED', 'MINUTES_SKIPPED', undefined, {
          id: result.id,
          reason: STATUS_LABELS[result.status],
        }),
      );
      continue;
    }
    const doc = minutesOf({ congress: input.congress, election, result, counters: input.counters });
    warnings.push(...doc.warnings);
    docs.push(doc);
  }
  if (docs.length === 0) {
    warnings.push(warning('MINUTES_NONE', 'MINUTES_NONE', undefined, { ids: results.map((r) => r.id).join(', ') }));
    return { report, errors: [], warnings, ...none };
  }
  const docx = await minutesDocxBytes(docs);
  ctx.progress?.(1, 'done');
  return { report, errors: [], warnings, plans: [], written: false, docx };
}
