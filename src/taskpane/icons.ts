/**
 * Small inline SVG icons (16 px, stroke in the current colour), so a status is told by a shape
 * and a word as well as a colour (never colour alone), with no font or file to load.
 */
export type IconName =
  'ok' | 'warning' | 'tie' | 'blocked' | 'pending' | 'info' | 'error' | 'open' | 'screen' | 'lock' | 'test';

const PATHS: Record<IconName, string[]> = {
  // A tick in a circle.
  ok: ['M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M4.8 8.3l2.2 2.2l4.2-4.6'],
  // A triangle with an exclamation mark.
  warning: ['M8 1.8l6.6 11.7H1.4z', 'M8 6v3.6', 'M8 11.4v.4'],
  // An equals sign in a circle: equal votes.
  tie: ['M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M5 6.6h6', 'M5 9.4h6'],
  // A stop sign: an octagon with a bar.
  blocked: ['M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3z', 'M4.8 8h6.4'],
  // A clock: nothing counted yet.
  pending: ['M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M8 4.5V8l2.5 1.6'],
  // An i in a circle.
  info: ['M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M8 7.2v4', 'M8 4.8v.4'],
  // A cross in a circle.
  error: ['M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M5.6 5.6l4.8 4.8', 'M10.4 5.6l-4.8 4.8'],
  // An arrow out of a box: opens a sheet.
  open: ['M9.5 2.5h4v4', 'M13.5 2.5L8 8', 'M11.5 9.5v4h-9v-9h4'],
  // A screen on a stand: projection.
  screen: ['M1.5 2.5h13v8.5h-13z', 'M8 11v2.5', 'M5 13.5h6'],
  // A padlock: a finalised result, its sheets protected.
  lock: ['M3.5 7.5h9v6.5h-9z', 'M5.5 7.5V5a2.5 2.5 0 0 1 5 0v2.5', 'M8 10v1.5'],
  // A flask: test ballots, a rehearsal.
  test: ['M6 1.5h4', 'M6.7 1.5v4.8L2.6 13.2a.8.8 0 0 0 .7 1.3h9.4a.8.8 0 0 0 .7-1.3L9.3 6.3V1.5', 'M4.6 10h6.8'],
};

const SVG = 'http://www.w3.org/2000/svg';

/** An icon that screen readers skip: the word beside it says the same. */
export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon icon-${name}`);
  for (const d of PATHS[name]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.5');
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('stroke-linejoin', 'round');
    svg.append(path);
  }
  return svg;
}
