import type { Locale } from './locale.js';
import type { Elsewhere, Intent } from './intents.js';

/** What a caller's story tells beyond its facts (N12): a long wait ("停了三天了"), the same failure again ("又停电了"). */
export type StoryTold = 'longWait' | 'again';

/**
 * The events a dialogue machine understands. The engine makes them from a channel's Input and
 * the current ask (src/engine/interpret.ts), so machines read as the flow: `choice.fault_report`.
 */
export type DialogueEvent =
  /**
   * text: the words that chose it (kept by a flow that takes more from them); locale: the language they are in, at the language offer (N4);
   * lift: the words tell of a lift stopped (a follow-up asks whether anyone is trapped);
   * topic, scope, address, description: what the words say in passing, at an ask that looks for it (`AskMeta.inPassing`);
   * told: the words tell a long wait or the same failure again (N12: a reaction before the next question).
   */
  | { type: `choice.${string}`; text?: string; locale?: Locale; lift?: boolean; topic?: string; kind?: string; scope?: string; address?: string; description?: string; where?: string; when?: string; told?: StoryTold }
  | { type: 'digits'; value: string }
  /**
   * place: at an ask that expects a place, whether the words name one (not "对", "不知道", "门口");
   * address: there, the address in the words, without what leads in or trails off (N8);
   * unknown: the answer is only "I don't know" ("不清楚", "not sure");
   * yesNoOnly: the words are only a yes or a no ("是", "对", "ok"): nothing to record as an answer;
   * noFact: the words tell nothing as an answer: a don't-know ("不知道他叫什么", "I don't know his name")
   *   or a bare yes or no ("没有了"), src/nlu/non-answer.ts: never a fact to read back (N5, N8);
   * shock: a danger report says someone has been shocked (120 first); fire: it says something is on fire (119 first);
   * topic: as for a choice, the knowledge-base topic the words name (`AskMeta.inPassing`);
   * where, when: the place and the time a story names in passing (`AskMeta.inPassing.story`);
   * told: as for a choice.
   */
  | { type: 'text'; text: string; intent: Intent | null; place?: boolean; address?: string; unknown?: boolean; yesNoOnly?: boolean; noFact?: boolean; shock?: boolean; fire?: boolean; lift?: boolean; topic?: string; where?: string; when?: string; told?: StoryTold }
  | { type: 'noInput' }
  /**
   * heard: the digits of a number of the wrong length, read back before asking again (N8); key: a
   * key that answers nothing here; unclear: speech the recognizer itself was unsure of; noFact: words
   * that answer nothing ("不知道" where what happened is asked): asked again with an example, gently.
   */
  | { type: 'noMatch'; heard?: string; key?: true; unclear?: true; noFact?: true }
  /**
   * The words are about another business ("我要投诉燃气公司", "my internet provider"): the caller is told
   * this line serves electricity and where to turn (elsewhere: the gas, water or phone company, the
   * property management, another), then asked again (issue 9 item 1).
   */
  | { type: 'outOfScope'; elsewhere: Elsewhere }
  | { type: 'repeat' }
  | { type: 'agent' }
  /** said: what the caller said besides the request ("停电三天了没人管"), for the supervisor's summary (N24). */
  | { type: 'supervisor'; said?: string }
  | { type: 'abuse'; text: string }
  /**
   * The caller sounds upset or angry (N3), sent by the engine just before the event of the same
   * words: the flow keeps it for the rest of the call (answered softly) and apologises before a transfer.
   */
  | { type: 'upset' }
  /** need: a business named in the same words ("我要投诉，电线掉下来了"): served after the danger report. */
  | { type: 'danger'; text: string | null; place?: boolean; address?: string; shock?: boolean; fire?: boolean; need?: Intent; locale?: Locale; where?: string; when?: string }
  | { type: 'language'; locale: Locale }
  /** The caller is done ("没事了，再见", "that's it, thanks"): close politely (N20). */
  | { type: 'goodbye' }
  | { type: 'hangup' };

/** What a machine emits for the engine to collect into the Turn. */
export type DialogueEmitted =
  | { type: 'say'; key: string; safety: boolean }
  | { type: 'locale'; locale: Locale };
