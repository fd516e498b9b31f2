/**
 * Short summaries of the runs that are not tallies (issue 11: never just "1 sheet written"):
 * the allocation's method, seats and ties; the bodies and their shares; the sheets created, each
 * a link to open it, with what to fill in next.
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import type { AllocationReport } from '../../commands/allocate';
import type { Dimension } from '../../engine/composition/types';
import { el } from '../dom';
import { icon } from '../icons';
import { formatNumber, formatPercent } from './format';
import {
  ALLOCATION_SHEET,
  compositionSheetName,
  CONGRESS_SHEET,
  COUNTERS_SHEET,
  ELECTIONS_SHEET,
  PERSONNEL_SHEET,
  ROLL_SHEET,
  UNITS_SHEET,
} from '../../workbook/sheetNames';

export interface SheetLinks {
  /** Opens a sheet in Excel; absent where sheets cannot be shown (the standalone page). */
  showSheet?: (name: string) => void;
}

/** A button that opens the sheet, or its name in bold where that cannot be done. */
export function sheetLink(lang: Lang, name: string, links: SheetLinks, label?: string): HTMLElement {
  const show = links.showSheet;
  if (!show) return el('strong', { class: 'sheet-name' }, label ?? name);
  const b = el(
    'button',
    { type: 'button', class: 'link', 'data-sheet': name, title: t(lang, 'PANE_OPEN_SHEET', { sheet: name }) },
    icon('open'),
    el('span', {}, label ?? name),
  );
  b.addEventListener('click', () => show(name));
  return b;
}

/** Units shown in the pane; the rest are on the sheet. */
const MAX_UNITS = 12;

export function allocationSummary(lang: Lang, allocation: AllocationReport, links: SheetLinks): HTMLElement {
  const row = (key: MessageKey, value: string) =>
    el('div', { class: 'figure' }, el('dt', {}, t(lang, key)), el('dd', {}, value));
  const units = allocation.units.slice(0, MAX_UNITS);
  return el(
    'section',
    { class: 'summary allocation' },
    el('h3', {}, t(lang, 'PANE_CMD_ALLOCATE')),
    el(
      'dl',
      { class: 'figures one-column' },
      row('PANE_ALLOC_METHOD', allocation.method),
      row('PANE_ALLOC_BASIS', allocation.basis),
      row('PANE_ALLOC_SEATS', formatNumber(lang, allocation.seats)),
      row('PANE_ALLOC_ALLOCATED', formatNumber(lang, allocation.allocated)),
      allocation.unassigned > 0 ? row('PANE_ALLOC_UNASSIGNED', formatNumber(lang, allocation.unassigned)) : null,
      row('PANE_ALLOC_TOTAL', formatNumber(lang, allocation.total)),
    ),
    allocation.tied.length
      ? el(
          'p',
          { class: 'open-seats' },
          icon('tie'),
          el('span', {}, t(lang, 'PANE_ALLOC_TIED', { units: allocation.tied.join(', ') })),
        )
      : null,
    el(
      'table',
      { class: 'units' },
      el(
        'thead',
        {},
        el('tr', {}, el('th', {}, t(lang, 'PANE_ALLOC_UNIT')), el('th', {}, t(lang, 'PANE_ALLOC_UNIT_SEATS'))),
      ),
      el(
        'tbody',
        {},
        ...units.map((u) =>
          el('tr', { class: u.tied ? 'tied' : '' }, el('td', {}, u.unit), el('td', {}, formatNumber(lang, u.total))),
        ),
      ),
    ),
    allocation.units.length > units.length
      ? el('p', { class: 'muted' }, t(lang, 'PANE_ALLOC_MORE_UNITS', { count: allocation.units.length - units.length }))
      : null,
    el('div', { class: 'links' }, sheetLink(lang, ALLOCATION_SHEET, links)),
  );
}

/** One line per dimension: `Nam 73,33% · Nữ 26,67%` (rows with nobody left out). */
function dimensionLine(lang: Lang, d: Dimension): HTMLElement {
  const parts = d.rows.filter((r) => r.count > 0).map((r) => `${r.label} ${formatPercent(lang, r.percent)}`);
  return el('div', { class: 'figure wide' }, el('dt', {}, d.dimension), el('dd', {}, parts.join(' · ') || '—'));
}

export function compositionSummary(
  lang: Lang,
  composition: Record<string, Dimension[]>,
  titles: Map<string, string>,
  links: SheetLinks,
): HTMLElement {
  const bodies = Object.entries(composition);
  return el(
    'section',
    { class: 'summary composition' },
    el('h3', {}, t(lang, 'PANE_CMD_COMPOSITION')),
    bodies.length === 0 ? el('p', { class: 'muted' }, t(lang, 'PANE_COMPOSITION_NONE')) : null,
    ...bodies.map(([id, dimensions]) => {
      const members = dimensions[0]?.rows.reduce((s, r) => s + r.count, 0) ?? 0;
      return el(
        'article',
        { class: 'card body', 'data-body': id },
        el(
          'header',
          {},
          el('div', { class: 'card-title' }, el('strong', {}, id), ' ', el('span', {}, titles.get(id) ?? '')),
          el('span', { class: 'badge' }, t(lang, 'PANE_COMPOSITION_MEMBERS', { count: members })),
        ),
        el('dl', { class: 'figures one-column' }, ...dimensions.map((d) => dimensionLine(lang, d))),
        el('div', { class: 'links' }, sheetLink(lang, compositionSheetName({ id, list: false }), links)),
      );
    }),
  );
}

/** What to fill in each input sheet, in the order a clerk fills them. */
const FILL_ORDER: [string, MessageKey][] = [
  [CONGRESS_SHEET, 'PANE_FILL_CONGRESS'],
  [ROLL_SHEET, 'PANE_FILL_ROLL'],
  [PERSONNEL_SHEET, 'PANE_FILL_PERSONNEL'],
  [ELECTIONS_SHEET, 'PANE_FILL_ELECTIONS'],
  [COUNTERS_SHEET, 'PANE_FILL_COUNTERS'],
  [UNITS_SHEET, 'PANE_FILL_UNITS'],
];

/** After the input sheets were created: each one, what goes in it, and what comes after. */
export function fillGuide(lang: Lang, created: string[], links: SheetLinks): HTMLElement {
  const wanted = new Set(created);
  const items = FILL_ORDER.filter(([sheet]) => wanted.has(sheet));
  return el(
    'section',
    { class: 'summary guide' },
    el('h3', {}, t(lang, 'PANE_FILL_TITLE')),
    el(
      'ol',
      { class: 'guide-steps' },
      ...items.map(([sheet, key]) => el('li', {}, sheetLink(lang, sheet, links), el('p', {}, t(lang, key)))),
    ),
    el('p', { class: 'next' }, t(lang, 'PANE_FILL_THEN')),
  );
}

/** Sheets made by a run (ballot sheets, ballot papers, the next round), each a link. */
export function createdSheets(
  lang: Lang,
  title: MessageKey,
  sheets: { name: string; note?: string }[],
  links: SheetLinks,
  next?: MessageKey,
): HTMLElement {
  return el(
    'section',
    { class: 'summary created' },
    el('h3', {}, t(lang, title)),
    el(
      'ul',
      { class: 'sheet-list' },
      ...sheets.map((s) =>
        el('li', {}, sheetLink(lang, s.name, links), s.note ? el('span', { class: 'muted' }, s.note) : null),
      ),
    ),
    next ? el('p', { class: 'next' }, t(lang, next)) : null,
  );
}
