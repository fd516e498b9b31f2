/**
 * Every setting of a congress as data (ARCHITECTURE.md "Rules are data"): whether the rule it
 * stands for is verified in the references, the source its default rests on, and how the minutes
 * print it. A setting whose rule is unverified is printed in the minutes whenever it decides
 * something (`minutes/settingsUsed.ts` says when); the others are the congress's own choices or
 * presentation, never printed. The labels that spell the settings on the `Đại hội` sheet are the
 * workbook's (`workbook/parse/congress.ts`).
 */
import type { SettingId, Settings } from '../model/settings';

export interface SettingRule {
  /** True when the references give the rule; false when the default is our reading of an open point. */
  verified: boolean;
  /** Where the rule, or the open point, is described (reference/regulations*.md sections). */
  rule: string;
  /** How the minutes name and print the setting when it decided something (unverified ones only). */
  minutes: { name: string; value: (settings: Settings) => string } | null;
}

export const SETTING_RULES: Record<SettingId, SettingRule> = {
  emptyBallotValid: {
    verified: false,
    rule: 'regulations-addendum §2 (a multi-name ballot for nobody) [P]',
    minutes: { name: 'Phiếu không bầu ai', value: (s) => (s.emptyBallotValid ? 'Hợp lệ' : 'Không hợp lệ') },
  },
  alternatesNeedMajority: {
    verified: false,
    rule: 'regulations §5.6 (the threshold for alternates is not retrieved) [U]',
    minutes: { name: 'Dự khuyết cần quá bán', value: (s) => (s.alternatesNeedMajority ? 'Có' : 'Không') },
  },
  printPercentOfValid: { verified: true, rule: 'regulations-addendum §5 (percentages)', minutes: null },
  signers: {
    verified: false,
    rule: 'regulations §6.3, addendum §1.3 (whether every member signs) [U]',
    minutes: { name: 'Ký biên bản', value: (s) => s.signers },
  },
  documentSymbol: { verified: true, rule: 'HD 36-HD/VPTW (document numbers)', minutes: null },
  congressLineOverride: { verified: true, rule: 'HD 36-HD/VPTW point 1.2.1 (the issuing body)', minutes: null },
  margins: { verified: true, rule: 'HD 36-HD/VPTW (page margins)', minutes: null },
  opinionBase: {
    verified: false,
    rule: 'regulations §3.3 (present or convened as the base of the opinion ballot) [U]',
    minutes: { name: 'Cơ sở xin ý kiến', value: (s) => s.opinionBase },
  },
  surplusRounding: {
    verified: false,
    rule: 'regulations §3.4 (rounding of the surplus limits is not specified) [U]',
    minutes: { name: 'Làm tròn số dư', value: (s) => s.surplusRounding },
  },
  maxDelegates: { verified: true, rule: 'regulations §7 (a cap set by the superior committee)', minutes: null },
  termMonths: { verified: true, rule: 'Chỉ thị 45-CT/TW, regulations §8 (age for a first term)', minutes: null },
  reelectionMonths: { verified: true, rule: 'Chỉ thị 45-CT/TW, regulations §8 (age for re-election)', minutes: null },
  minWomenPercent: { verified: true, rule: 'regulations §8 (composition targets)', minutes: null },
  youngAge: { verified: true, rule: 'regulations §8 (composition targets)', minutes: null },
  minYoungPercent: { verified: true, rule: 'regulations §8 (composition targets)', minutes: null },
  allocationSeats: {
    verified: true,
    rule: 'regulations §7.1 (seats decided by the convening committee)',
    minutes: null,
  },
  allocationMethod: { verified: true, rule: 'regulations §7.1 (the committee chooses how)', minutes: null },
  allocationBasis: { verified: true, rule: 'regulations §7.1', minutes: null },
  baseSeats: { verified: true, rule: 'regulations §7.1 (Cơ sở và định mức)', minutes: null },
  membersPerSeat: { verified: true, rule: 'regulations §7.1 (Cơ sở và định mức)', minutes: null },
  remainderThreshold: { verified: true, rule: 'regulations §7.1 (Cơ sở và định mức)', minutes: null },
};

/** The settings whose rule is unverified, in the order the minutes print them. */
export const UNVERIFIED_SETTINGS: SettingId[] = (Object.keys(SETTING_RULES) as SettingId[]).filter(
  (id) => !SETTING_RULES[id].verified,
);
