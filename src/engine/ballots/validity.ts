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

/** What a mark on a valid ballot does for its name: counts for it, against it, or neither. */
export const FOR = 0;
export const AGAINST = 1;
export const NEITHER = 2;
export type MarkEffect = typeof FOR | typeof AGAINST | typeof NEITHER;

/**
 * A mark's effect on a valid ballot: a kept name (blank) counts for, struck or disagreed (`x`)
 * against, `-` neither. A trust ballot's line counts for its person when it holds one level (`1`,
 * `2`, `3`); a line with no box or several (blank or `-`) is invalid for that person only
 * (Quy định 96-QĐ/TW Điều 6 k.3, WORKBOOK.md version 2), never for the others.
 */
export function markEffect(mark: Mark, ballotType: BallotType): MarkEffect {
  if (ballotType === 'Lấy phiếu tín nhiệm') return mark === '1' || mark === '2' || mark === '3' ? FOR : NEITHER;
  return mark === '' ? FOR : mark === 'x' ? AGAINST : NEITHER;
}

export type Validity = { valid: true } | { valid: false; reason: string; fromRuling: boolean };

const VALID: Validity = Object.freeze({ valid: true });

/**
 * Whether one ballot is valid, and why not: judgeBallot without its per-name arrays (the count
 * takes each name's effect from markEffect, so a national pile builds no arrays per ballot).
 */
export function ballotValidity(marks: Mark[], ruling: string | null, rules: BallotRules): Validity {
  // QC190 Điều 8 khoản 2: the counting committee decides on invalid ballots; its ruling stands.
  if (ruling) return { valid: false, reason: ruling, fromRuling: true };
  // A trust ballot the committee did not void is valid: each line stands on its own (markEffect).
  if (rules.ballotType === 'Lấy phiếu tín nhiệm') return VALID;
  const n = marks.length;
  let kept = 0;
  let struck = 0;
  for (let i = 0; i < n; i++) {
    if (marks[i] === '') kept++;
    else if (marks[i] === 'x') struck++;
  }
  switch (rules.ballotType) {
    case 'Xin ý kiến':
      // Opinion ballot: approve / disapprove / no count; no over-vote rule.
      return VALID;
    case 'Gạch tên':
      // §4.5 SURPLUS_STRIKE: kept > seats → over-vote (I2); nobody kept on a list of several
      // names → I3 per the setting. A single name struck is a valid ballot with a vote against,
      // as on the agree/disagree form (WORKBOOK.md "Readings settled"): never `Không bầu ai`.
      if (kept > rules.seats) return { valid: false, reason: REASON_OVERVOTE, fromRuling: false };
      if (kept === 0 && n >= 2 && !rules.emptyBallotValid)
        return { valid: false, reason: REASON_NOBODY, fromRuling: false };
      return VALID;
    case 'Đồng ý/Không đồng ý':
      if (n === 1) {
        // V3 / I6: a single name needs exactly one of the two boxes; `-` is both or neither.
        if (marks[0] === '-') return { valid: false, reason: REASON_SINGLE_MARK, fromRuling: false };
        return VALID;
      }
      // V4 (QC190 Điều 30 khoản 1): several names — `-` counts for nobody and the ballot stays
      // valid, even on every name. `Không bầu ai` is a ballot that disagrees with every name.
      if (kept > rules.seats) return { valid: false, reason: REASON_OVERVOTE, fromRuling: false };
      if (struck === n && !rules.emptyBallotValid) return { valid: false, reason: REASON_NOBODY, fromRuling: false };
      return VALID;
    case 'Giới thiệu nhân sự':
      // The prepared list as in `Gạch tên`, written-in names already on it as kept names (tally/
      // introduction.ts); the one engine reason is introducing more than the places (0 = no limit).
      if (rules.seats > 0 && kept > rules.seats)
        return { valid: false, reason: REASON_OVER_INTRODUCTION, fromRuling: false };
      return VALID;
  }
}

/**
 * Judges one ballot. For a valid ballot, `votes[i]` says the ballot counts for candidate i,
 * `against[i]` that it struck or disagreed, `noCount[i]` that it counts neither way.
 */
export function judgeBallot(marks: Mark[], ruling: string | null, rules: BallotRules): Verdict {
  const validity = ballotValidity(marks, ruling, rules);
  if (!validity.valid) return validity;
  const n = marks.length;
  const votes = new Array<boolean>(n).fill(false);
  const against = new Array<boolean>(n).fill(false);
  const noCount = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const effect = markEffect(marks[i], rules.ballotType);
    if (effect === FOR) votes[i] = true;
    else if (effect === AGAINST) against[i] = true;
    else noCount[i] = true;
  }
  return { valid: true, votes, against, noCount };
}
