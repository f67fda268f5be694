import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../core/locale.js';
import { DEFAULT_ABUSE_LEXICON } from './lexicon/abuse-default.js';
import { normalizeText } from './normalize.js';

export type { AbuseLexicon } from './lexicon/abuse-default.js';

/** Extra entries per locale, added to the defaults. */
export type AbuseLexiconExtension = Partial<Record<Locale, readonly string[]>>;

/** Finds abuse in normalized text, in any locale's list (a caller may swear in any language). */
export interface AbuseMatcher {
  find(normalized: string): string | null;
}

export function createAbuseMatcher(extension: AbuseLexiconExtension = {}): AbuseMatcher {
  const res: { word: string; re: RegExp }[] = [];
  for (const locale of LOCALES) {
    for (const word of [...DEFAULT_ABUSE_LEXICON[locale], ...(extension[locale] ?? [])]) {
      const w = normalizeText(word);
      if (!w) continue;
      const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      res.push({ word, re: new RegExp(/^[a-z0-9]/.test(w) ? `\\b${escaped}` : escaped) });
    }
  }
  return {
    find(normalized) {
      return res.find(({ re }) => re.test(normalized))?.word ?? null;
    },
  };
}

/**
 * Reads {"zh-CN": [...], "yue-HK": [...], "en-US": [...]} (any subset). Throws with the
 * file name and the problem: a bad lexicon file is a configuration error, found at start-up.
 */
export function loadAbuseLexiconFile(path: string): AbuseLexiconExtension {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`abuse lexicon ${path}: ${(err as Error).message}`);
  }
  return parseAbuseLexicon(data, path);
}

export function parseAbuseLexicon(data: unknown, origin = 'abuse lexicon'): AbuseLexiconExtension {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${origin}: expected an object of locale -> list of words`);
  }
  const out: AbuseLexiconExtension = {};
  for (const [key, words] of Object.entries(data)) {
    if (!(LOCALES as readonly string[]).includes(key)) throw new Error(`${origin}: unknown locale "${key}"`);
    if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) {
      throw new Error(`${origin}: "${key}" must be a list of strings`);
    }
    out[key as Locale] = words as string[];
  }
  return out;
}

export { DEFAULT_ABUSE_LEXICON };
