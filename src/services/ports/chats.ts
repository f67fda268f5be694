/**
 * Web chats a person takes over (issue 12): the transcript of every conversation (who said what)
 * and the handover of a chat from the bot to a person and back.
 */
import type { Locale } from '../../core/locale.js';

export const AUTHORS = ['customer', 'bot', 'agent', 'system'] as const;
export type Author = (typeof AUTHORS)[number];

export interface TranscriptEntry {
  /** Increasing over the whole store: the order of the transcript and the SSE event id. */
  seq: number;
  conversationId: string;
  at: string;
  author: Author;
  /** The person's name for `agent`; null otherwise. */
  name: string | null;
  text: string;
  locale: Locale;
}

export type NewTranscriptEntry = Omit<TranscriptEntry, 'seq' | 'conversationId' | 'at'> & { at?: Date };

export interface Transcripts {
  /** Appends in order (one transaction); answers the entries as stored. */
  append(conversationId: string, entries: readonly NewTranscriptEntry[]): Promise<TranscriptEntry[]>;
  /** In order; `afterSeq` answers only what came after (a resumed event stream). */
  list(conversationId: string, options?: { afterSeq?: number }): Promise<TranscriptEntry[]>;
  /** Deletes the lines said before `before` (retention: personal data); answers how many. */
  purgeBefore(before: Date): Promise<number>;
}

/** Who a chat waits for: an agent (转人工) or the duty supervisor (an escalation, N24). */
export const HANDOVER_QUEUES = ['agent', 'supervisor'] as const;
export type HandoverQueue = (typeof HANDOVER_QUEUES)[number];

/**
 * waiting: in the queue; taken: a person is typing with the customer; returned: given back to the
 * bot; closed: ended by the person with the closing phrase (N20); timed_out: nobody took it in
 * time and the customer was offered a callback; callback: the customer accepted it (a callback
 * task exists); abandoned: the customer left.
 */
export const HANDOVER_STATUSES = ['waiting', 'taken', 'returned', 'closed', 'timed_out', 'callback', 'abandoned'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];
/** A conversation has at most one handover in these statuses. */
export const OPEN_HANDOVER_STATUSES: readonly HandoverStatus[] = ['waiting', 'taken', 'timed_out'];

export interface Handover {
  id: string;
  conversationId: string;
  queue: HandoverQueue;
  reason: string;
  /** Higher first (escalation priorities, N24). */
  priority: number;
  escalationId: string | null;
  locale: Locale;
  phone: string | null;
  summary: string;
  status: HandoverStatus;
  takenBy: string | null;
  /** When a waiting chat is given up on and the customer offered a callback. */
  deadline: string;
  createdAt: string;
  updatedAt: string;
}

export type NewHandover = Pick<Handover, 'conversationId' | 'queue' | 'reason' | 'priority' | 'escalationId' | 'locale' | 'phone' | 'summary'> & {
  deadline: Date;
};

export interface HandoverChange {
  takenBy?: string;
  priority?: number;
  reason?: string;
  deadline?: Date;
}

export interface Handovers {
  /** Opens a handover; a conversation that has an open one answers that one (a retry is harmless). */
  open(handover: NewHandover): Promise<Handover>;
  get(id: string): Promise<Handover | null>;
  /** The conversation's latest handover, open or not. */
  latest(conversationId: string): Promise<Handover | null>;
  /** Queue order: priority desc, then oldest; default the open ones. */
  list(filter?: { statuses?: readonly HandoverStatus[] }): Promise<Handover[]>;
  /**
   * Compare-and-set: moves the handover to `to` only while its status is one of `from` (two people
   * taking one chat: one wins, the other gets null). What `change` gives is set with it: who took
   * it, or a new priority, reason and deadline (a danger told while waiting: the urgent queue).
   */
  move(id: string, from: readonly HandoverStatus[], to: HandoverStatus, change?: HandoverChange): Promise<Handover | null>;
  /** Waiting handovers whose deadline is at or before `now`, oldest first. */
  overdue(now: Date): Promise<Handover[]>;
  /** Deletes the handovers no longer open and last changed before `before` (retention); answers how many. */
  purgeBefore(before: Date): Promise<number>;
}
