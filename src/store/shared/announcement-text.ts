/** Checks on the supervisor's notice played before the menu (N21), the same for every store. */
import { isLocale, type Locale } from '../../core/locale.js';

/** A notice is spoken before the menu: long enough for a mass-outage notice, short enough to listen to. */
export const MAX_ANNOUNCEMENT_CHARS = 300;

/** Who sets the announcement: a trimmed, non-empty name. */
export function checkedAnnouncer(by: unknown): string {
  const name = typeof by === 'string' ? by.trim() : '';
  if (!name) throw new RangeError('by is required: who sets the announcement');
  return name;
}

/** zh-CN is required (the default language, N4); other locales are optional; unknown ones are refused. */
export function checkedAnnouncementText(text: unknown): Partial<Record<Locale, string>> {
  if (typeof text !== 'object' || text === null || Array.isArray(text)) throw new RangeError('text must be an object of locale -> text');
  const out: Partial<Record<Locale, string>> = {};
  for (const [locale, value] of Object.entries(text)) {
    if (!isLocale(locale)) throw new RangeError(`unknown locale '${locale}' (zh-CN, en-US, yue-HK)`);
    if (typeof value !== 'string' || !value.trim()) throw new RangeError(`text.${locale} must be a non-empty text`);
    if (value.trim().length > MAX_ANNOUNCEMENT_CHARS) throw new RangeError(`text.${locale} is longer than ${MAX_ANNOUNCEMENT_CHARS} characters`);
    out[locale] = value.trim();
  }
  if (!out['zh-CN']) throw new RangeError("text['zh-CN'] is required");
  return out;
}
