/**
 * Phrase lint (N5, N1): no prompt in any locale may contain a forbidden service phrase or a
 * rhetorical pattern. Run over the whole catalogue by a test, and usable on any text.
 */
import type { Locale } from '../core/locale.js';
import { getCatalogue, type Catalogue } from './catalogue.js';
import { forbiddenPhrases, type PhraseList } from './forbidden-phrases.js';

export interface LintViolation {
  locale: Locale;
  key: string;
  /** The phrase or pattern as listed. */
  phrase: string;
}

const WILDCARD = /…|\.\.\./;
/** A "…" spans a few words but never crosses the end of a sentence. */
const GAP = '[^。！？!?.;；\\n]{0,30}?';
const SKIP = '[\\s\\p{P}\\p{S}]*';

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiled = new Map<string, RegExp>();

/** A phrase as a regular expression: punctuation and spaces between its letters are optional. */
export function phrasePattern(phrase: string): RegExp {
  let pattern = compiled.get(phrase);
  if (!pattern) compiled.set(phrase, (pattern = compile(phrase)));
  return pattern;
}

function compile(phrase: string): RegExp {
  const parts = phrase
    .replace(/[’‘]/g, "'")
    .split(WILDCARD)
    .map((part) => [...part].filter((c) => /[\p{L}\p{N}]/u.test(c)));
  const body = parts.map((chars) => chars.map(escapeRegExp).join(SKIP)).join(GAP);
  const first = parts[0]?.[0] ?? '';
  const last = parts.at(-1)?.at(-1) ?? '';
  const latin = /[A-Za-z0-9]/;
  const start = latin.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = latin.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}${body}${end}`, 'iu');
}

/** The phrases of `phrases[locale]` that occur in `text`. */
export function lintText(text: string, locale: Locale, phrases: PhraseList = forbiddenPhrases()): string[] {
  const normalized = text.replace(/[’‘]/g, "'");
  return phrases[locale].filter((phrase) => phrasePattern(phrase).test(normalized));
}

export interface LintOptions {
  catalogue?: Catalogue;
  phrases?: PhraseList;
}

/** Every forbidden phrase in every prompt of every locale, `_text` variants and hints included. */
export function lintCatalogue(options: LintOptions = {}): LintViolation[] {
  const catalogue = options.catalogue ?? getCatalogue();
  const phrases = options.phrases ?? forbiddenPhrases();
  const violations: LintViolation[] = [];
  for (const [locale, entries] of catalogue.entries) {
    for (const [key, template] of entries) {
      for (const phrase of lintText(template, locale, phrases)) violations.push({ locale, key, phrase });
    }
  }
  return violations;
}
