/**
 * Chi bộ rules of Quy định 294-QĐ/TW (26/5/2025, in force 1/7/2025; regulations-2025 §1.4, §1.8),
 * which replace those of Quy định 29-QĐ/TW: "Chi bộ trực tiếp bầu chi ủy trước, sau đó bầu bí
 * thư, bầu một phó bí thư trong số chi ủy viên" and "Trường hợp chi bộ bầu đến lần thứ ba mà không
 * có đồng chí nào đủ số phiếu trúng cử bí thư chi bộ thì cấp ủy cấp trên … chỉ định".
 */
import type { Congress } from '../model/congress';
import type { ElectionResult } from '../model/results';

export const QD_294 = 'Quy định 294-QĐ/TW (2025)';

/** A chi bộ elects one deputy secretary. */
export const CHI_BO_DEPUTIES = 1;

/** Rounds a chi bộ may hold for its secretary before the superior committee appoints one. */
export const SECRETARY_ROUNDS = 3;

/** True when this round is a chi bộ's third (or later) secretary round and elected nobody. */
export function secretaryAppointed(congress: Congress, result: ElectionResult): boolean {
  return (
    congress.level === 'Chi bộ' &&
    result.office === 'Bí thư' &&
    result.round >= SECRETARY_ROUNDS &&
    (result.status === 'shortfall' || result.status === 'tie') &&
    result.elected.length === 0
  );
}
