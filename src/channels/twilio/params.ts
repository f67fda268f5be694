/**
 * Twilio's form parameters -> what the engine takes. Transport only: no meaning is decided here.
 */
import type { Input } from '../../core/conversation.js';

/** A form body as express.urlencoded({ extended: false }) parses it. */
export type TwilioParams = Record<string, string | string[] | undefined>;

/** One parameter as a trimmed string ('' when absent; the first value if repeated). */
export function param(body: TwilioParams, name: string): string {
  const value = body[name];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}

/** The engine's bounds (src/engine/validate.ts): longer input is cut rather than refused mid-call. */
const MAX_DIGITS = 32;
const MAX_TRANSCRIPT = 2000;

/**
 * The result of a <Gather>: keys pressed win (Digits), then speech (SpeechResult with its
 * Confidence), else nothing was heard (actionOnEmptyResult) -> noInput.
 */
export function gatherInput(body: TwilioParams): Input {
  const digits = param(body, 'Digits').replace(/[^0-9*#]/g, '').slice(0, MAX_DIGITS);
  if (digits) return { type: 'dtmf', digits };
  const transcript = param(body, 'SpeechResult').slice(0, MAX_TRANSCRIPT);
  if (transcript) {
    const confidence = speechConfidence(param(body, 'Confidence'));
    return confidence === undefined ? { type: 'speech', transcript } : { type: 'speech', transcript, confidence };
  }
  return { type: 'noInput' };
}

/**
 * Confidence as Twilio reports it, for the engine's minSpeechConfidence. Missing or not a number
 * in [0, 1] -> undefined (the engine then trusts the transcript). Exactly 0 -> undefined too: a
 * recognizer that returns a transcript with a confidence of 0.0 did not score it (some speech
 * models report no confidence that way), and reading it as "certainly wrong" would turn every
 * answer of such a call into a no-match.
 */
export function speechConfidence(raw: string): number | undefined {
  if (raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1 || value === 0) return undefined;
  return value;
}

/**
 * What Twilio puts in From when there is no caller id: the keypad spellings of ANONYMOUS,
 * RESTRICTED, BLOCKED, UNAVAILABLE and UNKNOWN (+86282452253 looks like a Chinese number).
 */
const NO_CALLER_ID = new Set(['+266696687', '+7378742833', '+2562533', '+8656696', '+86282452253']);

/**
 * The caller's number for the engine, or null when there is none (the sentinels above,
 * "anonymous", client:..., sip:...): the caller is then asked for an account, and no bogus
 * contact number lands on a work order.
 */
export function callerNumber(from: string): string | null {
  if (NO_CALLER_ID.has(from)) return null;
  return /^\+?[0-9]{3,20}$/.test(from) ? from : null;
}

/** Twilio's CallStatus values that mean the call is over. */
export const FINAL_CALL_STATUSES: ReadonlySet<string> = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);
