import type { WorkbookPort, ProgressFn } from '../workbook/port';
import type { Lang } from '../i18n';
import type { Problem } from '../workbook/problems';
import type { SheetPlan } from '../workbook/sheetPlan';
import type { ElectionResult } from '../engine/model/results';
import type { RuleSetId } from '../engine/rules/ruleSets';
import type { FindingCode } from '../engine/findings/codes';

/** What every command is handed by its face (pane, command line, standalone page). */
export interface CommandContext {
  port: WorkbookPort;
  lang: Lang;
  /** The clock, passed in so outputs are deterministic in tests (ISO date-time). */
  now: () => Date;
  progress?: ProgressFn;
  /** When false the command computes and reports but writes nothing (`--json` alone). */
  write: boolean;
  /** Who runs it (`--operator`; the pane asks once per workbook): named in every `Nhật ký` row. */
  operator?: string;
}

/** JSON error as the contract prints it. */
export interface ReportError {
  code: FindingCode;
  message: string;
  cell?: string;
}

export interface ReportFinding {
  severity: 'error' | 'warning' | 'info';
  code: FindingCode;
  message: string;
  cell?: string;
  rule?: string;
}

/** The JSON report (WORKBOOK.md "JSON report"): sections only for what the command computed. */
export interface Report {
  ruleSet: RuleSetId;
  errors: ReportError[];
  warnings?: ReportError[];
  elections?: ElectionResult[];
  allocation?: unknown;
  findings?: ReportFinding[];
  composition?: Record<string, unknown>;
  /** `composition --lists`: the composition of each candidate list, by the election's `Mã` (extension). */
  compositionLists?: Record<string, unknown>;
}

export interface CommandOutcome {
  report: Report;
  /** Input errors (nothing was written when there is any). */
  errors: Problem[];
  /** Warnings that do not stop the run. */
  warnings: Problem[];
  /** The sheets the command produced (written when ctx.write). */
  plans: SheetPlan[];
  written: boolean;
}
