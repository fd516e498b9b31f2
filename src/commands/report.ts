import { t, type Lang } from '../i18n';
import type { Problem } from '../workbook/problems';
import type { ReportError, ReportFinding } from './types';

/** A problem as the JSON report and the pane print it: code, text in the UI language, cell. */
export function reportError(problem: Problem, lang: Lang): ReportError {
  const out: ReportError = { code: problem.code, message: t(lang, problem.message, problem.params) };
  if (problem.cell) out.cell = problem.cell;
  return out;
}

export function reportFinding(problem: Problem, lang: Lang): ReportFinding {
  const out: ReportFinding = {
    severity: problem.severity,
    code: problem.code,
    message: t(lang, problem.message, problem.params),
  };
  if (problem.cell) out.cell = problem.cell;
  if (problem.rule) out.rule = problem.rule;
  return out;
}

/** One line for stderr or the pane: `'Phiếu BCH'!D17: …`. */
export function problemLine(problem: Problem, lang: Lang): string {
  const text = t(lang, problem.message, problem.params);
  return problem.cell ? `${problem.cell}: ${text}` : text;
}
