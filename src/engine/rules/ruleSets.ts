/**
 * The election rule sets as data, each value with its citation (reference/regulations.md).
 * Both sets count the same way (regulations §11: "Winner and denominator rules: substantively
 * unchanged"); they differ in the articles cited in the minutes and in the list rules of issue 6.
 */
export type RuleSetId = '190-QĐ/TW' | '244-QĐ/TW';

export interface RuleSet {
  id: RuleSetId;
  /** How the minutes cite it (legal basis line). */
  title: string;
  decision: string;
  date: string;
  /** Article on ballots (validity), results (majority base) and the counting committee. */
  ballotArticle: string;
  resultArticle: string;
  committeeArticle: string;
  surplusArticle: string;
  /** Article on electing delegates to the superior congress (officials, then alternates). */
  delegatesArticle: string;
}

export const RULE_SETS: Record<RuleSetId, RuleSet> = {
  // regulations §1, §11: QC190 of 10/10/2024; article numbers 8 (ban kiểm phiếu), 15 (phiếu bầu), 30 (kết quả).
  '190-QĐ/TW': {
    id: '190-QĐ/TW',
    title:
      'Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10/10/2024 của Ban Chấp hành Trung ương',
    decision: 'Quyết định số 190-QĐ/TW',
    date: '10/10/2024',
    ballotArticle: 'Điều 15',
    resultArticle: 'Điều 30',
    committeeArticle: 'Điều 8',
    surplusArticle: 'Điều 14',
    // regulations-2025 §1.6: one list, officials first, alternates from the rest [V].
    delegatesArticle: 'Điều 18',
  },
  // regulations §1, §11: QC244 of 09/6/2014; article numbers 7, 17, 32.
  '244-QĐ/TW': {
    id: '244-QĐ/TW',
    title:
      'Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 244-QĐ/TW ngày 09/6/2014 của Ban Chấp hành Trung ương',
    decision: 'Quyết định số 244-QĐ/TW',
    date: '09/6/2014',
    ballotArticle: 'Điều 17',
    resultArticle: 'Điều 32',
    committeeArticle: 'Điều 7',
    surplusArticle: 'Điều 14',
    // regulations-2025 §1.4: QC244 Điều 20 khoản 2 on delegates (dangcongsan Q&A) [V].
    delegatesArticle: 'Điều 20',
  },
};

export const DEFAULT_RULE_SET: RuleSetId = '190-QĐ/TW';

/** The Party Statute, cited first in every minutes' legal basis (regulations §6.2 item 3). */
export const PARTY_STATUTE = 'Điều lệ Đảng Cộng sản Việt Nam';
