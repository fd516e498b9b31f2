/**
 * Phiếu thử (WORKBOOK.md "Integrity", `testdeck`): for the rehearsal before the congress, fill an
 * election's empty ballot sheet (and its empty second entry) with a generated deck that covers
 * every mark and invalid reason of its ballot type, write the figures the deck must give as
 * `Đối chiếu` rows (marked `Phiếu thử`), and log it. The next tally must pass that cross-check;
 * its outputs say `PHIẾU THỬ` in every title. This command also counts the deck in memory, through
 * the same parser and tally, and says so if the count disagrees with the deck.
 */
import type { CellWrite, SheetValues } from '../workbook/port';
import { inputError, type Problem, warning } from '../workbook/problems';
import { tallyElections } from '../engine/tally/tally';
import { type ElectionDef, INTRODUCTION, TRUST_VOTE } from '../engine/model/election';
import type { ElectionResult } from '../engine/model/results';
import { CROSS_CHECK_FIGURES } from '../engine/integrity/crossCheck';
import { buildTestDeck, deckKinds, deckSubtotals, type DeckRules, type TestDeck } from '../engine/integrity/testDeck';
import { sameLabel } from '../engine/text/normalize';
import { parseTallyInput, readTallySheets, type TallyInput, type TallyReadOptions } from '../workbook/tallyInput';
import { readBallotLayout, readSubtotals } from '../workbook/parse/ballotSheet';
import { CROSS_CHECK_COLUMNS, REHEARSAL_ITEM } from '../workbook/parse/crossCheck';
import { cellRef } from '../workbook/address';
import { findSheetName, isProblem, readTable } from '../workbook/table';
import { cellText } from '../workbook/values';
import { CROSS_CHECK_SHEET, secondEntryName } from '../workbook/sheetNames';
import { emptyPlan, setValue, type SheetPlan } from '../workbook/sheetPlan';
import type { CommandContext, CommandOutcome, Report } from './types';
import { reportError } from './report';
import { logFor } from './integrity';

export interface TestDeckOptions {
  election: string;
  /** `--ballots N`: how many; default `Phiếu thu vào`, else `Phiếu phát ra`, else those present. */
  ballots?: number;
  /** `--seed S`: the same seed gives the same deck (default 1). */
  seed?: number;
  /**
   * The count the deck is checked with before anything is written (the tally; tests inject a
   * faulty one to see the disagreement reported, as countBallots takes a faulty judge).
   */
  count?: typeof tallyElections;
}

export interface TestDeckOutcome extends CommandOutcome {
  deck: TestDeck | null;
  /** The tally of the deck, counted in memory before anything is written. */
  result: ElectionResult | null;
  /** The ballot sheet the deck fills (null when refused). */
  sheet: string | null;
}

const DEFAULT_SEED = 1;
/** Teams of a deck with a `Tổ` column, and of a `Tổng hợp` deck. */
const TEAMS = 3;

export async function testDeckCommand(ctx: CommandContext, opts: TestDeckOptions): Promise<TestDeckOutcome> {
  ctx.progress?.(0.05, 'read');
  const { sheetNames, sheets, merges } = await readTallySheets(ctx.port);
  const { input, problems } = parseTallyInput(sheets, sheetNames, { elections: [opts.election], merges });
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  const report: Report = { ruleSet: input?.congress.ruleSet ?? '190-QĐ/TW', errors: [] };
  const fail = (errs: Problem[]): TestDeckOutcome => {
    report.errors = errs.map((e) => reportError(e, ctx.lang));
    return { report, errors: errs, warnings, plans: [], written: false, deck: null, result: null, sheet: null };
  };
  if (!input || errors.length) return fail(errors);
  const def = input.elections.find((e) => e.id.toUpperCase() === opts.election.toUpperCase());
  if (!def) return fail([inputError('BAD_VALUE', 'ELECTION_NOT_FOUND', undefined, { id: opts.election })]);
  // A trust vote's levels and an introduction's written-in names are not generated (yet).
  if (def.office === TRUST_VOTE || def.office === INTRODUCTION)
    return fail([inputError('BAD_VALUE', 'TESTDECK_KIND', def.refs.id, { id: def.id, office: def.office })]);
  const before = tallyElections(input);
  const stop = before.problems.filter((p) => p.severity === 'error');
  if (stop.length) return fail(stop);
  const present = before.results.find((r) => r.id === def.id)?.present ?? 0;

  // The ballot sheet must be empty, and `Đối chiếu` must not speak for this election yet.
  const values = sheets.get(def.sheet) ?? [];
  const keyed =
    def.entryMode === 'Tổng hợp'
      ? (def.subtotals?.rows.length ?? 0) > 0 || Boolean(def.subtotals?.total)
      : def.ballots.length > 0;
  if (keyed) {
    const first = def.entryMode === 'Tổng hợp' ? def.subtotals?.rows[0]?.cell : def.ballots[0]?.markCells[0];
    return fail([
      inputError('BAD_VALUE', 'TESTDECK_NOT_EMPTY', first ?? cellRef(def.sheet, 0, 0), { sheet: def.sheet }),
    ]);
  }
  const secondName = def.entryMode === 'Từng phiếu' ? findSheetName(sheetNames, secondEntryName(def.sheet)) : undefined;
  if (secondName && (def.secondEntry?.length ?? 0) > 0)
    return fail([inputError('BAD_VALUE', 'TESTDECK_NOT_EMPTY', cellRef(secondName, 0, 0), { sheet: secondName })]);
  const crossName = findSheetName(sheetNames, CROSS_CHECK_SHEET);
  if (crossName && input.crossCheck?.ids.some((id) => id.toUpperCase() === def.id.toUpperCase()))
    return fail([
      inputError('BAD_VALUE', 'TESTDECK_CROSS_CHECK_EXISTS', cellRef(crossName, 0, 0), {
        sheet: crossName,
        id: def.id,
      }),
    ]);

  // How many: what the committee wrote, else those present; never more than the checks allow.
  const rules: DeckRules = {
    ballotType: def.ballotType,
    seats: def.seats,
    listSize: def.candidates.length,
    emptyBallotValid: input.congress.settings.emptyBallotValid,
  };
  const subtotal = def.entryMode === 'Tổng hợp';
  const layout = subtotal ? null : readBallotLayout(def.sheet, values, []);
  const rulings = !subtotal && layout?.rulingCol !== null;
  const kinds = deckKinds(rules, { rulings });
  const count = opts.ballots ?? def.returned ?? def.issued ?? present;
  const min = Math.max(kinds.length, subtotal ? TEAMS : 1);
  if (count < min)
    return fail([
      inputError('BAD_VALUE', 'TESTDECK_TOO_FEW', def.refs.id, { min, ballots: count, kinds: kinds.join(', ') }),
    ]);
  if (def.returned !== null && count !== def.returned)
    return fail([
      inputError('BAD_VALUE', 'TESTDECK_RETURNED', def.refs.returned, { returned: def.returned, ballots: count }),
    ]);
  if (def.issued !== null && count > def.issued)
    return fail([
      inputError('BAD_VALUE', 'TESTDECK_TOO_MANY', def.refs.issued, {
        ballots: count,
        limit: def.issued,
        field: 'Phiếu phát ra',
      }),
    ]);

  ctx.progress?.(0.3, 'render');
  const seed = opts.seed ?? DEFAULT_SEED;
  const deck = buildTestDeck(rules, {
    ballots: count,
    seed,
    teams: layout && layout.teamCol !== null ? TEAMS : 0,
    rulings,
  });
  const ballotCells = subtotal ? subtotalCells(def, values, deck) : ballotSheetCells(def, values, deck);
  if (!ballotCells)
    return fail([inputError('MISSING_HEADER', 'TESTDECK_NOT_EMPTY', cellRef(def.sheet, 0, 0), { sheet: def.sheet })]);

  // `Đối chiếu`: the marker, then the figures the deck must give.
  const figures: [string, number][] = [[REHEARSAL_ITEM, seed]];
  if (def.issued !== null) figures.push([CROSS_CHECK_FIGURES.issued, def.issued]);
  figures.push(
    [CROSS_CHECK_FIGURES.returned, deck.expected.returned],
    [CROSS_CHECK_FIGURES.valid, deck.expected.valid],
    [CROSS_CHECK_FIGURES.invalid, deck.expected.invalid],
    ...def.candidates.map((name, i): [string, number] => [name, deck.expected.votes[i]]),
  );
  const crossRows = figures.map(([item, value]) => [def.id, item, value] as const);
  let crossCells: CellWrite[] = [];
  let crossPlan: SheetPlan | null = null;
  if (crossName) {
    const found = appendRows(crossName, sheets.get(crossName) ?? [], crossRows);
    if (isProblem(found)) return fail([found]);
    crossCells = found;
  } else {
    crossPlan = crossCheckPlan(crossRows);
  }

  // Count the deck as the next tally will: the sheets as they will be, through the parser.
  const after = new Map(sheets);
  after.set(def.sheet, applied(values, ballotCells));
  if (secondName) after.set(secondName, applied(sheets.get(secondName) ?? [], ballotCells));
  const crossSheet = crossName ?? CROSS_CHECK_SHEET;
  after.set(crossSheet, crossName ? applied(sheets.get(crossName) ?? [], crossCells) : (crossPlan?.values ?? []));
  const afterNames = crossName ? sheetNames : [...sheetNames, CROSS_CHECK_SHEET];
  const counted = countAfter(after, afterNames, def.id, deck, warnings, merges, opts.count ?? tallyElections);
  if (!counted.result) return fail(counted.errors);
  const result = counted.result;
  report.elections = [result];

  const log = logFor(ctx, input.trail, [
    {
      command: 'testdeck',
      id: def.id,
      status: 'Phiếu thử',
      fingerprint: result.fingerprint,
      note: `${count} phiếu, seed ${seed}; loại phiếu: ${deck.kinds.join(', ')}`,
    },
  ]);
  const plans = [...(crossPlan ? [crossPlan] : []), log.plan];
  if (ctx.write) {
    ctx.progress?.(0.7, 'write');
    // Inputs first (only empty cells: the host refuses to overwrite), then the new sheets.
    await ctx.port.fillCells(def.sheet, ballotCells);
    if (secondName) await ctx.port.fillCells(secondName, ballotCells);
    if (crossName) await ctx.port.fillCells(crossName, crossCells);
    await ctx.port.writeOutputs(plans, []);
  }
  ctx.progress?.(1, 'done');
  return { report, errors: [], warnings, plans, written: ctx.write, deck, result, sheet: def.sheet };
}

/** `Từng phiếu`: one row per ballot under the header; blank marks are left blank. */
function ballotSheetCells(def: ElectionDef, values: SheetValues, deck: TestDeck): CellWrite[] | null {
  const layout = readBallotLayout(def.sheet, values, []);
  if (!layout) return null;
  const cells: CellWrite[] = [];
  deck.ballots.forEach((ballot, i) => {
    const row = layout.headerRow + 1 + i;
    cells.push({ row, col: layout.numberCol, value: ballot.number });
    if (layout.teamCol !== null && ballot.team) cells.push({ row, col: layout.teamCol, value: ballot.team });
    ballot.marks.forEach((mark, j) => {
      if (mark) cells.push({ row, col: layout.candidateCols[j], value: mark });
    });
    if (layout.rulingCol !== null && ballot.ruling) cells.push({ row, col: layout.rulingCol, value: ballot.ruling });
  });
  return cells;
}

/** `Tổng hợp`: one row per team, then `Tổng cộng`. */
function subtotalCells(def: ElectionDef, values: SheetValues, deck: TestDeck): CellWrite[] | null {
  const read = readSubtotals(def.sheet, values, []);
  if (!read) return null;
  const { layout } = read;
  const teams = deckSubtotals(
    deck,
    TEAMS,
    layout.reasonCols.map((r) => r.reason),
    sameLabel,
  );
  const total = {
    team: 'Tổng cộng',
    returned: teams.reduce((s, t) => s + t.returned, 0),
    invalid: teams.reduce((s, t) => s + t.invalid, 0),
    reasons: layout.reasonCols.map((_, k) => teams.reduce((s, t) => s + t.reasons[k], 0)),
    votes: deck.expected.votes.map((_, j) => teams.reduce((s, t) => s + t.votes[j], 0)),
  };
  const cells: CellWrite[] = [];
  [...teams, total].forEach((t, i) => {
    const row = layout.headerRow + 1 + i;
    cells.push({ row, col: layout.teamCol, value: t.team });
    cells.push({ row, col: layout.returnedCol, value: t.returned });
    cells.push({ row, col: layout.invalidCol, value: t.invalid });
    layout.reasonCols.forEach((r, k) => cells.push({ row, col: r.col, value: t.reasons[k] }));
    layout.candidateCols.forEach((col, j) => cells.push({ row, col, value: t.votes[j] }));
  });
  return cells;
}

/** Rows appended under the last non-empty row of an existing `Đối chiếu`. */
function appendRows(
  sheet: string,
  values: SheetValues,
  rows: readonly (readonly (string | number)[])[],
): CellWrite[] | Problem {
  const table = readTable(
    sheet,
    values,
    CROSS_CHECK_COLUMNS.map((h) => ({ key: h, labels: [h], required: true })),
  );
  if (isProblem(table)) return table;
  let last = table.headerRow;
  values.forEach((line, r) => {
    if ((line ?? []).some((c) => cellText(c) !== '')) last = Math.max(last, r);
  });
  const cols = CROSS_CHECK_COLUMNS.map((h) => table.columns.get(h) ?? 0);
  return rows.flatMap((row, i) => row.map((value, k) => ({ row: last + 1 + i, col: cols[k], value })));
}

/** A new `Đối chiếu` sheet (an input sheet: not protected, the staff may add to it). */
function crossCheckPlan(rows: readonly (readonly (string | number)[])[]): SheetPlan {
  const plan = emptyPlan(CROSS_CHECK_SHEET);
  CROSS_CHECK_COLUMNS.forEach((h, c) => setValue(plan, 0, c, h));
  rows.forEach((row, r) => row.forEach((value, c) => setValue(plan, r + 1, c, value)));
  plan.columnWidths = [70, 260, 90];
  plan.styles.push({
    range: { row: 0, col: 0, cols: 3 },
    style: { bold: true, fill: 'DDE7F0', border: 'thin', hAlign: 'center' },
  });
  plan.styles.push({ range: { row: 1, col: 0, rows: rows.length, cols: 2 }, style: { numberFormat: '@' } });
  plan.freeze = { rows: 1, cols: 0 };
  return plan;
}

/** Values with these cells written (a copy). */
function applied(values: SheetValues, cells: readonly CellWrite[]): SheetValues {
  const out = values.map((line) => [...(line ?? [])]);
  for (const c of cells) {
    while (out.length <= c.row) out.push([]);
    const line = out[c.row];
    while (line.length < c.col) line.push(null);
    line[c.col] = c.value;
  }
  return out;
}

/** The deck counted as the next tally will count it; a disagreement with the deck is a warning. */
function countAfter(
  sheets: Map<string, SheetValues>,
  sheetNames: string[],
  id: string,
  deck: TestDeck,
  warnings: Problem[],
  merges: TallyReadOptions['merges'],
  count: typeof tallyElections,
): { result: ElectionResult | null; errors: Problem[] } {
  const parsed = parseTallyInput(sheets, sheetNames, { elections: [id], merges });
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (!parsed.input || errors.length) return { result: null, errors };
  const input: TallyInput = parsed.input;
  const tally = count(input);
  const tallyErrors = tally.problems.filter((p) => p.severity === 'error');
  const result = tally.results.find((r) => r.id.toUpperCase() === id.toUpperCase()) ?? null;
  if (tallyErrors.length || !result) return { result: null, errors: tallyErrors };
  const expected = deck.expected;
  const compare = (item: string, want: number, got: number) => {
    if (want !== got)
      warnings.push(
        warning('INTERNAL', 'TESTDECK_MISMATCH', undefined, { id: result.id, item, expected: want, counted: got }),
      );
  };
  compare(CROSS_CHECK_FIGURES.returned, expected.returned, result.ballots.returned);
  compare(CROSS_CHECK_FIGURES.valid, expected.valid, result.ballots.valid);
  compare(CROSS_CHECK_FIGURES.invalid, expected.invalid, result.ballots.invalid);
  // Subtotals cannot tell a disagreement from a `-`, nor give reasons without their columns: ballots only.
  const byBallot = input.elections.find((e) => e.id === result.id)?.entryMode !== 'Tổng hợp';
  result.candidates.forEach((c, i) => {
    compare(c.name, expected.votes[i], c.votes);
    if (!byBallot) return;
    compare(`${c.name} (gạch tên / không đồng ý)`, expected.against[i], c.against);
    compare(`${c.name} (không tính)`, expected.noCount[i], c.noCount);
  });
  if (byBallot) {
    const reasons = new Set([...Object.keys(expected.invalidReasons), ...Object.keys(result.ballots.invalidReasons)]);
    for (const r of reasons) compare(r, expected.invalidReasons[r] ?? 0, result.ballots.invalidReasons[r] ?? 0);
  }
  return { result, errors: [] };
}
