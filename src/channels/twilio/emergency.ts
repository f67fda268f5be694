/**
 * What the voice channel says when the engine cannot (N21): fixed phrases that depend on
 * nothing but this file and the configured voices, so they still work when the catalogue,
 * the store or the engine is what failed. Worded with the standard phrases (N5, phrases.md).
 */
import type { TwilioVoice } from '../../config.js';
import type { Locale } from '../../core/locale.js';
import { toSpeech } from '../../prompts/render-voice.js';
import { ratePercentFor, type RateOptions } from '../../prompts/speech-rate.js';
import { addSay, twimlDocument, type SayParent, type VoiceResponse } from './voice-response.js';

export type Voices = Record<Locale, TwilioVoice>;

/** N20: after the closing phrase, the line stays open this long so the caller hangs up first. */
export const EMERGENCY_WAIT_FOR_CALLER_SECONDS = 5;

/** Apology and hand-over to an agent, when a turn fails (same words as common.systemBusy + transfer.toAgent). */
export const APOLOGY: Readonly<Record<Locale, string>> = {
  'zh-CN': '很抱歉，系统暂时繁忙，给您添麻烦了。正在为您转接人工客服，请您稍候。',
  'yue-HK': '好抱歉，系統暫時繁忙，麻煩到你。而家幫你轉接人工客服，唔該你稍等一陣。',
  'en-US': "I'm sorry, our system is busy at the moment. I'm transferring you to an agent now. Please hold on a moment.",
};

/** The fallback route: apologize, give the safety advice first (N10), and take the report as a recording (N21). */
export const FALLBACK_PROMPT: ReadonlyArray<[Locale, string]> = [
  [
    'zh-CN',
    '您好，这里是95598。很抱歉，系统暂时繁忙，给您添麻烦了。如有电线断落、冒火或有人触电，请远离危险地点，不要触碰电线。' +
      '请您在提示音后说出故障的地点和情况，以及您的联系电话，说完请按井号键。',
  ],
  [
    'en-US',
    "This is 95598. We're sorry, our system is busy at the moment. If there is a fallen wire, fire or an electric shock, " +
      "please stay away and don't touch any wires. After the tone, please tell us where the fault is, what happened and your phone number, then press the pound key.",
  ],
];

/** After the recording: it is registered and will be handled (N21), then the closing phrase (N19). */
export const RECORDED_THANKS: ReadonlyArray<[Locale, string]> = [
  ['zh-CN', '您反映的情况已经记录，我们会尽快处理并与您联系。感谢您的来电，再见！'],
  ['en-US', "Your report has been recorded. We will handle it and contact you as soon as possible. Thank you for calling. Goodbye!"],
];

/** When the caller recorded nothing. */
export const NOTHING_RECORDED: ReadonlyArray<[Locale, string]> = [
  ['zh-CN', '很抱歉，没有收到您的留言，请您稍后再拨打95598。感谢您的来电，再见！'],
  ['en-US', "I'm sorry, we didn't receive a message. Please call 95598 again later. Thank you for calling. Goodbye!"],
];

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
export function fallbackTwiml(voices: Voices, recordingAction: string): string {
  return twimlDocument((response) => {
    for (const [locale, text] of FALLBACK_PROMPT) sayFixed(response, text, locale, voices);
    response.record({
      action: recordingAction,
      method: 'POST',
      maxLength: RECORDING_MAX_SECONDS,
      timeout: RECORDING_SILENCE_SECONDS,
      finishOnKey: '#',
      playBeep: true,
    });
    closing(response, NOTHING_RECORDED, voices);
  });
}

/** After the recording action: the report is registered (N21), then the closing phrase (N20). */
export function recordedTwiml(voices: Voices): string {
  return twimlDocument((response) => closing(response, RECORDED_THANKS, voices));
}

function closing(response: VoiceResponse, phrases: ReadonlyArray<[Locale, string]>, voices: Voices): void {
  for (const [locale, text] of phrases) sayFixed(response, text, locale, voices);
  response.pause({ length: EMERGENCY_WAIT_FOR_CALLER_SECONDS });
  response.hangup();
}
