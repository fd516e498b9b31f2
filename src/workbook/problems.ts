/**
 * Findings as the workbook layer and the commands handle them: the engine's findings, plus those
 * of the parsers and commands, whose messages live in the i18n tables (`src/i18n/parse.ts`, …).
 */
import type { CellRef } from '../engine/model/cellRef';
import type { FindingCode } from '../engine/findings/codes';
import type { Params, Problem as EngineProblem, Severity } from '../engine/findings/finding';
import type { MessageKey } from '../i18n';

export type { Params, Severity };
export type Problem = EngineProblem<MessageKey>;

export function inputError(code: FindingCode, message: MessageKey, cell?: CellRef, params?: Params): Problem {
  return { severity: 'error', code, message, params, cell };
}

export function warning(code: FindingCode, message: MessageKey, cell?: CellRef, params?: Params): Problem {
  return { severity: 'warning', code, message, params, cell };
}
