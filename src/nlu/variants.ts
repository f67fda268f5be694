/**
 * Synonym families for Chinese: a second reading of an utterance in which Cantonese and
 * colloquial Mandarin words are replaced by the standard Mandarin word the zh-CN lexicon is
 * written in (冇 -> 没有, 點解 -> 为什么, 咗 -> 了, 啥 -> 什么, 俺 -> 我). The recognizer
 * matches the lexicons against the normalized text and against this variant, so one
 * lexicon phrase ("交了钱") also covers its Cantonese and colloquial forms ("交咗錢").
 *
 * Applied to normalized text (simplified, lower case, no spaces between Han characters).
 * Only whole words with one clear meaning are folded; ambiguous ones (整 = fix / whole,
 * 啲 = some / a bit) are left alone. Danger and yes/no never look at the variant.
 */
const FAMILIES: readonly [RegExp, string][] = [
  // Cantonese -> Mandarin (longest first).
  [/点解/g, '为什么'],
  [/几时/g, '什么时候'],
  [/几耐/g, '多久'],
  [/几多/g, '多少'],
  [/(?:乜嘢|咩嘢|乜|咩)/g, '什么'],
  [/点办/g, '怎么办'],
  [/点样/g, '怎么'],
  [/边度|边处/g, '哪里'],
  [/边个/g, '谁'],
  [/系咪|系唔系|是唔是/g, '是不是'],
  [/(?<![联关体维])系(?![统列数])/g, '是'],
  [/冇/g, '没有'],
  [/唔/g, '不'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/喺/g, '在'],
  [/嚟/g, '来'],
  [/睇/g, '看'],
  [/[俾畀](?=[钱我你佢他她])/g, '给'],
  [/搵/g, '找'],
  [/佢/g, '他'],
  [/哋/g, '们'],
  [/屋企/g, '家里'],
  [/而家/g, '现在'],
  [/成日/g, '经常'],
  [/收线/g, '挂电话'],
  [/插苏/g, '插座'],
  [/电掣|总掣/g, '总闸'],
  [/跳掣/g, '跳闸'],
  [/[㗎喎噃啩]/g, ''],
  // Colloquial / regional Mandarin -> standard.
  [/为啥|为嘛|干嘛/g, '为什么'],
  [/咋/g, '怎么'],
  [/啥/g, '什么'],
  [/多会儿/g, '什么时候'],
  [/木有|莫得|没得|么有/g, '没有'],
  [/俺们|咱们/g, '我们'],
  [/俺/g, '我'],
  [/甭/g, '不用'],
  [/晓得/g, '知道'],
  [/讲/g, '说'],
  // Softeners that only pad a verb: 查一下电费 = 查电费.
  [/一下子?|一哈/g, ''],
];

/**
 * English as ASR splits or mishears key words: "out age" is an outage, "customer serves" is
 * customer service, "electric city" is electricity. Only pairs with no other likely meaning.
 */
const EN_FAMILIES: readonly [RegExp, string][] = [
  [/\bout ?ages?\b/g, 'outage'],
  [/\bpower out ?age\b/g, 'power outage'],
  [/\bblack out\b/g, 'blackout'],
  [/\belectric city\b/g, 'electricity'],
  [/\bcustomer serves?\b/g, 'customer service'],
  [/\bcomplain(?:t)? (?:meant|mint)\b/g, 'complaint'],
  [/\bsuper visor\b/g, 'supervisor'],
];

/** The synonym-folded variant of normalized text; equal to it when nothing folds. */
export function synonymVariant(normalized: string): string {
  let s = normalized;
  if (/\p{Script=Han}/u.test(s)) for (const [re, to] of FAMILIES) s = s.replace(re, to);
  if (/[a-z]/.test(s)) for (const [re, to] of EN_FAMILIES) s = s.replace(re, to);
  return s;
}
