import type { Locale } from '../core/locale.js';
import { foldToSimplified } from './hant-to-hans.js';

/**
 * Spoken or typed numbers -> a digit string, for account and phone numbers (N8: the flow
 * reads the digits back for confirmation). Returns '' when there are no digits.
 *
 * Digits are read digit by digit, as callers read account and phone numbers:
 * 幺三五 -> "135", "double five" -> "55", 两个零 -> "00". Everything that is not a number
 * (spaces, punctuation, words around the number) is ignored.
 *
 * Place values: a group that has 十/百/千 (or English ten..ninety, hundred) is read as a
 * cardinal, because the caller said a number, not digits: 二十三 -> "23", 一百零五 -> "105",
 * "twenty one" -> "21", "eight hundred" -> "800". Dropping the place word would lose what
 * the caller said. 万/亿 are not supported (nobody reads an account number that way).
 *
 * Chinese and English number words are both understood in every locale (a caller may read
 * a number in English in the Mandarin flow), so the locale changes nothing today; it is in
 * the signature for locale-specific rules to come.
 */
export function spokenDigits(text: string, _locale?: Locale): string {
  let s = foldToSimplified(text.normalize('NFKC').toLowerCase());
  s = s.replace(ZH_NUMERAL_WORDS, ' ');
  s = s.replace(ZH_REPEAT, (_m, n: string, d: string) => d.repeat(zhDigitValue(n)));
  s = s.replace(ZH_CARDINAL, (group: string) => cardinalZh(group));
  s = zhDigitsToAscii(s);
  return englishDigits(s);
}

const STRONG_ZH: Record<string, string> = {
  零: '0', 〇: '0', 幺: '1', 一: '1', 壹: '1', 二: '2', 贰: '2', 三: '3', 叁: '3', 四: '4',
  肆: '4', 五: '5', 伍: '5', 六: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};
// Radio-style readings (洞 0, 两 2, 拐 7, 勾 9) are also ordinary words (两天, 拐弯): they
// count only next to another numeral.
// 陆 (formal 6) is also 大陆 (the mainland).
const WEAK_ZH: Record<string, string> = { 洞: '0', 两: '2', 拐: '7', 勾: '9', 陆: '6' };
// ASR homophones of digit words (要 for 幺, 而 for 二, 酒 for 九, Cantonese 狗 for 九): words
// of their own, so they count only inside a number, with a numeral on both sides
// ("三一零零要二..." is 31001 2...).
const HOMOPHONE_ZH: Record<string, string> = {
  林: '0', 玲: '0', 铃: '0', 灵: '0', 令: '0',
  要: '1', 腰: '1', 妖: '1', 衣: '1', 医: '1', 依: '1', 伊: '1',
  而: '2', 儿: '2', 尔: '2', 耳: '2', 意: '2', 易: '2',
  山: '3', 伞: '3', 散: '3', 衫: '3',
  死: '4', 寺: '4', 似: '4', 丝: '4', 洗: '4',
  午: '5', 舞: '5', 武: '5', 吴: '5', 捂: '5',
  溜: '6', 留: '6', 流: '6', 刘: '6', 柳: '6', 绿: '6', 碌: '6',
  期: '7', 妻: '7', 漆: '7', 齐: '7', 骑: '7',
  吧: '8', 巴: '8', 爸: '8', 拔: '8', 疤: '8',
  久: '9', 酒: '9', 旧: '9', 救: '9', 舅: '9', 狗: '9', 够: '9',
};

// 是 for 四 (shì / sì, a southern accent's merger) is the copula of every number said ("户号是三一…",
// "一三九，是一三九…"): a digit only with a numeral right against it on both sides ("一三九是二三四").
const CLOSE_HOMOPHONE_ZH: Record<string, string> = { 是: '4' };

// Words that contain a numeral but are not numbers (问一下, 一点, 这一片, 统一...).
const ZH_NUMERAL_WORDS = new RegExp(
  [
    '一下', '一点', '一些', '一直', '一样', '一起', '一般', '一定', '一共', '一会', '一遍', '一次',
    '一位', '一天', '一切', '一边', '一块', '一句', '一声', '一种', '一半', '一片', '一带', '一旦',
    '一向', '一早', '一晚', '一整', '一栋', '一家', '一啲', '一齐', '统一', '万一', '唯一', '第一',
    '两天', '两次', '两下', '两句', '三天', '一个月', '两个月', '十分', '百分', '千万', '一百个',
  ].join('|'),
  'g',
);
const ZH_NUM_CLASS = '零〇幺一二三四五六七八九两';
// "两个零" (two zeros), "三个八" (888): the Chinese way to say double / triple.
const ZH_REPEAT = new RegExp(`([二三四五六七八九两])个([${ZH_NUM_CLASS}0-9])`, 'g');
const ZH_CARDINAL = new RegExp(`[${ZH_NUM_CLASS}]*[十百千][${ZH_NUM_CLASS}十百千]*`, 'g');

function zhDigitValue(ch: string): number {
  return Number(STRONG_ZH[ch] ?? WEAK_ZH[ch] ?? ch);
}

const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二十三 -> "23", 一百二 -> "120"; a group that is not a well-formed cardinal is read digit by digit. */
function cardinalZh(group: string): string {
  let total = 0;
  let cur = -1;
  let lastPlace = 0;
  let zero = false;
  for (const ch of group) {
    const place = PLACE[ch];
    if (place !== undefined) {
      if (lastPlace !== 0 && place >= lastPlace) return digitByDigit(group);
      total += (cur < 0 ? 1 : cur) * place;
      lastPlace = place;
      cur = -1;
      zero = false;
    } else if (ch === '零' || ch === '〇') {
      if (cur >= 0) return digitByDigit(group);
      zero = true;
    } else {
      if (cur >= 0) return digitByDigit(group);
      cur = zhDigitValue(ch);
    }
  }
  // 一百二 is 120 and 三千五 is 3500 (colloquial); 一百零二 is 102.
  if (cur >= 0) total += !zero && lastPlace >= 100 ? (cur * lastPlace) / 10 : cur;
  return ` ${total} `;
}

function digitByDigit(group: string): string {
  return ` ${Array.from(group, (ch) => (PLACE[ch] ? '' : String(zhDigitValue(ch)))).join('')} `;
}

/** Whether a numeral is next to chars[i] in this direction; `overHomophones` looks past homophones (零林林一). */
function isNumeralAt(chars: string[], i: number, step: number, overHomophones = false): boolean {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    const c = chars[j]!;
    if (/\s/.test(c) || (overHomophones && c in HOMOPHONE_ZH)) continue;
    return /[0-9]/.test(c) || c in STRONG_ZH || c in WEAK_ZH;
  }
  return false;
}

function isStrongNumeral(c: string | undefined): boolean {
  return c !== undefined && (/[0-9]/.test(c) || c in STRONG_ZH);
}

function zhDigitsToAscii(s: string): string {
  const chars = Array.from(s);
  return chars
    .map((c, i) => {
      const strong = STRONG_ZH[c];
      if (strong) return ` ${strong} `;
      const weak = WEAK_ZH[c];
      if (weak && (isNumeralAt(chars, i, -1) || isNumeralAt(chars, i, 1))) return ` ${weak} `;
      const homophone = HOMOPHONE_ZH[c];
      if (homophone && isNumeralAt(chars, i, -1, true) && isNumeralAt(chars, i, 1, true)) return ` ${homophone} `;
      const close = CLOSE_HOMOPHONE_ZH[c];
      if (close && isStrongNumeral(chars[i - 1]) && isStrongNumeral(chars[i + 1])) return ` ${close} `;
      return /[0-9a-z]/.test(c) ? c : ' ';
    })
    .join('');
}

const UNITS: Record<string, number> = {
  zero: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const REPEATS: Record<string, number> = { double: 2, triple: 3, treble: 3, quadruple: 4 };
// ASR homophones of digit words, counted only between two digits ("three one to four").
const HOMOPHONES_EN: Record<string, number> = { to: 2, too: 2, for: 4, fore: 4, won: 1, ate: 8, tree: 3, fife: 5, niner: 9, nein: 9 };
// "this one", "no one": the word, not the number.
const NOT_A_NUMBER_BEFORE_ONE = new Set(['this', 'that', 'no', 'any', 'every', 'some', 'the', 'which', 'a', 'each', 'right']);

function unitOf(tokens: string[], i: number): number | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t in UNITS) return UNITS[t];
  if (/^\d$/.test(t)) return Number(t);
  // "oh" and "o" are zero only inside a number: "five oh five", not "oh I see".
  if ((t === 'oh' || t === 'o') && (digitNext(tokens, i, -1) || digitNext(tokens, i, 1))) return 0;
  return undefined;
}

function isDigitToken(t: string | undefined): boolean {
  return t !== undefined && (/^\d+$/.test(t) || t in UNITS || t in TEENS || t in TENS || t in REPEATS);
}

/** Words that are digits only inside a number: oh, and the homophones. */
function isSoftDigit(t: string | undefined): boolean {
  return t === 'oh' || t === 'o' || (t !== undefined && t in HOMOPHONES_EN);
}

/** The nearest word in this direction that is not a soft digit is a digit word ("one oh oh to three"). */
function digitNext(tokens: string[], i: number, step: number): boolean {
  let j = i + step;
  while (isSoftDigit(tokens[j])) j += step;
  return isDigitToken(tokens[j]);
}

function englishDigits(s: string): string {
  const tokens = s.split(/[^a-z0-9]+/).filter(Boolean);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^\d+$/.test(t)) { out += t; continue; }
    const repeat = REPEATS[t];
    const next = unitOf(tokens, i + 1);
    if (repeat !== undefined && next !== undefined) { out += String(next).repeat(repeat); i++; continue; }
    if (t === 'one' && NOT_A_NUMBER_BEFORE_ONE.has(tokens[i - 1] ?? '')) continue;
    const unit = unitOf(tokens, i);
    if (unit !== undefined) { out += String(unit); continue; }
    const homophone = HOMOPHONES_EN[t];
    if (homophone !== undefined && digitNext(tokens, i, -1) && digitNext(tokens, i, 1)) { out += String(homophone); continue; }
    if (t in TEENS) { out += String(TEENS[t]); continue; }
    const tens = TENS[t];
    if (tens !== undefined) {
      const u = tokens[i + 1] !== undefined && tokens[i + 1]! in UNITS ? UNITS[tokens[i + 1]!]! : undefined;
      if (u !== undefined && u > 0) { out += String(tens + u); i++; } else out += String(tens);
      continue;
    }
    if (t === 'hundred' || t === 'thousand') out += hundredsSuffix(tokens, i, t === 'hundred' ? 2 : 3);
  }
  return out;
}

/** "eight hundred" -> "00" after the "8"; "one hundred twenty" -> "" (the tens word follows). */
function hundredsSuffix(tokens: string[], i: number, zeros: number): string {
  let j = i + 1;
  if (tokens[j] === 'and') j++;
  const next = tokens[j] ?? '';
  if (zeros === 2 && (next in TENS || next in TEENS)) return '';
  if (zeros === 2 && tokens[i + 1] === 'and' && next in UNITS) return '0';
  return '0'.repeat(zeros);
}
