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

export type VoiceRenderOptions = RenderOptions & RateOptions;

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
  parts: SpeechPart[];
}
export type SpeechPart = string | { digits: string };

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
  const pattern = literalPattern(template);
  if (!pattern) return { ratePercent, parts: [text] };
  const parts: SpeechPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ digits: match[0] });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return { ratePercent, parts };
}

export function speechToSsml(speech: Speech): string {
  const inner = speech.parts.map((part) => (typeof part === 'string' ? escapeXml(part) : `<say-as interpret-as="digits">${part.digits}</say-as>`)).join('');
  return speech.ratePercent === null ? inner : `<prosody rate="${speech.ratePercent}%">${inner}</prosody>`;
}

export function toSsml(text: string, template: string, ratePercent: number | null): string {
  return speechToSsml(toSpeech(text, template, ratePercent));
}

export function renderVoice(prompts: PromptRef[], locale: Locale, options: VoiceRenderOptions = {}): VoiceSegment[] {
  return prompts.map((ref) => {
    const rendered = renderPrompt(ref, locale, 'voice', options);
    const speech = toSpeech(rendered.text, rendered.template, ratePercentFor(rendered.locale, options));
    return {
      text: rendered.text,
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
