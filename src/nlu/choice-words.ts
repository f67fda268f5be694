/**
 * Answers named by their words: 整栋楼, 匿名, 电价, 不知道户号, 满意 / 不满意, "just my place".
 * The words are data, one file per locale beside the prompts (`locales/words/<locale>.json`),
 * keyed by the choice's id or by the key it names (`AskChoice.words`, e.g. `consent.yes` where a
 * yes has words of its own). The words of every locale count, since callers mix languages; the
 * longest word found in the utterance wins, so 不满意 beats 满意 and "the whole village" beats
 * "village". English words match whole words only ("dissatisfied" holds no "satisfied"), and not
 * just after a "not" ("not really clear" is no "clear"). Text and words are compared in normalized
 * form (Traditional folded to Simplified, case and punctuation dropped, contractions expanded).
 */
import { readFileSync } from 'node:fs';
import type { AskChoice } from '../core/meta.js';
import { LOCALES, type Locale } from '../core/locale.js';
import { normalizeText } from './normalize.js';

/** The words of each choice key, per locale, as written in the data files. */
export type ChoiceWordsData = Record<Locale, Record<string, readonly string[]>>;

const WORDS_DIR = new URL('../../locales/words/', import.meta.url);

function readWords(locale: Locale): Record<string, readonly string[]> {
  const path = new URL(`${locale}.json`, WORDS_DIR);
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`choice words: ${path.pathname} must hold one object of key -> list of words`);
  for (const [key, list] of Object.entries(data)) {
    if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || w.trim() === '')) {
      throw new Error(`choice words: "${key}" in ${path.pathname} must be a list of non-empty strings`);
    }
  }
  return data as Record<string, readonly string[]>;
}

let data: ChoiceWordsData | null = null;
/** The data files, read on first use. */
export function choiceWordsData(): ChoiceWordsData {
  data ??= Object.fromEntries(LOCALES.map((l) => [l, readWords(l)])) as ChoiceWordsData;
  return data;
}

/** The key of a choice's words in the data files. */
export function wordsKey(choice: AskChoice): string {
  return choice.words ?? choice.id;
}

const normalized = new Map<string, string[]>();

function wordsOf(choice: AskChoice): string[] {
  const key = wordsKey(choice);
  let words = normalized.get(key);
  if (!words) {
    const all = choiceWordsData();
    words = [...new Set(LOCALES.flatMap((l) => [...(all[l][key] ?? [])]).map(normalizeText).filter((w) => w !== ''))];
    normalized.set(key, words);
  }
  return words;
}

/**
 * Small words a caller puts inside a phrase without changing it: 就我们一家 is 就我一家, 不是很满意
 * is 不满意, "just my own place" is "just my place". At most two between two characters of a
 * Chinese word, one between two English words; never a negation or a content word.
 */
const INSIDE_ZH = '们的是这那个一就都也很太挺还蛮比较了';
const INSIDE_EN = 'own|the|a|an|just|only|really|very|whole|entire|all';

const patterns = new Map<string, RegExp>();
function patternOf(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = /^[a-z0-9 ]+$/.test(word)
      ? new RegExp(`(?:^|[^a-z0-9])${word.split(' ').map(escape).join(`\\s+(?:(?:${INSIDE_EN})\\s+)?`)}(?:$|[^a-z0-9])`, 'g')
      : new RegExp([...word].map(escape).join(`[${INSIDE_ZH}]{0,2}`), 'g');
    patterns.set(word, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function found(text: string, word: string): boolean {
  if (!/^[a-z0-9 ]+$/.test(word)) return text.includes(word) || patternOf(word).test(text);
  // An English word negated just before it ("not really clear", "not satisfied") is not that word;
  // the negated form is a word of its own (in the other choice's list).
  for (const m of text.matchAll(patternOf(word))) {
    const before = text.slice(0, m.index).trim().split(/\s+/).slice(-2);
    if (!before.includes('not') && !before.includes('never')) return true;
  }
  return false;
}

/** The share of the utterance a word of a `whole` choice covers at least ("没有了谢谢": 没有了). */
const WHOLE_SHARE = 0.6;

/** A choice found by its words, and how much of the utterance its word covers (0..1). */
export interface WordMatch {
  id: string;
  share: number;
}

/**
 * The choice whose longest word is in `utterance`, or null: also when two choices' words are found
 * at that length ("还有一处不对"): the words do not decide, what the sentence means does.
 */
export function matchChoiceWords(utterance: string, choices: readonly AskChoice[]): WordMatch | null {
  const text = normalizeText(utterance);
  if (text === '') return null;
  let best: { id: string | null; length: number } = { id: null, length: 0 };
  for (const choice of choices) {
    for (const word of wordsOf(choice)) {
      if (word.length < best.length || !found(text, word)) continue;
      if (choice.whole && word.length / text.length < WHOLE_SHARE) continue;
      if (word.length > best.length) best = { id: choice.id, length: word.length };
      else if (best.id !== choice.id) best = { id: null, length: word.length };
    }
  }
  return best.id === null ? null : { id: best.id, share: best.length / text.length };
}

/** The id of the choice named by its words in `utterance` (matchChoiceWords), or null. */
export function choiceByWords(utterance: string, choices: readonly AskChoice[]): string | null {
  return matchChoiceWords(utterance, choices)?.id ?? null;
}
