import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/define';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about the input: severity, a stable contract code, the message key and its
 * parameters, and the cell it points at (quoted A1, `'Phiếu BCH'!D17`). Text comes from i18n.
 */
export interface Problem {
  severity: Severity;
  code: string;
  message: MessageKey;
  params?: Params;
  cell?: string;
  /** The rule a list-check finding rests on, e.g. `190-QĐ/TW Điều 14`. */
  rule?: string;
}

export function inputError(code: string, message: MessageKey, cell?: string, params?: Params): Problem {
  return { severity: 'error', code, message, params, cell };
}

export function warning(code: string, message: MessageKey, cell?: string, params?: Params): Problem {
  return { severity: 'warning', code, message, params, cell };
}
