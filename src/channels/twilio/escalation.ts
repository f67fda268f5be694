/**
 * Escalation to the duty supervisor on the phone (N24): the chain on duty is dialled in order,
 * each one hearing a whisper of the summary before the caller is connected. A <Dial> action comes
 * back to us after each attempt: answered -> the call is over when they hang up; otherwise the
 * next in the chain; after the last, a callback from the supervisor is promised (the escalation
 * moves to 'callback', which files the callback task) and the caller waits for the agent seat of
 * their language (N4), never left alone.
 */
import type { Locale } from '../../core/locale.js';
import type { Ending } from '../../core/conversation.js';
import { renderVoice } from '../../prompts/render-voice.js';
import { rateOptions, type Voices } from './emergency.js';
import { queueName } from './languages.js';
import { addSay, twimlDocument, type VoiceResponse } from './voice-response.js';

export type EscalateEnding = Extract<Ending, { type: 'escalate' }>;

/** Ring time for each supervisor before the next one is tried. */
export const SUPERVISOR_RING_SECONDS = 20;

/** Twilio's DialCallStatus values that mean the supervisor took the call. */
const CONNECTED = new Set(['completed', 'answered']);

export interface EscalationUrls {
  /** The <Dial action> after trying chain[step]. */
  action: (step: number) => string;
  /** The whisper played to chain[step] before connecting. */
  whisper: (step: number) => string;
}

/** Adds the verbs that try chain[step], or the agent queue once the chain is exhausted. */
export function dialStep(response: VoiceResponse, end: EscalateEnding, step: number, urls: EscalationUrls, voices: Voices): void {
  const supervisor = end.chain[step];
  if (!supervisor) {
    sayKey(response, 'escalation.callbackPromised', end.locale, voices);
    response.enqueue({}, queueName('agent', end.locale));
    return;
  }
  response.dial({ action: urls.action(step), method: 'POST', timeout: SUPERVISOR_RING_SECONDS }).number({ url: urls.whisper(step), method: 'POST' }, supervisor.phone);
}

/** Whether the <Dial> reached the supervisor. */
export function supervisorAnswered(dialStatus: string): boolean {
  return CONNECTED.has(dialStatus);
}

/** Whether chain[step] was the last one to try. */
export function chainExhaustedAfter(end: EscalateEnding, step: number): boolean {
  return step + 1 >= end.chain.length;
}

/** The <Dial> action: done when the supervisor answered, else the next step. */
export function afterDialTwiml(end: EscalateEnding, step: number, dialStatus: string, urls: EscalationUrls, voices: Voices): string {
  return twimlDocument((response) => {
    if (supervisorAnswered(dialStatus)) response.hangup();
    else dialStep(response, end, step + 1, urls, voices);
  });
}

/**
 * What the supervisor hears before taking over: the catalogue's whisper, in the roster's language
 * (WHISPER_LOCALE, Mandarin by default), each prompt by the voice of its own locale (an English
 * complaint by the English voice).
 */
export function whisperTwiml(end: EscalateEnding, voices: Voices): string {
  return twimlDocument((response) => {
    for (const s of renderVoice(end.whisper ?? [], end.whisper?.[0]?.locale ?? 'zh-CN', rateOptions(voices))) addSay(response, s.speech, voices[s.locale]);
  });
}

function sayKey(response: VoiceResponse, key: string, locale: Locale, voices: Voices): void {
  let segments;
  try {
    segments = renderVoice([{ key }], locale, rateOptions(voices));
  } catch {
    return; // the queue's hold music still tells the caller someone is coming
  }
  for (const s of segments) addSay(response, s.speech, voices[s.locale]);
}
