import { t, type Lang, type MessageKey } from '../i18n';

/** Excel error codes we explain in words (addin-engineering.md §4.4: branch on `code`, never on `message`). */
const KNOWN = [
  'InvalidOperationInCellEditMode',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'ItemNotFound',
  'ItemAlreadyExists',
  'AccessDenied',
  'InvalidOperation',
  'InvalidArgument',
  'CellNotEmpty',
  'GeneralException',
  // Office.context.ui.displayDialogAsync (the projection dialog), named by the pane.
  'DialogAlreadyOpen',
  'DialogFailed',
] as const;

export interface ExplainedError {
  /** What happened and what to do, in the UI language. */
  text: string;
  code: string;
  /** Office's own message and debug info, for the technical-details fold. */
  detail: string;
}

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

export function explainOfficeError(error: unknown, lang: Lang): ExplainedError {
  const code = typeof field(error, 'code') === 'string' ? String(field(error, 'code')) : 'Unknown';
  const known = (KNOWN as readonly string[]).includes(code);
  const key = (known ? `OFFICE_${code}` : 'OFFICE_Unknown') as MessageKey;
  const message = error instanceof Error ? error.message : String(error);
  const debug = field(error, 'debugInfo');
  const detail = [code, message, debug ? JSON.stringify(debug) : ''].filter(Boolean).join(' — ');
  return { text: t(lang, key, { code }), code, detail };
}
