/**
 * The short summary `demo` and `tally -o` print on stderr, one line per election: its status in
 * words, who was elected out of how many seats, the tie with its equal votes and the seats still
 * open, the failing checks of a blocked count with their cells, or the figures of the zero report.
 */
import { t, type Lang, type MessageKey } from '../i18n';
import type { ElectionResult, ElectionStatus } from '../engine/model/results';

const STATUS_KEY: Record<ElectionStatus, MessageKey> = {
  complete: 'PANE_STATUS_complete',
  shortfall: 'PANE_STATUS_shortfall',
  tie: 'PANE_STATUS_tie',
  blocked: 'PANE_STATUS_blocked',
  zero: 'PANE_STATUS_zero',
};

export function electionLine(e: ElectionResult, lang: Lang): string {
  const head = `${e.id}: ${t(lang, STATUS_KEY[e.status])}`;
  if (e.status === 'blocked') {
    const failing = e.checks.filter((c) => !c.ok).map((c) => (c.cell ? `${c.name} (${c.cell})` : c.name));
    return `${head} — ${t(lang, 'CLI_SUMMARY_BLOCKED', { checks: failing.join('; ') })}`;
  }
  if (e.status === 'zero')
    return `${head} — ${t(lang, 'CLI_SUMMARY_ZERO', { denominator: e.denominator, threshold: e.threshold })}`;
  if (e.office === 'Xin ý kiến')
    return `${e.id}: ${t(lang, 'CLI_SUMMARY_OPINION', { names: e.elected.join(', ') || t(lang, 'CLI_SUMMARY_NOBODY') })}`;
  const parts = [t(lang, 'CLI_SUMMARY_ELECTED', { elected: e.elected.length, seats: e.seats })];
  if (e.tied.length) {
    const votes = e.candidates.find((c) => c.name === e.tied[0])?.votes ?? 0;
    parts.push(t(lang, 'CLI_SUMMARY_TIED', { votes, names: e.tied.join(', ') }));
  }
  if (e.seatsOpen > 0) parts.push(t(lang, 'CLI_SUMMARY_OPEN', { count: e.seatsOpen }));
  return `${head} — ${parts.join('; ')}`;
}

export function summaryLines(results: ElectionResult[], lang: Lang): string[] {
  return results.map((r) => `    ${electionLine(r, lang)}`);
}
