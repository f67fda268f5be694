import { pinyin } from 'pinyin-pro';
import { synonymVariant } from '../variants.js';

/**
 * What the intent model sees of an utterance: a set of overlapping pieces of it, so that an
 * utterance it was never trained on still shares most of its pieces with ones it was.
 *
 * Chinese (normalized text, and its synonym-folded variant so Cantonese and Mandarin share
 * evidence): characters, character bigrams and trigrams, with the start and end of the
 * utterance marked (an answer word that opens a sentence is not the same as one alone), and
 * toneless pinyin bigrams, so that an ASR homophone (听电 for 停电, 头诉 for 投诉) still
 * carries the sound of the word. English: words, word bigrams, and character 4-grams of
 * words, so that a misspelt or oddly inflected word ("electrics", "complainting") still
 * shares most of its letters. Digit runs become one symbol: an account number is not a cue.
 */
export function utteranceFeatures(normalized: string): string[] {
  return extractFeatures(normalized);
}

/**
 * One utterance's pieces, extracted once (issue 9 item 6): the intent model and the world model read
 * the same object, so a turn that asks both pays for the n-grams, the synonym fold and the pinyin once.
 */
export interface UtterancePieces {
  /** The normalized text the pieces were taken from (normalizeText). */
  readonly normalized: string;
  readonly features: readonly string[];
}

export function utterancePieces(normalized: string): UtterancePieces {
  return { normalized, features: extractFeatures(normalized) };
}

/** What a model is given: the normalized text (its pieces are then extracted) or the pieces already taken. */
export type ModelInput = string | UtterancePieces;

export function featuresOf(input: ModelInput): readonly string[] {
  return typeof input === 'string' ? extractFeatures(input) : input.features;
}

function extractFeatures(normalized: string): string[] {
  const out = new Set<string>();
  const text = normalized.replace(/[0-9]+/g, ' 0 ').replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const variant = synonymVariant(text);
  for (const t of variant === text ? [text] : [text, variant]) {
    addChinese(t, out);
    addEnglish(t, out);
  }
  addPinyin(variant, out);
  return [...out];
}

function addChinese(text: string, out: Set<string>): void {
  const runs = text.match(/\p{Script=Han}+/gu);
  if (!runs) return;
  const whole = runs.join('');
  const marked = `^${whole}$`;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]!;
    if (c !== '^' && c !== '$') out.add(`c:${c}`);
    if (i + 1 < marked.length) out.add(`b:${marked.slice(i, i + 2)}`);
    if (i + 2 < marked.length) out.add(`t:${marked.slice(i, i + 3)}`);
  }
}

function addPinyin(text: string, out: Set<string>): void {
  const runs = text.match(/\p{Script=Han}+/gu);
  if (!runs) return;
  for (const run of runs) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(`p:${syllable(chars[i]!)}_${syllable(chars[i + 1]!)}`);
  }
}

// Character by character, remembered: a homophone only needs the same sound for the same
// character in training and in use, not the reading a word would give a polyphone.
const SYLLABLES = new Map<string, string>();
function syllable(ch: string): string {
  let s = SYLLABLES.get(ch);
  if (s === undefined) {
    s = pinyin(ch, { toneType: 'none', v: true });
    SYLLABLES.set(ch, s);
  }
  return s;
}

function addEnglish(text: string, out: Set<string>): void {
  const words = text.match(/[a-z][a-z0-9]*|0/g);
  if (!words) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out.add(`w:${w}`);
    out.add(`w2:${i === 0 ? '^' : words[i - 1]}_${w}`);
    if (w.length >= 4) {
      const padded = `<${w}>`;
      for (let j = 0; j + 4 <= padded.length; j++) out.add(`g:${padded.slice(j, j + 4)}`);
    }
  }
  out.add(`w2:${words[words.length - 1]}_$`);
}
