/**
 * The minutes of any counted ballot: an election's (minutesText.ts), a trust vote's or an
 * introduction's (personnelMinutes.ts) — one document model for every kind, laid out by the same
 * renderers.
 */
import type { MinutesContext, MinutesDocument } from './document';
import { buildMinutes } from './minutesText';
import { buildIntroductionMinutes, buildTrustMinutes } from './personnelMinutes';

export function minutesOf(ctx: MinutesContext): MinutesDocument {
  if (ctx.result.trust) return buildTrustMinutes(ctx);
  if (ctx.result.introduced) return buildIntroductionMinutes(ctx);
  return buildMinutes(ctx);
}
