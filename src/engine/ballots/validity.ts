/**
 * Validity of one ballot (WORKBOOK.md "Marks" and "Invalid ballots"; regulations §4.2–§4.5,
 * addendum §2). One reason per invalid ballot; a ruling of the committee takes precedence.
 */
import type { BallotType } from '../model/election';
import type { Mark } from '../model/ballots';

/** The engine's reason keys, exactly as the contract writes them. */
export const REASON_OVERVOTE = 'Bầu quá số lượng cần bầu';
export const REASON_NOBODY = 'Không bầu ai';
export const REASON_SINGLE_MARK = 'Không đánh dấu hoặc đánh dấu cả hai ô';
/** Introduction ballots (WORKBOOK.md version 2): more names introduced than `Số lượng cần bầu`. */
export const REASON_OVER_INTRODUCTION = 'Giới thiệu quá số lượng';

export interface BallotRules {
  ballotType: BallotType;
  /** Introduction ballots: 0 = no limit. */
  seats: number;
  listSize: number;
  /** `Phiếu không bầu ai` = `Hợp lệ` (the default is invalid: regulations §4.3 I3 [P]). */
  emptyBallotValid: boolean;
}

export type Verdict =
  | { valid: true; votes: boolean[]; against: boolean[]; noCount: boolean[] }
  | { valid: false; reason: string; fromRuling: boolean };

/**
 * Judges one ballot. For a valid ballot, `votes[i]` says the ballot counts for candidate i,
 * `against[i]` that it struck or disagreed, `noCount[i]` that it counts neither way.
 */
export function judgeBallot(marks: Mark[], ruling: string | null, rules: BallotRules): Verdict {
  // QC190 Điều 8 khoản 2: the counting committee decides on invalid ballots; its ruling stands.
  if (ruling) return { valid: false, reason: ruling, fromRuling: true };
  if (rules.ballotType === 'Lấy phiếu tín nhiệm') return trustLines(marks);
  const n = marks.length;
  const votes = new Array<boolean>(n).fill(false);
  const against = new Array<boolean>(n).fill(false);
  const noCount = new Array<boolean>(n).fill(false);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (marks[i] === '') {
      votes[i] = true;
      kept++;
    } else if (marks[i] === 'x') against[i] = true;
    else noCount[i] = true;
  }
  switch (rules.ballotType) {
    case 'Xin ý kiến':
      // Opinion ballot: approve / disapprove / no count; no over-vote rule.
      return { valid: true, votes, against, noCount };
    case 'Gạch tên':
      // §4.5 SURPLUS_STRIKE: kept > seats → over-vote (I2); nobody kept on a list of several
      // names → I3 per the setting. A single name struck is a valid ballot with a vote against,
      // as on the agree/disagree form (WORKBOOK.md "Readings settled"): never `Không bầu ai`.
      if (kept > rules.seats) return { valid: false, reason: REASON_OVERVOTE, fromRuling: false };
      if (kept === 0 && n >= 2 && !rules.emptyBallotValid)
        return { valid: false, reason: REASON_NOBODY, fromRuling: false };
      return { valid: true, votes, against, noCount };
    case 'Đồng ý/Không đồng ý':
      if (n === 1) {
        // V3 / I6: a single name needs exactly one of the two boxes; `-` is both or neither.
        if (marks[0] === '-') return { valid: false, reason: REASON_SINGLE_MARK, fromRuling: false };
        return { valid: true, votes, against, noCount };
      }
      // V4 (QC190 Điều 30 khoản 1): several names — `-` counts for nobody and the ballot stays
      // valid, even on every name. `Không bầu ai` is a ballot that disagrees with every name.
      if (kept > rules.seats) return { valid: false, reason: REASON_OVERVOTE, fromRuling: false };
      if (marks.every((m) => m === 'x') && !rules.emptyBallotValid)
        return { valid: false, reason: REASON_NOBODY, fromRuling: false };
      return { valid: true, votes, against, noCount };
    case 'Giới thiệu nhân sự':
      // The prepared list as in `Gạch tên`, written-in names already on it as kept names (tally/
      // introduction.ts); the one engine reason is introducing more than the places (0 = no limit).
      if (rules.seats > 0 && kept > rules.seats)
        return { valid: false, reason: REASON_OVER_INTRODUCTION, fromRuling: false };
      return { valid: true, votes, against, noCount };
  }
}

/**
 * A trust ballot the committee did not void (Quy định 96-QĐ/TW Điều 6 k.3, WORKBOOK.md version 2):
 * valid, each line counted for its person when it holds one level (`1`, `2`, `3`); a line with no
 * box or several (blank or `-`) is invalid for that person only (`noCount`), never for the others.
 */
function trustLines(marks: Mark[]): Verdict {
  const votes = marks.map((m) => m === '1' || m === '2' || m === '3');
  return { valid: true, votes, against: marks.map(() => false), noCount: votes.map((v) => !v) };
}
