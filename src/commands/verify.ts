/**
 * Kiểm tra mã (WORKBOOK.md "Integrity", `verify`): recompute the fingerprint of one election's
 * ballot data and compare it with one printed on its minutes. Reads only that election's sheets;
 * writes nothing.
 */
import { readCommandInput } from './readInput';
import { ballotFingerprint } from '../engine/tally/fingerprint';
import { inputError, type Problem } from '../workbook/problems';
import type { CommandContext, CommandOutcome } from './types';
import { reportError } from './report';
import { normaliseFingerprint } from '../engine/integrity/fingerprintText';

export { isFingerprint, normaliseFingerprint } from '../engine/integrity/fingerprintText';

export interface VerifyOutcome extends CommandOutcome {
  /** The fingerprint of the ballot data now; null when it could not be computed (input errors). */
  actual: string | null;
  /** The fingerprint given, as compared (lower case, spaces and a `Mã kiểm tra:` prefix dropped). */
  expected: string;
  match: boolean;
}

export async function verifyCommand(
  ctx: CommandContext,
  opts: { election: string; fingerprint: string },
): Promise<VerifyOutcome> {
  const expected = normaliseFingerprint(opts.fingerprint);
  const { input, errors, warnings, report } = await readCommandInput(
    { ...ctx, write: false },
    { elections: [opts.election] },
  );
  const none = { plans: [], written: false, expected };
  const fail = (errs: Problem[]): VerifyOutcome => {
    report.errors = errs.map((e) => reportError(e, ctx.lang));
    return { report, errors: errs, warnings, ...none, actual: null, match: false };
  };
  if (!input) return fail(errors);
  const def = input.elections.find((e) => e.id.toUpperCase() === opts.election.toUpperCase());
  if (!def) return fail([inputError('BAD_VALUE', 'ELECTION_NOT_FOUND', undefined, { id: opts.election })]);
  const actual = ballotFingerprint(def.candidates, def.ballots, def.entryMode === 'Tổng hợp' ? def.subtotals : null);
  return { report, errors: [], warnings, ...none, actual, match: actual === expected };
}
