/**
 * Alternates under Quy định 190-QĐ/TW Điều 18 (regulations-2025 §1.6): "danh sách bầu đại biểu
 * chính thức và dự khuyết được lập chung một danh sách; bầu đại biểu chính thức trước, số còn lại
 * bầu đại biểu dự khuyết". A name on an alternates' list must be on the official delegates' list
 * of the same congress and not elected there (WORKBOOK.md "Alternates"). Shared by the tally,
 * which blocks such an election, and the list check, which points at each name.
 */
import type { ElectionDef } from '../model/election';
import type { RuleSetId } from './ruleSets';
import { personName } from '../text/normalize';

export interface AlternateListFault {
  /** Index of the name in the alternates' list. */
  index: number;
  name: string;
  /** Not on any official delegates' list of the congress, or elected an official delegate. */
  reason: 'notOnOfficialList' | 'electedOfficial';
}

/** The rule applies under QC190 only: QC244 let the alternates be elected on a list of their own. */
export function alternatesFromOfficialList(ruleSet: RuleSetId): boolean {
  return ruleSet === '190-QĐ/TW';
}

/**
 * The faults of an alternates' list. `electedOfficials`: everyone elected an official delegate in
 * the rounds counted so far (those not counted yet elect nobody yet).
 */
export function alternateListFaults(
  alternates: ElectionDef,
  elections: ElectionDef[],
  electedOfficials: Iterable<string>,
): AlternateListFault[] {
  const officialList = new Set(
    elections.filter((e) => e.office === 'Đại biểu chính thức').flatMap((e) => e.candidates.map(personName)),
  );
  const elected = new Set([...electedOfficials].map(personName));
  const faults: AlternateListFault[] = [];
  alternates.candidates.forEach((name, index) => {
    const key = personName(name);
    if (!officialList.has(key)) faults.push({ index, name, reason: 'notOnOfficialList' });
    else if (elected.has(key)) faults.push({ index, name, reason: 'electedOfficial' });
  });
  return faults;
}
