/**
 * The settings printed in the minutes: those that stand for a rule the reference marks unverified
 * (`rules/settings.ts`; ARCHITECTURE.md "Rules are data") and that decided something in this
 * election. Values are printed as the `Đại hội` sheet spells them.
 */
import type { SettingId } from '../model/settings';
import type { ElectionDef } from '../model/election';
import type { ElectionResult } from '../model/results';
import { SETTING_RULES, UNVERIFIED_SETTINGS } from '../rules/settings';
import type { MinutesContext } from './document';

export interface SettingUsed {
  id: SettingId;
  /** The setting as the minutes name it. */
  name: string;
  value: string;
  /** True when the `Đại hội` sheet does not give it (the default applied). */
  byDefault: boolean;
}

/** `Từng phiếu` ballots of a multi-name list that vote for nobody (every mark set). */
export function nobodyBallots(def: ElectionDef): number {
  if (def.candidates.length < 2 || def.ballotType === 'Xin ý kiến') return 0;
  return def.ballots.filter((b) => b.ruling === null && b.marks.length > 0 && b.marks.every((m) => m !== '')).length;
}

function decides(id: SettingId, def: ElectionDef, result: ElectionResult): boolean {
  switch (id) {
    // regulations-addendum §2: a multi-name ballot for nobody, invalid by default [P].
    case 'emptyBallotValid':
      return nobodyBallots(def) > 0 || (result.ballots.invalidReasons['Không bầu ai'] ?? 0) > 0;
    // regulations §5.6: the threshold for alternates is not retrieved [U].
    case 'alternatesNeedMajority':
      return result.office === 'Đại biểu dự khuyết';
    // regulations §6.3, addendum §1.3: whether every member signs is not retrieved [U].
    case 'signers':
      return true;
    // regulations §3.3: present or convened as the base of the opinion ballot [U].
    case 'opinionBase':
      return result.office === 'Xin ý kiến';
    default:
      return false;
  }
}

export function decidingSettings(ctx: MinutesContext): SettingUsed[] {
  const used: SettingUsed[] = [];
  for (const id of UNVERIFIED_SETTINGS) {
    const printed = SETTING_RULES[id].minutes;
    if (!printed || !decides(id, ctx.election, ctx.result)) continue;
    used.push({
      id,
      name: printed.name,
      value: printed.value(ctx.congress.settings),
      byDefault: !ctx.congress.given.has(id),
    });
  }
  return used;
}
