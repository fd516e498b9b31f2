/**
 * The rule each finding rests on, as printed in `Căn cứ` (reference/regulations.md; where the
 * reference marks a source partial, the citation names the document it quotes).
 */
import { RULE_SETS, type RuleSetId } from '../rules/ruleSets';
import { QD_294 } from '../rules/chiBo';

function article(
  ruleSet: string,
  which: 'surplusArticle' | 'committeeArticle' | 'ballotArticle' | 'delegatesArticle',
): string {
  const set = RULE_SETS[ruleSet as RuleSetId] ?? RULE_SETS['190-QĐ/TW'];
  return `${set.id} ${set[which]}`;
}

export const cite = {
  /** §3.4: committee and standing committee surplus, ≤ 30%, prepared 10–15%. */
  surplus: (ruleSet: string) => `${article(ruleSet, 'surplusArticle')} khoản 1`,
  /** §3.4: bodies of 3–5 members, surplus one (2025 guidance). */
  smallBodySurplus: (ruleSet: string) =>
    `${article(ruleSet, 'surplusArticle')} khoản 1; hướng dẫn 2025 về số dư nơi có 3–5 ủy viên`,
  /** §3.3: nominees from the floor need more than 30% approval. */
  floorNominee: (ruleSet: string) => `${article(ruleSet, 'surplusArticle')} khoản 3`,
  /** §3.1: probationary members may not stand. */
  official: () => 'Điều lệ Đảng Điều 3 khoản 4',
  /** §3.1, §6.1: the counting committee. */
  counter: (ruleSet: string) => article(ruleSet, 'committeeArticle'),
  /** §8: Chỉ thị 45-CT/TW (2025) with the retirement schedule of Nghị định 135/2020/NĐ-CP. */
  age: () => 'Chỉ thị 45-CT/TW; Nghị định 135/2020/NĐ-CP',
  /**
   * regulations-2025 §1.8: a chi bộ under 9 official members elects no chi ủy; a chi ủy has at most
   * 7; one deputy secretary — Quy định 294-QĐ/TW (2025), which replaced QĐ 29 for the chi bộ.
   */
  chiUyUnder9: () => `Điều lệ Đảng Điều 24; ${QD_294}`,
  chiUyOver7: () => QD_294,
  pbtOne: () => QD_294,
  /** regulations-2025 §1.6: alternates from the official delegates' list (QC190 Điều 18). */
  alternates: (ruleSet: string) => article(ruleSet, 'delegatesArticle'),
  /** §3.8: a standing committee at most a third of the committee. */
  btvThird: () => 'Quy định 29-QĐ/TW Điều 12',
  /** Addendum §3: no standing committee under 9 committee members. */
  btvUnder9: () => 'Điều lệ Đảng Điều 22 khoản 5; Hướng dẫn 01-HD/TW (2016) mục 15.1',
  /** §2.3: secretary and deputy from the committee (chi bộ) or its standing committee (đảng bộ). */
  fromBody: () => 'Điều lệ Đảng Điều 24 khoản 4; Quy định 296-QĐ/TW Điều 7',
  /** §3.7 and §4.1: the list as printed on the ballot; its facts in the summary list. */
  ballotList: (ruleSet: string) => article(ruleSet, 'ballotArticle'),
  summaryList: () => 'Hướng dẫn 04-HD/TW mục 7 (danh sách trích ngang)',
  /** §3.6: A-B-C by given name (sample minutes; tie-breakers by analogy with state ballots). */
  ballotOrder: () => 'Mẫu biên bản kiểm phiếu: xếp theo vần A, B, C của tên',
  /**
   * §8: composition targets, as what they are — the 2019 figures; Chỉ thị 45-CT/TW's are not
   * verified (regulations-2025 §3).
   */
  targets: () => 'Chỉ thị 35-CT/TW (2019)',
};
