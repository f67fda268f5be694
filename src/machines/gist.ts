/**
 * The gist of what a caller told, for a read-back (N8: summarise, then confirm): the first clauses of
 * the story up to about a sentence a caller can follow ("抢修的人三个小时都没来，打了好几次电话，
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

export function gist(text: string, max = MAX_UNITS): string {
  return inSentence(toListener(firstClauses(text, max)));
}

/**
 * The gist in the caller's own words, for staff (the supervisor's whisper): the same first clauses,
 * not turned to the listener ("我家" stays 我家: the supervisor is not the caller).
 */
export function quotedGist(text: string, max = MAX_UNITS): string {
  return inSentence(firstClauses(text, max));
}

/** The story's first clauses, up to `max` units, without the punctuation that ended them. */
function firstClauses(text: string, max: number): string {
  const said = text.trim().replace(/[\s,;!?，；！？。、.]+$/u, '');
  // Each clause keeps the space after its comma: an English gist reads "ago, the whole", not "ago,the".
  const clauses = said.split(/(?<=[,;!?，；！？。])/u);
  let kept = '';
  for (const clause of clauses) {
    if (kept !== '' && units(kept + clause) > max) break;
    kept += kept === '' ? clause.trimStart() : clause;
  }
  return kept.replace(/[\s,;!?，；！？。、]+$/u, '');
}

/**
 * A gist is said inside the engine's sentence ("Let me check: ..., the whole flat has no power."),
 * so an English caller's capital that began his own sentence goes: "The whole" -> "the whole".
 * A word in capitals (TV, ATM) keeps them; Chinese has no case.
 */
export function inSentence(text: string): string {
  return text.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase());
}
