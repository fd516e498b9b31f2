/**
 * A card's list of names with each one's votes and share of the base (D for an election, those
 * convened for an introduction): the elected, the tied, the names introduced.
 */
import { t, type Lang } from '../../i18n';
import type { CandidateResult, ElectionResult } from '../../engine/model/results';
import { el } from '../dom';
import { formatNumber, formatPercent } from './format';

export function votesOf(r: ElectionResult): Map<string, CandidateResult> {
  return new Map(r.candidates.map((c) => [c.name, c]));
}

export function nameList(lang: Lang, r: ElectionResult, names: string[]): HTMLElement {
  const byName = votesOf(r);
  return el(
    'ol',
    { class: 'names' },
    ...names.map((name) => {
      const c = byName.get(name);
      return el(
        'li',
        {},
        el('span', { class: 'name' }, name),
        c
          ? el(
              'span',
              { class: 'votes' },
              t(lang, 'PANE_VOTES', {
                votes: formatNumber(lang, c.votes),
                percent: formatPercent(lang, c.percentOfDenominator),
              }),
            )
          : null,
      );
    }),
  );
}
