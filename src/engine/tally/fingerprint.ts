/**
 * The fingerprint of an election's ballot data: SHA-256 of a canonical text that depends on the
 * data only — not on formatting, row order, spelling variants of a ruling, or leading zeros of a
 * ballot number — so anyone can later check a re-count against the paper.
 */
import { labelKey } from '../text/normalize';
import { sha256Hex } from '../text/sha256';
import { compareBallotNumbers, compareTeams } from './count';
import type { BallotRecord, Mark, SubtotalSheet } from '../model/ballots';

const DOT = 46;
const EX = 120;
const DASH = 45;

const codes: number[] = [];

/**
 * A ballot's marks as one character each: blank '.', struck 'x', no count '-', a trust level its
 * digit ('1' '2' '3'). Two ballots have the same text exactly when they have the same marks.
 */
export function marksText(marks: readonly Mark[]): string {
  codes.length = marks.length;
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    codes[i] = m === '' ? DOT : m === 'x' ? EX : m === '-' ? DASH : m.charCodeAt(0);
  }
  return String.fromCharCode(...codes);
}

export function canonicalBallotData(
  candidates: string[],
  ballots: BallotRecord[],
  subtotals: SubtotalSheet | null,
): string {
  const lines = ['dai-hoi ballot data v1', JSON.stringify(candidates)];
  if (subtotals) {
    const rows = [...subtotals.rows].sort((a, b) => compareTeams(a.team, b.team));
    for (const r of rows) {
      const reasons = Object.entries(r.invalidReasons)
        .map(([k, v]) => [labelKey(k), v] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      lines.push(JSON.stringify(['team', r.team, r.returned, r.invalid, reasons, r.votes]));
    }
  } else {
    const sorted = [...ballots].sort((a, b) => compareBallotNumbers(a.number, b.number));
    for (const b of sorted) {
      // Same text as JSON.stringify([number, team, marks, ruling]), built without a string per
      // mark (a national pile has 320,000); no escaping needed.
      const marks = marksText(b.marks);
      // Names written in (introduction ballots) follow the ruling; other ballots keep the v1 text.
      const writeIns = b.writeIns?.length ? `,${JSON.stringify(b.writeIns.map((w) => w.name))}` : '';
      lines.push(
        `[${JSON.stringify(b.number)},${JSON.stringify(b.team ?? '')},"${marks}",${JSON.stringify(b.ruling ? labelKey(b.ruling) : '')}${writeIns}]`,
      );
    }
  }
  return lines.join('\n');
}

export function ballotFingerprint(
  candidates: string[],
  ballots: BallotRecord[],
  subtotals: SubtotalSheet | null,
): string {
  return sha256Hex(canonicalBallotData(candidates, ballots, subtotals));
}
