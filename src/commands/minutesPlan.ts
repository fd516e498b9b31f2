/** The seam between the tally command and the minutes renderer. */
import { buildMinutes } from '../engine/minutes/minutesText';
import type { MinutesContext } from '../engine/minutes/document';
import { minutesSheetPlan } from '../workbook/render/minutesSheet';
import type { SheetPlan } from '../workbook/sheetPlan';

export function minutesPlanFor(ctx: MinutesContext): SheetPlan {
  return minutesSheetPlan(buildMinutes(ctx), ctx.congress);
}
