import type { Locale } from '../core/locale.js';
import { normalizeText } from './normalize.js';

export type YesNo = 'yes' | 'no';

/**
 * Answers to a yes/no question (N8 confirmations, "is there danger?" in N10).
 * The answer word must open the utterance ("不是 我说的是3100..." is a no); the longest
 * match wins, so 没错 (yes) beats 没 (no) and 不是 (no) beats 是 (yes). Some openings are
 * explicitly neither: a question back (是不是, 有没有, 係唔係), "I don't know"
 * (不清楚, 唔知, not sure), or words that only look like answers (没电 "no power",
 * 啱啱 "just now", 唔该 "please/thanks"). A bare hesitation (嗯) is not a yes: the flow asks again.
 * English answers may follow an opener ("well yes it is", "oh no"). One table serves every
 * locale: callers answer "OK" in the Mandarin flow and 係 in a mixed one.
 */
export function yesNo(text: string, locale?: Locale): YesNo | null {
  return matchYesNo(normalizeText(text), locale)?.answer ?? null;
}

export interface YesNoMatch {
  answer: YesNo | null;
  /** What follows the answer (and any repeats of it and particles), normalized. */
  rest: string;
  /**
   * The words after it say the answer again in other words: a no that declines once more ("不用
   * 不需要派人来", "no thanks, don't need a text", "唔使喇 唔使發短訊"), a yes that agrees once more
   * ("行 那就照这个办吧", "yes sir, spot on"). Such a sentence is the answer, not a statement after it.
   */
  echoed?: boolean;
}

const ZH_YES = [
  '是', '是的', '是啊', '是呀', '对', '对的', '对啊', '没错', '正确', '好', '好的', '好啊', '好吧', '行',
  '可以', '可以的', '确认', '确定', '有', '有的', '要', '需要', '就是就是', '就是的', '没问题', '没有问题', '当然',
  '对头', '同意', '愿意', '不错', '是这样', '没毛病',
  // Colloquial and regional: 好嘞, 得嘞, 要得 (southwest); alone only, below: 中 (Henan), 嗯呐 (its 嗯 is dropped).
  '好嘞', '得嘞', '要得', '妥了', '没得问题', '就这么办', '照办',
  '係', '係呀', '係嘅', '啱', '啱嘅', '冇錯', '得', '冇問題', '梗係', '當然係', '啱晒', '啱啱啱', '係係係',
];
const ZH_NO = [
  '不是', '不对', '没有', '没', '不', '不要', '不用', '不需要', '错了', '错', '不行', '不可以',
  '不正确', '否', '不同意', '不愿意', '不好', '别', '算了', '算啦', '算喇', '算吧', '无',
  '唔係', '唔啱', '冇', '唔使', '唔洗', '唔駛', '唔要', '唔得', '錯咗', '唔好', '唔同意', '唔需要', '唔係呀',
  // A no said fully or softly: "都没有", "啥也没有", "应该没有" ("I don't think so"), "梗係冇" (of course not).
  '木有', '都没有', '一个都没有', '什么都没有', '啥都没有', '啥也没有', '并没有', '绝对没有', '完全没有', '那倒没有',
  '倒是没有', '应该没有', '好像没有', '暂时没有', '目前没有', '没事', '没事儿', '冇事', '冇嘢', '不是我的', '唔系我嘅', '唔係我嘅',
  '都冇', '乜都冇', '咩都冇', '應該冇', '好似冇', '暫時冇', '梗係冇', '梗係唔係',
];
const ZH_NEITHER = [
  '是不是', '是否', '对不对', '好不好', '行不行', '可不可以', '有没有', '要不要', '是吗', '对吗',
  '不知道', '不清楚', '不确定', '不太清楚', '不记得', '不好意思', '不太懂', '不懂', '不太', '不一定',
  // 就是 opens sentences ("就是我家的电..."): a yes only as 就是的 / 就是就是.
  '就是', '没电', '没有电', '有电', '不来电', '不是很清楚', '好像', '可能', '也许', '或者', '没什么',
  '係唔係', '係咪', '啱唔啱', '得唔得', '好唔好', '有冇', '要唔要', '唔知', '唔清楚', '唔記得',
  '唔好意思', '唔該', '啱啱', '冇電', '有電', '好似', '唔肯定', '唔明',
];
const EN_YES = [
  'yes', 'yeah', 'yep', 'yup', 'yea', 'ya', 'correct', 'right', 'sure', 'ok', 'okay', 'alright',
  'all right', 'affirmative', 'exactly', 'absolutely', 'definitely', 'certainly', 'of course',
  'that is right', 'that is correct', 'no problem', 'no worries', 'i do', 'it is', 'there is', 'indeed',
  // Colloquial (US) and spoken: elongated forms ("yuuup", "yesss") are matched with their letters collapsed.
  'yessir', 'yes sir', 'yes maam', 'you bet', 'you betcha', 'spot on', 'sounds good', 'works for me', 'that works',
  'for sure', 'sure thing', 'roger', 'roger that', 'you got it', 'uh huh', 'mhm', 'mm hmm',
  'yes indeed', 'damn right', 'go ahead', 'let us do it', 'fine by me', 'that is me',
];
// Not "do not" or "not" alone: "I don't have power" is not an answer.
const EN_NO = [
  'no', 'nope', 'nah', 'wrong', 'incorrect', 'negative', 'not really', 'not at all', 'no way',
  'that is wrong', 'not correct', 'not right', 'that is not right', 'that is not correct',
  'there is not', 'it is not', 'none', 'never', 'i do not think so', 'do not think so', 'not that one',
  'nothing', 'nothing like that', 'none at all', 'not that i can see', 'not that i know of', 'i do not see any',
  'i do not see anything', 'no nothing',
  // Colloquial, and disowning what was read back ("not mine", "wasn't me").
  'naw', 'nay', 'no sir', 'no maam', 'negatory', 'hell no', 'not a chance', 'nope nope', 'not mine', 'not me',
  'that is not mine', 'that is not me', 'it was not me', 'was not me', 'a negative', 'that is a negative',
  'that would be a negative', 'that would be a no', 'that is a no', 'not today', 'no can do', 'that is not my',
  // "there is no hazard" is a no, not the yes "there is" (the longest words win).
  'there is no', 'there is nothing', 'there are no', 'there are not any', 'there is not any',
];
const EN_NEITHER = [
  'not sure', 'i am not sure', 'am not sure', 'do not know', 'i do not know', 'maybe', 'perhaps', 'no idea',
  'is it', 'is there', 'no power', 'no electricity', 'no lights', 'no one', 'nobody', 'not know',
  'there is no power', 'there is no electricity', 'there is no light', 'there are no lights', 'there is no current',
  // Statements, not answers: "I do not have power" must not read as "I do".
  'i do not', 'do not', 'i did not', 'did not', 'i have not', 'i can not', 'can not', 'i am not',
];
// Openers before an English answer: "well yes", "oh no", "sorry no".
const EN_OPENERS = new Set(['well', 'oh', 'so', 'actually', 'sorry', 'and', 'but', 'ah', 'i', 'think', 'guess', 'mean']);

// Yes only when said alone: 中 (Henan "OK") opens 中午, 中间; 成 opens 成个; 呐 / 哪 (嗯呐 without its 嗯) open other words.
const ZH_YES_ALONE = ['中', '中中', '成', '成成', '妥', '呐', '哪'];

interface Entry { words: string; answer: YesNo | null }

function entries(list: string[], answer: YesNo | null): Entry[] {
  return list.map((w) => ({ words: normalizeText(w), answer }));
}
const ZH: Entry[] = [...entries(ZH_YES, 'yes'), ...entries(ZH_NO, 'no'), ...entries(ZH_NEITHER, null)];
const EN: Entry[] = [...entries(EN_YES, 'yes'), ...entries(EN_NO, 'no'), ...entries(EN_NEITHER, null)];

// Particles that may trail or repeat an answer: 是的呀, 对对对, 係呀係呀, yes please.
const ZH_PARTICLES = /^(?:的|了|啊|呀|吧|啦|嘛|喇|嘅|咯|啰|呢|哈|噢|哇|谢谢|唔该|多谢|哦)/u;
const EN_PARTICLES = /^(?:please|thanks|thank you|it is|sir|madam|ma'am|yes|yeah|no)\b ?/;

/** "right" before a word of place or time ("right outside", "right here", "right now") is that place or time. */
const RIGHT_AS_ADVERB = /^ (?:outside|inside|here|there|now|away|next|behind|in front|across|by|at|on|in|after|before|back|above|below|down|up|over|under|off|into|beside|near|opposite|around|then|after)\b/;

/** Longest answer word at the start (after English openers like "well"). */
export function matchYesNo(normalized: string, _locale?: Locale): YesNoMatch | null {
  const zh = longestAt(normalized, ZH, false);
  if (zh) return answered(zh, normalized.slice(zh.words.length));
  const alone = ZH_YES_ALONE.find((w) => normalized.replace(/[的了啊呀吧啦嘛喇嘅咯啰哈哦 ]+$/u, '') === w);
  if (alone) return { answer: 'yes', rest: '' };
  const words = normalized.split(' ');
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    const en = longestAt(tail, EN, true);
    // "right outside my house", "right now": "right" says where or when, no yes (N8: only a real yes is one).
    if (en && en.words === 'right' && RIGHT_AS_ADVERB.test(tail.slice(en.words.length))) return null;
    if (en) return answered(en, tail.slice(en.words.length));
    // "yuuup", "nooo", "yesss": letters held longer than written.
    const held = longestAt(collapse(tail), EN_COLLAPSED, true);
    if (held) return answered(held, words.slice(i + held.words.split(' ').length).join(' '));
    if (!EN_OPENERS.has(words[i]!)) break;
  }
  return null;
}

function answered(entry: Entry, after: string): YesNoMatch {
  const { rest, repeated } = restAfter(after, entry);
  const echoed = rest !== '' && (repeated || (entry.answer !== null && startsWithAny(rest, entry.answer === 'yes' ? YES_ECHO : NO_ECHO)));
  return echoed ? { answer: entry.answer, rest, echoed } : { answer: entry.answer, rest };
}

const collapse = (s: string): string => s.replace(/([a-z])\1+/g, '$1');
const EN_COLLAPSED: Entry[] = EN.map((e) => ({ words: collapse(e.words), answer: e.answer }));

// The answer said again in other words (YesNoMatch.echoed).
const NO_ECHO = [
  '不用', '不需要', '不要', '不必', '别', '没事', '没有', '算了', '都没有', '什么都没', '啥都没', '你放心', '放心',
  '唔使', '唔洗', '唔要', '唔好', '唔需要', '冇事', '冇', '都冇', '乜都冇', '放心',
  'do not', 'no need', 'never', 'not', 'nobody', 'nothing', 'none', 'no one', 'was not', 'is not', 'it is not', 'that is not',
  'i never', 'i do not need', 'we do not need', 'i am good', 'i am fine', 'we are good', 'we are fine', 'all good', 'no worries',
];
const YES_ECHO = [
  '照办', '照这', '照你', '就照', '就按', '按你', '听你', '就这样', '就这么', '就这个', '没意见', '没问题', '同意', '可以', '行', '好的',
  '就咁', '冇问题', '冇意见', '得', '就系咁',
  'go ahead', 'sounds good', 'works for me', 'that works', 'let us', 'do it', 'that is fine', 'fine', 'perfect', 'great',
  'spot on', 'you bet', 'that is right', 'that is correct', 'exactly', 'correct', 'right', 'roll with', 'sure', 'absolutely',
];

function startsWithAny(said: string, list: readonly string[]): boolean {
  // "行 那就照这个办吧": a 那 / 那就 / 咁 that carries on is no new statement.
  const rest = said.replace(/^(?:那么|那就|那|咁就|咁|噉|就|then |so )/, '');
  return list.some((w) => rest.startsWith(w) && (!/[a-z]$/.test(w) || rest.length === w.length || rest[w.length] === ' '));
}

function longestAt(s: string, list: Entry[], wordBoundary: boolean): Entry | null {
  let best: Entry | null = null;
  for (const e of list) {
    if (!s.startsWith(e.words)) continue;
    if (wordBoundary && s.length > e.words.length && s[e.words.length] !== ' ') continue;
    if (!best || e.words.length > best.words.length) best = e;
  }
  return best;
}

function restAfter(rest: string, matched: Entry): { rest: string; repeated: boolean } {
  let s = rest.trim();
  let repeated = false;
  for (let guard = 0; guard < 20 && s; guard++) {
    const again = longestAt(s, ZH, false) ?? longestAt(s, EN, true);
    if (again && again.answer === matched.answer && again.answer !== null) {
      s = s.slice(again.words.length).trim();
      repeated = true;
      continue;
    }
    const p = s.match(ZH_PARTICLES) ?? s.match(EN_PARTICLES);
    if (!p) break;
    s = s.slice(p[0].length).trim();
  }
  return { rest: s, repeated };
}

/** After a yes: words that turn away from it ("对，但是我家还是没电", "yes but I want to complain"). */
const AFTER_YES_TURNS = ['但是', '但系', '可是', '不过', '只不过', '只是', '但', 'but', 'though', 'however', 'except', 'actually'];
/** After a no: those, and what the caller means instead ("不是，我是想投诉", "no, I want to report a fault"). */
const AFTER_NO_TURNS = [...AFTER_YES_TURNS, '我是想', '我是要', '我系想', '我系要', '我想', '我要', '我只是想', 'i want', 'i would like', 'i need', 'i am calling'];

/**
 * Whether the words after a yes or a no (`YesNoMatch.rest`) turn away from it: the answer was not
 * meant alone, and a statement follows that says what the caller means. "是的，我要报修" does not
 * turn away from its yes; "不是，我想投诉" does from its no.
 */
export function turnsAway(match: YesNoMatch): boolean {
  if (!match.answer || match.rest === '') return false;
  const turns = match.answer === 'yes' ? AFTER_YES_TURNS : AFTER_NO_TURNS;
  return turns.some((w) => match.rest.startsWith(w) && (!/^[a-z]/.test(w) || match.rest.length === w.length || match.rest[w.length] === ' '));
}

// "There is no hazard at all", "all safe here", "zero danger", "危险倒是一点都没有", "冇咩危險": a statement that
// there is no danger answers "is there danger?" with a no, wherever in the words it stands.
const NO_DANGER =
  /\b(?:no|zero|not any|nothing|without any) (?:real |actual )?(?:danger\w*|hazard\w*)|\bnot (?:dangerous|hazardous)\b|\b(?:all|everything is|everyone is|everybody is|we are|it is) (?:safe|fine and safe)\b|(?:没有|没|冇|无|不存在|并无)(?:什么|啥|任何|咩|乜嘢)?(?:危险|危險|安全隐患)|(?:危险|危險)(?:倒是|倒係|倒|是|係)?(?:一点|一啲|完全|根本)?(?:都|也)?(?:没有|没|冇|无)/;

/** Whether the words say there is no danger (the recognizer reads it as a no when nothing else is asked). */
export function saysNoDanger(normalized: string): boolean {
  return NO_DANGER.test(normalized);
}

// A judgement of what was read back (N8), said as a statement: "地址你念得一点没错", "you read the address back
// perfectly" (a yes); "这个手机号不是我的", "that number belongs to somebody else, not mine" (a no). Not "I dialed
// the wrong number": that is a caller who reached us by mistake.
const READ_BACK = /号码|号|电话|手机|地址|户号|名字|户名|number|address|name|account|phone|cell/;
const READ_BACK_YES =
  /(?:念|读|讲|说|报)得?(?:一点|一啲|完全)?(?:都|也)?(?:没错|冇错|对|啱|正确)|\b(?:read|got|have) (?:the |my |it |that )?(?:\w+ )?(?:back )?(?:perfectly|exactly right|just right|right)\b/;
const READ_BACK_NO =
  /不是我的|唔系我嘅|唔系我的|(?:belongs? to|is) (?:somebody|someone|some one) else|somebody else s|someone else s|\bnot mine\b|\bis not (?:my|ours)\b/;

/** A yes or a no said of what was read back, as a statement rather than an opening word; or null. */
export function judgesReadBack(normalized: string): YesNo | null {
  if (!READ_BACK.test(normalized)) return null;
  if (READ_BACK_NO.test(normalized)) return 'no';
  if (READ_BACK_YES.test(normalized)) return 'yes';
  return null;
}
