/**
 * What a state of a dialogue machine declares in its `meta` (ARCHITECTURE rule 2): an ask state
 * what it expects, a final state how the conversation ends. Machines write it, the engine reads
 * it, the visualizer shows it.
 */
import type { Intent } from './intents.js';
import type { Locale } from './locale.js';
import type { Channel } from './conversation.js';

/** A prompt of an ask; `locale` says it in another language than the conversation's (language offers, N4). */
export interface AskPrompt {
  key: string;
  locale?: Locale;
  /** Said only when this prompt value is given (a read-back's "when", said only when the caller said it). */
  ifGiven?: string;
  /** Said only when this prompt value is not given (a complaint's read-back without the place the caller did not know). */
  unlessGiven?: string;
  /** Said only on this channel: the Mandarin offer only in chat (on the phone Mandarin is the default, said without a key, N4). */
  onlyOn?: Channel;
}

/**
 * The id of a choice reached by words only: the caller says they are not satisfied ("不满意，怎么这么贵",
 * "not happy"), read by src/nlu/grievance.ts before the "不" of 不满意 is taken for a no (N12, N24).
 */
export const UNHAPPY = 'unhappy';
/** The same about the bill or the price ("怎么这么贵"): where an ask has this choice, the bill is offered to be checked. */
export const UNHAPPY_ABOUT_BILL = 'unhappy_bill';

export interface AskChoice {
  id: string;
  /** Keypad key; absent for choices reached by voice or text only (e.g. a danger utterance at the menu). */
  dtmf?: string;
  /** Recognized intents that pick this choice. */
  intents?: Intent[];
  /** Reached by words only: not offered as a key or a chat button (a shortcut for a sentence like "查电费"). */
  hidden?: boolean;
  /**
   * Its words beat a business the sentence names otherwise, however small a part of the sentence
   * they are, unless the caller names that business in its own words too: "我上午报修的，怎么还没人来"
   * is the progress query (催办), not a complaint; "我要投诉，怎么还没人来" is the complaint.
   */
  overBusiness?: boolean;
  /**
   * Its words count only when they are most of what was said ("没有了", "okay thanks"), never a
   * part of a sentence ("没有电", "no power", "谢谢，我家停电了"): a goodbye read in passing would end the call.
   */
  whole?: boolean;
  /**
   * The key of the words that pick this choice when said (整栋楼, 唔滿意, "just my place"): data in
   * `locales/words/<locale>.json`, under the choice's id unless this names another key (a yes with
   * words of its own, `consent.yes`). Any locale's words count (callers mix languages) and the
   * longest word found wins, so 不满意 beats 满意.
   */
  words?: string;
  /**
   * The catalogue key of its chat button, when `choice.<id>` does not fit the question: a read-back
   * answered 对 / 不对, an offer 需要 / 不需要 (ask.ts `yesNoAs`). Default `choice.<id>`.
   */
  label?: string;
}

export interface AskMeta {
  kind: 'choice' | 'digits' | 'text';
  /** Catalogue key(s) of the question, said on entry and on repeat. */
  prompt: string | AskPrompt[];
  /** Catalogue key of the guiding prompt said after the second miss (N7: help, not a repeat). */
  help: string;
  choices?: AskChoice[];
  numDigits?: number;
  /**
   * A number to call back on (issue 14 item 2): a mobile of 11 digits or a landline with its area
   * code (10-12 digits, src/core/phone-number.ts) answers it, typed or said, not only `numDigits`.
   */
  phone?: boolean;
  /** Catalogue key (hints.*) of the speech hints for this ask. */
  hints?: string;
  timeoutSeconds?: number;
  /**
   * A free-text answer that names a place (where the danger is, the fault's address, an area): the
   * engine says whether it does and gives the address in it, to be read back (N8). 'district': at a
   * place's yes/no read-back, a district said alone ("城关区") is a text that completes the place.
   */
  expects?: 'place' | 'district';
  /**
   * The question is whether there is danger: "没有冒烟" answers it (no), where elsewhere a danger
   * word always means danger (N10).
   */
  aboutDanger?: boolean;
  /**
   * A number's read-back ("号码对吗?"): a number of this many digits said instead of a yes ("不对，打
   * 我老婆的手机，幺三九…") is the new number (a `digits` event), read back next (N8); and only a
   * yes or no said in words is one (the recognizer's guess alone is not).
   */
  numberInstead?: number;
  /**
   * The language offer (N4): words in any of the three languages are understood, and the language
   * they are in is the caller's choice; a need said there is served at once in it.
   */
  anyLanguage?: boolean;
  /**
   * What a caller may say here in passing, beside the answer, that a later question would ask
   * (N8: what was said first is not asked again). The engine gives what it finds with the event:
   * - topics: the knowledge-base topics, by their words (`locales/words/<locale>.json`, under each
   *   id): "装充电桩要什么材料" at the menu is the consultation on EV chargers, answered at once;
   * - scopes: the outage scopes, by the words of these choices ("整栋楼都没电", "成條街冇電");
   * - address: an address named ("我家停电了，城关区人民路88号"), in the engine's words;
   * - story: where and when a story told in one breath happened ("东山镇新街有户人家私拉电线，晚上最明显":
   *   东山镇新街, 晚上), for its read-back to summarise (N8).
   */
  inPassing?: InPassing;
  /** The answer is a proof (a one-time code, a phone's last digits): the transcript shows it masked (issue 14). */
  secret?: boolean;
}

export interface InPassing {
  topics?: readonly string[];
  scopes?: readonly AskChoice[];
  address?: boolean;
  /** The fault the words describe ("整栋楼都停电了"): the report does not ask for it again. */
  description?: boolean;
  story?: boolean;
  /** The kind of report the words name ("有人偷电": theft), by the words of these ids: not asked again (audit 2, finding 9). */
  kinds?: readonly string[];
  /** When it began or happened, said in passing ("从昨晚8点就没电了": 昨晚8点; "昨天下午": 昨天下午), for the read-back (N8). */
  when?: boolean;
}

export type EndMeta =
  | { type: 'hangup' }
  /** agent: the agent seat of the caller's language (N4); urgent: the emergency dispatch seat (N10). */
  | { type: 'transfer'; queue: 'agent' | 'urgent'; reason: string }
  /** To the duty supervisor; who and why come from the escalation the flow recorded. */
  | { type: 'escalate' }
  | { type: 'abandoned' };

/** The meta a state of a dialogue machine may carry. */
export interface StateMeta {
  ask?: AskMeta;
  end?: EndMeta;
}
