/**
 * The stable codes of findings (WORKBOOK.md "Codes", and the project's extensions in
 * docs/CONTRACT-EXTENSIONS.md). A code never changes meaning; users and tests rely on it.
 */
export const FINDING_CODES = [
  // Input.
  'MISSING_SHEET',
  'MISSING_HEADER',
  'UNKNOWN_LABEL',
  'BAD_VALUE',
  'BAD_MARK',
  'DUPLICATE_BALLOT_NUMBER',
  'UNKNOWN_CANDIDATE',
  'LEGACY_ENCODING',
  'NEAR_DUPLICATE_NAME',
  'ALTERNATE_WITHOUT_ABSENCE',
  'BAD_SEATS',
  'BAD_ROUND',
  // Input files (WORKBOOK.md "Files (version 2)").
  'FORMULA_WITHOUT_VALUE',
  'NOT_XLSX',
  'ENCRYPTED',
  'TOO_LARGE',
  // Input, issue 11: a label given twice in `Đại hội`.
  'DUPLICATE_LABEL',
  // Tally warnings, issue 11: a ballot header unknown to `Nhân sự`, and the plausibility checks.
  'NAME_NOT_IN_NHAN_SU',
  'INVALID_SHARE_HIGH',
  'RETURNED_FAR_BELOW_ISSUED',
  'PRESENT_BELOW_TWO_THIRDS',
  'REPEATED_BALLOT_ROWS',
  'ALL_BALLOTS_IDENTICAL',
  // Trust votes and introduction ballots (WORKBOOK.md version 2).
  'TRUST_QUORUM',
  'WRITE_IN_UNKNOWN',
  // List check.
  'SURPLUS_LOW',
  'SURPLUS_HIGH',
  'SURPLUS_PREPARED',
  'NOT_OFFICIAL',
  'COUNTER_ON_LIST',
  'AGE_FIRST_TERM',
  'AGE_REELECTION',
  'CHI_UY_UNDER_9',
  'CHI_UY_OVER_7',
  'BTV_OVER_THIRD',
  'DUPLICATE_NAME',
  'NOT_IN_NHAN_SU',
  'BALLOT_ORDER',
  'FLOOR_NOMINEE_UNAPPROVED',
  'BTV_UNDER_9',
  'NOT_IN_ELECTED_BODY',
  'AGE_UNKNOWN',
  // Version 2 (issue 10): alternates from the official list (QĐ 190 Điều 18), one deputy
  // secretary in a chi bộ (QĐ 294), the age reference date used (Chỉ thị 45).
  'ALTERNATE_NOT_FROM_LIST',
  'PBT_MORE_THAN_ONE',
  'AGE_REFERENCE',
  // Tally (version 2): a chi bộ's secretary not elected by round 3 (QĐ 294).
  'SECRETARY_APPOINTED',
  // Allocation.
  'QUOTA_BAND',
  'NO_SEAT',
  'OVER_CAP',
  'TIE_LAST_SEAT',
  'MINIMUMS_EXCEED_SEATS',
  // Composition.
  'TARGET_MISSED',
  'COMPOSITION_PENDING',
  // Minutes and ballot papers.
  'NO_COUNTERS',
  'MINUTES_NONE',
  'MINUTES_SKIPPED',
  'BALLOTS_NONE',
  // Integrity (WORKBOOK.md version 2 "Integrity"; extensions in docs/CONTRACT-EXTENSIONS.md).
  'LOG_BROKEN',
  'FINALISED_CHANGED',
  'NOT_FINALISABLE',
  'ALREADY_FINALISED',
  'CROSS_CHECK_DIFFERENCE',
  'REHEARSAL',
  'REOPEN_UNUSED',
  // A bug, reported rather than thrown at the clerk.
  'INTERNAL',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
