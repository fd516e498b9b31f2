/**
 * A finding about the input (ARCHITECTURE.md "Findings, not exceptions"): a severity, a stable
 * code, the message and its parameters, the cell it points at and, for list checks, the rule it
 * rests on. The engine never writes the text: `src/i18n` turns the message into words.
 */
import type { CellRef } from '../model/cellRef';
import type { FindingCode } from './codes';
import type { EngineMessageId, EngineMessageParams } from './messages';

export type Severity = 'error' | 'warning' | 'info';
export type Params = Record<string, string | number>;

export interface Problem<M extends string = EngineMessageId> {
  severity: Severity;
  code: FindingCode;
  message: M;
  params?: Params;
  cell?: CellRef;
  /** The rule a list-check finding rests on, e.g. `190-QĐ/TW Điều 14`. */
  rule?: string;
}

/** The parameters a message takes: none, or exactly those of its text. */
type ParamsOf<M extends EngineMessageId> = keyof EngineMessageParams<M> extends never ? [] : [EngineMessageParams<M>];

export function inputError<M extends EngineMessageId>(
  code: FindingCode,
  message: M,
  cell: CellRef | undefined,
  ...params: ParamsOf<M>
): Problem {
  return { severity: 'error', code, message, params: params[0], cell };
}

export function warning<M extends EngineMessageId>(
  code: FindingCode,
  message: M,
  cell: CellRef | undefined,
  ...params: ParamsOf<M>
): Problem {
  return { severity: 'warning', code, message, params: params[0], cell };
}

/** A finding of a check that rests on a rule (list checks, allocation, composition). */
export function finding<M extends EngineMessageId>(
  severity: Severity,
  code: FindingCode,
  message: M,
  cell: CellRef | undefined,
  rule: string,
  ...params: ParamsOf<M>
): Problem {
  const p: Problem = { severity, code, message, params: params[0], rule };
  if (cell) p.cell = cell;
  return p;
}
