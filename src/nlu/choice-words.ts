/**
 * Answers named by their words (AskChoice.words): 满意 / 基本满意 / 不满意, 清楚 / 不清楚. The words of
 * every locale count, since callers mix languages; the longest word found in the utterance wins,
 * so 不满意 beats 满意 and "not satisfied" beats "satisfied". English words match whole words only
 * ("dissatisfied" holds no "satisfied"), and not just after a "not" ("not really clear" is no "clear").
 * Text and words are compared in normalized form
 * (Traditional folded to Simplified, case and punctuation dropped).
 */
import type { AskChoice } from '../core/meta.js';
import { normalizeText } from './normalize.js';

const cache = new WeakMap<AskChoice, string[]>();

function wordsOf(choice: AskChoice): string[] {
  let words = cache.get(choice);
  if (!words) {
    words = Object.values(choice.words ?? {})
      .flatMap((list) => [...(list ?? [])])
      .map(normalizeText)
      .filter((w) => w !== '');
    cache.set(choice, words);
  }
  return words;
}

function found(text: string, word: string): boolean {
  if (!/^[a-z0-9 ]+$/.test(word)) return text.includes(word);
  // An English word negated just before it ("not really clear", "not satisfied") is not that word;
  // the negated form is a word of its own (in the other choice's list).
  const pattern = new RegExp(`(?:^|[^a-z0-9])${word.replace(/ /g, '\\s+')}(?:$|[^a-z0-9])`, 'g');
  for (const m of text.matchAll(pattern)) {
    const before = text.slice(0, m.index).trim().split(/\s+/).slice(-2);
    if (!before.includes('not') && !before.includes('never')) return true;
  }
  return false;
}

/** The id of the choice whose longest word is in `utterance`, or null. */
export function choiceByWords(utterance: string, choices: readonly AskChoice[]): string | null {
  const text = normalizeText(utterance);
  if (text === '') return null;
  let best: { id: string; length: number } | null = null;
  for (const choice of choices) {
    for (const word of wordsOf(choice)) {
      if (word.length > (best?.length ?? 0) && found(text, word)) best = { id: choice.id, length: word.length };
    }
  }
  return best?.id ?? null;
}
