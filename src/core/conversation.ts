/**
 * What a conversation is made of, shared by every layer (see docs/architecture.md): the channel,
 * what the user did (Input), what is said (PromptRef) and what the engine answers (Turn).
 * Channels turn requests into an Input and render a Turn; they add nothing of their own.
 */
import type { Locale } from './locale.js';

export type Channel = 'voice' | 'chat';
/** How a Turn is rendered: spoken (TwiML <Say>, SSML) or written (chat bubbles). */
export type Medium = 'voice' | 'text';

/** What the user did this turn, already normalized by the channel. Channels never interpret meaning. */
export type Input =
  | { type: 'dtmf'; digits: string }
  | { type: 'speech'; transcript: string; confidence?: number }
  | { type: 'text'; text: string }
  /** A quick reply or button chosen in chat: the id of one of the ask's choices. */
  | { type: 'choice'; id: string }
  /** Nothing came before the channel's timeout (rule 3: time belongs to channels). */
  | { type: 'noInput' }
  | { type: 'hangup' };

/** One prompt to say: a key in the catalogue (locales/) and the values it interpolates. */
export interface PromptRef {
  key: string;
  values?: Record<string, string | number | boolean | null>;
  /** Say this prompt in another locale than the conversation's (the language menu offers each language in itself). */
  locale?: Locale;
  /** A safety notice: heard whole, never barged in on (N10). */
  safety?: boolean;
}

/** The values prompts interpolate, projected from a flow's context. */
export type PromptValues = NonNullable<PromptRef['values']>;

export type InputMode = 'dtmf' | 'speech' | 'text';

export interface Choice {
  id: string;
  /** The keypad key that picks this choice, if any. */
  dtmf?: string;
  /** Catalogue key of the label shown on a chat quick reply. */
  label: string;
}

/** What the engine expects next. */
export interface Ask {
  kind: 'choice' | 'digits' | 'text';
  input: InputMode[];
  choices: Choice[];
  /** For digit asks: how many digits end the entry. */
  numDigits?: number;
  /** A phone number: a mobile (numDigits) or a landline with its area code, 10-12 digits (the keypad gathers by its first key). */
  phone?: true;
  finishOnKey?: string;
  /** Seconds of silence before the channel reports noInput. */
  timeoutSeconds: number;
  /** Whether the caller may speak over the prompts (N7). False while a safety notice is heard. */
  bargeIn: boolean;
  /** Words the recognizer should expect (speech hints), already in the conversation's locale. */
  hints: string[];
  /** The answer is a proof (a one-time code, a phone's last digits): kept out of transcripts. */
  secret?: true;
}

/** How a conversation ends this turn. */
export type Ending =
  /** Closing phrase said; on voice wait for the caller to hang up first (N20). */
  | { type: 'hangup'; waitForCallerSeconds: number }
  /** Hand over to a human queue: the agent seat for this locale (N4), later the supervisor. */
  | { type: 'transfer'; queue: string; reason: string; locale: Locale }
  /**
   * To the duty supervisor (N24): voice dials the chain on duty in order with a whisper of the
   * summary; chat waits in the prioritized escalation queue.
   */
  | {
      type: 'escalate';
      escalationId: string;
      reason: string;
      summary: string;
      /** What the supervisor hears before taking the call: catalogue prompts in Mandarin (the duty roster is local staff). */
      whisper: PromptRef[];
      chain: { name: string; phone: string }[];
      locale: Locale;
    }
  /** The caller hung up or the session was closed. */
  | { type: 'abandoned' };

/** What the engine answers to one Input. A channel renders it as it is. */
export interface Turn {
  conversationId: string;
  /** The version of the conversation record after this turn. */
  version: number;
  locale: Locale;
  prompts: PromptRef[];
  ask: Ask | null;
  end: Ending | null;
  /** The active state path, e.g. "fault.report.askScope": for logs, tests and designers. */
  state: string;
  /** The caller is upset (a complaint, abuse, still dissatisfied): voice answers softly and a little slower (N3). */
  soothe?: boolean;
}
