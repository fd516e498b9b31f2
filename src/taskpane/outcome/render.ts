/**
 * What the pane shows after a run, by command: cards for the tallies, summaries for the rest,
 * the findings grouped by code, and the input errors (which stop every command) first.
 */
import { t, type Lang } from '../../i18n';
import type { AllocationReport } from '../../commands/allocate';
import type { Dimension } from '../../engine/composition/types';
import type { PaneCommand, PaneOutcome } from '../commandTable';
import { el } from '../dom';
import { type CardActions, electionCard } from './electionCard';
import { type FindingLine, findingsSection, problemLines, type Wording } from './findings';
import {
  allocationSummary,
  compositionSummary,
  createdSheets,
  fillGuide,
  sheetLink,
  type SheetLinks,
} from './summaries';
import { ELECTIONS_SHEET, LIST_CHECK_SHEET } from '../../workbook/sheetNames';

export interface RenderContext {
  lang: Lang;
  actions: CardActions & SheetLinks;
  sheetExists: (name: string) => boolean;
  nextRoundOf: (id: string) => string | null;
  /** Election titles by `Mã`, for the bodies of the composition. */
  titles: Map<string, string>;
  /** The face's own wording of some messages (the missing sheet: this face's button). */
  wording?: Wording;
}

/** Commands whose outcome is cards: their warnings about an election sit on its card. */
const CARD_COMMANDS: PaneCommand['id'][] = ['tally', 'testdeck', 'finalise'];

/**
 * Warnings a card says in its own words (issue 12), not again in its list of second looks: the
 * test deck (the PHIẾU THỬ badge and its note) and each cross-check difference (under the check
 * that blocks the count, with both figures and its cell).
 */
const SAID_BY_THE_CARD: string[] = ['REHEARSAL', 'CROSS_CHECK_DIFFERENCE'];

/** The `Mã` a warning is about, when it names one (tally warnings do). */
const electionOf = (p: { params?: Record<string, string | number> }): string | null =>
  typeof p.params?.id === 'string' ? p.params.id.toUpperCase() : null;

function reportLines(outcome: PaneOutcome): FindingLine[] {
  return (outcome.report.findings ?? []).map((f) => ({
    severity: f.severity,
    code: f.code,
    text: f.message,
    cell: f.cell,
  }));
}

export function renderOutcome(command: PaneCommand, outcome: PaneOutcome, ctx: RenderContext): HTMLElement[] {
  const { lang, actions } = ctx;
  const out: (HTMLElement | null)[] = [];
  const onCell = actions.selectCell;
  if (outcome.errors.length) {
    // A finalised result on changed data is a refusal, not a cell to correct and run again: the
    // status line, the message and the reopen form under it say what to do (issue 12).
    const refusal = outcome.errors.every((e) => e.code === 'FINALISED_CHANGED');
    out.push(
      refusal
        ? null
        : el(
            'div',
            { class: 'message error', role: 'alert' },
            el(
              'p',
              {},
              t(lang, onCell ? 'PANE_INPUT_ERRORS' : 'PANE_INPUT_ERRORS_FILE', { count: outcome.errors.length }),
            ),
          ),
      findingsSection(lang, 'PANE_ERRORS', problemLines(outcome.errors, lang, ctx.wording), onCell),
    );
  } else {
    out.push(...body(command, outcome, ctx));
    const findings = reportLines(outcome);
    if (command.id === 'check' || findings.length)
      out.push(
        findingsSection(
          lang,
          'PANE_FINDINGS',
          findings,
          onCell,
          command.id === 'check' ? 'PANE_CHECK_CLEAR' : undefined,
        ),
      );
  }
  // A tally's warnings sit on their election's card; the others (and every other command's) here.
  const cards = new Set((outcome.errors.length ? [] : (outcome.results ?? [])).map((r) => r.id.toUpperCase()));
  const tally = CARD_COMMANDS.includes(command.id);
  const rest = tally ? outcome.warnings.filter((w) => !cards.has(electionOf(w) ?? '')) : outcome.warnings;
  if (rest.length)
    out.push(
      findingsSection(
        lang,
        tally ? 'PANE_SECOND_LOOK' : 'PANE_WARNINGS',
        problemLines(rest, lang, ctx.wording),
        onCell,
      ),
    );
  return out.filter((n): n is HTMLElement => n !== null);
}

function body(command: PaneCommand, outcome: PaneOutcome, ctx: RenderContext): (HTMLElement | null)[] {
  const { lang, actions } = ctx;
  switch (command.id) {
    case 'tally':
    case 'before':
    case 'next-round':
    case 'testdeck':
    case 'finalise': {
      const mode = command.id === 'before' ? 'before' : 'result';
      const finalised = new Set((outcome.finalised ?? []).map((id) => id.toUpperCase()));
      const cards = (command.id === 'next-round' ? [] : (outcome.results ?? [])).map((r) =>
        electionCard(r, {
          lang,
          mode,
          sheetExists: ctx.sheetExists,
          nextRoundOf: ctx.nextRoundOf,
          actions,
          finalised: finalised.has(r.id.toUpperCase()),
          warnings: CARD_COMMANDS.includes(command.id)
            ? problemLines(
                outcome.warnings.filter(
                  (w) => electionOf(w) === r.id.toUpperCase() && !SAID_BY_THE_CARD.includes(w.code),
                ),
                lang,
                ctx.wording,
              )
            : [],
        }),
      );
      const created = outcome.nextRound;
      if (created)
        return [
          createdSheets(
            lang,
            'PANE_NEXT_ROUND_CREATED',
            [
              { name: created.sheet, note: created.candidates.join(', ') },
              { name: ELECTIONS_SHEET, note: t(lang, 'PANE_NEXT_ROUND_ROW', { id: created.id, seats: created.seats }) },
            ],
            actions,
            'PANE_NEXT_ROUND_THEN',
          ),
        ];
      return cards;
    }
    case 'prepare':
      return outcome.written
        ? [
            fillGuide(
              lang,
              outcome.plans.map((p) => p.name),
              actions,
            ),
          ]
        : [];
    case 'ballot-sheets': {
      const made = outcome.ballotSheets?.created ?? [];
      return made.length
        ? [
            createdSheets(
              lang,
              'PANE_BALLOT_SHEETS_CREATED',
              made.map((s) => ({ name: s.sheet, note: t(lang, 'PANE_BALLOT_SHEET_NAMES', { count: s.names }) })),
              actions,
              'PANE_BALLOT_SHEETS_THEN',
            ),
          ]
        : [];
    }
    case 'ballots':
      return outcome.plans.length
        ? [
            createdSheets(
              lang,
              'PANE_BALLOTS_CREATED',
              outcome.plans.map((p) => ({ name: p.name })),
              actions,
              'PANE_BALLOTS_THEN',
            ),
          ]
        : [];
    case 'allocate': {
      const allocation = outcome.report.allocation as AllocationReport | undefined;
      return allocation ? [allocationSummary(lang, allocation, actions)] : [];
    }
    case 'composition': {
      const composition = outcome.report.composition as Record<string, Dimension[]> | undefined;
      return composition ? [compositionSummary(lang, composition, ctx.titles, actions)] : [];
    }
    case 'check':
      return actions.showSheet ? [el('div', { class: 'links' }, sheetLink(lang, LIST_CHECK_SHEET, actions))] : [];
    case 'minutes-docx':
    case 'verify':
      return [];
  }
}
