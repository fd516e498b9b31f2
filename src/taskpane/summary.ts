import { t, type Lang, type MessageKey } from '../i18n';
import type { ElectionResult } from '../engine/model/results';
import type { Problem } from '../workbook/problems';
import { el } from './dom';
import { introductionOutcome, trustOutcome } from './personnelCard';

const STATUS_KEY: Record<ElectionResult['status'], MessageKey> = {
  complete: 'PANE_STATUS_complete',
  shortfall: 'PANE_STATUS_shortfall',
  tie: 'PANE_STATUS_tie',
  blocked: 'PANE_STATUS_blocked',
  zero: 'PANE_STATUS_zero',
};

const number = (lang: Lang, n: number | null): string =>
  n === null ? '' : new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);

/** What a card offers besides the figures (each only where the face wires it). */
export interface CardActions {
  onNextRound?: (id: string) => void;
  /** Kiểm tra mã: the answer to show under the field, and whether it matched. */
  onVerify?: (id: string, fingerprint: string) => Promise<{ ok: boolean; text: string }>;
  /** Chốt kết quả. */
  onFinalise?: (id: string) => void;
  /** Finalised on exactly these data: the card says so and offers no Chốt kết quả. */
  finalised?: boolean;
}

/** One card per election: the figures the presidium announces, then who was elected, tied, and seats open. */
export function electionCard(lang: Lang, r: ElectionResult, actions: CardActions = {}): HTMLElement {
  const { onNextRound } = actions;
  const figure = (key: MessageKey, value: number | null) =>
    el(
      'div',
      { class: 'figure' },
      el('dt', {}, t(lang, key)),
      el('dd', {}, value === null ? t(lang, 'PANE_NOT_SET') : number(lang, value)),
    );
  // An opinion ballot elects nobody: it says who may enter the list of `Cho cuộc bầu` (A, > 30%).
  const opinion = r.office === 'Xin ý kiến';
  // A trust vote and an introduction have their own outcome (personnelCard.ts).
  const trust = r.trust !== undefined;
  const introduction = r.introduced !== undefined;
  const badge =
    opinion && r.status === 'complete'
      ? 'PANE_STATUS_opinion'
      : trust && r.status === 'complete'
        ? 'PANE_STATUS_trust'
        : STATUS_KEY[r.status];
  const card = el(
    'article',
    { class: `card status-${r.status}${r.rehearsal ? ' rehearsal' : ''}`, 'data-election': r.id },
    el(
      'header',
      {},
      el('div', { class: 'card-title' }, el('strong', {}, r.id), ' ', el('span', {}, r.title)),
      el(
        'div',
        { class: 'badges' },
        r.rehearsal ? el('span', { class: 'badge badge-rehearsal' }, t(lang, 'PANE_REHEARSAL')) : null,
        el('span', { class: `badge badge-${r.status}` }, t(lang, badge)),
      ),
    ),
    el(
      'dl',
      { class: 'figures' },
      r.seats > 0 ? figure(introduction ? 'PANE_PLACES' : 'PANE_SEATS_LABEL', r.seats) : null,
      figure(
        opinion ? 'PANE_OPINION_BASE' : trust ? 'PANE_TRUST_BASE' : introduction ? 'PANE_CONVENED' : 'PANE_D',
        r.denominator,
      ),
      trust ? null : figure('PANE_THRESHOLD', r.threshold),
      figure('PANE_PRESENT', r.present),
      figure('PANE_ISSUED', r.ballots.issued),
      r.status !== 'zero' ? figure('PANE_VALID', r.ballots.valid) : null,
    ),
  );
  if (trust || introduction) {
    if (r.status !== 'zero' && r.status !== 'blocked')
      card.append(...(trust ? trustOutcome(lang, r) : introductionOutcome(lang, r)));
  } else electionOutcome(lang, r, card, onNextRound);
  if (actions.finalised) card.append(el('p', { class: 'finalised' }, t(lang, 'PANE_FINALISED')));
  const finalisable = !r.rehearsal && r.status !== 'blocked' && r.status !== 'zero';
  const { onFinalise, onVerify } = actions;
  if (onFinalise && finalisable && !actions.finalised) {
    const button = el(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'data-command': 'finalise',
        'data-election': r.id,
        title: t(lang, 'PANE_CMD_FINALISE_HINT'),
      },
      t(lang, 'PANE_CMD_FINALISE'),
    );
    button.addEventListener('click', () => onFinalise(r.id));
    card.append(el('div', { class: 'card-actions' }, button));
  }
  if (onVerify) card.append(verifyBox(lang, r.id, onVerify));
  return card;
}

/** An election's outcome: who was elected (or may enter the list), the tied, the seats still open. */
function electionOutcome(
  lang: Lang,
  r: ElectionResult,
  card: HTMLElement,
  onNextRound: CardActions['onNextRound'],
): void {
  const opinion = r.office === 'Xin ý kiến';
  const names = (items: string[]) => el('ol', { class: 'names' }, ...items.map((n) => el('li', {}, n)));
  if (r.status !== 'zero' && r.status !== 'blocked') {
    card.append(el('h4', {}, `${t(lang, opinion ? 'PANE_APPROVED' : 'PANE_ELECTED')} (${r.elected.length})`));
    card.append(
      r.elected.length
        ? names(r.elected)
        : el('p', { class: 'muted' }, t(lang, opinion ? 'PANE_NONE_APPROVED' : 'PANE_NONE_ELECTED')),
    );
    if (r.tied.length) card.append(el('h4', {}, `${t(lang, 'PANE_TIED')} (${r.tied.length})`), names(r.tied));
  }
  if (r.seatsOpen > 0 && (r.status === 'tie' || r.status === 'shortfall')) {
    card.append(el('p', { class: 'open-seats' }, t(lang, 'PANE_OPEN_SEATS', { count: r.seatsOpen })));
    if (onNextRound) {
      const button = el(
        'button',
        { type: 'button', class: 'secondary', 'data-command': 'next-round', 'data-election': r.id },
        t(lang, 'PANE_CMD_NEXT_ROUND'),
      );
      button.addEventListener('click', () => onNextRound(r.id));
      card.append(button);
    }
  }
}

/** Kiểm tra mã: paste the code printed on the minutes, get the answer on the card itself. */
function verifyBox(lang: Lang, id: string, onVerify: NonNullable<CardActions['onVerify']>): HTMLElement {
  const fieldId = `verify-${id}`;
  const input = el('input', {
    type: 'text',
    id: fieldId,
    class: 'verify-code',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const answer = el('p', { class: 'verify-result', role: 'status', 'aria-live': 'polite' });
  const run = el('button', { type: 'submit', class: 'secondary', 'data-verify': id }, t(lang, 'PANE_VERIFY_RUN'));
  const form = el(
    'form',
    { class: 'verify-form' },
    el('label', { for: fieldId }, t(lang, 'PANE_VERIFY_LABEL', { id })),
    input,
    run,
    answer,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    answer.textContent = '';
    answer.className = 'verify-result';
    void onVerify(id, input.value).then(({ ok, text }) => {
      answer.textContent = text;
      answer.className = `verify-result ${ok ? 'ok' : 'bad'}`;
    });
  });
  return el('details', { class: 'verify' }, el('summary', {}, t(lang, 'PANE_CMD_VERIFY')), form);
}

export interface FindingLine {
  severity: 'error' | 'warning' | 'info';
  text: string;
  cell?: string;
}

export function problemLines(problems: Problem[], lang: Lang): FindingLine[] {
  return problems.map((p) => ({ severity: p.severity, text: t(lang, p.message, p.params), cell: p.cell }));
}

/** A list of findings; a finding with a cell is a button that selects the cell in Excel. */
export function findingList(
  lang: Lang,
  title: MessageKey,
  lines: FindingLine[],
  onCell?: (ref: string) => void,
): HTMLElement {
  return el(
    'section',
    { class: 'findings' },
    el('h3', {}, t(lang, title, { count: lines.length })),
    el(
      'ul',
      {},
      ...lines.map((line) => {
        const body = [
          line.cell ? el('span', { class: 'cell' }, line.cell) : null,
          el('span', { class: 'text' }, line.text),
        ];
        if (line.cell && onCell) {
          const cell = line.cell;
          const button = el(
            'button',
            {
              type: 'button',
              class: `finding ${line.severity}`,
              title: t(lang, 'PANE_GO_TO_CELL', { cell }),
              'data-cell': cell,
            },
            ...body,
          );
          button.addEventListener('click', () => onCell(cell));
          return el('li', {}, button);
        }
        return el('li', {}, el('div', { class: `finding ${line.severity}` }, ...body));
      }),
    ),
  );
}
