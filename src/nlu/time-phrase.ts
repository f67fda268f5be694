/**
 * When something happened, in words said in passing (N8: a read-back summarises): "东山镇新街有户人家
 * 私拉电线 晚上最明显" -> 晚上; "琴日夜晚十點幾見到有人駁電" -> 琴日夜晚十點幾; "I saw it last night around
 * 10 pm" -> last night around 10 pm. The longest run of time words, in the caller's words; null when
 * none is said (then none is read back). The whole story is kept on the work order.
 */

const HAN_DIGIT = '[\\d一二三四五六七八九十两兩]';
const HAN_WEEKDAY = '[一二三四五六日天]';
/** A time word of Mandarin or Cantonese; runs of them ("昨天晚上十点多") are one phrase. */
const HAN_TIME = new RegExp(
  [
    '大前天|前天|昨天|今天|昨晚|今晚|昨夜|前日|昨日|琴日|尋日|寻日|琴晚|尋晚|寻晚|今日|今朝|成日|日日|每天|天天|每晚|晚晚|夜夜|最近|近排|这几天|這幾天|呢幾日|这两天|這兩天',
    `(?:上|这|這|呢)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)${HAN_WEEKDAY}?`,
    '周末|週末|月底|月初|上个月|上個月|上月|半个月前|半個月前',
    '凌晨|清早|早上|早晨|朝早|上午|上晝|中午|晏晝|下午|下晝|傍晚|晚上|晚黑|夜晚|夜晚黑|夜里|夜裡|半夜|深夜|夜间|夜間|白天|日头|日頭|每日',
    `${HAN_DIGIT}{1,2}月${HAN_DIGIT}{1,3}[日号號]?`,
    `${HAN_DIGIT}{1,3}[点點](?:钟|鐘)?(?:多|半|左右|几|幾|${HAN_DIGIT}{1,2}分?)?`,
    `${HAN_DIGIT}{1,2}(?:天|日|个星期|個星期|个月|個月)(?:前|之前|以前)`,
  ].join('|'),
  'gu',
);

const EN_UNIT = '(?:minutes?|hours?|days?|weeks?|months?)';
const EN_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)';
/** An English time phrase; neighbours joined by a space or a small word ("last night around 10 pm") are one. */
const EN_TIME = new RegExp(
  [
    // The longer phrase first: "yesterday afternoon" is one, not "yesterday" and a word left over.
    `\\b(?:this|yesterday|in the|every)\\s+(?:morning|afternoon|evening|night)\\b`,
    `\\b(?:yesterday|today|tonight|last night|every (?:night|day|evening|morning)|at night|overnight|recently|these days|the other day)\\b`,
    `\\b(?:last|this|on|every)\\s+${EN_DAY}s?\\b`,
    `\\b(?:last|this)\\s+(?:week|month)\\b`,
    `\\b(?:\\d+|a|an|one|two|three|few|a few)\\s+${EN_UNIT}\\s+ago\\b`,
    `\\b(?:(?:at|around|about)\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|o'clock)(?=\\W|$)`,
  ].join('|'),
  'giu',
);
/** What may stand between two time words of one phrase. */
const HAN_JOIN = /^(?:的|嘅|左右|前后|前後)?$/u;
const EN_JOIN = /^\s*(?:,?\s*(?:around|about|at|in the)?\s*)$/iu;

export function timePhraseIn(text: string): string | null {
  const said = text.normalize('NFKC');
  const han = /\p{Script=Han}/u.test(said);
  const pattern = han ? HAN_TIME : EN_TIME;
  const join = han ? HAN_JOIN : EN_JOIN;
  let best: { start: number; end: number } | null = null;
  let run: { start: number; end: number } | null = null;
  for (const match of said.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    run = run && join.test(said.slice(run.end, start)) ? { start: run.start, end } : { start, end };
    if (!best || run.end - run.start > best.end - best.start) best = run;
  }
  return best ? said.slice(best.start, best.end).trim() : null;
}
