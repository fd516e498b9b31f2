/** The seam between the tally command and the minutes renderer. */
import { minutesOf } from '../engine/minutes/buildMinutes';
import type { MinutesContext } from '../engine/minutes/document';
import type { Problem } from '../engine/findings/finding';
import { minutesSheetPlan } from '../workbook/render/minutesSheet';
import type { SheetPlan } from '../workbook/sheetPlan';

/** The `Biên bản <Mã>` sheet, and what the clerk must know that it does not print (no `Ban kiểm phiếu`, …). */
export function minutesPlanFor(ctx: MinutesContext): { plan: SheetPlan; warnings: Problem[] } {
  const doc = minutesOf(ctx);
  return { plan: minutesSheetPlan(doc, ctx.congress), warnings: doc.warnings };
}
