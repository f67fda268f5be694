/**
 * A key said instead of pressed ("一", "按一", "二号键", "press one", "option 2"): the digit, or null.
 * Only a key in the frame people say a key in counts: a sentence that merely holds a numeral
 * ("一个人都没有", "一楼", "one person is stuck") is words, never a key press.
 */
import type { Locale } from '../core/locale.js';
import { foldToSimplified } from './hant-to-hans.js';
import { spokenDigits } from './normalize-digits.js';

const ZH_DIGIT = '[0-9零〇幺一壹二贰两三叁四肆五伍六陆七柒八捌九玖]';
/** 按一 / 请按1 / 选二 / 一号键 / 按三吧 / 撳一 / 揿一 (Cantonese "press"). */
const ZH_KEY = new RegExp(`^(?:请|麻烦)?(?:按|选|摁|撳|揿|打|拨)?(?:数字)?${ZH_DIGIT}(?:号键?|键)?(?:吧|啦|呀|啊|喇|la|呢)?$`);
const EN_DIGIT = '(?:[0-9]|zero|oh|one|two|three|four|five|six|seven|eight|nine)';
/** "1", "one", "press one", "option two please", "number 3", "key one". */
const EN_KEY = new RegExp(`^(?:(?:i will |i ll |let me )?(?:press|push|hit|choose|select|pick)(?: the)? )?(?:(?:option|number|key|button) )?${EN_DIGIT}(?: please)?$`);

export function spokenKey(text: string, locale?: Locale): string | null {
  const plain = foldToSimplified(text.normalize('NFKC').toLowerCase())
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const han = plain.replace(/ /g, '');
  if (!ZH_KEY.test(han) && !EN_KEY.test(plain)) return null;
  const digits = spokenDigits(plain, locale);
  return digits.length === 1 ? digits : null;
}
