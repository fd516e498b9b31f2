import type { Lang } from '../../i18n';

const locale = (lang: Lang): string => (lang === 'vi' ? 'vi-VN' : 'en-GB');

/** `1.234` in Vietnamese, `1,234` in English. */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

/** `97,40%` / `97.40%`: two decimals, as the minutes print them. */
export function formatPercent(lang: Lang, percent: number): string {
  return `${new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(percent)}%`;
}
