/**
 * The output sheets of one counted election: `Kết quả <Mã>`, and `Biên bản <Mã>` unless the count
 * is blocked or at the zero report (then an older minutes sheet must go). Shared by `tally` and
 * `finalise`, which write the same sheets, protected once the election is finalised.
 */
import type { ElectionResult } from '../engine/model/results';
import type { Problem } from '../engine/findings/finding';
import type { TallyInput } from '../workbook/tallyInput';
import type { SheetPlan } from '../workbook/sheetPlan';
import type { ResultsTrail } from '../workbook/render/results';
import { resultsPlanFor } from '../workbook/render/personnelResults';
import { minutesSheetName } from '../workbook/sheetNames';
import { minutesPlanFor } from './minutesPlan';

export interface ElectionPlans {
  plans: SheetPlan[];
  /** Sheets to remove (a minutes sheet of a count that can no longer be announced). */
  stale: string[];
  warnings: Problem[];
}

/** `previous`: the round before, when counted (an introduction's sheet sets it beside this one). */
export function electionPlans(
  input: TallyInput,
  result: ElectionResult,
  previous: ElectionResult | null,
  trail: ResultsTrail & { protect?: boolean } = {},
): ElectionPlans {
  const out: ElectionPlans = { plans: [], stale: [], warnings: [] };
  const def = input.elections.find((e) => e.id === result.id);
  if (!def) return out;
  out.plans.push(resultsPlanFor(def, result, input.congress, previous, trail));
  if (result.status === 'blocked' || result.status === 'zero') {
    // No minutes for a count that cannot be announced; an older version must not linger.
    out.stale.push(minutesSheetName(result.id));
  } else {
    const minutes = minutesPlanFor({ congress: input.congress, election: def, result, counters: input.counters });
    if (result.rehearsal) minutes.plan.tabColor = 'C00000';
    out.plans.push(minutes.plan);
    out.warnings.push(...minutes.warnings);
  }
  if (trail.protect) for (const plan of out.plans) plan.protected = true;
  return out;
}
