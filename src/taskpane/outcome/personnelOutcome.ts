/**
 * The outcome of a trust vote and of an introduction ballot on an election card (WORKBOOK.md
 * version 2): the bands of Điều 11 with who is in each, or the names introduced and the tied,
 * whom the committee's head chooses among. Figures and badge are the card's own.
 */
import { t, type Lang } from '../../i18n';
import type { ElectionResult, TrustBand } from '../../engine/model/results';
import { el } from '../dom';
import { formatPercent } from './format';
import { nameList } from './nameList';

/** A trust vote: each band with the people in it (low count and % of R); or that nobody is in one. */
export function trustOutcome(lang: Lang, r: ElectionResult): HTMLElement[] {
  const rows = r.trust ?? [];
  const out: HTMLElement[] = [];
  const bands: TrustBand[] = ['twoThirds', 'half'];
  for (const band of bands) {
    const inBand = rows.filter((row) => row.band === band);
    out.push(el('h4', {}, `${t(lang, band === 'half' ? 'PANE_BAND_half' : 'PANE_BAND_twoThirds')} (${inBand.length})`));
    if (inBand.length)
      out.push(
        el(
          'ol',
          { class: 'names', 'data-band': band },
          ...inBand.map((row) =>
            el(
              'li',
              {},
              `${row.name} — ${row.low} ${t(lang, 'PANE_TRUST_LOW')} (${formatPercent(lang, row.percentLow)})`,
            ),
          ),
        ),
      );
  }
  if (!rows.some((row) => row.band !== null)) out.push(el('p', { class: 'muted' }, t(lang, 'PANE_TRUST_NO_BAND')));
  return out;
}

/**
 * An introduction: the names introduced and the tied at the last place (each with its count and
 * share of those convened, the base `2 × count > convened` is decided on), with who decides.
 */
export function introductionOutcome(lang: Lang, r: ElectionResult): HTMLElement[] {
  const introduced = r.introduced ?? [];
  const out: HTMLElement[] = [el('h4', {}, `${t(lang, 'PANE_INTRODUCED')} (${introduced.length})`)];
  out.push(
    introduced.length ? nameList(lang, r, introduced) : el('p', { class: 'muted' }, t(lang, 'PANE_NONE_INTRODUCED')),
  );
  if (r.tied.length) {
    out.push(el('h4', {}, `${t(lang, 'PANE_TIED')} (${r.tied.length})`));
    out.push(nameList(lang, r, r.tied));
    out.push(el('p', { class: 'open-seats' }, t(lang, 'PANE_INTRODUCTION_TIE', { count: r.seatsOpen })));
  } else if (r.status === 'shortfall') {
    out.push(el('p', { class: 'open-seats' }, t(lang, 'PANE_INTRODUCTION_SHORT', { count: r.seatsOpen })));
  }
  return out;
}
