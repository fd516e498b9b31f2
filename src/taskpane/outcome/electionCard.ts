/**
 * One card per election after a run: the status in words and an icon, the figures the
 * presidium announces, who was elected with their votes, who is tied and on how many votes, the
 * seats still open, and what to do next. A blocked election says which check failed, with its
 * figures and the cell to look at.
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import type { Check, Difference, ElectionResult, ElectionStatus } from '../../engine/model/results';
import { clear, el } from '../dom';
import { icon, type IconName } from '../icons';
import { formatNumber } from './format';
import { CHECK } from '../../engine/tally/checkNames';
import { cardWarnings, type FindingLine } from './findings';
import { introductionOutcome, trustOutcome } from './personnelOutcome';
import { nameList, votesOf } from './nameList';
import { minutesSheetName, resultsSheetName } from '../../workbook/sheetNames';
import { CROSS_CHECK_NAME, type CrossCheckEntry } from '../../engine/integrity/crossCheck';

export type CardMode = 'result' | 'before';

export interface CardActions {
  selectCell?: (ref: string) => void;
  showSheet?: (name: string) => void;
  project?: (result: ElectionResult, mode: CardMode) => void;
  nextRound?: (id: string) => void;
  /** Kiểm tra mã: the answer to show under the field, and whether it matched. */
  verify?: (id: string, fingerprint: string) => Promise<{ ok: boolean; text: string }>;
  /** Chốt kết quả. */
  finalise?: (id: string) => void;
}

export interface CardContext {
  lang: Lang;
  /** `before`: only the figures announced before the vote (the zero report). */
  mode: CardMode;
  /** Whether a sheet of this name is in the workbook (links only to sheets that exist). */
  sheetExists: (name: string) => boolean;
  /** The `Mã` of the round that follows this one, when `Bầu cử` has it. */
  nextRoundOf: (id: string) => string | null;
  actions: CardActions;
  /** This election's warnings (a header unknown to Nhân sự, the plausibility checks). */
  warnings?: FindingLine[];
  /** Finalised on exactly these data: the card says so and offers no Chốt kết quả. */
  finalised?: boolean;
}

type Badge = ElectionStatus | 'opinion' | 'trust';

const BADGE_KEY: Record<Badge, MessageKey> = {
  complete: 'PANE_STATUS_complete',
  shortfall: 'PANE_STATUS_shortfall',
  tie: 'PANE_STATUS_tie',
  blocked: 'PANE_STATUS_blocked',
  zero: 'PANE_STATUS_zero',
  opinion: 'PANE_STATUS_opinion',
  trust: 'PANE_STATUS_trust',
};
const BADGE_ICON: Record<Badge, IconName> = {
  complete: 'ok',
  shortfall: 'warning',
  tie: 'tie',
  blocked: 'blocked',
  zero: 'pending',
  opinion: 'ok',
  trust: 'ok',
};

/** At most this many double-entry differences on a card; the rest are on `Kết quả <Mã>`. */
const MAX_DIFFERENCES = 8;

function figure(lang: Lang, key: MessageKey, value: number | null): HTMLElement {
  return el(
    'div',
    { class: 'figure' },
    el('dt', {}, t(lang, key)),
    el('dd', {}, value === null ? t(lang, 'PANE_NOT_SET') : formatNumber(lang, value)),
  );
}

function cellButton(lang: Lang, cell: string, actions: CardActions): HTMLElement | null {
  if (!cell) return null;
  if (!actions.selectCell) return el('span', { class: 'cell-ref' }, cell);
  const select = actions.selectCell;
  const b = el(
    'button',
    { type: 'button', class: 'cell-link', 'data-cell': cell, title: t(lang, 'PANE_GO_TO_CELL', { cell }) },
    cell,
  );
  b.addEventListener('click', () => select(cell));
  return b;
}

function linkButton(
  label: string,
  iconName: IconName,
  attrs: Record<string, string>,
  onClick: () => void,
): HTMLElement {
  const b = el('button', { type: 'button', class: 'link', ...attrs }, icon(iconName), el('span', {}, label));
  b.addEventListener('click', onClick);
  return b;
}

/** What the two figures of each check are (a tired clerk reads `Phiếu phát ra: 150`, not `expected`). */
const CHECK_FIGURES: [string, MessageKey, MessageKey][] = [
  [CHECK.keyedEqualsReturned, 'PANE_FIG_RETURNED_GIVEN', 'PANE_FIG_KEYED'],
  [CHECK.returnedWithinIssued, 'PANE_FIG_ISSUED', 'PANE_FIG_RETURNED'],
  [CHECK.issuedWithinPresent, 'PANE_FIG_PRESENT_AT_VOTE', 'PANE_FIG_ISSUED'],
  [CHECK.doubleEntryEqual, 'PANE_FIG_EXPECTED_DIFFERENCES', 'PANE_FIG_DIFFERENCES'],
  [CHECK.teamInvalidWithinReturned, 'PANE_FIG_TEAM_RETURNED', 'PANE_FIG_TEAM_INVALID'],
  [CHECK.teamVotesWithinValid, 'PANE_FIG_TEAM_VALID', 'PANE_FIG_TEAM_MAX_VOTES'],
  [CHECK.teamVotesWithinSeats, 'PANE_FIG_TEAM_VOTE_LIMIT', 'PANE_FIG_TEAM_VOTES'],
  [CHECK.totalRowEqualsTeams, 'PANE_FIG_TEAMS_SUM', 'PANE_FIG_TOTAL_ROW'],
  [CHECK.previousRoundNotBlocked, 'PANE_FIG_PREVIOUS_ROUND', 'PANE_FIG_PREVIOUS_STATUS'],
  [CROSS_CHECK_NAME, 'PANE_FIG_CROSS_ALLOWED', 'PANE_FIG_CROSS_DIFFERENT'],
];

/** The check's two figures, one line each, named by what they count. */
function checkFigures(lang: Lang, c: Check): HTMLElement[] {
  const labels = CHECK_FIGURES.find(([name]) => c.name === name || c.name.startsWith(`${name}:`));
  const value = (v: number | string) => (typeof v === 'number' ? formatNumber(lang, v) : v);
  if (!labels)
    return [
      el(
        'span',
        { class: 'check-figures' },
        t(lang, 'PANE_CHECK_FIGURES', { expected: value(c.expected), actual: value(c.actual) }),
      ),
    ];
  return [
    el('span', { class: 'check-figures' }, `${t(lang, labels[1])}: `, el('strong', {}, value(c.expected))),
    el('span', { class: 'check-figures' }, `${t(lang, labels[2])}: `, el('strong', {}, value(c.actual))),
  ];
}

function failedChecks(lang: Lang, checks: Check[], actions: CardActions): HTMLElement {
  return el(
    'ul',
    { class: 'checks' },
    ...checks.map((c) =>
      el(
        'li',
        { class: 'check' },
        el('span', { class: 'check-name' }, c.name),
        ...checkFigures(lang, c),
        c.cell ? cellButton(lang, c.cell, actions) : null,
      ),
    ),
  );
}

function differenceList(lang: Lang, diffs: Difference[], actions: CardActions): HTMLElement {
  const shown = diffs.slice(0, MAX_DIFFERENCES);
  const mark = (m: string) => (m === '' ? t(lang, 'PANE_MARK_BLANK') : `"${m}"`);
  return el(
    'div',
    { class: 'differences' },
    el('p', {}, t(lang, 'PANE_DIFFERENCES', { count: diffs.length })),
    el(
      'ul',
      {},
      ...shown.map((d) =>
        el(
          'li',
          {},
          el(
            'span',
            { class: 'text' },
            t(lang, 'PANE_DIFFERENCE', {
              ballot: d.ballot,
              candidate: d.candidate,
              first: mark(d.entry1),
              second: mark(d.entry2),
            }),
          ),
          cellButton(lang, d.cell1, actions),
          cellButton(lang, d.cell2, actions),
        ),
      ),
    ),
    diffs.length > shown.length
      ? el('p', { class: 'muted' }, t(lang, 'PANE_DIFFERENCES_MORE', { count: diffs.length - shown.length }))
      : null,
  );
}

/**
 * `Đối chiếu` (issue 12): each figure that differs, both figures and the cell it was typed in;
 * for a test deck the figures are those the deck must give, not the official software's.
 */
function crossCheckList(lang: Lang, r: ElectionResult, actions: CardActions): HTMLElement | null {
  const bad = (r.crossCheck ?? []).filter((e) => !e.ok);
  if (!bad.length) return null;
  const key: MessageKey = r.rehearsal ? 'PANE_CROSS_DIFFERENCE_DECK' : 'PANE_CROSS_DIFFERENCE';
  const value = (v: number | null) => (v === null ? t(lang, 'PANE_NOT_SET') : formatNumber(lang, v));
  return el(
    'div',
    { class: 'differences cross-check' },
    el('p', {}, t(lang, r.rehearsal ? 'PANE_CROSS_DIFFERENCES_DECK' : 'PANE_CROSS_DIFFERENCES', { count: bad.length })),
    el(
      'ul',
      {},
      ...bad.map((e: CrossCheckEntry) =>
        el(
          'li',
          { 'data-item': e.item },
          el(
            'span',
            { class: 'text' },
            t(lang, key, { item: e.item, official: value(e.official), counted: value(e.counted) }),
          ),
          cellButton(lang, e.cell, actions),
        ),
      ),
    ),
  );
}

/** A counted election that passed its cross-check says so, in one line. */
function crossCheckPassed(lang: Lang, r: ElectionResult): HTMLElement | null {
  const entries = r.crossCheck ?? [];
  if (!entries.length || entries.some((e) => !e.ok)) return null;
  return el(
    'p',
    { class: 'cross-check-ok' },
    icon('ok'),
    el(
      'span',
      {},
      t(lang, r.rehearsal ? 'PANE_CROSS_OK_DECK' : 'PANE_CROSS_OK', { count: formatNumber(lang, entries.length) }),
    ),
  );
}

/**
 * The integrity trail on a counted card (issue 12): Chốt kết quả, or that the result is finalised;
 * Kiểm tra mã, answered on the card itself. A test deck's result is never finalised.
 */
function trail(lang: Lang, r: ElectionResult, ctx: CardContext): HTMLElement | null {
  const { finalise, verify } = ctx.actions;
  const parts: HTMLElement[] = [];
  if (ctx.finalised)
    parts.push(el('p', { class: 'finalised' }, icon('lock'), el('span', {}, t(lang, 'PANE_FINALISED'))));
  else if (finalise && !r.rehearsal && r.status !== 'blocked') {
    const button = el(
      'button',
      {
        type: 'button',
        class: 'secondary finalise',
        'data-command': 'finalise',
        'data-election': r.id,
        title: t(lang, 'PANE_CMD_FINALISE_HINT'),
      },
      icon('lock'),
      el('span', {}, t(lang, 'PANE_CMD_FINALISE')),
    );
    button.addEventListener('click', () => finalise(r.id));
    parts.push(button);
  }
  if (verify) parts.push(verifyBox(lang, r.id, verify));
  return parts.length ? el('div', { class: 'trail' }, ...parts) : null;
}

/** Kiểm tra mã: paste the code printed on the minutes, get the answer on the card itself. */
function verifyBox(lang: Lang, id: string, onVerify: NonNullable<CardActions['verify']>): HTMLElement {
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
    clear(answer);
    answer.className = 'verify-result';
    void onVerify(id, input.value).then(({ ok, text }) => {
      clear(answer);
      if (text) answer.append(icon(ok ? 'ok' : 'error'), el('span', {}, text));
      answer.className = `verify-result ${ok ? 'ok' : 'bad'}`;
    });
  });
  return el('details', { class: 'verify' }, el('summary', {}, t(lang, 'PANE_CMD_VERIFY')), form);
}

/** The card of one election. */
export function electionCard(r: ElectionResult, ctx: CardContext): HTMLElement {
  const { lang, actions } = ctx;
  const opinion = r.office === 'Xin ý kiến';
  // A trust vote and an introduction have their own outcome (personnelOutcome.ts) and no next round.
  const trust = r.trust !== undefined;
  const introduction = r.introduced !== undefined;
  const before = ctx.mode === 'before';
  const badge: Badge = before
    ? 'zero'
    : opinion && r.status === 'complete'
      ? 'opinion'
      : trust && r.status === 'complete'
        ? 'trust'
        : r.status;
  const base: MessageKey = opinion
    ? 'PANE_OPINION_BASE'
    : trust
      ? 'PANE_TRUST_BASE'
      : introduction
        ? 'PANE_CONVENED'
        : 'PANE_D';
  const badgeText = before ? t(lang, 'PANE_STATUS_before') : t(lang, BADGE_KEY[badge]);
  // A test deck's count (issue 12) is marked in red on the card as in every sheet it writes.
  const rehearsal = r.rehearsal === true && !before;
  const card = el(
    'article',
    {
      class: `card status-${before ? 'zero' : r.status}${rehearsal ? ' rehearsal' : ''}`,
      'data-election': r.id,
      'data-status': r.status,
    },
    el(
      'header',
      {},
      el('div', { class: 'card-title' }, el('strong', {}, r.id), ' ', el('span', {}, r.title)),
      el(
        'div',
        { class: 'badges' },
        el(
          'span',
          { class: `badge badge-${before ? 'zero' : r.status}` },
          icon(BADGE_ICON[badge]),
          el('span', {}, badgeText),
        ),
        rehearsal
          ? el('span', { class: 'badge badge-rehearsal' }, icon('test'), el('span', {}, t(lang, 'PANE_REHEARSAL')))
          : null,
      ),
    ),
    el(
      'dl',
      { class: 'figures' },
      r.seats > 0 ? figure(lang, introduction ? 'PANE_PLACES' : 'PANE_SEATS_LABEL', r.seats) : null,
      figure(lang, base, r.denominator),
      trust ? null : figure(lang, 'PANE_THRESHOLD', r.threshold),
      figure(lang, 'PANE_PRESENT', r.present),
      figure(lang, 'PANE_ISSUED', r.ballots.issued),
      !before && r.status !== 'zero' ? figure(lang, 'PANE_VALID', r.ballots.valid) : null,
      !before && r.status !== 'zero' ? figure(lang, 'PANE_INVALID', r.ballots.invalid) : null,
    ),
  );

  if (rehearsal) card.append(el('p', { class: 'rehearsal-note' }, t(lang, 'PANE_REHEARSAL_NOTE')));
  if (before) {
    card.append(el('p', { class: 'next' }, t(lang, 'PANE_BEFORE_NEXT')));
  } else if (r.status === 'blocked') {
    const failing = r.checks.filter((c) => !c.ok);
    card.append(
      el('p', { class: 'blocked-lead' }, t(lang, 'PANE_BLOCKED_LEAD', { count: failing.length })),
      failedChecks(lang, failing, actions),
    );
    if (r.differences.length) card.append(differenceList(lang, r.differences, actions));
    const cross = crossCheckList(lang, r, actions);
    if (cross) card.append(cross);
    card.append(el('p', { class: 'next' }, t(lang, 'PANE_BLOCKED_NEXT')));
  } else if (r.status === 'zero') {
    card.append(el('p', { class: 'next' }, t(lang, 'PANE_ZERO_NEXT', { sheet: r.id })));
  } else if (trust || introduction) {
    card.append(...(trust ? trustOutcome(lang, r) : introductionOutcome(lang, r)));
  } else {
    card.append(el('h4', {}, `${t(lang, opinion ? 'PANE_APPROVED' : 'PANE_ELECTED')} (${r.elected.length})`));
    card.append(
      r.elected.length
        ? nameList(lang, r, r.elected)
        : el('p', { class: 'muted' }, t(lang, opinion ? 'PANE_NONE_APPROVED' : 'PANE_NONE_ELECTED')),
    );
    if (r.tied.length) {
      const votes = votesOf(r).get(r.tied[0])?.votes ?? 0;
      card.append(
        el(
          'h4',
          { class: 'tied' },
          t(lang, 'PANE_TIED_HEAD', { count: r.tied.length, votes: formatNumber(lang, votes) }),
        ),
        el('ul', { class: 'names tied' }, ...r.tied.map((n) => el('li', {}, n))),
      );
    }
    if (r.seatsOpen > 0 && (r.status === 'tie' || r.status === 'shortfall')) {
      card.append(
        el(
          'p',
          { class: 'open-seats' },
          icon('warning'),
          el('span', {}, t(lang, 'PANE_OPEN_SEATS', { count: r.seatsOpen })),
        ),
      );
      const next = ctx.nextRoundOf(r.id);
      if (next) card.append(el('p', { class: 'next' }, t(lang, 'PANE_NEXT_ROUND_EXISTS', { id: next })));
      else {
        card.append(el('p', { class: 'next' }, t(lang, r.status === 'tie' ? 'PANE_TIE_NEXT' : 'PANE_SHORTFALL_NEXT')));
        const nextRound = actions.nextRound;
        if (nextRound) {
          const b = el(
            'button',
            { type: 'button', class: 'secondary', 'data-command': 'next-round', 'data-election': r.id },
            t(lang, 'PANE_CMD_NEXT_ROUND'),
          );
          b.addEventListener('click', () => nextRound(r.id));
          card.append(b);
        }
      }
    }
    if (r.orderTies.length)
      card.append(
        el(
          'p',
          { class: 'muted' },
          t(lang, 'PANE_ORDER_TIES', { groups: r.orderTies.map((g) => g.join(', ')).join('; ') }),
        ),
      );
  }

  if (!before && r.status !== 'blocked' && r.status !== 'zero') {
    const passed = crossCheckPassed(lang, r);
    if (passed) card.append(passed);
  }
  const own = cardWarnings(lang, ctx.warnings ?? [], actions.selectCell);
  if (own) card.append(own);

  const links: HTMLElement[] = [];
  const show = actions.showSheet;
  if (show && !before) {
    for (const [key, name] of [
      ['PANE_OPEN_RESULTS', resultsSheetName(r.id)],
      ['PANE_OPEN_MINUTES', minutesSheetName(r.id)],
    ] as const) {
      if (ctx.sheetExists(name))
        links.push(linkButton(t(lang, key, { id: r.id }), 'open', { 'data-sheet': name }, () => show(name)));
    }
  }
  const project = actions.project;
  // The hall screen marks `Trúng cử`: an election's, not a trust vote's or an introduction's.
  if (project && !trust && !introduction && (before || r.status !== 'blocked'))
    links.push(linkButton(t(lang, 'PANE_PROJECT'), 'screen', { 'data-project': r.id }, () => project(r, ctx.mode)));
  if (links.length) card.append(el('div', { class: 'links' }, ...links));
  const integrity = before || r.status === 'zero' ? null : trail(lang, r, ctx);
  if (integrity) card.append(integrity);
  return card;
}
