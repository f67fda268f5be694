import { LOCALES, type Locale } from '../../core/locale.js';
import { compileLexicon, type CompiledPattern, type Lexicon } from './compile.js';
import { EN_US } from './en-US.js';
import { YUE_HK } from './yue-HK.js';
import { ZH_CN } from './zh-CN.js';

export type { Lexicon, Pattern, WeightedPatterns, CompiledPattern } from './compile.js';

export const BUILTIN_LEXICONS: Record<Locale, Lexicon> = { 'zh-CN': ZH_CN, 'yue-HK': YUE_HK, 'en-US': EN_US };

/**
 * Which locales' lexicons each locale scores with. yue-HK includes zh-CN: Cantonese ASR
 * and chat use standard written Chinese too (投訴, 電費), and the fold makes scripts alike.
 */
const SCORED_WITH: Record<Locale, readonly Locale[]> = {
  'zh-CN': ['zh-CN'],
  'yue-HK': ['zh-CN', 'yue-HK'],
  'en-US': ['en-US'],
};

/** Built-in lexicons plus extra entries per locale (RecognizerOptions.lexicons). */
export function compileLexicons(
  extra: Partial<Record<Locale, Lexicon>> = {},
): Record<Locale, CompiledPattern[]> {
  const own = (l: Locale): CompiledPattern[] => [
    ...compileLexicon(BUILTIN_LEXICONS[l]),
    ...(extra[l] ? compileLexicon(extra[l]) : []),
  ];
  const compiled = Object.fromEntries(LOCALES.map((l) => [l, own(l)])) as Record<Locale, CompiledPattern[]>;
  return Object.fromEntries(
    LOCALES.map((l) => [l, SCORED_WITH[l].flatMap((s) => compiled[s])]),
  ) as Record<Locale, CompiledPattern[]>;
}
