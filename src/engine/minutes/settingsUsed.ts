/**
 * The settings the minutes state: those that stand for an unverified rule of the count
 * (`rules/settings.ts`, `minutes: true`; ARCHITECTURE.md "Rules are data") and that decided
 * something in this election. The minutes word each as one sentence in the section it belongs to
 * (`minutesText.ts`), never as a list of settings.
 */
import type { SettingId } from '../model/settings';
import type { ElectionDef } from '../model/election';
import type { ElectionResult } from '../model/results';
import type { Congress } from '../model/congress';
import { MINUTES_SETTINGS } from '../rules/settings';
import type { MinutesContext } from './document';

/**
 * `Từng phiếu` ballots of a list of several names that vote for nobody: every name struck, or
 * disagreed with (`x` on every name; WORKBOOK.md "Readings settled"). A single-name ballot never is.
 */
export function nobodyBallots(def: ElectionDef): number {
  // Only election ballots know "nobody": a trust ballot marks every line, an introduction may introduce nobody.
  if (def.candidates.length < 2 || (def.ballotType !== 'Gạch tên' && def.ballotType !== 'Đồng ý/Không đồng ý'))
    return 0;
  return def.ballots.filter((b) => b.ruling === null && b.marks.length > 0 && b.marks.every((m) => m === 'x')).length;
}

function decides(id: SettingId, congress: Congress, def: ElectionDef, result: ElectionResult): boolean {
  switch (id) {
    // regulations-addendum §2: a multi-name ballot for nobody, invalid by default [P].
    case 'emptyBallotValid':
      return nobodyBallots(def) > 0 || (result.ballots.invalidReasons['Không bầu ai'] ?? 0) > 0;
    // QC190 Điều 18 fixes the majority for alternates; only QC244 leaves it open (regulations §5.6).
    case 'alternatesNeedMajority':
      return result.office === 'Đại biểu dự khuyết' && congress.ruleSet === '244-QĐ/TW';
    // regulations §3.3: present or convened as the base of the opinion ballot [U].
    case 'opinionBase':
      return result.office === 'Xin ý kiến';
    // regulations-2025 §1.4: the threshold of the round after a tie is not read [U].
    case 'tieRevote':
      return result.tieRevote !== null;
    default:
      return false;
  }
}

/** The settings that decided something in this election. */
export function decidingSettings(ctx: MinutesContext): Set<SettingId> {
  return new Set(MINUTES_SETTINGS.filter((id) => decides(id, ctx.congress, ctx.election, ctx.result)));
}
