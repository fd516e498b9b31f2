/**
 * Findings grouped by their code (issue 11, after Abacus): thirty identical errors are one group
 * with thirty cells, not thirty lines. Each group reads as the Dutch Electoral Council's software
 * writes a message: a title, the stable code, the explanation, and what to do. Counts per
 * severity lead; each cell is a button that selects it in Excel, or plain text where no cell can
 * be selected (the standalone page).
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import { codeAction, codeTitle } from '../../i18n/findingCodes';
import type { FindingCode } from '../../engine/findings/codes';
import type { Problem, Severity } from '../../workbook/problems';
import { el } from '../dom';
import { icon, type IconName } from '../icons';

export interface FindingLine {
  severity: Severity;
  code: FindingCode;
  text: string;
  cell?: string;
}

export interface FindingGroup {
  code: FindingCode;
  /** The most severe of its findings. */
  severity: Severity;
  lines: FindingLine[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_KEY: Record<Severity, MessageKey> = {
  error: 'PANE_SEVERITY_error',
  warning: 'PANE_SEVERITY_warning',
  info: 'PANE_SEVERITY_info',
};
const COUNT_KEY: Record<Severity, MessageKey> = {
  error: 'PANE_COUNT_error',
  warning: 'PANE_COUNT_warning',
  info: 'PANE_COUNT_info',
};
const SEVERITY_ICON: Record<Severity, IconName> = { error: 'error', warning: 'warning', info: 'info' };

/**
 * A face may word a message its own way (`MISSING_SHEET`: the pane's own button, not the command
 * line's `template`); `wording` maps a message to the face's.
 */
export type Wording = Partial<Record<MessageKey, MessageKey>>;

export function problemLines(problems: Problem[], lang: Lang, wording: Wording = {}): FindingLine[] {
  return problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    text: t(lang, wording[p.message] ?? p.message, p.params),
    cell: p.cell,
  }));
}

/** Groups by code, most severe first, then in the order the codes first appear. */
export function groupByCode(lines: FindingLine[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const line of lines) {
    const group = groups.get(line.code);
    if (!group) groups.set(line.code, { code: line.code, severity: line.severity, lines: [line] });
    else {
      group.lines.push(line);
      if (RANK[line.severity] < RANK[group.severity]) group.severity = line.severity;
    }
  }
  return [...groups.values()]
    .map((g, i) => ({ g, i }))
    .sort((a, b) => RANK[a.g.severity] - RANK[b.g.severity] || a.i - b.i)
    .map((x) => x.g);
}

/** `2 lỗi · 3 cảnh báo · 1 lưu ý` (severities with none are left out). */
export function severityCounts(lang: Lang, lines: FindingLine[]): string {
  const parts: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const count = lines.filter((l) => l.severity === severity).length;
    if (count) parts.push(t(lang, COUNT_KEY[severity], { count }));
  }
  return parts.join(' · ');
}

function cellControl(lang: Lang, cell: string, onCell?: (ref: string) => void): HTMLElement {
  if (!onCell) return el('span', { class: 'cell-ref' }, cell);
  const button = el(
    'button',
    { type: 'button', class: 'cell-link', title: t(lang, 'PANE_GO_TO_CELL', { cell }), 'data-cell': cell },
    cell,
  );
  button.addEventListener('click', () => onCell(cell));
  return button;
}

/** A message's sentences (a full stop, `!` or `?`, a space, then a capital, a quote or a bracket). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}"“(])/u).filter(Boolean);
}

/**
 * What the findings of a group say alike, once, and what each says of its own: thirty bad marks
 * read as thirty short lines (`"k" ở phiếu số 7`) and one sentence of what to do.
 */
export function splitShared(texts: string[]): { shared: string[]; own: string[] } {
  const split = texts.map(sentences);
  const shared = split[0].filter((sentence) => split.every((parts) => parts.includes(sentence)));
  const own = split.map((parts) => parts.filter((p) => !shared.includes(p)).join(' '));
  if (shared.length === 0 || own.some((o) => o === '')) return { shared: [], own: texts };
  return { shared, own };
}

function groupItem(lang: Lang, group: FindingGroup, onCell?: (ref: string) => void): HTMLElement {
  const sameText = group.lines.every((l) => l.text === group.lines[0].text);
  const head = el(
    'div',
    { class: 'group-head' },
    icon(SEVERITY_ICON[group.severity]),
    el('span', { class: 'title' }, codeTitle(lang, group.code)),
    group.lines.length > 1 ? el('span', { class: 'count' }, `× ${group.lines.length}`) : null,
  );
  const meta = el(
    'div',
    { class: 'group-meta' },
    el('span', { class: 'severity' }, t(lang, SEVERITY_KEY[group.severity])),
    ' · ',
    el('code', {}, group.code),
  );
  const body: HTMLElement[] = [];
  if (sameText) {
    body.push(el('p', { class: 'text' }, group.lines[0].text));
    const cells = group.lines.map((l) => l.cell).filter((c): c is string => Boolean(c));
    if (cells.length) body.push(el('div', { class: 'cells' }, ...cells.map((c) => cellControl(lang, c, onCell))));
  } else {
    const { shared, own } = splitShared(group.lines.map((l) => l.text));
    body.push(
      el(
        'ul',
        { class: 'items' },
        ...group.lines.map((l, i) =>
          el('li', {}, l.cell ? cellControl(lang, l.cell, onCell) : null, ' ', el('span', { class: 'text' }, own[i])),
        ),
      ),
    );
    if (shared.length) body.push(el('p', { class: 'text advice' }, shared.join(' ')));
  }
  body.push(
    el('p', { class: 'action' }, el('strong', {}, t(lang, 'PANE_WHAT_TO_DO')), ' ', codeAction(lang, group.code)),
  );
  return el('li', { class: `group ${group.severity}`, 'data-code': group.code }, head, meta, ...body);
}

/**
 * A titled list of groups. `emptyText`, when given, is shown instead of nothing when there are
 * no findings, or only notes (the list check says so in words).
 */
export function findingsSection(
  lang: Lang,
  title: MessageKey,
  lines: FindingLine[],
  onCell?: (ref: string) => void,
  emptyText?: MessageKey,
): HTMLElement | null {
  if (lines.length === 0 && !emptyText) return null;
  // Notes alone (AGE_REFERENCE: which day ages are counted to) are no mistake: say "no mistakes
  // found" first, then the notes.
  if (emptyText && lines.every((l) => l.severity === 'info')) {
    return el(
      'section',
      { class: 'findings empty' },
      el('p', { class: 'all-clear' }, icon('ok'), el('span', {}, t(lang, emptyText))),
      lines.length ? el('ul', { class: 'groups' }, ...groupByCode(lines).map((g) => groupItem(lang, g, onCell))) : null,
    );
  }
  return el(
    'section',
    { class: 'findings' },
    el('h3', {}, t(lang, title), el('span', { class: 'counts' }, severityCounts(lang, lines))),
    el('ul', { class: 'groups' }, ...groupByCode(lines).map((g) => groupItem(lang, g, onCell))),
  );
}

/** A card's own warnings, short: the title, what it says, the cell (a second look, not a block). */
export function cardWarnings(lang: Lang, lines: FindingLine[], onCell?: (ref: string) => void): HTMLElement | null {
  if (lines.length === 0) return null;
  return el(
    'div',
    { class: 'card-warnings' },
    el('p', { class: 'card-warnings-head' }, icon('warning'), el('span', {}, t(lang, 'PANE_SECOND_LOOK'))),
    el(
      'ul',
      {},
      ...lines.map((l) =>
        el(
          'li',
          { 'data-code': l.code },
          el('strong', {}, codeTitle(lang, l.code)),
          ' ',
          el('span', { class: 'text' }, l.text),
          ' ',
          l.cell ? cellControl(lang, l.cell, onCell) : null,
        ),
      ),
    ),
  );
}
