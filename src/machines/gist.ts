/**
 * The gist of what a caller told, for a read-back (N8: summarise, then confirm): the first clauses of
 * the story, without fillers, up to about a sentence a caller can follow ("抢修的人三个小时都没来，打了好几次电话，
 * 也没人管" -> 抢修的人三个小时都没来，打了好几次电话). The whole story is kept on the work order.
 */
const MAX_UNITS = 16;
/** Han characters and digits count one each, a Latin word one. */
const units = (text: string) => (text.match(/[\p{Script=Han}\d]/gu)?.length ?? 0) + (text.match(/[a-z]+/giu)?.length ?? 0) / 2;

/**
 * The caller's words said back to the caller: "我家停电了" is read back as "您家停电了", "my lights
 * flicker" as "your lights flicker", and the company the caller called "you" becomes "we"
 * ("你们的人没来" -> 我们的人没来, "you guys never came" -> we never came): N8, in the engine's
 * words, not the caller's glued on. One pass, so a word once turned is not turned back.
 */
type Swaps = [RegExp, (word: string) => string];
const swaps = (table: Record<string, string>, flags = 'gu'): Swaps => {
  const words = Object.keys(table).sort((a, b) => b.length - a.length);
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return [new RegExp(flags.includes('i') ? `\\b(?:${pattern})\\b` : `(?:${pattern})`, flags), (word) => table[word.toLowerCase()] ?? word];
};
const ZH_LISTENER = swaps({
  我们家: '您家', 我們家: '您家', 我家: '您家',
  我们: '你们', 我們: '你們',
  你们: '我们', 你們: '我們',
  我: '您',
});
// Cantonese says 你, never 您: 我屋企 -> 你屋企, 我哋 -> 你哋; 你哋 (the company) -> 我哋.
const YUE_LISTENER = swaps({ 我哋: '你哋', 你哋: '我哋', 我: '你' });
const CANTONESE = /[冇嘅咗哋係唔喺嚟啲嗰佢乜]|屋企/u;
const EN_LISTENER = swaps({
  'i am': 'you are', "i'm": 'you are', im: 'you are', 'we are': 'you are', "we're": 'you are',
  'i was': 'you were', 'we was': 'you were',
  'you guys': 'we', 'you people': 'we', "y'all": 'we', 'your guys': 'our people', 'your people': 'our people',
  i: 'you', we: 'you', my: 'your', our: 'your', mine: 'yours', ours: 'yours', me: 'you', us: 'you',
}, 'giu');

export function toListener(text: string): string {
  const [pattern, turn] = !/\p{Script=Han}/u.test(text) ? EN_LISTENER : CANTONESE.test(text) ? YUE_LISTENER : ZH_LISTENER;
  // 自我 (self) keeps its 我.
  return text.replace(pattern, (word, offset: number) => (word === '我' && text[offset - 1] === '自' ? word : turn(word)));
}

/** wentWrong: a story's gist keeps what went wrong (below); a place's or a person's does not look for it. */
export interface GistOptions {
  wentWrong?: boolean;
}

export function gist(text: string, max = MAX_UNITS, options: GistOptions = {}): string {
  return inSentence(toListener(storyGist(text, max, options)));
}

/**
 * The gist in the caller's own words, for staff (the supervisor's whisper): the same clauses,
 * not turned to the listener ("我家" stays 我家: the supervisor is not the caller).
 */
export function quotedGist(text: string, max = MAX_UNITS): string {
  return inSentence(storyGist(text, max));
}

/** Words that carry nothing of the story: spoken fillers. */
const FILLERS = /(?:那个|那個|这个|這個|就是说|就是|然后|然後|嗰個|即係|嗯+|呃+)|\b(?:um+|uh+|you know|i mean|like|basically|kind of|sort of)\b,?\s*/giu;
/**
 * A speaker's hedges and sentence particles (吧, 啊, 好像, 大概; Cantonese 㗎, 喎, 囉): the caller's way
 * of saying it, not the fact, so the engine's read-back leaves them out (issue 14 item 1, N8):
 * "从昨天晚上八点多吧就没电了" -> 从昨天晚上八点多就没电了, "师傅姓王吧好像" -> 师傅姓王.
 */
const HEDGES = /(?:好像是?|大概是?|应该是|應該係|好似係?|估計)|(?<![酒网網])(?:吧|啊|呀)|(?:嘛|啦|喇|喔|噢|哦|㗎|喎|囉|啫)(?=[\s,;!?，；！？。、.]|$)|\b(?:i think|i guess|probably|maybe)\b,?\s*/giu;
/** A clause that only says "at my home": the read-back names the address itself. */
const HOME_ONLY = /^(?:在?(?:我|我们|我們)?(?:家|家里|家裡|屋企)(?:里|裡)?|(?:at )?(?:my|our) (?:home|place|house|flat))$/iu;
/** A clause that says what went wrong (no one came, rude, overcharged): the heart of a complaint. */
const WENT_WRONG = /[没沒不未冇唔差骂罵乱亂贵貴慢坏壞错錯凶兇]|多收|多扣|\b(?:never|not|no one|nobody|rude|wrong|overcharged?|late|broken?)\b|n't\b/iu;
/** How far over the gist's length the first clause and the one that says what went wrong may run together. */
const WRONG_SLACK = 6;

/** The story's clauses: punctuation ends one, and so does a space between Chinese words (speech as an ASR writes it). */
function clausesOf(text: string): string[] {
  const clauses = text
    .replace(FILLERS, '')
    .replace(HEDGES, '')
    .trim()
    .split(/(?<=[,;!?，；！？。])\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
    .map((clause) => clause.replace(/^[\s,;!?，；！？。、.]+|[\s,;!?，；！？。、.]+$/gu, '').replace(/^(?:so|well|okay|ok|and)\b,?\s*/iu, '').trim())
    .filter((clause) => clause !== '');
  // "我家里，从昨晚就没电了": the home alone says nothing the read-back's address does not.
  const told = clauses.filter((clause) => !HOME_ONLY.test(clause));
  return told.length > 0 ? told : clauses;
}

/**
 * The first clauses up to `max` units; when none of them says what went wrong and a later one
 * does ("抄表员上周三来我家，态度特别差"), that one is said too (with the first if both fit), so a
 * read-back keeps the grievance, not only the scene. Joined in the engine's punctuation.
 */
function storyGist(text: string, max: number, { wentWrong = true }: GistOptions = {}): string {
  const clauses = clausesOf(text);
  const kept: string[] = [];
  for (const clause of clauses) {
    if (kept.length > 0 && units(kept.join('') + clause) > max) break;
    kept.push(clause);
  }
  const wrong = wentWrong ? clauses.find((clause) => WENT_WRONG.test(clause)) : undefined;
  const chosen = kept.some((clause) => WENT_WRONG.test(clause)) || !wrong ? kept : units(clauses[0]! + wrong) <= max + WRONG_SLACK ? [clauses[0]!, wrong] : [wrong];
  return chosen.join(/\p{Script=Han}/u.test(text) ? '，' : ', ');
}

/**
 * A gist is said inside the engine's sentence ("Let me check: ..., the whole flat has no power."),
 * so an English caller's capital that began his own sentence goes: "The whole" -> "the whole".
 * A word in capitals (TV, ATM) keeps them; Chinese has no case.
 */
export function inSentence(text: string): string {
  return text.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase());
}
