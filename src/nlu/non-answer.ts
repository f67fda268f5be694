/**
 * Words that answer a free-text question without telling anything (N5, N8): a "don't know"
 * ("不知道", "唔清楚", "I don't know his name"), or a bare yes or no ("是", "啱", "没有了").
 * Such words are no fact of a complaint or a report: the flow asks again with an example, or
 * leaves the part unknown and says so in its own words; it never reads them back ("在不知道",
 * "同啱有關"), and the engine never says 不知道 to a caller.
 *
 * The words are data (`locales/words/<locale>.json`): `answer.unknown`, the phrases of not knowing,
 * and `answer.filler`, the small words around them ("他叫什么", "his name", "佢叫咩名") that add
 * nothing. A don't-know with more beside it ("我不知道为什么电费多了一百多") is a story, not a
 * non-answer. Every locale's words count, since callers mix languages.
 */
import { LOCALES } from '../core/locale.js';
import { choiceWordsData } from './choice-words.js';
import { normalizeText } from './normalize.js';
import { matchYesNo } from './yes-no.js';

export type NonAnswer = 'unknown' | 'yesno';

/** What may be left beside a don't-know that still says nothing: one character or one word. */
const MAX_LEFT_HAN = 1;
const MAX_LEFT_WORDS = 1;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compiled = new Map<string, RegExp[]>();
/** The words of a key, longest first, as patterns on normalized text (English as whole words). */
function patterns(key: string): RegExp[] {
  let list = compiled.get(key);
  if (!list) {
    const data = choiceWordsData();
    const words = [...new Set(LOCALES.flatMap((l) => [...(data[l][key] ?? [])]).map(normalizeText).filter(Boolean))];
    words.sort((a, b) => b.length - a.length);
    list = words.map((w) => (/^[a-z0-9 ]+$/.test(w) ? new RegExp(`(?<![a-z0-9])${escape(w).replace(/ /g, '\\s+')}(?![a-z0-9])`, 'g') : new RegExp(escape(w), 'g')));
    compiled.set(key, list);
  }
  return list;
}

function without(text: string, key: string): string {
  return patterns(key).reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/** Whether the words say nothing as an answer: a don't-know (with at most small words beside it), or a yes or no alone. */
export function nonAnswer(text: string): NonAnswer | null {
  const normalized = normalizeText(text);
  if (normalized === '') return null;
  const yn = matchYesNo(normalized);
  if (yn?.answer && yn.rest.trim() === '') return 'yesno';
  const rest = without(normalized, 'answer.unknown');
  if (rest === normalized) return null;
  const left = without(rest, 'answer.filler');
  const han = left.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = left.match(/[a-z0-9]+/g)?.length ?? 0;
  return han <= MAX_LEFT_HAN && words <= MAX_LEFT_WORDS ? 'unknown' : null;
}
