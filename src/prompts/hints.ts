/**
 * Speech recognition hints per ask (hints.json): one comma-separated string per ask and locale,
 * handed to the recognizer (Twilio <Gather hints>) as a list.
 */
import type { Locale } from '../core/locale.js';
import { getCatalogue, PromptError, type Catalogue } from './catalogue.js';

/** Hints for `menu`, `yesNo`, `scope`, `language` (or the full key `hints.menu`) in a locale. */
export function hintsFor(key: string, locale: Locale, catalogue: Catalogue = getCatalogue()): string[] {
  const full = key.startsWith('hints.') ? key : `hints.${key}`;
  const value = catalogue.entries.get(locale)?.get(full);
  if (value === undefined) throw new PromptError(`hints "${full}" are missing in locale ${locale}`, full, locale);
  return value
    .split(/[,，]/)
    .map((hint) => hint.trim())
    .filter((hint) => hint.length > 0);
}
