/**
 * The settings printed in the minutes: those that stand for a rule the reference marks unverified
 * (`UNVERIFIED_SETTING_LABELS`; ARCHITECTURE.md "Rules are data") and that decided something in
 * this election. Values are printed as the `Đại hội` sheet spells them.
 */
import { type CongressLabel, type Settings, UNVERIFIED_SETTING_LABELS } from '../../workbook/congress';
import type { ElectionDef, ElectionResult } from '../tally/types';
import type { MinutesContext } from './model';

export interface SettingUsed {
  label: CongressLabel;
  value: string;
  /** True when the `Đại hội` sheet does not give it (the default applied). */
  byDefault: boolean;
}

/** `Từng phiếu` ballots of a multi-name list that vote for nobody (every mark set). */
export function nobodyBallots(def: ElectionDef): number {
  if (def.candidates.length < 2 || def.ballotType === 'Xin ý kiến') return 0;
  return def.ballots.filter((b) => b.ruling === null && b.marks.length > 0 && b.marks.every((m) => m !== '')).length;
}

function decides(label: CongressLabel, def: ElectionDef, result: ElectionResult): boolean {
  switch (label) {
    // regulations-addendum §2: a multi-name ballot for nobody, invalid by default [P].
    case 'Phiếu không bầu ai':
      return nobodyBallots(def) > 0 || (result.ballots.invalidReasons['Không bầu ai'] ?? 0) > 0;
    // regulations §5.6: the threshold for alternates is not retrieved [U].
    case 'Dự khuyết cần quá bán':
      return result.office === 'Đại biểu dự khuyết';
    // regulations §6.3, addendum §1.3: whether every member signs is not retrieved [U].
    case 'Ký biên bản':
      return true;
    // regulations §3.3: present or convened as the base of the opinion ballot [U].
    case 'Cơ sở xin ý kiến':
      return result.office === 'Xin ý kiến';
    default:
      return false;
  }
}

function valueOf(label: CongressLabel, s: Settings): string {
  switch (label) {
    case 'Phiếu không bầu ai':
      return s.emptyBallotValid ? 'Hợp lệ' : 'Không hợp lệ';
    case 'Dự khuyết cần quá bán':
      return s.alternatesNeedMajority ? 'Có' : 'Không';
    case 'Ký biên bản':
      return s.signers;
    case 'Cơ sở xin ý kiến':
      return s.opinionBase;
    case 'Làm tròn số dư':
      return s.surplusRounding;
    default:
      return '';
  }
}

export function decidingSettings(ctx: MinutesContext): SettingUsed[] {
  return UNVERIFIED_SETTING_LABELS.filter((label) => decides(label, ctx.election, ctx.result)).map((label) => ({
    label,
    value: valueOf(label, ctx.congress.settings),
    byDefault: !ctx.congress.explicit.has(label),
  }));
}
