/**
 * Speech rate (N2): 120-150 Chinese characters per minute, aiming at 135.
 *
 * The TTS voice speaks a locale at a natural rate at prosody 100% (an assumption per voice,
 * configurable; see docs/prompts.md). The prosody rate that lands at the target is
 * target / natural * 100, rounded. A prompt's spoken length is estimated from its spoken
 * characters at that rate, plus short pauses at punctuation inside the prompt.
 */
import type { Locale } from '../core/locale.js';

/** Locales whose rate is counted in Chinese characters (N2) and rendered with a prosody rate. */
export const CHARACTER_LOCALES: readonly Locale[] = ['zh-CN', 'yue-HK'];

export const N2_MIN_CPM = 120;
export const N2_MAX_CPM = 150;
export const N2_TARGET_CPM = 135;

/**
 * Natural rate of the voice at prosody 100%: Chinese characters per minute for zh-CN and
 * yue-HK; words per minute for en-US (not governed by N2, used for duration estimates only).
 */
export const DEFAULT_NATURAL_RATE: Readonly<Record<Locale, number>> = {
  'zh-CN': 240,
  'yue-HK': 230,
  'en-US': 165,
};

/** Pause at a clause mark (，、；：) and at a sentence mark (。？！) inside a prompt, in seconds. */
export const CLAUSE_PAUSE_SECONDS = 0.15;
export const SENTENCE_PAUSE_SECONDS = 0.3;

export interface RateOptions {
  /** Per-locale natural rate at 100%, overriding DEFAULT_NATURAL_RATE. */
  naturalRate?: Partial<Record<Locale, number>>;
  /** Target characters per minute (N2: 135). */
  targetCpm?: number;
}

export function naturalRateOf(locale: Locale, options: RateOptions = {}): number {
  const rate = options.naturalRate?.[locale] ?? DEFAULT_NATURAL_RATE[locale];
  if (!(rate > 0)) throw new Error(`natural speech rate for ${locale} must be positive, got ${rate}`);
  return rate;
}

/** The prosody rate (percent) for a locale, or null where no rate is imposed (en-US). */
export function ratePercentFor(locale: Locale, options: RateOptions = {}): number | null {
  if (!CHARACTER_LOCALES.includes(locale)) return null;
  return Math.round(((options.targetCpm ?? N2_TARGET_CPM) / naturalRateOf(locale, options)) * 100);
}

const SPOKEN = /[\p{Script=Han}0-9]/gu;

/** Han characters and digits, the units N2 counts; punctuation, spaces and Latin letters are not. */
export function spokenCharacterCount(text: string): number {
  return text.match(SPOKEN)?.length ?? 0;
}

function pauses(text: string): number {
  const body = text.trim().replace(/[。？！.?!…]+$/u, '');
  const clause = body.match(/[，、；：,;:]/gu)?.length ?? 0;
  const sentence = body.match(/[。？！?!]/gu)?.length ?? 0;
  return clause * CLAUSE_PAUSE_SECONDS + sentence * SENTENCE_PAUSE_SECONDS;
}

/**
 * Estimated seconds to say `text` at `ratePercent` of the locale's natural rate: spoken
 * characters (zh-CN, yue-HK) or words (en-US) at that rate, plus the pauses inside the text.
 */
export function estimateSpokenSeconds(text: string, locale: Locale, ratePercent = 100, options: RateOptions = {}): number {
  if (!(ratePercent > 0)) throw new Error(`rate percent must be positive, got ${ratePercent}`);
  const perMinute = (naturalRateOf(locale, options) * ratePercent) / 100;
  const units = CHARACTER_LOCALES.includes(locale)
    ? spokenCharacterCount(text)
    : (text.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0);
  return (units / perMinute) * 60 + pauses(text);
}

/** Spoken characters per minute of a text at a rate, pauses included: what N2 measures. */
export function charactersPerMinute(text: string, locale: Locale, ratePercent: number, options: RateOptions = {}): number {
  const seconds = estimateSpokenSeconds(text, locale, ratePercent, options);
  return seconds === 0 ? 0 : (spokenCharacterCount(text) / seconds) * 60;
}

/**
 * The spoken-length budget (N2, issue 14): what one prompt and one turn may take at the N2 rate.
 * 15 s is about 33 Chinese characters at 135 a minute: one question with its keys, or one result;
 * a caller remembers no more than that. 25 s a turn: what was done plus the next question, before
 * the caller can act. Help prompts (the third rung of the ladder, N7) are no longer than the
 * question they rescue: a caller who missed twice needs fewer words, not more.
 */
export const PROMPT_BUDGET_SECONDS = 15;
export const TURN_BUDGET_SECONDS = 25;

/** What a voice segment needs for its duration (a VoiceSegment has them). */
export interface TimedSegment {
  text: string;
  locale: Locale;
  speech: { ratePercent: number | null };
}

/** Seconds to say one rendered voice segment at its own prosody rate. */
export function segmentSeconds(segment: TimedSegment, options: RateOptions = {}): number {
  return estimateSpokenSeconds(segment.text, segment.locale, segment.speech.ratePercent ?? 100, options);
}

/** Seconds to say a turn: its segments one after the other, with a sentence pause between them. */
export function turnSeconds(segments: readonly TimedSegment[], options: RateOptions = {}): number {
  const spoken = segments.reduce((sum, segment) => sum + segmentSeconds(segment, options), 0);
  return spoken + Math.max(0, segments.length - 1) * SENTENCE_PAUSE_SECONDS;
}
