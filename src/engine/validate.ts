/** Shape checks at the engine's boundary: bad input is a clear 400, never a crash. */
import { isLocale } from '../core/locale.js';
import type { Input } from '../core/conversation.js';
import type { StartRequest } from './types.js';
import { InvalidInput } from './errors.js';

const MAX_TEXT = 2000;
const MAX_PARAMS = 16;
const MAX_PARAM = 256;

export function validateConversationId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !/^[A-Za-z0-9_.:-]{1,128}$/.test(id)) {
    throw new InvalidInput('conversation id must be 1-128 characters of letters, digits, _ . : -');
  }
}

export function validateStartRequest(request: StartRequest): void {
  if (request.channel !== 'voice' && request.channel !== 'chat') throw new InvalidInput('channel must be "voice" or "chat"');
  if (request.caller != null && (typeof request.caller !== 'string' || !/^\+?[0-9]{3,20}$/.test(request.caller))) {
    throw new InvalidInput('caller must be a phone number of 3-20 digits, optionally with a leading +');
  }
  if (request.locale !== undefined && !isLocale(request.locale)) throw new InvalidInput('locale must be zh-CN, en-US or yue-HK');
  if (request.flow !== undefined && (typeof request.flow !== 'string' || !/^[a-z][a-z0-9_-]{0,31}$/.test(request.flow))) {
    throw new InvalidInput('flow must be the id of a flow: 1-32 of a-z, 0-9, _ -');
  }
  if (request.params !== undefined) validateParams(request.params);
}

function validateParams(params: unknown): void {
  if (!params || typeof params !== 'object' || Array.isArray(params)) throw new InvalidInput('params must be an object of strings');
  const entries = Object.entries(params);
  if (entries.length > MAX_PARAMS) throw new InvalidInput(`params may hold at most ${MAX_PARAMS} values`);
  for (const [name, value] of entries) {
    if (!/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(name)) throw new InvalidInput(`param name ${JSON.stringify(name)} must be 1-32 letters, digits or _`);
    if (typeof value !== 'string' || value.length > MAX_PARAM) throw new InvalidInput(`param ${name} must be a string of at most ${MAX_PARAM} characters`);
  }
}

export function validateInput(input: Input): void {
  if (!input || typeof input !== 'object') throw new InvalidInput('input must be an object');
  switch (input.type) {
    case 'dtmf':
      if (typeof input.digits !== 'string' || !/^[0-9*#]{0,32}$/.test(input.digits)) {
        throw new InvalidInput('dtmf digits must be up to 32 of 0-9 * #');
      }
      return;
    case 'speech':
      if (typeof input.transcript !== 'string' || input.transcript.length > MAX_TEXT) {
        throw new InvalidInput(`speech transcript must be a string of at most ${MAX_TEXT} characters`);
      }
      if (input.confidence !== undefined && !(typeof input.confidence === 'number' && input.confidence >= 0 && input.confidence <= 1)) {
        throw new InvalidInput('speech confidence must be a number from 0 to 1');
      }
      return;
    case 'text':
      if (typeof input.text !== 'string' || input.text.length > MAX_TEXT) throw new InvalidInput(`text must be a string of at most ${MAX_TEXT} characters`);
      return;
    case 'choice':
      if (typeof input.id !== 'string' || !/^[a-z_]{1,64}$/.test(input.id)) throw new InvalidInput('choice id must be a choice of the current ask');
      return;
    case 'noInput':
    case 'hangup':
      return;
    default:
      throw new InvalidInput(`unknown input type ${JSON.stringify((input as { type?: unknown }).type)}`);
  }
}
