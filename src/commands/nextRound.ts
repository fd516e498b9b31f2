/**
 * After a tie or a shortfall: add the next round's `Bầu cử` row (seats = the open seats, linked
 * to this round) and its ballot sheet headed with the candidates still in play — the tied, or
 * those not elected — for the staff to adjust to what the congress decided (regulations §5.4–5.5:
 * the congress decides who stands again; the tool only prepares the paperwork).
 */
import { readCommandInput } from './readInput';
import { tallyElections } from '../engine/tally/tally';
import { inputError, type Problem } from '../workbook/problems';
import type { ElectionDef } from '../engine/model/election';
import type { ElectionResult } from '../engine/model/results';
import type { SheetPlan } from '../workbook/sheetPlan';
import { emptyPlan, setValue } from '../workbook/sheetPlan';
import { findSheetName, readTable, isProblem } from '../workbook/table';
import { labelKey } from '../engine/text/normalize';
import { cellText } from '../workbook/values';
import type { CellWrite } from '../workbook/port';
import type { CommandContext, CommandOutcome } from './types';
import { reportError } from './report';
import { STATUS_LABELS } from '../workbook/render/results';
import { defaultBallotSheetName } from '../workbook/sheetNames';
import { secretaryAppointed } from '../engine/rules/chiBo';
import { logFor } from './integrity';

export interface NextRoundOutcome extends CommandOutcome {
  /** The new round's `Mã` and ballot sheet. */
  created: { id: string; sheet: string; seats: number; candidates: string[] } | null;
}

/** `BCH` → `BCH-2`; `BCH-2` → `BCH-3`; a suffix letter when that code is taken. */
export function nextRoundId(id: string, round: number, taken: string[]): string {
  const base = id.replace(/-\d+$/, '');
  const used = new Set(taken.map((t) => t.toUpperCase()));
  let candidate = `${base}-${round + 1}`.slice(0, 20);
  for (let i = 0; used.has(candidate.toUpperCase()) && i < 26; i++)
    candidate = `${base}-${round + 1}${String.fromCharCode(65 + i)}`.slice(0, 20);
  return candidate;
}

/** The round that follows `def` in `Bầu cử`, when the clerk (or an earlier next-round) added it. */
export function nextRoundOf(def: ElectionDef, elections: ElectionDef[]): ElectionDef | undefined {
  return elections.find((e) => e.previousId !== null && e.previousId.toUpperCase() === def.id.toUpperCase());
}

/** Who stands in the next round: the tied after a tie, everyone not elected after a shortfall. */
export function candidatesInPlay(result: ElectionResult): string[] {
  if (result.status === 'tie') return result.candidates.filter((c) => c.tied).map((c) => c.name);
  return result.candidates.filter((c) => !c.elected).map((c) => c.name);
}

/** The ballot sheet of the new round: `Số phiếu`, optional `Tổ`, the names, `Không hợp lệ`; cells as text. */
export function nextRoundBallotSheet(name: string, def: ElectionDef, candidates: string[]): SheetPlan {
  const plan = emptyPlan(name);
  const header = ['Số phiếu', ...(def.hasTeams ? ['Tổ'] : []), ...candidates, 'Không hợp lệ'];
  header.forEach((h, c) => setValue(plan, 0, c, h));
  plan.columnWidths = header.map((h, c) =>
    c === header.length - 1 ? 160 : c === 0 ? 60 : Math.max(90, h.length * 6.5),
  );
  plan.styles.push({
    range: { row: 0, col: 0, cols: header.length },
    style: { bold: true, wrap: true, fill: 'DDE7F0', border: 'thin', hAlign: 'center', vAlign: 'middle' },
  });
  // Marks and ballot numbers typed as text, so `-` and `007` stay as typed (WORKBOOK.md "Marks").
  const rows = Math.max(50, (def.issued ?? 0) + 20);
  plan.styles.push({ range: { row: 1, col: 0, rows, cols: header.length }, style: { numberFormat: '@' } });
  plan.freeze = { rows: 1, cols: 1 };
  return plan;
}

export async function nextRoundCommand(ctx: CommandContext, opts: { election: string }): Promise<NextRoundOutcome> {
  const { input, errors, report } = await readCommandInput(ctx);
  const fail = (errs: Problem[]): NextRoundOutcome => {
    report.errors = errs.map((e) => reportError(e, ctx.lang));
    return { report, errors: errs, warnings: [], plans: [], written: false, created: null };
  };
  if (!input) return fail(errors);
  const tally = tallyElections(input);
  const tallyErrors = tally.problems.filter((p) => p.severity === 'error');
  if (tallyErrors.length) return fail(tallyErrors);
  const result = tally.results.find((r) => r.id.toUpperCase() === opts.election.toUpperCase());
  const def = input.elections.find((e) => e.id.toUpperCase() === opts.election.toUpperCase());
  if (!result || !def) return fail([inputError('BAD_VALUE', 'NEXT_ROUND_UNKNOWN', undefined, { id: opts.election })]);
  report.elections = [result];
  // QĐ 294: after a chi bộ's third secretary round the superior committee appoints; no round 4.
  if (secretaryAppointed(input.congress, result)) {
    return fail([
      inputError('SECRETARY_APPOINTED', 'NEXT_ROUND_SECRETARY_APPOINTED', def.refs.id, {
        id: def.id,
        round: def.round,
      }),
    ]);
  }
  // An introduction's tie is the committee head's to settle, and its next step a row of its own.
  if (def.office === 'Giới thiệu nhân sự' || def.office === 'Lấy phiếu tín nhiệm') {
    return fail([inputError('BAD_VALUE', 'NEXT_ROUND_PERSONNEL', def.refs.office ?? def.refs.id, { id: def.id })]);
  }
  // Run twice, it would add `DB-2` and then `DB-2A`: one next round per round, whatever its state.
  const existing = nextRoundOf(def, input.elections);
  if (existing) {
    return fail([
      inputError('BAD_ROUND', 'NEXT_ROUND_EXISTS', existing.refs.id, {
        id: def.id,
        next: existing.id,
      }),
    ]);
  }
  if (result.status !== 'tie' && result.status !== 'shortfall') {
    return fail([
      inputError('BAD_VALUE', 'NEXT_ROUND_NOT_NEEDED', def.refs.id, {
        id: def.id,
        status: STATUS_LABELS[result.status],
      }),
    ]);
  }

  const id = nextRoundId(
    def.id,
    def.round,
    input.elections.map((e) => e.id),
  );
  const sheet = defaultBallotSheetName(id).slice(0, 31);
  const candidates = candidatesInPlay(result);
  const row: Record<string, string | number> = {
    Mã: id,
    'Cuộc bầu cử': `${def.title} (lần ${def.round + 1})`,
    'Chức danh': def.office,
    'Số lượng cần bầu': result.seatsOpen,
    'Lần bầu': def.round + 1,
    'Vòng trước': def.id,
    'Trang phiếu': sheet,
    'Hình thức nhập': def.entryMode,
    Phiên: def.session,
  };
  if (def.voters !== null) row['Số người bầu'] = def.voters;

  const electionsSheet = findSheetName(input.sheetNames, 'Bầu cử') ?? 'Bầu cử';
  const values = (await ctx.port.readSheets([electionsSheet])).get(electionsSheet) ?? [];
  const table = readTable(electionsSheet, values, [{ key: 'Mã', labels: ['Mã'], required: true }]);
  if (isProblem(table)) return fail([table]);
  const header = table.header.map(labelKey);
  let lastRow = table.headerRow;
  values.forEach((line, r) => {
    if ((line ?? []).some((c) => cellText(c) !== '')) lastRow = Math.max(lastRow, r);
  });
  const target = lastRow + 1;
  const writes: CellWrite[] = [];
  let nextCol = table.header.length;
  for (const [label, value] of Object.entries(row)) {
    let col = header.indexOf(labelKey(label));
    if (col < 0) {
      // The sheet lacks this optional column: add it to the header, after the last one.
      col = nextCol++;
      writes.push({ row: table.headerRow, col, value: label });
    }
    writes.push({ row: target, col, value });
  }
  const plans = [nextRoundBallotSheet(sheet, def, candidates)];
  if (ctx.write) {
    const note = `Sau ${def.id} (${STATUS_LABELS[result.status]}): ${result.seatsOpen} ghế, ${candidates.length} người`;
    const log = logFor(ctx, input.trail, [{ command: 'next-round', id, note }]);
    plans.push(log.plan);
    await ctx.port.fillCells(electionsSheet, writes);
    await ctx.port.writeOutputs(plans, []);
  }
  return {
    report,
    errors: [],
    warnings: [],
    plans,
    written: ctx.write,
    created: { id, sheet, seats: result.seatsOpen, candidates },
  };
}
