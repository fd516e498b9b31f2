/**
 * The projection dialog (`Trình chiếu kết quả`): one election in large type for the hall
 * screen, from the data in the URL's fragment (data.ts). It reads nothing else and sends
 * nothing anywhere; it needs no Office.js.
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import type { ElectionStatus } from '../../engine/model/results';
import { el } from '../dom';
import { icon, type IconName } from '../icons';
import { formatNumber, formatPercent } from '../outcome/format';
import { decodeProjection, type ProjectionData } from './data';

const STATUS: Record<ElectionStatus, [MessageKey, IconName]> = {
  complete: ['PANE_STATUS_complete', 'ok'],
  shortfall: ['PANE_STATUS_shortfall', 'warning'],
  tie: ['PANE_STATUS_tie', 'tie'],
  blocked: ['PANE_STATUS_blocked', 'blocked'],
  zero: ['PANE_STATUS_zero', 'pending'],
};

function figures(lang: Lang, items: [MessageKey, number | null][]): HTMLElement {
  return el(
    'dl',
    { class: 'figures' },
    ...items
      .filter((item): item is [MessageKey, number] => item[1] !== null)
      .map(([key, value]) => el('div', {}, el('dt', {}, t(lang, key)), el('dd', {}, formatNumber(lang, value)))),
  );
}

export function renderProjection(root: HTMLElement, data: ProjectionData): void {
  const lang = data.lang;
  document.documentElement.lang = lang;
  document.title = `${data.id} — ${t(lang, 'PANE_PROJECT')}`;
  const before = data.mode === 'before' || data.status === 'zero';
  // A rehearsal's count is never shown as a real one, on the screen as in every sheet.
  if (data.rehearsal && !before)
    root.append(el('p', { class: 'rehearsal' }, icon('test'), el('span', {}, t(lang, 'PANE_PROJECT_REHEARSAL'))));
  root.append(el('h1', {}, data.title || data.id));
  if (before) {
    root.append(
      el('p', { class: 'status status-zero' }, icon('pending'), el('span', {}, t(lang, 'PANE_STATUS_before'))),
      figures(lang, [
        ['PANE_SEATS_LABEL', data.seats > 0 ? data.seats : null],
        ['PANE_CONVENED', data.convened],
        [data.opinion ? 'PANE_OPINION_BASE' : 'PANE_D', data.denominator],
        ['PANE_THRESHOLD', data.threshold],
        ['PANE_PRESENT', data.present],
        ['PANE_ISSUED', data.issued],
      ]),
    );
    return;
  }
  const [statusKey, statusIcon] = STATUS[data.status];
  const statusText = data.opinion && data.status === 'complete' ? t(lang, 'PANE_STATUS_opinion') : t(lang, statusKey);
  root.append(
    el(
      'p',
      { class: `status status-${data.status}` },
      icon(statusIcon),
      el('span', {}, statusText),
      // The seats still open beside the status, not under the list: a long list keeps the room.
      data.seatsOpen > 0 && (data.status === 'tie' || data.status === 'shortfall')
        ? el('span', { class: 'note' }, `· ${t(lang, 'PANE_OPEN_SEATS', { count: data.seatsOpen })}`)
        : null,
    ),
    figures(lang, [
      [data.opinion ? 'PANE_OPINION_BASE' : 'PANE_D', data.denominator],
      ['PANE_THRESHOLD', data.threshold],
      ['PANE_ISSUED', data.issued],
      ['PANE_RETURNED', data.returned],
      ['PANE_VALID', data.valid],
      ['PANE_INVALID', data.invalid],
    ]),
  );
  const markText = (mark: ProjectionData['rows'][number]['mark']): HTMLElement | string => {
    if (mark === 'elected')
      return el(
        'span',
        { class: 'mark' },
        icon('ok'),
        ' ',
        t(lang, data.opinion ? 'PANE_APPROVED_SHORT' : 'PANE_ELECTED'),
      );
    if (mark === 'tied') return el('span', { class: 'mark' }, icon('tie'), ' ', t(lang, 'PANE_TIED'));
    return '';
  };
  // A long list on a wide screen goes in two columns, so the whole list fits in large type.
  const columns = data.rows.length > 10 && window.innerWidth >= 900 ? 2 : 1;
  const perColumn = Math.ceil(data.rows.length / columns);
  root.style.setProperty('--rows', String(Math.max(1, perColumn)));
  const table = (from: number) =>
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { class: 'num' }, t(lang, 'PANE_COL_NO')),
          el('th', {}, t(lang, 'PANE_COL_NAME')),
          el('th', { class: 'num' }, t(lang, 'PANE_COL_VOTES')),
          el('th', { class: 'num' }, t(lang, data.opinion ? 'PANE_COL_PERCENT_A' : 'PANE_COL_PERCENT_D')),
          el('th', {}, ''),
        ),
      ),
      el(
        'tbody',
        {},
        ...data.rows
          .slice(from, from + perColumn)
          .map((row, i) =>
            el(
              'tr',
              { class: row.mark },
              el('td', { class: 'num' }, String(from + i + 1)),
              el('td', {}, row.name),
              el('td', { class: 'num' }, formatNumber(lang, row.votes)),
              el('td', { class: 'num' }, formatPercent(lang, row.percent)),
              el('td', {}, markText(row.mark)),
            ),
          ),
      ),
    );
  root.append(
    el(
      'div',
      { class: `tables columns-${columns}` },
      ...Array.from({ length: columns }, (_, c) => table(c * perColumn)),
    ),
  );
  // The title, status and figures take what they take (a long title wraps); the table's
  // type is sized to the height they leave, so the whole list fits the screen (projection.css).
  const tables = root.querySelector<HTMLElement>('.tables');
  if (tables) {
    const rest = document.documentElement.scrollHeight - tables.offsetHeight;
    root.style.setProperty('--head', `${Math.ceil(rest) + 8}px`);
  }
  // The screen height it was laid out for: a resize lays it out again a moment later.
  root.setAttribute('data-height', String(window.innerHeight));
}

function start(): void {
  const root = document.getElementById('projection');
  if (!root) return;
  const data = decodeProjection(location.hash);
  if (!data) {
    root.append(el('p', { class: 'missing' }, t('vi', 'PANE_PROJECT_MISSING')));
    return;
  }
  renderProjection(root, data);
  // Moved to the projector or resized: laid out again for the new size (one or two columns).
  let pending = 0;
  window.addEventListener('resize', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      root.replaceChildren();
      renderProjection(root, data);
    }, 100);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
