/** The seam between the tally command and the minutes renderer. */
import { buildMinutes, type MinutesContext } from '../engine/minutes/model';
import { minutesSheetPlan } from '../workbook/render/minutesSheet';
import type { SheetPlan } from '../workbook/sheetPlan';

export function minutesSheetName(id: string): string {
  return `Biên bản ${id}`;
}

export function minutesPlanFor(ctx: MinutesContext): SheetPlan {
  return minutesSheetPlan(buildMinutes(ctx), ctx.congress);
}
