/**
 * Typed string tables. Each domain defines its messages once in Vietnamese (primary) and once in
 * English; the English table must have exactly the Vietnamese keys, so a missing translation
 * fails the build.
 */
import type { Params } from '../engine/findings/finding';

export type { Params };
export type Lang = 'vi' | 'en';

export interface MessageTable<K extends string> {
  vi: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<K extends string>(vi: Record<K, string>, en: Record<K, string>): MessageTable<K> {
  return { vi, en };
}

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so tests catch it. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** `vi-VN` → `vi`; anything else → `en` (WORKBOOK.md: English when Excel's language is not Vietnamese). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^vi\b/i.test(locale) ? 'vi' : 'en';
}
