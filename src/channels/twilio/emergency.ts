/**
 * What the voice channel says when the engine cannot (N21). The words are the catalogue's
 * (locales/<locale>/emergency.json, with common.systemBusy and transfer.toAgent), read once when the
 * channel is mounted and kept as plain text: at the moment of failure they depend on nothing but
 * this module and the configured voices, not on rendering, the store or the engine. Worded with the
 * standard phrases (N5, phrases.md).
 */
import type { TwilioVoice } from '../../config.js';
import { LOCALES, type Locale } from '../../core/locale.js';
import { getCatalogue, placeholders, type Catalogue } from '../../prompts/catalogue.js';
import { toSpeech } from '../../prompts/render-voice.js';
import { ratePercentFor, type RateOptions } from '../../prompts/speech-rate.js';
import { addSay, twimlDocument, type SayParent, type VoiceResponse } from './voice-response.js';

export type Voices = Record<Locale, TwilioVoice>;

/** N20: after the closing phrase, the line stays open this long so the caller hangs up first. */
export const EMERGENCY_WAIT_FOR_CALLER_SECONDS = 5;

/**
 * Twilio's fallback URL knows no caller's language: Mandarin, the default, then English for a
 * foreign caller (N4), as the hotline's recorded announcements do.
 */
export const FALLBACK_LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** The catalogue keys of each fixed phrase, said one after the other. */
export const EMERGENCY_KEYS = {
  /** A turn failed: apologize and hand over to an agent (the same words as a rendered apology). */
  apology: ['common.systemBusy', 'transfer.toAgent'],
  /** The fallback route: apologize, the safety advice first (N10), then the report as a recording (N21). */
  fallback: ['emergency.fallbackGreeting', 'common.systemBusy', 'emergency.fallbackSafety', 'emergency.fallbackRecord'],
  /** After the recording: it is registered and will be handled (N21), then the closing phrase (N19). */
  recordedThanks: ['emergency.recordedThanks'],
  /** When the caller recorded nothing. */
  nothingRecorded: ['emergency.nothingRecorded'],
} as const;

export type EmergencyPhrase = keyof typeof EMERGENCY_KEYS;
export type EmergencyLines = Record<EmergencyPhrase, Record<Locale, string>>;

/** Each phrase in every locale as plain text; throws (at start) for a missing key or one with a placeholder. */
export function emergencyLines(catalogue: Catalogue = getCatalogue()): EmergencyLines {
  const line = (keys: readonly string[], locale: Locale) =>
    keys
      .map((key) => {
        const text = catalogue.entries.get(locale)?.get(key);
        if (!text) throw new Error(`emergency phrase ${key} is missing in ${locale}`);
        if (placeholders(text).length > 0) throw new Error(`emergency phrase ${key} (${locale}) must be fixed text, without values`);
        return text;
      })
      .join(locale === 'en-US' ? ' ' : '');
  const lines = {} as EmergencyLines;
  for (const phrase of Object.keys(EMERGENCY_KEYS) as EmergencyPhrase[]) {
    lines[phrase] = Object.fromEntries(LOCALES.map((locale) => [locale, line(EMERGENCY_KEYS[phrase], locale)])) as Record<Locale, string>;
  }
  return lines;
}

let loaded: EmergencyLines | undefined;
/** The lines of the package's catalogue, read on first use (the Twilio router reads them when mounted). */
export function emergency(): EmergencyLines {
  loaded ??= emergencyLines();
  return loaded;
}

/** A fixed phrase as a <Say>, as the prompts module renders one: N2 prosody rate, 95598 read digit by digit. */
export function sayFixed(parent: SayParent, text: string, locale: Locale, voices: Voices): void {
  addSay(parent, toSpeech(text, text, ratePercentFor(locale, rateOptions(voices))), voices[locale]);
}

/** The configured voices' natural speaking rates, for the N2 prosody rate (defaults where unset). */
export function rateOptions(voices: Voices): RateOptions {
  const naturalRate: RateOptions['naturalRate'] = {};
  for (const [locale, voice] of Object.entries(voices) as [Locale, Voices[Locale]][]) {
    if (voice.charsPerMinute) naturalRate[locale] = voice.charsPerMinute;
  }
  return { naturalRate };
}

/** The caller may talk this long; a fault report fits, and a stuck line does not record for ever. */
export const RECORDING_MAX_SECONDS = 180;
/** Silence that ends the recording: generous, as callers pause while describing a place (N7). */
export const RECORDING_SILENCE_SECONDS = 6;

/**
 * Twilio's fallback URL (our Voice URL failed): the apology in Mandarin and English, then the
 * report taken as a recording (N21). Twilio requests `recordingAction` only when something was
 * recorded; otherwise it goes on to the polite goodbye.
 */
export function fallbackTwiml(voices: Voices, recordingAction: string, lines: EmergencyLines = emergency()): string {
  return twimlDocument((response) => {
    for (const locale of FALLBACK_LOCALES) sayFixed(response, lines.fallback[locale], locale, voices);
    response.record({
      action: recordingAction,
      method: 'POST',
      maxLength: RECORDING_MAX_SECONDS,
      timeout: RECORDING_SILENCE_SECONDS,
      finishOnKey: '#',
      playBeep: true,
    });
    closing(response, lines.nothingRecorded, voices);
  });
}

/** After the recording action: the report is registered (N21), then the closing phrase (N20). */
export function recordedTwiml(voices: Voices, lines: EmergencyLines = emergency()): string {
  return twimlDocument((response) => closing(response, lines.recordedThanks, voices));
}

function closing(response: VoiceResponse, phrase: Record<Locale, string>, voices: Voices): void {
  for (const locale of FALLBACK_LOCALES) sayFixed(response, phrase[locale], locale, voices);
  response.pause({ length: EMERGENCY_WAIT_FOR_CALLER_SECONDS });
  response.hangup();
}
