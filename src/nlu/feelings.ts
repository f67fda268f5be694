/**
 * What the caller's words tell of how they feel and what they went through (N3, N12): an upset
 * caller ("怎么搞的", "搞乜鬼", "this is ridiculous", "again?!"), a long wait ("停了三天了",
 * "等咗好耐", "since yesterday") or the same failure again ("又停电了", "第三次", "keeps going off").
 * The words are data beside the choices' words (`locales/words/<locale>.json`: `mood.upset`,
 * `story.longWait`, `story.again`); `{n}` in a word stands for a number said any way ("三", "两",
 * "幾", "3", "a few"). Every locale's words count, since callers mix languages. Not a word on its
 * own: "三天前我搬了家" tells no wait, "我又想问一下" no failure again. Swearing is abuse (src/nlu/abuse.ts).
 */
import { LOCALES } from '../core/locale.js';
import { choiceWordsData } from './choice-words.js';
import { normalizeText } from './normalize.js';
import type { StoryTold } from '../core/events.js';

/** A number as callers say it, in normalized text (Traditional folded: 兩 is 两, 幾 is 几). */
const NUMBER = '(?:\\d+|[一二两三四五六七八九十百几半]+|a few|a couple of|a couple|several|many|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty four)';

/** Typed "!!", "?!", "！？": raised voice in writing. */
const RAISED = /[!！]{2,}|[?？][!！]|[!！][?？]/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One word of the data as a pattern on normalized text: English whole words, `{n}` any number. */
function patternOf(word: string): RegExp | null {
  const parts = word.split('{n}').map(normalizeText);
  if (parts.every((part) => part === '')) return null;
  const english = /^[a-z0-9 {}]+$/i.test(word);
  const body = parts.map(escape).join(english ? `\\s*${NUMBER}\\s*` : NUMBER).replace(/ /g, '\\s+');
  return new RegExp(english ? `(?:^|[^a-z0-9])${body}(?:$|[^a-z0-9])` : body, 'u');
}

const compiled = new Map<string, RegExp[]>();
function patterns(key: string): RegExp[] {
  let list = compiled.get(key);
  if (!list) {
    const data = choiceWordsData();
    const words = new Set(LOCALES.flatMap((locale) => [...(data[locale][key] ?? [])]));
    list = [...words].map(patternOf).filter((p): p is RegExp => p !== null);
    compiled.set(key, list);
  }
  return list;
}

function says(key: string, normalized: string): boolean {
  return normalized !== '' && patterns(key).some((pattern) => pattern.test(normalized));
}

/** The words sound upset or angry (N3): the caller is answered softly from then on. */
export function soundsUpset(text: string): boolean {
  return RAISED.test(text) || says('mood.upset', normalizeText(text));
}

/** A long wait or the same failure again, told in the words; the failure again first (it is the stronger grievance). */
export function storyTold(text: string): StoryTold | null {
  const normalized = normalizeText(text);
  if (says('story.again', normalized)) return 'again';
  if (says('story.longWait', normalized)) return 'longWait';
  return null;
}
