/**
 * Finalised results (WORKBOOK.md "Integrity", `Chốt kết quả`): once an election is finalised, a
 * later count on changed data is refused until it is reopened with a reason. The same ballot
 * data gives the same result, which is never refused.
 */
import { sha256Hex } from '../text/sha256';
import type { CellRef } from '../model/cellRef';
import type { ElectionResult } from '../model/results';

export type FinalStatus = 'finalised' | 'reopened';

/** `Trạng thái` of a `Chốt kết quả` row. */
export const FINAL_STATUS_LABELS: Record<FinalStatus, string> = { finalised: 'Đã chốt', reopened: 'Mở lại' };

/** One row of `Chốt kết quả`. */
export interface FinalRecord {
  id: string;
  fingerprint: string;
  /** SHA-256 of the result itself (extension `Mã kết quả`); null on a row without one. */
  resultDigest: string | null;
  time: string;
  operator: string;
  status: FinalStatus;
  reason: string;
  /** The row's `Dấu vân tay` cell. */
  cell: CellRef;
}

/**
 * SHA-256 of what a finalised result announces: the base, the threshold, the seats, the ballot
 * figures, every candidate's votes, who is elected or tied, and the status. The fingerprint covers
 * the ballots; this covers what the roll and `Bầu cử` decide from them (D, seats), so a changed
 * roll cannot silently change a finalised result either.
 */
export function resultDigest(result: ElectionResult): string {
  const b = result.ballots;
  return sha256Hex(
    JSON.stringify([
      'dai-hoi result v1',
      result.seats,
      result.denominator,
      result.threshold,
      [b.issued, b.returned, b.valid, b.invalid],
      result.candidates.map((c) => [c.name, c.votes]),
      result.elected,
      result.tied,
      result.status,
    ]),
  );
}

/** The last row of each election (by `Mã`, ignoring case): its state now. */
export function currentRecords(records: readonly FinalRecord[]): Map<string, FinalRecord> {
  const out = new Map<string, FinalRecord>();
  for (const r of records) out.set(r.id.toUpperCase(), r);
  return out;
}

export type FinalVerdict =
  | { kind: 'open' }
  | { kind: 'same'; record: FinalRecord }
  /** `ballots`: the ballot data changed; otherwise the ballots are the same and the result is not. */
  | { kind: 'changed'; record: FinalRecord; ballots: boolean };

/** A result against the state of its election: not finalised, finalised on the same data, or changed. */
export function judgeFinalised(record: FinalRecord | undefined, result: ElectionResult): FinalVerdict {
  if (!record || record.status !== 'finalised') return { kind: 'open' };
  if (record.fingerprint.toLowerCase() !== result.fingerprint) return { kind: 'changed', record, ballots: true };
  if (record.resultDigest !== null && record.resultDigest.toLowerCase() !== resultDigest(result))
    return { kind: 'changed', record, ballots: false };
  return { kind: 'same', record };
}
