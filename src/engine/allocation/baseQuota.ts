/**
 * `Cơ sở và định mức`: a base of seats per unit, one more seat per `Định mức` members, and one
 * more when the remainder reaches `Ngưỡng số dư`. The total is an output, not an input. This is
 * the shape of the rule used for the 13th National Congress (13 base seats, one per 12,000
 * members, one more for a remainder of 6,001 or more; regulations §7.2 for the base of 13).
 * A unit's `Tối thiểu` still applies: it gets the larger of its minimum and the formula.
 */
import type { BaseQuotaParams } from './types';

export function baseQuotaSeats(members: number, params: BaseQuotaParams, minimum = 0): number {
  const whole = Math.floor(members / params.membersPerSeat);
  const remainder = members % params.membersPerSeat;
  const extra = params.threshold !== null && params.threshold > 0 && remainder >= params.threshold ? 1 : 0;
  return Math.max(minimum, params.baseSeats + whole + extra);
}

export function baseQuota(members: number[], params: BaseQuotaParams, minimums?: number[]): number[] {
  return members.map((m, i) => baseQuotaSeats(m, params, minimums?.[i] ?? 0));
}
