/** Simulator inputs: script items (JSON) and interactive lines, both mapped to engine Inputs. */
import type { Input, Medium } from '../../core/conversation.js';

export type ScriptItem =
  | { dtmf: string }
  | { speech: string; confidence?: number }
  | { text: string }
  | { choice: string }
  | { silence: true }
  | { hangup: true };

export class ScriptError extends Error {}

export function parseScript(json: string): Input[] {
  let items: unknown;
  try {
    items = JSON.parse(json);
  } catch (error) {
    throw new ScriptError(`script is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(items)) throw new ScriptError('script must be a JSON array of inputs');
  return items.map((item, index) => scriptInput(item, index));
}

export function scriptInput(item: unknown, index = 0): Input {
  const o = (item ?? {}) as Record<string, unknown>;
  if (typeof o.dtmf === 'string') return { type: 'dtmf', digits: o.dtmf };
  if (typeof o.speech === 'string') {
    return typeof o.confidence === 'number'
      ? { type: 'speech', transcript: o.speech, confidence: o.confidence }
      : { type: 'speech', transcript: o.speech };
  }
  if (typeof o.text === 'string') return { type: 'text', text: o.text };
  if (typeof o.choice === 'string') return { type: 'choice', id: o.choice };
  if (o.silence === true) return { type: 'noInput' };
  if (o.hangup === true) return { type: 'hangup' };
  throw new ScriptError(
    `script item ${index} is not an input: expected {"dtmf"}, {"speech"}, {"text"}, {"choice"}, {"silence":true} or {"hangup":true}, got ${JSON.stringify(item)}`,
  );
}

/** One typed line: digits are key presses on the phone; words are speech (voice) or a message (chat). */
export function lineInput(line: string, medium: Medium): Input | 'quit' {
  const text = line.trim();
  if (text === '/quit' || text === '/exit') return 'quit';
  if (text === '/silence' || text === '') return { type: 'noInput' };
  if (text === '/hangup') return { type: 'hangup' };
  if (text.startsWith('/choice ')) return { type: 'choice', id: text.slice('/choice '.length).trim() };
  if (medium === 'voice' && /^[0-9*#]+$/.test(text)) return { type: 'dtmf', digits: text };
  return medium === 'voice' ? { type: 'speech', transcript: text, confidence: 0.9 } : { type: 'text', text };
}

/** The input as the --json output shows it (the script's own form). */
export function describeInput(input: Input): ScriptItem {
  switch (input.type) {
    case 'dtmf':
      return { dtmf: input.digits };
    case 'speech':
      return input.confidence === undefined ? { speech: input.transcript } : { speech: input.transcript, confidence: input.confidence };
    case 'text':
      return { text: input.text };
    case 'choice':
      return { choice: input.id };
    case 'noInput':
      return { silence: true };
    case 'hangup':
      return { hangup: true };
  }
}
