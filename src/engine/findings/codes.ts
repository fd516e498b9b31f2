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
  // A bug, reported rather than thrown at the clerk.
  'INTERNAL',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
