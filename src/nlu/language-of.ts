/**
 * The language words are in (N4): a caller who speaks a need at the language offer has chosen the
 * language they spoke it in. Told by the writing, not by a word list: Latin words are English;
 * Chinese with a word only Cantonese writes (咗 嘅 冇 喺 唔 啲 ...) or in traditional characters is
 * Cantonese (a Cantonese recognizer and Hong Kong typing write traditional); other Chinese is
 * Mandarin. Nothing to tell by (digits, punctuation, a filler) gives null.
 */
import type { Locale } from '../core/locale.js';
import { HANT_TO_HANS } from './hant-to-hans.js';

/** Characters written in Cantonese and not in Mandarin. */
const CANTONESE_ONLY = new Set('咗嘅冇喺唔啲嚟佢乜嘢咩睇搵揾俾嗰哋噉攞瞓諗咁吓嘞喎嚱㗎啩冚');
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[a-z]{2,}/gi;

export function languageOfWords(text: string): Locale | null {
  let han = 0;
  let cantonese = 0;
  let traditional = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han++;
    if (CANTONESE_ONLY.has(ch)) cantonese++;
    else if (HANT_TO_HANS.has(ch) && HANT_TO_HANS.get(ch) !== ch) traditional++;
  }
  const latin = (text.match(LATIN_WORD) ?? []).reduce((n, word) => n + word.length, 0);
  // English words said inside Chinese ("個 transformer 爆咗") leave it Chinese: a Cantonese word
  // decides, else it takes three letters for a character (a character carries a word) to be English.
  if (cantonese > 0) return 'yue-HK';
  if (latin >= 3 && latin >= han * 3) return 'en-US'; // "ok" is said in every language
  if (han === 0) return null;
  return traditional > 0 ? 'yue-HK' : 'zh-CN';
}
