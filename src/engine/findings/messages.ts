/**
 * Every message the engine can give, with the parameters its text is filled from. The engine
 * names a message and passes its parameters; the text, in Vietnamese and English, is the i18n
 * tables' (`src/i18n`), typed against this list so that a message without a translation, or a
 * translation that asks for a parameter the engine does not give, fails the build or a test.
 */
export const ENGINE_MESSAGES = {
  // allocation
  ALLOC_SEATS_REQUIRED: ['method'],
  ALLOC_MEMBERS_PER_SEAT_REQUIRED: [],
  ALLOC_BAD_THRESHOLD: ['threshold', 'membersPerSeat'],
  ALLOC_NO_MEMBERS: ['method'],
  ALLOC_MINIMUMS_EXCEED_SEATS: ['minimums', 'seats'],
  ALLOC_HH_TOO_FEW_SEATS: ['needed', 'units', 'seats'],
  ALLOC_TIE_LAST_SEAT: ['unit', 'units', 'method', 'count', 'seats', 'allocated'],
  ALLOC_QUOTA_BAND: ['unit', 'seats', 'method', 'quota', 'floor', 'ceil', 'quotaEn'],
  ALLOC_QUOTA_BAND_MINIMUM: ['unit', 'seats', 'quota', 'floor', 'ceil', 'quotaEn'],
  ALLOC_NO_SEAT: ['unit', 'members', 'exOfficio'],
  ALLOC_NO_SEAT_TIED: ['unit', 'members', 'exOfficio'],
  ALLOC_OVER_CAP_SETTING: ['total', 'allocated', 'added', 'exOfficio', 'cap'],
  ALLOC_OVER_CAP_DIRECTIVE: ['total', 'allocated', 'added', 'exOfficio', 'cap', 'level'],
  // common
  MISSING_SHEET: ['sheet'],
  BAD_VALUE: ['value', 'field', 'expected'],
  NEAR_DUPLICATE_NAME: ['value', 'other', 'otherCell'],
  // minutes
  MINUTES_NO_COUNTERS: ['id'],
  MINUTES_NO_COUNTERS_SESSION: ['session', 'id'],
  MINUTES_NO_HEAD: ['session', 'id'],
  // nominees
  LIST_SURPLUS_LOW: ['list', 'candidates', 'seats'],
  LIST_SURPLUS_HIGH: ['list', 'candidates', 'seats', 'surplus', 'percent', 'max', 'rounding'],
  LIST_SURPLUS_HIGH_FLOOR: ['list', 'candidates', 'seats', 'surplus', 'percent', 'max', 'rounding'],
  LIST_SURPLUS_SMALL_LOW: ['list', 'candidates', 'seats', 'expected'],
  LIST_SURPLUS_SMALL_HIGH: ['list', 'candidates', 'seats', 'expected', 'surplus', 'percent'],
  LIST_SURPLUS_PREPARED: ['list', 'prepared', 'seats', 'surplus', 'percent', 'min', 'max', 'rounding'],
  FLOOR_NOMINEE_UNAPPROVED: ['name', 'source', 'list', 'approvals', 'base', 'opinion'],
  FLOOR_NOMINEE_NOT_ASKED: ['name', 'source', 'list', 'opinion'],
  FLOOR_NOMINEE_NO_OPINION: ['name', 'source', 'list'],
  NOT_OFFICIAL_PERSONNEL: ['name', 'otherCell', 'list'],
  NOT_OFFICIAL_ROLL: ['name', 'otherCell', 'list'],
  NOT_OFFICIAL_MISMATCH: ['name', 'personnel', 'otherCell', 'roll'],
  NOT_OFFICIAL_COUNTER: ['name', 'otherCell'],
  COUNTER_ON_LIST: ['name', 'list', 'otherCell'],
  AGE_FIRST_TERM: ['name', 'birth', 'retirement', 'remaining', 'reference', 'months', 'required'],
  AGE_FIRST_TERM_YEAR_ONLY: ['name', 'birth', 'retirement', 'remaining', 'reference', 'months', 'required'],
  AGE_REELECTION: ['name', 'birth', 'retirement', 'remaining', 'reference', 'months', 'required'],
  AGE_REELECTION_YEAR_ONLY: ['name', 'birth', 'retirement', 'remaining', 'reference', 'months', 'required'],
  AGE_UNKNOWN: ['name', 'list', 'missing'],
  AGE_NO_REFERENCE: [],
  CHI_UY_UNDER_9: ['members', 'list'],
  CHI_UY_OVER_7: ['list', 'seats'],
  BTV_OVER_THIRD: ['seats', 'committee', 'max', 'list'],
  BTV_OVER_THIRD_ELECTED: ['committee', 'max', 'list', 'seats'],
  BTV_UNDER_9: ['committee', 'list'],
  BTV_UNDER_9_ELECTED: ['committee', 'list'],
  NOT_IN_ELECTED_BODY: ['name', 'list', 'body', 'office'],
  NOT_ON_BODY_LIST: ['name', 'list', 'body', 'bodyList', 'office'],
  DUPLICATE_NAME: ['name', 'list', 'otherCell'],
  NOT_IN_NHAN_SU: ['name', 'list'],
  NOT_IN_NHAN_SU_NEAR: ['name', 'list', 'near', 'otherCell'],
  NO_NHAN_SU: [],
  BALLOT_ORDER: ['list', 'expected'],
  TARGET_MISSED_WOMEN: ['body', 'count', 'total', 'percent', 'target'],
  TARGET_MISSED_YOUNG: ['body', 'age', 'count', 'total', 'percent', 'target'],
  TARGET_MISSED_BTV_WOMAN: ['body'],
  COMPOSITION_NOTHING_ELECTED: ['list'],
  ALTERNATE_NOT_ON_OFFICIAL_LIST: ['name', 'list', 'official'],
  ALTERNATE_ELECTED_OFFICIAL: ['name', 'list', 'official'],
  PBT_MORE_THAN_ONE: ['seats', 'list'],
  AGE_REFERENCE_GIVEN: ['reference'],
  AGE_REFERENCE_DIRECTIVE: ['reference', 'level', 'term'],
  AGE_REFERENCE_CONGRESS: ['reference', 'term'],
  // integrity
  CROSS_CHECK_DIFFERENCE: ['id', 'item', 'official', 'counted'],
  REHEARSAL: ['id'],
  // tally
  ALTERNATE_WITHOUT_ABSENCE: ['name', 'unit', 'absent', 'alternates'],
  BAD_SEATS_ROUND: ['id', 'previous', 'open', 'seats'],
  BAD_ROUND_WINNER_ON_LIST: ['name', 'previous'],
  SECRETARY_APPOINTED: ['id', 'round'],
  NAME_NOT_IN_NHAN_SU: ['name', 'id', 'near', 'otherCell'],
  INVALID_SHARE_HIGH: ['id', 'invalid', 'returned', 'percent'],
  RETURNED_FAR_BELOW_ISSUED: ['id', 'issued', 'returned', 'missing'],
  PRESENT_BELOW_TWO_THIRDS: ['id', 'present', 'convened'],
  REPEATED_BALLOT_ROWS: ['id', 'sheet', 'count', 'first', 'last'],
  ALL_BALLOTS_IDENTICAL: ['id', 'sheet', 'count'],
  // trust votes and introduction ballots
  TRUST_QUORUM: ['id', 'present', 'convened', 'needed'],
  WRITE_IN_UNKNOWN: ['id', 'name', 'ballot'],
  WRITE_IN_UNKNOWN_NEAR: ['id', 'name', 'ballot', 'near'],
} as const satisfies Record<string, readonly string[]>;

export type EngineMessageId = keyof typeof ENGINE_MESSAGES;

/** The parameters of one message: every placeholder of its text, a number or a text. */
export type EngineMessageParams<M extends EngineMessageId> = {
  [P in (typeof ENGINE_MESSAGES)[M][number]]: string | number;
};
