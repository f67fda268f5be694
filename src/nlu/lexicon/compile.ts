import type { Intent } from '../../core/intents.js';
import { foldToSimplified } from '../hant-to-hans.js';
import { normalizeText } from '../normalize.js';

/**
 * A lexicon is data: for each intent, groups of patterns sharing one weight (0..1, how sure
 * that phrase alone makes us of the intent). A string is a phrase: Chinese phrases match
 * anywhere, Latin phrases match whole words. A RegExp is for what a phrase cannot say
 * (a gap, an alternative); it is run on normalized text (lower case, simplified Chinese,
 * no punctuation, no spaces between Chinese characters).
 */
export type Pattern = string | RegExp;
export type WeightedPatterns = readonly [weight: number, ...patterns: Pattern[]];
export type Lexicon = Partial<Record<Intent, readonly WeightedPatterns[]>>;

export interface CompiledPattern {
  intent: Intent;
  weight: number;
  re: RegExp;
  /** The pattern as written, to explain a match. */
  source: string;
  /** A Chinese phrase (not a RegExp), normalized: an example for the bigram fallback. */
  phrase?: string;
}

export function compileLexicon(lexicon: Lexicon): CompiledPattern[] {
  const out: CompiledPattern[] = [];
  for (const [intent, groups] of Object.entries(lexicon) as [Intent, readonly WeightedPatterns[]][]) {
    for (const [weight, ...patterns] of groups) {
      for (const p of patterns) {
        const c: CompiledPattern = { intent, weight, re: compilePattern(p), source: String(p) };
        if (typeof p === 'string' && /\p{Script=Han}/u.test(p)) c.phrase = normalizeText(p);
        out.push(c);
      }
    }
  }
  return out;
}

export function compilePattern(p: Pattern): RegExp {
  if (p instanceof RegExp) {
    // Lexicons may be written in traditional characters: fold the pattern like the input.
    return new RegExp(foldToSimplified(p.source), p.flags.replace('g', ''));
  }
  const phrase = normalizeText(p);
  if (!phrase) throw new Error(`lexicon phrase normalizes to nothing: ${JSON.stringify(p)}`);
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole words for Latin phrases ("no" must not match "know"); none in Chinese.
  const start = /^[a-z0-9]/.test(phrase) ? '\\b' : '';
  // A Latin phrase also matches its plural: "rebate" finds "rebates".
  const end = /[a-z]$/.test(phrase) ? '(?:s|es)?\\b' : /[0-9]$/.test(phrase) ? '\\b' : '';
  return new RegExp(`${start}${escaped}${end}`);
}
