/**
 * What an ask state expects, declared in the state's `meta` so the visualizer shows it
 * (ARCHITECTURE rule 2), and the reprompt ladder every ask shares (rule 3, N7).
 */
import type { Intent } from '../nlu/types.js';
import type { PromptRef } from '../engine/types.js';
import type { Locale } from '../engine/locale.js';

/** A prompt of an ask; `locale` says it in another language than the conversation's (language offers, N4). */
export interface AskPrompt {
  key: string;
  locale?: Locale;
}

export interface AskChoice {
  id: string;
  /** Keypad key; absent for choices reached by voice or text only (e.g. a danger utterance at the menu). */
  dtmf?: string;
  /** Recognized intents that pick this choice. */
  intents?: Intent[];
  /** Reached by words only: not offered as a key or a chat button (a shortcut for a sentence like "查电费"). */
  hidden?: boolean;
}

export interface AskMeta {
  kind: 'choice' | 'digits' | 'text';
  /** Catalogue key(s) of the question, said on entry and on repeat. */
  prompt: string | AskPrompt[];
  /** Catalogue key of the guiding prompt said after the second miss (N7: help, not a repeat). */
  help: string;
  choices?: AskChoice[];
  numDigits?: number;
  /** Catalogue key (hints.*) of the speech hints for this ask. */
  hints?: string;
  timeoutSeconds?: number;
  /**
   * The question is whether there is danger: "没有冒烟" answers it (no), where elsewhere a danger
   * word always means danger (N10).
   */
  aboutDanger?: boolean;
}

export type EndMeta =
  | { type: 'hangup' }
  | { type: 'transfer'; queue: 'agent'; reason: string }
  /** To the duty supervisor; who and why come from the escalation the flow recorded. */
  | { type: 'escalate' }
  | { type: 'abandoned' };

/** The meta a state of a dialogue machine may carry. */
export interface StateMeta {
  ask?: AskMeta;
  end?: EndMeta;
}

/** The yes/no choices of every confirmation: 1 yes, 2 no (N8 read back and confirm). */
export const YES_NO: AskChoice[] = [
  { id: 'yes', dtmf: '1', intents: ['affirm'] },
  { id: 'no', dtmf: '2', intents: ['deny'] },
];

/** Misses (no input / no match) an ask tolerates; the next one leaves the ask (agent or goodbye). */
export const LADDER_LIMIT = 2;

/**
 * The prompts that put an ask to the caller at a rung of the ladder:
 * 0 the question; 1 "sorry, I did not hear you" and the question; 2 the guiding help.
 * A number of the wrong length is read back instead of "sorry" (N8): the caller hears what
 * was taken, never a silently shortened number.
 */
export function askPrompts(ask: AskMeta, misses: number, values: PromptRef['values']): PromptRef[] {
  const question = (typeof ask.prompt === 'string' ? [{ key: ask.prompt }] : ask.prompt).map(
    (prompt): PromptRef => ({ ...prompt, values }),
  );
  if (misses <= 0) return question;
  const heard: PromptRef[] = ask.kind === 'digits' && values?.heardDigits ? [{ key: 'common.heardDigits', values }] : [];
  if (misses === 1) return heard.length ? [...heard, ...question] : [{ key: 'common.notHeard' }, ...question];
  return [...heard, { key: ask.help, values }];
}
