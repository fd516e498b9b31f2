/**
 * Tạo trang phiếu: for every `Bầu cử` row whose ballot sheet (`Trang phiếu`, default
 * `Phiếu <Mã>`) is missing, a ballot sheet headed with the election's list — the people whose
 * `Danh sách bầu` in `Nhân sự` names the row's `Mã`, in ballot order — laid out for keying
 * (`Từng phiếu`) or for the teams' subtotals (`Tổng hợp`). A sheet that exists and holds names
 * or ballots is never touched; one that holds nothing but the bare header (made earlier, before
 * the list was known) is replaced. A list nobody is on still gets its sheet, with a warning at
 * the cell where the names go.
 */
import { inputError, type Problem, warning } from '../workbook/problems';
import { labelKey } from '../engine/text/normalize';
import type { SheetValues } from '../workbook/port';
import type { SheetPlan } from '../workbook/sheetPlan';
import { cellRef } from '../workbook/address';
import { findSheetName } from '../workbook/table';
import { cellText } from '../workbook/values';
import { type ElectionRow, parseElections } from '../workbook/parse/elections';
import { ELECTIONS_SHEET, PERSONNEL_SHEET } from '../workbook/sheetNames';
import { LISTS_COLUMN, parseCandidateLists } from '../workbook/parse/candidateLists';
import {
  BALLOT_NUMBER_HEADER,
  BALLOT_RULING_HEADER,
  BALLOT_TEAM_HEADER,
  ballotSheetPlan,
  subtotalSheetPlan,
} from '../workbook/render/template';
import { DEFAULT_RULE_SET } from '../engine/rules/ruleSets';
import type { CommandContext, CommandOutcome } from './types';
import { reportError } from './report';

export interface BallotSheetsOutcome extends CommandOutcome {
  /** The sheets written, with the number of names each got. */
  created: { id: string; sheet: string; names: number }[];
  /** Ballot sheets that exist already and were left as they are. */
  kept: string[];
}

/** Header labels a bare ballot sheet holds before any name or ballot is typed. */
const BARE_LABELS = new Set(
  [
    BALLOT_NUMBER_HEADER,
    BALLOT_TEAM_HEADER,
    BALLOT_RULING_HEADER,
    'STT',
    'Tổ kiểm phiếu',
    'Phiếu thu vào',
    'Phiếu không hợp lệ',
  ].map(labelKey),
);

/** True when the sheet holds nothing but ballot-sheet header labels: no name, no ballot. */
export function isBareBallotSheet(values: SheetValues): boolean {
  return values.every((row) => (row ?? []).every((v) => cellText(v) === '' || BARE_LABELS.has(labelKey(cellText(v)))));
}

/** Rows formatted as text ahead of keying: the ballots issued and some spare. */
function formattedRows(row: ElectionRow): number {
  return Math.max(50, (row.issued ?? 0) + 20);
}

function planFor(row: ElectionRow, sheet: string, names: string[]): SheetPlan {
  if (row.entryMode === 'Tổng hợp') return subtotalSheetPlan(sheet, names);
  return ballotSheetPlan(
    sheet,
    [BALLOT_NUMBER_HEADER, BALLOT_TEAM_HEADER, ...names, BALLOT_RULING_HEADER],
    [],
    formattedRows(row),
  );
}

export async function ballotSheetsCommand(ctx: CommandContext): Promise<BallotSheetsOutcome> {
  ctx.progress?.(0.05, 'read');
  const names = await ctx.port.sheetNames();
  const electionsSheet = findSheetName(names, ELECTIONS_SHEET);
  const report = { ruleSet: DEFAULT_RULE_SET, errors: [] as ReturnType<typeof reportError>[] };
  const stop = (errors: Problem[], warnings: Problem[] = []): BallotSheetsOutcome => {
    report.errors = errors.map((e) => reportError(e, ctx.lang));
    return { report, errors, warnings, plans: [], written: false, created: [], kept: [] };
  };
  if (!electionsSheet)
    return stop([inputError('MISSING_SHEET', 'MISSING_SHEET', undefined, { sheet: ELECTIONS_SHEET })]);
  const personnelSheet = findSheetName(names, PERSONNEL_SHEET);
  // One read: `Bầu cử`, `Nhân sự` and every sheet (an existing ballot sheet may be bare).
  const sheets = await ctx.port.readSheets(names);
  const parsed = parseElections(electionsSheet, sheets.get(electionsSheet) ?? []);
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (errors.length) return stop(errors);

  const codes = parsed.elections.map((e) => e.id);
  const lists = personnelSheet
    ? parseCandidateLists(personnelSheet, sheets.get(personnelSheet) ?? [], codes)
    : { hasColumn: false, byElection: new Map<string, string[]>(), problems: [] };
  const warnings: Problem[] = [...lists.problems];
  ctx.progress?.(0.5, 'render');
  const plans: SheetPlan[] = [];
  const created: BallotSheetsOutcome['created'] = [];
  const kept: string[] = [];
  const planned = new Set<string>();
  for (const row of parsed.elections) {
    const existing = findSheetName(names, row.sheet);
    const list = lists.byElection.get(row.id.toUpperCase()) ?? [];
    if (existing && !(list.length > 0 && isBareBallotSheet(sheets.get(existing) ?? []))) {
      kept.push(existing);
      continue;
    }
    // Two rows naming the same ballot sheet get one sheet (the parser reports the clash).
    if (planned.has(labelKey(row.sheet))) continue;
    planned.add(labelKey(row.sheet));
    const sheet = existing ?? row.sheet;
    plans.push(planFor(row, sheet, list));
    created.push({ id: row.id, sheet, names: list.length });
    if (list.length === 0) {
      // The names go right after `Số phiếu` and `Tổ` (after the three counts in `Tổng hợp`).
      const nameCol = row.entryMode === 'Tổng hợp' ? 3 : 2;
      warnings.push(
        warning(
          'MISSING_HEADER',
          lists.hasColumn ? 'BALLOT_SHEET_NO_LIST' : 'BALLOT_SHEET_NO_COLUMN',
          cellRef(sheet, 0, nameCol),
          {
            sheet,
            id: row.id,
            column: LISTS_COLUMN,
            personnel: PERSONNEL_SHEET,
          },
        ),
      );
    }
  }
  const write = ctx.write && plans.length > 0;
  if (write) {
    ctx.progress?.(0.8, 'write');
    // A bare sheet of the same name is replaced as a whole; nothing else is touched.
    await ctx.port.writeOutputs(plans, []);
  }
  ctx.progress?.(1, 'done');
  return { report, errors: [], warnings, plans, written: write, created, kept };
}
