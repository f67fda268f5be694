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

export function toSsml(text: string, template: string, ratePercent: number | null): string {
  let ssml = escapeXml(text);
  for (const number of literalNumbers(template)) {
    ssml = ssml.replace(new RegExp(`(?<!\\d)${number}(?!\\d)`, 'g'), `<say-as interpret-as="digits">${number}</say-as>`);
  }
  return ratePercent === null ? ssml : `<prosody rate="${ratePercent}%">${ssml}</prosody>`;
}

export function renderVoice(prompts: PromptRef[], locale: Locale, options: VoiceRenderOptions = {}): VoiceSegment[] {
  return prompts.map((ref) => {
    const rendered = renderPrompt(ref, locale, 'voice', options);
    return {
      text: rendered.text,
      ssml: toSsml(rendered.text, rendered.template, ratePercentFor(rendered.locale, options)),
      locale: rendered.locale,
      safety: ref.safety === true,
    };
  });
}
