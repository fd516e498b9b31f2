/**
 * Blocking checks (WORKBOOK.md "Blocking checks"): any failure makes the election `blocked` —
 * nothing elected, no minutes — until the committee finds the error. Also double-entry differences.
 */
import { labelKey } from '../text/normalize';
import { compareBallotNumbers } from './count';
import type { BallotRecord, Mark, SubtotalSheet } from '../model/ballots';
import type { Check, Difference } from '../model/results';
import type { ElectionDef } from '../model/election';
import { CHECK } from './checkNames';

const markText = (m: Mark) => m;

export { CHECK } from './checkNames';

export interface CheckInput {
  def: ElectionDef;
  /** Ballots counted: keyed rows (Từng phiếu) or Σ team returned (Tổng hợp). */
  counted: number;
  presentAtVote: number;
  /** False before any ballot is keyed (the zero report). */
  keyed: boolean;
}

/**
 * keyed = `Phiếu thu vào` (when given); returned ≤ issued ≤ present at the vote. Before any
 * ballot is keyed, the checks of `Phiếu thu vào` wait: the zero report announces D whatever it
 * says (WORKBOOK.md "Readings settled").
 */
export function countChecks({ def, counted, presentAtVote, keyed }: CheckInput): Check[] {
  const checks: Check[] = [];
  if (def.returned !== null && keyed) {
    checks.push({
      name: CHECK.keyedEqualsReturned,
      expected: def.returned,
      actual: counted,
      ok: counted === def.returned,
      cell: def.refs.returned,
    });
  }
  const returned = def.returned ?? counted;
  if (def.issued !== null) {
    if (keyed) {
      checks.push({
        name: CHECK.returnedWithinIssued,
        expected: def.issued,
        actual: returned,
        ok: returned <= def.issued,
        cell: def.refs.issued,
      });
    }
    checks.push({
      name: CHECK.issuedWithinPresent,
      expected: presentAtVote,
      actual: def.issued,
      ok: def.issued <= presentAtVote,
      cell: def.refs.presentAtVote ?? def.refs.issued,
    });
  }
  return checks;
}

/**
 * `Tổng hợp`: each team's invalid ≤ returned, votes per candidate ≤ its valid ballots,
 * Σ votes ≤ seats × valid; `Tổng cộng` = Σ teams (every column).
 */
export function subtotalChecks(sheet: SubtotalSheet, seats: number, opinion: boolean): Check[] {
  const checks: Check[] = [];
  for (const row of sheet.rows) {
    const valid = row.returned - row.invalid;
    checks.push({
      name: `${CHECK.teamInvalidWithinReturned}: ${row.team}`,
      expected: row.returned,
      actual: row.invalid,
      ok: row.invalid <= row.returned,
      cell: row.cell,
    });
    const maxVotes = Math.max(0, ...row.votes);
    checks.push({
      name: `${CHECK.teamVotesWithinValid}: ${row.team}`,
      expected: valid,
      actual: maxVotes,
      ok: maxVotes <= valid,
      cell: row.cell,
    });
    if (!opinion) {
      const total = row.votes.reduce((s, v) => s + v, 0);
      checks.push({
        name: `${CHECK.teamVotesWithinSeats}: ${row.team}`,
        expected: seats * Math.max(0, valid),
        actual: total,
        ok: total <= seats * Math.max(0, valid),
        cell: row.cell,
      });
    }
  }
  if (sheet.total) {
    const t = sheet.total;
    const sum = (pick: (r: SubtotalSheet['rows'][number]) => number) => sheet.rows.reduce((s, r) => s + pick(r), 0);
    const columns: [string, number, number][] = [
      ['Phiếu thu vào', t.returned, sum((r) => r.returned)],
      ['Phiếu không hợp lệ', t.invalid, sum((r) => r.invalid)],
      ...t.votes.map((v, i): [string, number, number] => [`cột ${i + 1}`, v, sum((r) => r.votes[i] ?? 0)]),
    ];
    const bad = columns.filter(([, given, summed]) => given !== summed);
    checks.push({
      name: CHECK.totalRowEqualsTeams,
      expected: bad.length ? bad.map(([c, , s]) => `${c}: ${s}`).join('; ') : 'khớp',
      actual: bad.length ? bad.map(([c, g]) => `${c}: ${g}`).join('; ') : 'khớp',
      ok: bad.length === 0,
      cell: t.cell,
    });
  }
  return checks;
}

/**
 * Every difference between the two entries, compared by `Số phiếu` (marks normalised, rulings by
 * forgiving match). A ballot in one entry only is a difference with candidate `(cả phiếu)`.
 */
export function doubleEntryDifferences(
  first: BallotRecord[],
  second: BallotRecord[],
  candidates: string[],
): Difference[] {
  const diffs: Difference[] = [];
  const byNumber2 = new Map(second.map((b) => [b.number, b]));
  const byNumber1 = new Map(first.map((b) => [b.number, b]));
  const numbers = [...new Set([...byNumber1.keys(), ...byNumber2.keys()])].sort(compareBallotNumbers);
  for (const number of numbers) {
    const a = byNumber1.get(number);
    const b = byNumber2.get(number);
    if (!a || !b) {
      diffs.push({
        ballot: number,
        candidate: '(cả phiếu)',
        entry1: a ? 'có' : 'không có',
        entry2: b ? 'có' : 'không có',
        cell1: a ? (a.markCells[0] ?? '') : '',
        cell2: b ? (b.markCells[0] ?? '') : '',
      });
      continue;
    }
    candidates.forEach((name, i) => {
      if (a.marks[i] !== b.marks[i]) {
        diffs.push({
          ballot: number,
          candidate: name,
          entry1: markText(a.marks[i]),
          entry2: markText(b.marks[i]),
          cell1: a.markCells[i],
          cell2: b.markCells[i],
        });
      }
    });
    const writeIns = (x: BallotRecord) => (x.writeIns ?? []).map((w) => w.name).join('; ');
    if (writeIns(a) !== writeIns(b)) {
      diffs.push({
        ballot: number,
        candidate: 'Giới thiệu thêm',
        entry1: writeIns(a),
        entry2: writeIns(b),
        cell1: a.writeIns?.[0]?.cell ?? a.markCells[0] ?? '',
        cell2: b.writeIns?.[0]?.cell ?? b.markCells[0] ?? '',
      });
    }
    if (labelKey(a.ruling ?? '') !== labelKey(b.ruling ?? '')) {
      diffs.push({
        ballot: number,
        candidate: 'Không hợp lệ',
        entry1: a.ruling ?? '',
        entry2: b.ruling ?? '',
        cell1: a.rulingCell ?? '',
        cell2: b.rulingCell ?? '',
      });
    }
  }
  return diffs;
}
