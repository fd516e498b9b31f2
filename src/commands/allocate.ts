/**
 * Phân bổ đại biểu (issue 5): read `Đại hội` (the allocation settings) and `Chi bộ` through the
 * port, allocate the seats by the chosen method, report `allocation` and the findings, and write
 * `Phân bổ đại biểu`. Reads nothing else, so it runs on a workbook that holds only these sheets.
 */
import type { SheetValues } from '../workbook/port';
import { inputError, type Problem, warning } from '../workbook/problems';
import { allocate } from '../engine/allocation/allocate';
import { ALLOCATION_RULE, DIRECTIVE_CAPS } from '../engine/allocation/citations';
import { ratioToDecimal } from '../engine/allocation/rational';
import {
  type AllocationInput,
  type AllocationResult,
  type Cap,
  METHOD_NAMES,
  type MethodId,
} from '../engine/allocation/types';
import { type AllocationMethodName } from '../engine/model/settings';
import type { Congress, CongressField } from '../engine/model/congress';
import { parseUnits, toAllocationUnits } from '../workbook/parse/units';
import { allocationSheetPlan } from '../workbook/render/allocation';
import { findSheetName } from '../workbook/table';
import { cellRef } from '../workbook/address';
import type { CommandContext, CommandOutcome, Report } from './types';
import { reportError, reportFinding } from './report';
import { CONGRESS_SHEET, UNITS_SHEET } from '../workbook/sheetNames';
import { parseCongress } from '../workbook/parse/congress';
import { parseTrail, trailSheetNames } from '../workbook/parse/trail';
import { logFor } from './integrity';

const METHOD_IDS: Record<AllocationMethodName, MethodId> = {
  'Số dư lớn nhất': 'hamilton',
  "D'Hondt": 'dhondt',
  'Sainte-Laguë': 'sainteLague',
  'Huntington-Hill': 'huntingtonHill',
  'Cơ sở và định mức': 'baseQuota',
};

/** The JSON `allocation` section (WORKBOOK.md "JSON report"; extensions in docs/CONTRACT-EXTENSIONS.md). */
export interface AllocationReport {
  method: string;
  basis: string;
  seats: number;
  allocated: number;
  unassigned: number;
  tied: string[];
  total: number;
  units: {
    unit: string;
    members: number;
    quota: number;
    seats: number;
    added: number;
    exOfficio: number;
    total: number;
    formula: number;
    tied: boolean;
  }[];
}

export function allocationReport(result: AllocationResult, basis: string): AllocationReport {
  return {
    method: METHOD_NAMES[result.method],
    basis,
    seats: result.seats,
    allocated: result.allocated,
    unassigned: result.unassigned,
    tied: result.tied,
    total: result.total,
    units: result.units.map((u) => ({
      unit: u.unit,
      members: u.members,
      quota: ratioToDecimal(u.quotaNumerator, u.quotaDenominator, 4),
      seats: u.seats,
      added: u.added,
      exOfficio: u.exOfficio,
      total: u.total,
      formula: u.formula,
      tied: u.tied,
    })),
  };
}

/** Where a missing setting should be typed: the row after the last used row of `Đại hội`. */
function settingCell(congress: Congress, field: CongressField, sheet: string, values: SheetValues): string {
  return congress.refs[field] ?? cellRef(sheet, values.length, 0);
}

function capsOf(congress: Congress): Cap[] {
  const caps: Cap[] = [];
  if (congress.settings.maxDelegates !== null) {
    caps.push({
      value: congress.settings.maxDelegates,
      source: 'setting',
      citation: ALLOCATION_RULE,
      label: 'Số đại biểu tối đa',
      cell: congress.refs.maxDelegates,
    });
  }
  // §7.3: the directive's cap for the congress level, when the level has a single figure. Only
  // for a level the clerk wrote: the default (from the name of the organisation) cannot tell a
  // grassroots đảng bộ (≤ 250) from a district one (≤ 300).
  const directive = congress.given.has('level') ? DIRECTIVE_CAPS[congress.level] : undefined;
  if (directive)
    caps.push({
      value: directive.cap,
      source: 'directive',
      citation: directive.citation,
      label: congress.level,
      cell: congress.refs.level,
    });
  return caps;
}

function congressLine(congress: Congress): string {
  const parts = [`${congress.kind} ${congress.organisation}`.trim()];
  if (congress.ordinal) parts[0] += ` lần thứ ${congress.ordinal}`;
  if (congress.term) parts.push(`nhiệm kỳ ${congress.term}`);
  return parts.join(', ');
}

export async function allocateCommand(ctx: CommandContext): Promise<CommandOutcome> {
  ctx.progress?.(0.05, 'read');
  const names = await ctx.port.sheetNames();
  const congressSheet = findSheetName(names, CONGRESS_SHEET);
  const unitsSheet = findSheetName(names, UNITS_SHEET);
  const report: Report = { ruleSet: '190-QĐ/TW', errors: [] };
  const errors: Problem[] = [];
  if (!congressSheet) errors.push(inputError('MISSING_SHEET', 'MISSING_SHEET', undefined, { sheet: CONGRESS_SHEET }));
  if (!unitsSheet) errors.push(inputError('MISSING_SHEET', 'MISSING_SHEET', undefined, { sheet: UNITS_SHEET }));
  if (!congressSheet || !unitsSheet) return failed(report, errors, [], ctx);

  const sheets = await ctx.port.readSheets([congressSheet, unitsSheet, ...trailSheetNames(names)]);
  const congressValues = sheets.get(congressSheet) ?? [];
  const { congress, problems } = parseCongress(congressValues);
  const trail = parseTrail(sheets, names, problems);
  report.ruleSet = congress.ruleSet;
  const settings = congress.settings;
  const units = parseUnits(unitsSheet, sheets.get(unitsSheet) ?? [], settings.allocationBasis);
  const all = [...problems, ...units.problems];
  errors.push(...all.filter((p) => p.severity === 'error'));
  const warnings = all.filter((p) => p.severity !== 'error');
  if (errors.length) return failed(report, errors, warnings, ctx);

  ctx.progress?.(0.4, 'allocate');
  const method = METHOD_IDS[settings.allocationMethod];
  const input: AllocationInput = {
    method,
    seats: settings.allocationSeats,
    units: toAllocationUnits(units.units, settings.allocationBasis),
    baseQuota:
      settings.membersPerSeat !== null
        ? {
            baseSeats: settings.baseSeats ?? 0,
            membersPerSeat: settings.membersPerSeat,
            threshold: settings.remainderThreshold,
          }
        : undefined,
    caps: capsOf(congress),
    cells: {
      seats: settingCell(congress, 'allocationSeats', congressSheet, congressValues),
      method: congress.refs.allocationMethod,
      membersPerSeat: settingCell(congress, 'membersPerSeat', congressSheet, congressValues),
      threshold: congress.refs.remainderThreshold,
    },
  };
  const outcome = allocate(input);
  if (!outcome.result) return failed(report, outcome.errors, warnings, ctx);
  const result = outcome.result;
  const findings: Problem[] = [...outcome.findings];
  if (method === 'baseQuota' && settings.allocationSeats !== null) {
    // The contract leaves `Số đại biểu phân bổ` blank for this method: the total is an output.
    findings.unshift(
      warning('BAD_SEATS', 'ALLOC_SEATS_IGNORED', input.cells.seats, {
        seats: settings.allocationSeats,
        computed: result.seats,
      }),
    );
  }
  report.allocation = allocationReport(result, settings.allocationBasis);
  report.findings = findings.map((f) => reportFinding(f, ctx.lang));
  const plans = [
    allocationSheetPlan(result, findings, ctx.lang, {
      congressLine: congressLine(congress),
      basis: settings.allocationBasis,
      baseQuota: input.baseQuota,
      caps: input.caps,
    }),
  ];
  if (ctx.write) {
    const entry = {
      command: 'allocate',
      status: settings.allocationMethod,
      note: `Phân bổ ${result.allocated}/${result.seats} suất; còn ${result.unassigned} chưa phân bổ`,
    };
    plans.push(logFor(ctx, trail, [entry]).plan);
    ctx.progress?.(0.8, 'write');
    await ctx.port.writeOutputs(plans, []);
  }
  ctx.progress?.(1, 'done');
  return { report, errors: [], warnings, plans, written: ctx.write };
}

function failed(report: Report, errors: Problem[], warnings: Problem[], ctx: CommandContext): CommandOutcome {
  report.errors = errors.map((e) => reportError(e, ctx.lang));
  return { report, errors, warnings, plans: [], written: false };
}
