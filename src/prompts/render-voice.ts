/**
 * Voice rendering: one segment per prompt, each in its own locale (the language menu offers
 * each language in itself), as spoken text and as SSML for a TwiML <Say>. Mandarin and
 * Cantonese are wrapped in a prosody rate that lands at 135 characters per minute (N2).
 * Safety notices are marked so the channel plays them without barge-in (N10).
 */
import type { Locale } from '../core/locale.js';
import type { PromptRef } from '../core/conversation.js';
import { renderPrompt, type RenderOptions } from './render-prompt.js';
import { ratePercentFor, type RateOptions } from './speech-rate.js';
import { DIGITS_OPEN, digitWords, MARKED_DIGITS } from './formatters.js';

export interface VoiceSegment {
  /** What is said, as plain text. */
  text: string;
  /** The same as SSML for the inside of a <Say>: escaped, numbers marked, prosody rate for zh/yue. */
  ssml: string;
  /** The same, structured: what a TwiML builder nests inside the <Say> (<prosody>, <say-as>). */
  speech: Speech;
  /** The locale of this segment: pick the TTS voice by it. */
  locale: Locale;
  /** A safety notice: heard whole, never barged in on (N10). */
  safety: boolean;
}

export type VoiceRenderOptions = RenderOptions & RateOptions & {
  /** Soothe an upset caller (N3: answer softly, never louder): a soft volume and a tenth slower. */
  soothe?: boolean;
};

/** How much slower a soothing voice speaks (135 -> about 122 characters a minute: inside N2). */
export const SOOTHING_RATE = 0.9;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Numbers of three digits or more written in the template itself (95598, 119): said digit by digit. */
function literalNumbers(template: string): string[] {
  const literal = template.replace(/\{\{[^}]*\}\}/g, ' ');
  const found = new Set(literal.match(/\d{3,}/g) ?? []);
  return [...found].sort((a, b) => b.length - a.length);
}

/**
 * What a <Say> holds: text and numbers to read digit by digit, inside a prosody rate when one applies.
 * Parts are plain text (not escaped): the SSML writer or the TwiML builder escapes them.
 */
export interface Speech {
  ratePercent: number | null;
  /** Said softly (N3); the TwiML builder adds volume="soft" to the prosody. */
  soft?: boolean;
  parts: SpeechPart[];
}
/** Text; digits said one by one (<say-as interpret-as="digits">); a short pause (<break>) between a number's groups. */
export type SpeechPart = string | { digits: string } | { pause: number };

/** The pause between the groups of a number read back (138 | 0013 | 8000), in milliseconds (N8). */
export const DIGIT_GROUP_PAUSE_MS = 300;

/** Per template: the pattern of its literal numbers (null: none), built once. */
const literalPatterns = new Map<string, RegExp | null>();

function literalPattern(template: string): RegExp | null {
  let pattern = literalPatterns.get(template);
  if (pattern === undefined) {
    const numbers = literalNumbers(template);
    pattern = numbers.length === 0 ? null : new RegExp(`(?<!\\d)(?:${numbers.join('|')})(?!\\d)`, 'g');
    literalPatterns.set(template, pattern);
  }
  return pattern;
}

export function toSpeech(text: string, template: string, ratePercent: number | null): Speech {
  return { ratePercent, parts: literalParts(text, template) };
}

function literalParts(text: string, template: string): SpeechPart[] {
  const pattern = literalPattern(template);
  if (!pattern) return text === '' ? [] : [text];
  const parts: SpeechPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ digits: match[0] });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/**
 * A rendered voice text with the groups the `digits` formatter marked (formatters.ts DIGITS_OPEN):
 * the words shown (幺三八 零零幺三 八零零零, "1 3 8 0 0 1 3 8 0 0 0" in groups) and what a <Say> holds,
 * each group digit by digit with a pause between groups (N8, issue 14 item 2). Mandarin says its digit
 * words (1 as 幺, the read-back convention a digits say-as would lose); Cantonese and English a
 * <say-as interpret-as="digits">.
 */
export function spokenNumbers(marked: string, template: string, locale: Locale, ratePercent: number | null): { text: string; speech: Speech } {
  if (!marked.includes(DIGITS_OPEN)) return { text: marked, speech: toSpeech(marked, template, ratePercent) };
  const parts: SpeechPart[] = [];
  let text = '';
  let at = 0;
  let lastGroupEnd = -1;
  for (const match of marked.matchAll(MARKED_DIGITS)) {
    const between = marked.slice(at, match.index);
    const group = match[1]!;
    const words = digitWords(group, locale);
    // Only a space between two groups: a pause in their place.
    const betweenGroups = lastGroupEnd === at && between === ' ';
    if (betweenGroups) parts.push({ pause: DIGIT_GROUP_PAUSE_MS });
    else parts.push(...literalParts(between, template));
    parts.push(locale === 'zh-CN' ? words : { digits: group });
    // Shown: Chinese groups apart by a space (幺三八 零零幺三), English ones by a comma ("1 3 8, 0 0 1 3").
    text += (betweenGroups && locale === 'en-US' ? ', ' : between) + words;
    at = match.index + match[0].length;
    lastGroupEnd = at;
  }
  const rest = marked.slice(at);
  parts.push(...literalParts(rest, template));
  text += rest;
  return { text, speech: { ratePercent, parts } };
}

export function speechToSsml(speech: Speech): string {
  const inner = speech.parts
    .map((part) => (typeof part === 'string' ? escapeXml(part) : 'pause' in part ? `<break time="${part.pause}ms"/>` : `<say-as interpret-as="digits">${part.digits}</say-as>`))
    .join('');
  if (speech.soft) return `<prosody rate="${speech.ratePercent ?? 100}%" volume="soft">${inner}</prosody>`;
  return speech.ratePercent === null ? inner : `<prosody rate="${speech.ratePercent}%">${inner}</prosody>`;
}

export function toSsml(text: string, template: string, ratePercent: number | null): string {
  return speechToSsml(toSpeech(text, template, ratePercent));
}

export function renderVoice(prompts: PromptRef[], locale: Locale, options: VoiceRenderOptions = {}): VoiceSegment[] {
  return prompts.map((ref) => {
    const rendered = renderPrompt(ref, locale, 'voice', options);
    const rate = ratePercentFor(rendered.locale, options);
    const said = spokenNumbers(rendered.text, rendered.template, rendered.locale, options.soothe ? Math.round((rate ?? 100) * SOOTHING_RATE) : rate);
    const speech: Speech = options.soothe ? { ...said.speech, soft: true } : said.speech;
    return {
      text: said.text,
      speech,
      // Derived on demand: the Twilio channel builds from `speech`; the SSML string is for others.
      get ssml() {
        return speechToSsml(speech);
      },
      locale: rendered.locale,
      safety: ref.safety === true,
    };
  });
}
