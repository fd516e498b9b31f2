/**
 * What the projection dialog shows of one election, and how it travels there: as JSON in the
 * URL's fragment (`projection.html#<base64url>`). A fragment is never sent to the server, so the
 * results stay on this machine even though the dialog is a page of the add-in's own origin; and
 * it needs no DialogApi 1.2 message channel, which older Excel builds lack.
 */
import type { Lang } from '../../i18n';
import type { ElectionResult, ElectionStatus } from '../../engine/model/results';

export type ProjectionMode = 'before' | 'result';

export interface ProjectionRow {
  name: string;
  votes: number;
  percent: number;
  /** `elected`, `tied` or empty. */
  mark: 'elected' | 'tied' | '';
}

export interface ProjectionData {
  lang: Lang;
  mode: ProjectionMode;
  id: string;
  title: string;
  opinion: boolean;
  status: ElectionStatus;
  seats: number;
  convened: number;
  denominator: number;
  threshold: number;
  present: number;
  issued: number | null;
  returned: number;
  valid: number;
  invalid: number;
  seatsOpen: number;
  rows: ProjectionRow[];
  /** A test deck's count (issue 12): the hall screen says PHIẾU THỬ above everything. */
  rehearsal?: boolean;
}

/** The election as the hall sees it: by votes, then ballot order (never a decision, only an order). */
export function projectionOf(result: ElectionResult, lang: Lang, mode: ProjectionMode): ProjectionData {
  const counted = mode === 'result' && result.status !== 'zero' && result.status !== 'blocked';
  const rows: ProjectionRow[] = counted
    ? result.candidates
        .map((c, index) => ({ c, index }))
        .sort((a, b) => b.c.votes - a.c.votes || a.index - b.index)
        .map(({ c }) => ({
          name: c.name,
          votes: c.votes,
          percent: c.percentOfDenominator,
          mark: c.elected ? 'elected' : c.tied ? 'tied' : '',
        }))
    : [];
  return {
    lang,
    mode,
    id: result.id,
    title: result.title,
    opinion: result.office === 'Xin ý kiến',
    status: result.status,
    seats: result.seats,
    convened: result.convened,
    denominator: result.denominator,
    threshold: result.threshold,
    present: result.present,
    issued: result.ballots.issued,
    returned: result.ballots.returned,
    valid: result.ballots.valid,
    invalid: result.ballots.invalid,
    seatsOpen: result.seatsOpen,
    rows,
    rehearsal: result.rehearsal === true,
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeProjection(data: ProjectionData): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(data)));
}

/** The data back from a fragment, or null when it is missing or damaged. */
export function decodeProjection(fragment: string): ProjectionData | null {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(fragment.replace(/^#/, ''))));
    if (typeof parsed !== 'object' || parsed === null || !('rows' in parsed) || !('id' in parsed)) return null;
    return parsed as ProjectionData;
  } catch {
    return null;
  }
}

/** The dialog's address: the projection page beside the pane, the data in the fragment. */
export function projectionUrl(paneUrl: string, data: ProjectionData): string {
  const url = new URL('projection.html', paneUrl);
  url.search = '';
  url.hash = encodeProjection(data);
  return url.toString();
}
