/**
 * Turn -> TwiML, a pure function of the Turn and the channel's settings.
 *
 * An ask becomes a <Gather> that takes keys and speech; the prompts are said inside it so the
 * caller can speak or press over them (barge-in, N7), except safety notices, which are said
 * before it so they are heard whole (N10). Each prompt is a <Say> in its own locale's voice,
 * with the SSML of the prompts module (N2 prosody rate for zh-CN and yue-HK).
 * An ending says its prompts, then: hangup -> a pause for the caller to hang up first (N20);
 * transfer -> <Enqueue> on the seat of the caller's language (N4); escalate -> the supervisor
 * chain dialled in order (N24, escalation.ts); abandoned -> <Hangup>.
 */
import type { Locale } from '../../core/locale.js';
import type { Ask, Ending, Turn } from '../../core/conversation.js';
import { renderVoice, type VoiceSegment } from '../../prompts/render-voice.js';
import { APOLOGY, rateOptions, sayFixed, type Voices } from './emergency.js';
import { dialStep, type EscalationUrls } from './escalation.js';
import { queueName, SPEECH_LANGUAGE } from './languages.js';
import { element, response, ssml, type Attributes, type Raw } from './xml.js';

export interface TwimlOptions {
  voices: Voices;
  /** The URL of the Gather action for the Turn of this version (it carries ?turn=<version>). */
  gatherAction: (version: number) => string;
  /** The URLs of an escalation's dial attempts, for the Turn of this version. */
  escalation: (version: number) => EscalationUrls;
}

/**
 * Seconds of silence after speech before Twilio ends the utterance. Not "auto", which ends at the
 * first short pause and cannot be tuned: callers pause while recalling an address or reading an
 * account number, and N7 says never cut in. Short answers (a choice) need less.
 */
export const SPEECH_TIMEOUT_SECONDS = { choice: 2, digits: 3, text: 3 } as const;

export function turnToTwiml(turn: Turn, options: TwimlOptions): string {
  const segments = renderVoice(turn.prompts, turn.locale, rateOptions(options.voices));
  const say = (segment: VoiceSegment) => element('Say', voiceOf(segment.locale, options.voices), [ssml(segment.ssml)]);
  if (turn.ask) {
    const split = heardWholeCount(segments, turn.ask.bargeIn);
    const before = segments.slice(0, split).map(say);
    const inside = segments.slice(split).map(say);
    return response([...before, element('Gather', gatherAttributes(turn.ask, turn.locale, options.gatherAction(turn.version)), inside)]);
  }
  if (turn.end?.type === 'escalate') {
    return response([...segments.map(say), ...dialStep(turn.end, 0, options.escalation(turn.version), options.voices)]);
  }
  if (turn.end) return response([...segments.map(say), ...endingVerbs(turn.end)]);
  throw new Error(`turn ${turn.version} of ${turn.conversationId} has neither an ask nor an ending`);
}

/**
 * How many leading prompts are said before the Gather: everything up to the last safety notice
 * (order kept); all of them when the ask allows no barge-in at all.
 */
function heardWholeCount(segments: VoiceSegment[], bargeIn: boolean): number {
  for (let i = segments.length - 1; i >= 0; i--) if (segments[i]!.safety) return i + 1;
  return bargeIn ? 0 : segments.length;
}

function voiceOf(locale: Locale, voices: Voices): Attributes {
  return { voice: voices[locale].voice, language: voices[locale].language };
}

export function gatherAttributes(ask: Ask, locale: Locale, action: string): Attributes {
  const modes = ask.input.filter((mode) => mode === 'dtmf' || mode === 'speech');
  const speech = modes.includes('speech');
  const attributes: Attributes = {
    input: modes.length > 0 ? modes.join(' ') : 'dtmf',
    action,
    method: 'POST',
    timeout: ask.timeoutSeconds,
    // Silence comes back to us as an empty result: the engine's reprompt ladder handles it (N7).
    actionOnEmptyResult: 'true',
    // Twilio masks profanity ("f***") by default; abuse detection (N22) must hear the words.
    profanityFilter: 'false',
  };
  if (speech) {
    attributes.language = SPEECH_LANGUAGE[locale];
    attributes.speechTimeout = SPEECH_TIMEOUT_SECONDS[ask.kind];
    if (ask.hints.length > 0) attributes.hints = ask.hints.join(', ');
  }
  if (ask.kind === 'digits' && ask.numDigits) {
    attributes.numDigits = ask.numDigits;
    attributes.finishOnKey = ask.finishOnKey ?? '#';
  } else if (ask.kind === 'choice' && ask.choices.length > 0 && ask.choices.every((c) => c.dtmf?.length === 1)) {
    // One key picks a choice: answer at once instead of waiting for the timeout or '#'.
    attributes.numDigits = 1;
  }
  return attributes;
}

function endingVerbs(end: Exclude<Ending, { type: 'escalate' }>): Raw[] {
  switch (end.type) {
    case 'hangup':
      return [element('Pause', { length: end.waitForCallerSeconds }), element('Hangup')];
    case 'transfer':
      return [element('Enqueue', {}, [queueName(end.queue, end.locale)])];
    case 'abandoned':
      return [element('Hangup')];
  }
}

/**
 * A turn that could not be answered (N21): apologize and hand over to an agent in the caller's
 * language. Said from the catalogue when it renders, else with the fixed phrases.
 */
export function apologyTwiml(locale: Locale, voices: Voices): string {
  let says: Raw[];
  try {
    says = renderVoice([{ key: 'common.systemBusy' }, { key: 'transfer.toAgent' }], locale, rateOptions(voices)).map((s) =>
      element('Say', voiceOf(s.locale, voices), [ssml(s.ssml)]),
    );
  } catch {
    says = [sayFixed(APOLOGY[locale], locale, voices)];
  }
  return response([...says, element('Enqueue', {}, [queueName('agent', locale)])]);
}
