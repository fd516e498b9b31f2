/**
 * The short summary `demo` and `tally -o` print on stderr, one line per election: its status in
 * words, who was elected out of how many seats, the tie with its equal votes and the seats still
 * open, the failing checks of a blocked count with their cells, or the figures of the zero report;
 * for a trust vote R and who is in each band, for an introduction who is introduced.
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
  // A test deck's count (issue 12) is never read as a real one, here as in every sheet.
  const id = e.rehearsal ? `${e.id} [${t(lang, 'PANE_REHEARSAL')}]` : e.id;
  const head = `${id}: ${t(lang, STATUS_KEY[e.status])}`;
  if (e.status === 'blocked') {
    const failing = e.checks.filter((c) => !c.ok).map((c) => (c.cell ? `${c.name} (${c.cell})` : c.name));
    return `${head} — ${t(lang, 'CLI_SUMMARY_BLOCKED', { checks: failing.join('; ') })}`;
  }
  if (e.status === 'zero')
    return `${head} — ${t(lang, 'CLI_SUMMARY_ZERO', { denominator: e.denominator, threshold: e.threshold })}`;
  if (e.trust) return `${id}: ${t(lang, 'PANE_STATUS_trust')} — ${trustParts(e, lang).join('; ')}`;
  if (e.office === 'Xin ý kiến')
    return `${id}: ${t(lang, 'CLI_SUMMARY_OPINION', { names: e.elected.join(', ') || t(lang, 'CLI_SUMMARY_NOBODY') })}`;
  const introduction = e.introduced !== undefined;
  const parts = [
    introduction
      ? e.seats > 0
        ? t(lang, 'CLI_SUMMARY_INTRODUCED', { introduced: e.elected.length, seats: e.seats })
        : t(lang, 'CLI_SUMMARY_INTRODUCED_ALL', { introduced: e.elected.length })
      : t(lang, 'CLI_SUMMARY_ELECTED', { elected: e.elected.length, seats: e.seats }),
  ];
  if (e.tied.length) {
    const votes = e.candidates.find((c) => c.name === e.tied[0])?.votes ?? 0;
    parts.push(t(lang, 'CLI_SUMMARY_TIED', { votes, names: e.tied.join(', ') }));
    // An introduction's tie at the cut is the committee head's choice (WORKBOOK.md v2), never a re-vote.
    if (introduction) parts.push(t(lang, 'CLI_SUMMARY_INTRODUCTION_TIE'));
  }
  if (e.seatsOpen > 0) parts.push(t(lang, 'CLI_SUMMARY_OPEN', { count: e.seatsOpen }));
  return `${head} — ${parts.join('; ')}`;
}

/** A trust vote: R, then who is in each band of QĐ 96 Điều 11 (none is a sentence too). */
function trustParts(e: ElectionResult, lang: Lang): string[] {
  const rows = e.trust ?? [];
  const parts = [t(lang, 'CLI_SUMMARY_TRUST_BASE', { returned: e.denominator })];
  for (const band of ['twoThirds', 'half'] as const) {
    const names = rows.filter((r) => r.band === band).map((r) => r.name);
    if (names.length)
      parts.push(`${t(lang, band === 'half' ? 'PANE_BAND_half' : 'PANE_BAND_twoThirds')}: ${names.join(', ')}`);
  }
  if (parts.length === 1) parts.push(t(lang, 'PANE_TRUST_NO_BAND'));
  return parts;
}

export function summaryLines(results: ElectionResult[], lang: Lang): string[] {
  return results.map((r) => `    ${electionLine(r, lang)}`);
}
