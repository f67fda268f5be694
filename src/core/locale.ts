/** The locales the hotline serves (N4): Mandarin by default, Cantonese as the dialect, English for foreign callers. */
export const LOCALES = ['zh-CN', 'en-US', 'yue-HK'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
