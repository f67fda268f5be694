/** Callbacks (回访): N11, N14, N17; outbound only inside the N15 windows. */

export const CALLBACK_KINDS = ['complaint', 'question', 'dissatisfied', 'escalation', 'abandoned_report'] as const;
export type CallbackKind = (typeof CALLBACK_KINDS)[number];
export const CALLBACK_STATUSES = ['pending', 'done', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export interface CallbackTask {
  id: string;
  kind: CallbackKind;
  phone: string;
  account: string | null;
  workOrderId: string | null;
  conversationId: string | null;
  notes: string;
  /** ISO: the deadline (e.g. the reply deadline told to a complaining customer). */
  dueAt: string;
  /** ISO: the first instant inside an outbound window at or after creation (N15). */
  notBefore: string;
  status: CallbackStatus;
  createdAt: string;
  /** ISO, when status last changed; null while pending. */
  closedAt: string | null;
}

export interface NewCallbackTask {
  kind: CallbackKind;
  phone: string;
  account?: string | null;
  workOrderId?: string | null;
  conversationId?: string | null;
  notes: string;
  dueAt: Date;
  /** Exactly once (src/services/idempotency.ts): a create with a key already used returns the record made with it. */
  idempotencyKey?: string | null;
}

export interface Callbacks {
  create(task: NewCallbackTask): Promise<CallbackTask>;
  /** Ordered by dueAt (the work queue); `from`/`to` filter on dueAt. */
  list(filter?: { phone?: string; status?: CallbackStatus; kind?: CallbackKind; from?: string; to?: string }): Promise<CallbackTask[]>;
  /** Close a task (done/cancelled) or reopen it; null when unknown. */
  update(id: string, change: { status: CallbackStatus }): Promise<CallbackTask | null>;
}
