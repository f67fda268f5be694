/** The outbox: N21 emergency mode, nothing the customer reported is lost. */

export const OUTBOX_KINDS = ['work_order', 'callback', 'escalation', 'incident'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface OutboxItem {
  id: string;
  kind: OutboxKind;
  payload: unknown;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  status: 'pending' | 'delivered';
  deliveredAt: string | null;
}

/** A delivery handler; `item` carries the enqueue time (e.g. an incident keeps when it happened). */
export type OutboxHandler = (payload: unknown, item: OutboxItem) => Promise<unknown>;

export interface Outbox {
  enqueue(kind: OutboxKind, payload: unknown): Promise<{ id: string }>;
  /** Every undelivered item, oldest first. */
  pending(): Promise<OutboxItem[]>;
  /**
   * Delivers the due items (nextAttemptAt <= now) whose kind has a handler. A failure is retried
   * with exponential back-off up to a cap; delivered items are kept, marked delivered (audit).
   */
  deliver(handlers: Partial<Record<OutboxKind, OutboxHandler>>, now?: Date): Promise<{ delivered: number; failed: number }>;
  /** For operators: newest first. */
  list(filter?: { status?: 'pending' | 'delivered'; kind?: OutboxKind }): Promise<OutboxItem[]>;
  /** Deletes items delivered before `before` (their payloads hold personal data; retention). Answers how many. */
  purgeDelivered(before: Date): Promise<number>;
}
