/**
 * Turn -> TwiML, a pure function of the Turn and the channel's settings.
 *
 * An ask becomes a <Gather> that takes keys and speech; the prompts are said inside it so the
 * caller can speak or press over them (barge-in, N7), except safety notices, which are said
 * before it so they are heard whole (N10). Each prompt is a <Say> in its own locale's voice,
 * with the SSML of the prompts module (N2 prosody rate for zh-CN and yue-HK).
 * An ending says its prompts, then: hangup -> a pause for the caller to hang up first (N20);
 * transfer -> <Enqueue> on the seat of the caller's language (N4), or the emergency dispatch
 * seat (TWILIO_URGENT_QUEUE) for an urgent one; escalate -> the supervisor
 * chain dialled in order (N24, escalation.ts); abandoned -> <Hangup>.
 */
import type { Locale } from '../../core/locale.js';
import type { Ask, Ending, Turn } from '../../core/conversation.js';
import { renderVoice, type VoiceSegment } from '../../prompts/render-voice.js';
import { emergency, EMERGENCY_KEYS, rateOptions, sayFixed, type Voices } from './emergency.js';
import { dialStep, type EscalationUrls } from './escalation.js';
import { queueName, SPEECH_LANGUAGE, transferQueue } from './languages.js';
import { DEFAULT_URGENT_QUEUE } from '../../config.js';
import { addSay, twimlDocument, type SayParent, type VoiceResponse } from './voice-response.js';

export interface TwimlOptions {
  voices: Voices;
  /** The URL of the Gather action for the Turn of this version (it carries ?turn=<version>). */
  gatherAction: (version: number) => string;
  /** The URLs of an escalation's dial attempts, for the Turn of this version. */
  escalation: (version: number) => EscalationUrls;
  /** The emergency dispatch seat's queue (config.twilioUrgentQueue); default 95598-urgent-{locale}. */
  urgentQueue?: string;
}

type GatherAttributes = Parameters<VoiceResponse['gather']>[0] & object;

/**
 * Seconds of silence after speech before Twilio ends the utterance. Not "auto", which ends at the
 * first short pause and cannot be tuned: callers pause while recalling an address or reading an
 * account number, and N7 says never cut in. Short answers (a choice) need less; a story or an
 * address told in free words (text) gets 4 s, since 3 s cut callers pausing mid-story (audit 2).
 */
export const SPEECH_TIMEOUT_SECONDS = { choice: 2, digits: 3, text: 4 } as const;

export function turnToTwiml(turn: Turn, options: TwimlOptions): string {
  const segments = renderVoice(turn.prompts, turn.locale, { ...rateOptions(options.voices), ...(turn.soothe ? { soothe: true } : {}) });
  const say = (parent: SayParent) => (segment: VoiceSegment) => addSay(parent, segment.speech, options.voices[segment.locale]);
  if (turn.ask) {
    const ask = turn.ask;
    const build = (version: number) => {
      const split = heardWholeCount(segments, ask.bargeIn);
      return twimlDocument((response) => {
        segments.slice(0, split).forEach(say(response));
        const action = options.gatherAction(version);
        const gather = response.gather(gatherAttributes(ask, turn.locale, firstKeyAlone(ask) ? `${action}&${FIRST_KEY_PARAM}=1` : action));
        segments.slice(split).forEach(say(gather));
      });
    };
    return askDocuments.get(askKey(turn.locale, segments, ask, options), turn.version, build);
  }
  const end = turn.end;
  if (end?.type === 'escalate') {
    return twimlDocument((response) => {
      segments.forEach(say(response));
      dialStep(response, end, 0, options.escalation(turn.version), options.voices);
    });
  }
  if (end) {
    return twimlDocument((response) => {
      segments.forEach(say(response));
      endingVerbs(response, end, options.urgentQueue ?? DEFAULT_URGENT_QUEUE);
    });
  }
  throw new Error(`turn ${turn.version} of ${turn.conversationId} has neither an ask nor an ending`);
}

/**
 * The documents of asks, built once per content: a call's menus and questions are the same
 * documents for every caller but for the turn number in the Gather action. A document is built
 * for a stand-in turn number and the real one put in its place (the number appears nowhere
 * else, or the document is not kept). Bounded: the documents with a caller's own values in them
 * (an address read back) come and go.
 */
class DocumentCache {
  private readonly documents = new Map<string, string[]>();
  constructor(private readonly capacity: number) {}

  get(key: string, version: number, build: (version: number) => string): string {
    const parts = this.documents.get(key);
    if (parts) return parts.join(String(version));
    const document = build(STAND_IN_VERSION);
    const split = document.split(String(STAND_IN_VERSION));
    if (split.length === 2) {
      if (this.documents.size >= this.capacity) this.documents.clear();
      this.documents.set(key, split);
      return split.join(String(version));
    }
    return build(version);
  }
}

/** A turn number no conversation reaches (and no prompt says). */
const STAND_IN_VERSION = 987_654_321_987;
const askDocuments = new DocumentCache(2_000);

function askKey(locale: Locale, segments: VoiceSegment[], ask: Ask, options: TwimlOptions): string {
  return JSON.stringify([
    locale,
    options.gatherAction(STAND_IN_VERSION),
    options.voices,
    segments.map((s) => [s.locale, s.safety, s.speech]),
    ask,
  ]);
}

/**
 * How many leading prompts are said before the Gather: everything up to the last safety notice
 * (order kept); all of them when the ask allows no barge-in at all.
 */
function heardWholeCount(segments: VoiceSegment[], bargeIn: boolean): number {
  for (let i = segments.length - 1; i >= 0; i--) if (segments[i]!.safety) return i + 1;
  return bargeIn ? 0 : segments.length;
}

export function gatherAttributes(ask: Ask, locale: Locale, action: string): GatherAttributes {
  const modes = ask.input.filter((mode) => mode === 'dtmf' || mode === 'speech');
  const speech = modes.includes('speech');
  const attributes: GatherAttributes = {
    input: modes.length > 0 ? modes : ['dtmf'],
    action,
    method: 'POST',
    timeout: ask.timeoutSeconds,
    // Silence comes back to us as an empty result: the engine's reprompt ladder handles it (N7).
    actionOnEmptyResult: true,
    // Twilio masks profanity ("f***") by default; abuse detection (N22) must hear the words.
    profanityFilter: false,
  };
  if (speech) {
    attributes.language = SPEECH_LANGUAGE[locale] as GatherAttributes['language'];
    attributes.speechTimeout = String(SPEECH_TIMEOUT_SECONDS[ask.kind]);
    if (ask.hints.length > 0) attributes.hints = ask.hints.join(', ');
  }
  if (firstKeyAlone(ask)) {
    // The first key alone, at once: the choice's key answers without the number's wait (restOfNumberTwiml).
    attributes.numDigits = 1;
  } else if (ask.kind === 'digits' && ask.numDigits) {
    attributes.numDigits = ask.numDigits;
    attributes.finishOnKey = ask.finishOnKey ?? '#';
  } else if (ask.kind === 'choice' && ask.choices.length > 0 && ask.choices.every((c) => c.dtmf?.length === 1)) {
    // One key picks a choice: answer at once instead of waiting for the timeout or '#'.
    attributes.numDigits = 1;
  }
  return attributes;
}

/** The query parameter of a Gather that takes the first key of a number alone; `keys` carries it to the rest. */
export const FIRST_KEY_PARAM = 'first';
export const KEYS_PARAM = 'keys';

/**
 * How long the rest of a number is waited for after its first key was the choice's own ("不清楚户号请按9"):
 * a caller who meant the choice hears the answer after this, not after the number's timeout; one who
 * types a number that starts with that key goes on within it (keys follow each other in well under a second).
 */
export const CHOICE_KEY_WAIT_SECONDS = 2;

/**
 * The key that answers a number question by itself (identity.askAccount, query.askTicket: 9, "I
 * don't have it"), or null. Twilio's <Gather> ends only on numDigits, finishOnKey (one key, which a
 * number may contain) or its timeout, so a lone 9 at numDigits=10 would wait out the timeout (10 s).
 * Such a question gathers its first key alone; restOfNumberTwiml gathers the rest.
 */
export function oneKeyAnswer(ask: Ask): string | null {
  if (ask.kind !== 'digits' || !ask.numDigits || ask.numDigits < 2) return null;
  return ask.choices.find((c) => c.dtmf?.length === 1 && /^\d$/.test(c.dtmf))?.dtmf ?? null;
}

/**
 * A number question whose first key is gathered alone: one a key answers by itself (oneKeyAnswer),
 * and a phone number (issue 14 item 2), whose first key says how long it is: 1 a mobile (ten more
 * digits), 0 a landline with its area code (up to eleven more, ended by a pause or #).
 */
export function firstKeyAlone(ask: Ask): boolean {
  return oneKeyAnswer(ask) !== null || (ask.kind === 'digits' && ask.phone === true);
}

/** After a landline's 0, how long a pause ends it (its 10 or 11 digits are not known ahead). */
export const LANDLINE_PAUSE_SECONDS = 3;

/**
 * After the first key of a number question taken alone: a <Gather> of the remaining keys, silent
 * (the question was asked), to `action` (which carries the first key). After the choice's own key
 * it waits CHOICE_KEY_WAIT_SECONDS, else the question's timeout; '#' ends the number early, and
 * nothing more is the first key alone (Twilio posts an empty result: actionOnEmptyResult).
 */
export function restOfNumberTwiml(ask: Ask, firstKey: string, action: string): string {
  const landline = ask.phone === true && firstKey === '0';
  return twimlDocument((response) => {
    response.gather({
      input: ['dtmf'],
      action,
      method: 'POST',
      numDigits: landline ? 11 : Math.max(1, (ask.numDigits ?? 1) - 1),
      finishOnKey: ask.finishOnKey ?? '#',
      timeout: firstKey === oneKeyAnswer(ask) ? CHOICE_KEY_WAIT_SECONDS : landline ? LANDLINE_PAUSE_SECONDS : ask.timeoutSeconds,
      actionOnEmptyResult: true,
    });
  });
}

function endingVerbs(response: VoiceResponse, end: Exclude<Ending, { type: 'escalate' }>, urgentQueue: string): void {
  switch (end.type) {
    case 'hangup':
      response.pause({ length: end.waitForCallerSeconds });
      response.hangup();
      return;
    case 'transfer':
      response.enqueue({}, transferQueue(end.queue, end.locale, urgentQueue));
      return;
    case 'abandoned':
      response.hangup();
      return;
  }
}

/**
 * A turn that could not be answered (N21): apologize and hand over to an agent in the caller's
 * language. Said from the catalogue when it renders, else with the fixed phrases.
 */
export function apologyTwiml(locale: Locale, voices: Voices): string {
  let segments: VoiceSegment[] | null;
  try {
    segments = renderVoice(EMERGENCY_KEYS.apology.map((key) => ({ key })), locale, rateOptions(voices));
  } catch {
    segments = null;
  }
  return twimlDocument((response) => {
    if (segments) for (const s of segments) addSay(response, s.speech, voices[s.locale]);
    else sayFixed(response, emergency().apology[locale], locale, voices);
    response.enqueue({}, queueName('agent', locale));
  });
}
