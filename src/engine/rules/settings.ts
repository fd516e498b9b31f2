/**
 * Every setting of a congress as data (ARCHITECTURE.md "Rules are data"): whether the rule it
 * stands for is verified in the references, the source its default rests on, and whether the
 * minutes state it. A setting that stands for an unverified rule of the count is stated in the
 * minutes, in one sentence, whenever it decides something (`minutes/settingsUsed.ts` says when);
 * the others are the congress's own choices or presentation, never printed. The labels that
 * spell the settings on the `Đại hội` sheet are the workbook's (`workbook/parse/congress.ts`).
 */
import type { SettingId } from '../model/settings';

export interface SettingRule {
  /** True when the references give the rule; false when the default is our reading of an open point. */
  verified: boolean;
  /** Where the rule, or the open point, is described (reference/regulations*.md sections). */
  rule: string;
  /**
   * True when the minutes say in one sentence, in plain legal words, how the setting decided the
   * count (`minutes/settingsUsed.ts` says when it decides; `minutesText.ts` words it).
   */
  minutes: boolean;
}

export const SETTING_RULES: Record<SettingId, SettingRule> = {
  emptyBallotValid: {
    verified: false,
    rule: 'regulations-addendum §2; regulations-2025 §1.2 (a multi-name ballot for nobody: QC190 Điều 15 not read) [P]',
    minutes: true,
  },
  alternatesNeedMajority: {
    // QC190 Điều 18 states the > ½ test for alternates (regulations-2025 §1.6) [V]; open under QC244 only.
    verified: false,
    rule: 'regulations-2025 §1.6 (QC190 Điều 18: more than half, fixed); regulations §5.6 (QC244: not retrieved) [U]',
    minutes: true,
  },
  printPercentOfValid: { verified: true, rule: 'regulations-addendum §5 (percentages)', minutes: false },
  signers: {
    // The signature block itself shows who signs: no sentence.
    verified: false,
    rule: 'regulations §6.3, addendum §1.3 (whether every member signs) [U]',
    minutes: false,
  },
  documentSymbol: { verified: true, rule: 'HD 36-HD/VPTW (document numbers)', minutes: false },
  congressLineOverride: { verified: true, rule: 'HD 36-HD/VPTW point 1.2.1 (the issuing body)', minutes: false },
  margins: { verified: true, rule: 'HD 36-HD/VPTW (page margins)', minutes: false },
  opinionBase: {
    verified: false,
    rule: 'regulations §3.3 (present or convened as the base of the opinion ballot) [U]',
    minutes: true,
  },
  printSuperiorOnMinutes: {
    verified: true,
    rule: 'regulations-2025 §5 (HD 36-HD/VPTW §1.2.1a: the congress is the body above its counting committee)',
    minutes: false,
  },
  tieRevote: {
    verified: false,
    rule: 'regulations-2025 §1.4, §7 item 3 (QC190 Điều 30 on the re-vote after a tie not read) [U]',
    minutes: true,
  },
  printFingerprint: { verified: true, rule: 'the project: a check of the ballot data, not a rule', minutes: false },
  surplusRounding: {
    verified: false,
    rule: 'regulations §3.4 (rounding of the surplus limits is not specified) [U]',
    minutes: false,
  },
  maxDelegates: { verified: true, rule: 'regulations §7 (a cap set by the superior committee)', minutes: false },
  termMonths: { verified: true, rule: 'Chỉ thị 45-CT/TW, regulations §8 (age for a first term)', minutes: false },
  reelectionMonths: {
    verified: true,
    rule: 'Chỉ thị 45-CT/TW, regulations §8 (age for re-election)',
    minutes: false,
  },
  // Chỉ thị 45-CT/TW's figures for women and the young were not found (regulations-2025 §3): 2019's stand.
  minWomenPercent: { verified: false, rule: 'regulations §8: Chỉ thị 35-CT/TW (2019) [U for 2025]', minutes: false },
  youngAge: { verified: false, rule: 'regulations §8: Chỉ thị 35-CT/TW (2019) [U for 2025]', minutes: false },
  minYoungPercent: { verified: false, rule: 'regulations §8: Chỉ thị 35-CT/TW (2019) [U for 2025]', minutes: false },
  allocationSeats: {
    verified: true,
    rule: 'regulations §7.1 (seats decided by the convening committee)',
    minutes: false,
  },
  allocationMethod: { verified: true, rule: 'regulations §7.1 (the committee chooses how)', minutes: false },
  allocationBasis: { verified: true, rule: 'regulations §7.1', minutes: false },
  baseSeats: { verified: true, rule: 'regulations §7.1 (Cơ sở và định mức)', minutes: false },
  membersPerSeat: { verified: true, rule: 'regulations §7.1 (Cơ sở và định mức)', minutes: false },
  remainderThreshold: { verified: true, rule: 'regulations §7.1 (Cơ sở và định mức)', minutes: false },
};

/** The settings the minutes may state, in table order. */
export const MINUTES_SETTINGS: SettingId[] = (Object.keys(SETTING_RULES) as SettingId[]).filter(
  (id) => SETTING_RULES[id].minutes,
);
