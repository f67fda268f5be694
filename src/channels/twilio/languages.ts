/**
 * Per-locale names Twilio needs (N4): the speech recognition language of <Gather> and the
 * agent queue of <Enqueue>. The TTS voice per locale is configuration (config.twilioVoices).
 */
import type { Locale } from '../../core/locale.js';

/**
 * <Gather language>: Twilio's speech recognition codes (BCP-47 with script for Chinese).
 * Mandarin is recognized as Simplified Chinese, Cantonese as Traditional (the NLU folds it).
 */
export const SPEECH_LANGUAGE: Readonly<Record<Locale, string>> = {
  'zh-CN': 'cmn-Hans-CN',
  'yue-HK': 'yue-Hant-HK',
  'en-US': 'en-US',
};

/** The Twilio queue of a seat for a locale: 95598-agent-zh-CN, ...; en-US is the English seat (N4). */
export function queueName(queue: string, locale: Locale): string {
  return `95598-${queue}-${locale}`;
}

/**
 * The Twilio queue a transfer goes to: the emergency dispatch seat for `urgent` (configured,
 * TWILIO_URGENT_QUEUE, `{locale}` filled in), else the seat of the queue in the caller's language.
 */
export function transferQueue(queue: string, locale: Locale, urgentQueue: string): string {
  return queue === 'urgent' ? urgentQueue.replaceAll('{locale}', locale) : queueName(queue, locale);
}
