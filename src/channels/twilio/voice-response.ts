/**
 * TwiML documents, built with the twilio helper's VoiceResponse: it escapes every text and
 * attribute, and nests the SSML of the prompts module (<prosody> for the N2 rate, <say-as> for
 * numbers read digit by digit) inside <Say> as elements rather than as a string.
 */
import twilio from 'twilio';
import type { TwilioVoice } from '../../config.js';
import type { Speech } from '../../prompts/render-voice.js';

export const VoiceResponse = twilio.twiml.VoiceResponse;
export type VoiceResponse = InstanceType<typeof VoiceResponse>;
/** Anything a <Say> can be added to: the response itself or a <Gather>. */
export type SayParent = Pick<VoiceResponse, 'say'>;
type SayAttributes = Parameters<VoiceResponse['say']>[0] & object;

/** A <Say> in `voice` holding `speech`. */
export function addSay(parent: SayParent, speech: Speech, voice: TwilioVoice): void {
  // The voice names are configuration, checked at start-up (config.ts twilioVoiceFor).
  const say = parent.say({ voice: voice.voice, language: voice.language } as SayAttributes, '');
  const inside = speech.soft
    ? say.prosody({ rate: `${speech.ratePercent ?? 100}%`, volume: 'soft' }, '')
    : speech.ratePercent === null ? say : say.prosody({ rate: `${speech.ratePercent}%` }, '');
  for (const part of speech.parts) {
    if (typeof part === 'string') inside.addText(part);
    else if ('pause' in part) inside.break({ time: `${part.pause}ms` });
    else inside.sayAs({ 'interpret-as': 'digits' }, part.digits);
  }
}

/** A document of verbs added by `build` (none: an empty <Response/>). */
export function twimlDocument(build: (response: VoiceResponse) => void = () => {}): string {
  const response = new VoiceResponse();
  build(response);
  return response.toString();
}
