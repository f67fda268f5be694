/** Escalations to the duty supervisor (N22, N24). */

/** expedite: a customer urging an open work order on (催办), for the duty supervisor to chase and answer. */
export const ESCALATION_REASONS = ['requested', 'dissatisfied', 'abuse', 'not_understood', 'system_error', 'expedite'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];
export const ESCALATION_STATUSES = ['waiting', 'connected', 'callback', 'closed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export interface Escalation {
  id: string;
  reason: EscalationReason;
  /** Higher first; defaults by reason (src/services/escalation-rules.ts). */
  priority: number;
  conversationId: string;
  channel: string;
  phone: string | null;
  summary: string;
  context: Record<string, unknown>;
  status: EscalationStatus;
  outcome: string | null;
  supervisor: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewEscalation {
  reason: EscalationReason;
  conversationId: string;
  channel: string;
  phone: string | null;
  summary: string;
  context: Record<string, unknown>;
  priority?: number;
  /** Exactly once (src/services/idempotency.ts): a create with a key already used returns the record made with it. */
  idempotencyKey?: string | null;
}

export interface Escalations {
  create(e: NewEscalation): Promise<Escalation>;
  /**
   * null when unknown. 'closed' is final: changing a closed escalation throws EscalationClosed.
   * Moving to 'callback' with a phone also creates a callback task of kind 'escalation' (N17: the
   * supervisor's answer goes back to the customer), due at `callbackDueAt` (default in 24 hours).
   */
  update(
    id: string,
    change: {
      status: EscalationStatus;
      outcome?: string | null;
      supervisor?: string | null;
      callbackDueAt?: Date;
      /** The supervisor's answer the callback tells the customer (N17): the callback is dialled with it. */
      answer?: string | null;
    },
  ): Promise<Escalation | null>;
  /** Ordered by priority desc, then createdAt (oldest first); `from`/`to` filter on createdAt. */
  list(filter?: { status?: EscalationStatus; phone?: string; from?: string; to?: string }): Promise<Escalation[]>;
  get(id: string): Promise<Escalation | null>;
}
