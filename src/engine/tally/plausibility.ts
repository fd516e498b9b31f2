/**
 * Plausibility warnings (issue 11, after the Dutch Electoral Council's Abacus, W.2xx): results
 * that are possible but unusual enough to deserve a second look at the paper before the count is
 * announced. They never block, never change a figure, and each says why it was raised.
 *
 * - INVALID_SHARE_HIGH: invalid ballots above 3% of those returned (Abacus W.202 uses 3%), and
 *   at least 2: at a committee meeting of 15, one spoilt ballot is already 6.7% and unremarkable.
 * - RETURNED_FAR_BELOW_ISSUED: at least 2 ballots and at least 2% of those issued did not come
 *   back (Abacus W.203 warns from a 2% gap between voters admitted and votes cast).
 * - PRESENT_BELOW_TWO_THIRDS: fewer than two thirds of those convened present at the vote.
 * - REPEATED_BALLOT_ROWS: a run of identical consecutive ballot rows that the mix of ballots
 *   would give by chance less than once in a hundred counts — the trace of a row copied down.
 * - ALL_BALLOTS_IDENTICAL: every row of the ballot sheet the same.
 *
 * A test deck's count (`rehearsal`, issue 12) raises none of the warnings about its ballots
 * (INVALID_SHARE_HIGH, REPEATED_BALLOT_ROWS, ALL_BALLOTS_IDENTICAL): the deck is made to hold every
 * kind of invalid ballot, a fifth of it or more, and says nothing about keying. There the check
 * that counts is the cross-check against the figures the deck must give; a second look at a
 * generated mix would only teach the rehearsal to ignore the warning. The warnings about the
 * congress's own figures (returned against issued, those present) stay.
 */
import { type Problem, warning } from '../findings/finding';
import type { FindingCode } from '../findings/codes';
import type { BallotRecord } from '../model/ballots';
import { type ElectionDef, TRUST_VOTE } from '../model/election';
import type { ElectionResult } from '../model/results';
import { labelKey } from '../text/normalize';
import { marksText } from './fingerprint';

/** The codes of the warnings that ask for a second look (this module's and NAME_NOT_IN_NHAN_SU). */
export const SECOND_LOOK_CODES: readonly FindingCode[] = [
  'NAME_NOT_IN_NHAN_SU',
  'INVALID_SHARE_HIGH',
  'RETURNED_FAR_BELOW_ISSUED',
  'PRESENT_BELOW_TWO_THIRDS',
  'REPEATED_BALLOT_ROWS',
  'ALL_BALLOTS_IDENTICAL',
];

export function isSecondLook(code: FindingCode): boolean {
  return SECOND_LOOK_CODES.includes(code);
}

/** A run is flagged when n · p^length, its expected count by chance, is below this. */
export const REPEAT_CHANCE = 0.01;
/** Shorter runs are never flagged (three alike in a row is common on a short list). */
export const MIN_REPEAT_RUN = 3;
/** Fewer invalid ballots than this are never flagged, whatever their share. */
export const MIN_INVALID = 2;
/** A sheet this size or more whose every ballot is alike is flagged. */
export const MIN_IDENTICAL_SHEET = 5;

/** Ballots alike: the same marks (one character each) and the same ruling. */
const key = (b: BallotRecord): string => `${marksText(b.marks)}#${labelKey(b.ruling ?? '')}`;

function copiedRows(def: ElectionDef): Problem[] {
  const ballots = [...def.ballots].sort((a, b) => a.row - b.row);
  const n = ballots.length;
  if (n < MIN_IDENTICAL_SHEET) return [];
  const keys = ballots.map(key);
  if (keys.every((k) => k === keys[0])) {
    return [
      warning('ALL_BALLOTS_IDENTICAL', 'ALL_BALLOTS_IDENTICAL', ballots[0].markCells[0], {
        id: def.id,
        sheet: def.sheet,
        count: n,
      }),
    ];
  }
  const frequency = new Map<string, number>();
  for (const k of keys) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  const out: Problem[] = [];
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && keys[end] === keys[start]) end++;
    const length = end - start;
    const p = (frequency.get(keys[start]) ?? 0) / n;
    if (length >= MIN_REPEAT_RUN && n * p ** length < REPEAT_CHANCE) {
      out.push(
        warning('REPEATED_BALLOT_ROWS', 'REPEATED_BALLOT_ROWS', ballots[start].markCells[0], {
          id: def.id,
          sheet: def.sheet,
          count: length,
          first: ballots[start].number,
          last: ballots[end - 1].number,
        }),
      );
    }
    start = end;
  }
  return out;
}

export function plausibilityFindings(def: ElectionDef, result: ElectionResult): Problem[] {
  const out: Problem[] = [];
  const counted = result.status !== 'zero';
  const { issued, returned, invalid } = result.ballots;
  // A test deck's ballots are generated (see above): no second look at their mix.
  const keyedByHand = !result.rehearsal;
  if (counted && keyedByHand && invalid >= MIN_INVALID && 100 * invalid > 3 * returned) {
    out.push(
      warning('INVALID_SHARE_HIGH', 'INVALID_SHARE_HIGH', def.refs.returned ?? def.refs.id, {
        id: def.id,
        invalid,
        returned,
        percent: Math.round((1000 * invalid) / returned) / 10,
      }),
    );
  }
  if (counted && issued !== null && issued - returned >= 2 && 50 * (issued - returned) >= issued) {
    out.push(
      warning('RETURNED_FAR_BELOW_ISSUED', 'RETURNED_FAR_BELOW_ISSUED', def.refs.returned ?? def.refs.issued, {
        id: def.id,
        issued,
        returned,
        missing: issued - returned,
      }),
    );
  }
  // A trust vote says it as TRUST_QUORUM, with its rule (QĐ 96): one message, not two.
  if (def.office !== TRUST_VOTE && result.convened > 0 && 3 * result.present < 2 * result.convened) {
    out.push(
      warning('PRESENT_BELOW_TWO_THIRDS', 'PRESENT_BELOW_TWO_THIRDS', def.refs.presentAtVote ?? def.refs.id, {
        id: def.id,
        present: result.present,
        convened: result.convened,
      }),
    );
  }
  if (keyedByHand && def.entryMode === 'Từng phiếu') out.push(...copiedRows(def));
  return out;
}
