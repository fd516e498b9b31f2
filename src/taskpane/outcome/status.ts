/**
 * The one sentence the status line says after a run (issue 11: never a list of every sheet
 * written). Counts, not names; the cards and summaries below give the detail.
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import type { ElectionResult, ElectionStatus } from '../../engine/model/results';
import type { PaneCommand, PaneOutcome } from '../commandTable';

type Counted = ElectionStatus | 'opinion';

const STATUS_COUNT_KEY: Record<Counted, MessageKey> = {
  complete: 'PANE_N_complete',
  opinion: 'PANE_N_opinion',
  shortfall: 'PANE_N_shortfall',
  tie: 'PANE_N_tie',
  blocked: 'PANE_N_blocked',
  zero: 'PANE_N_zero',
};
const ORDER: Counted[] = ['complete', 'opinion', 'tie', 'shortfall', 'blocked', 'zero'];

/** An opinion ballot elects nobody: counted, it is an opinion taken, not a body filled. */
const countedAs = (r: ElectionResult): Counted =>
  r.office === 'Xin ý kiến' && r.status === 'complete' ? 'opinion' : r.status;

/** `7 bầu đủ, 1 xin ý kiến, 1 bằng phiếu`. */
export function statusCounts(lang: Lang, results: ElectionResult[]): string {
  const parts: string[] = [];
  for (const status of ORDER) {
    const count = results.filter((r) => countedAs(r) === status).length;
    if (count) parts.push(t(lang, STATUS_COUNT_KEY[status], { count }));
  }
  return parts.join(', ');
}

export function statusSentence(lang: Lang, command: PaneCommand, outcome: PaneOutcome): string {
  // A finalised election whose data changed is refused, not wrong: say what to do (issue 12).
  const changed = outcome.errors.filter((e) => e.code === 'FINALISED_CHANGED');
  if (changed.length && changed.length === outcome.errors.length)
    return t(lang, 'PANE_SENTENCE_FINALISED_CHANGED', {
      ids: changed.map((e) => String(e.params?.id ?? '')).join(', '),
    });
  if (outcome.errors.length) return t(lang, 'PANE_SENTENCE_ERRORS', { count: outcome.errors.length });
  const results = outcome.results ?? [];
  switch (command.id) {
    case 'tally': {
      const statuses = statusCounts(lang, results);
      const rehearsals = results.filter((r) => r.rehearsal).length;
      return rehearsals
        ? t(lang, 'PANE_SENTENCE_TALLY_REHEARSAL', { count: results.length, statuses, rehearsals })
        : t(lang, 'PANE_SENTENCE_TALLY', { count: results.length, statuses });
    }
    case 'before':
      return t(lang, 'PANE_SENTENCE_BEFORE', { count: results.length });
    case 'prepare':
      return outcome.written
        ? t(lang, 'PANE_SENTENCE_PREPARED', { count: outcome.plans.length })
        : t(lang, 'PANE_SENTENCE_PREPARED_NONE');
    case 'ballot-sheets': {
      const created = outcome.ballotSheets?.created.length ?? 0;
      return created
        ? t(lang, 'PANE_SENTENCE_BALLOT_SHEETS', { count: created })
        : t(lang, 'PANE_SENTENCE_BALLOT_SHEETS_NONE', { kept: outcome.ballotSheets?.kept.length ?? 0 });
    }
    case 'ballots':
      return t(lang, 'PANE_SENTENCE_BALLOTS', { count: outcome.plans.length });
    case 'check': {
      const findings = outcome.report.findings ?? [];
      return findings.length
        ? t(lang, 'PANE_SENTENCE_CHECK', { count: findings.length })
        : t(lang, 'PANE_SENTENCE_CHECK_CLEAR');
    }
    case 'allocate':
      return t(lang, 'PANE_SENTENCE_ALLOCATE');
    case 'composition':
      return t(lang, 'PANE_SENTENCE_COMPOSITION', { count: outcome.plans.length });
    case 'next-round':
      return outcome.nextRound
        ? t(lang, 'PANE_SENTENCE_NEXT_ROUND', { id: outcome.nextRound.id, seats: outcome.nextRound.seats })
        : t(lang, 'PANE_DONE_NOTHING');
    case 'minutes-docx':
      return outcome.file ? t(lang, 'PANE_SENTENCE_MINUTES_DOCX') : t(lang, 'PANE_SENTENCE_MINUTES_NONE');
    case 'testdeck':
      return outcome.testDeck
        ? t(lang, 'PANE_SENTENCE_TESTDECK', {
            count: outcome.testDeck.ballots,
            sheet: outcome.testDeck.sheet,
            id: outcome.testDeck.id,
          })
        : t(lang, 'PANE_DONE_NOTHING');
    case 'finalise': {
      const id = results[0]?.id ?? '';
      if (!outcome.finalised?.length) return t(lang, 'PANE_DONE_NOTHING');
      return outcome.written
        ? t(lang, 'PANE_SENTENCE_FINALISED', { id })
        : t(lang, 'PANE_SENTENCE_ALREADY_FINALISED', { id });
    }
    case 'verify': {
      const answer = outcome.verify;
      if (!answer) return t(lang, 'PANE_DONE_NOTHING');
      return answer.match ? t(lang, 'PANE_VERIFY_MATCH') : t(lang, 'PANE_VERIFY_MISMATCH_SHORT');
    }
  }
}
