/** What the flows' ask states share: the yes/no choices and the length of the reprompt ladder (N7). */
import type { AskChoice } from '../core/meta.js';

/** The yes/no choices of every confirmation: 1 yes, 2 no (N8 read back and confirm). */
export const YES_NO: AskChoice[] = [
  { id: 'yes', dtmf: '1', intents: ['affirm'] },
  { id: 'no', dtmf: '2', intents: ['deny'] },
];

/**
 * The consultation topics the knowledge base answers at once (N11): keys of the topic menu, and
 * the topics a caller may name in passing where a consultation can be chosen (`AskMeta.topics`).
 */
export const KB_TOPICS = ['prices', 'new_connection', 'ev_charger', 'capacity_increase', 'name_transfer'] as const;

/** Misses (no input / no match) an ask tolerates; the next one leaves the ask (agent or goodbye). */
export const LADDER_LIMIT = 2;
