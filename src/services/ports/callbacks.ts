/** Callbacks (回访): N11, N14, N17; outbound only inside the N15 windows. */

/** result: the result of a work order told to the customer (a repair, a report) where nothing else asked for a callback. */
export const CALLBACK_KINDS = ['complaint', 'question', 'dissatisfied', 'escalation', 'abandoned_report', 'result'] as const;
export type CallbackKind = (typeof CALLBACK_KINDS)[number];
export const CALLBACK_STATUSES = ['pending', 'done', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];
/** The business a callback is about (N17): what the callback flow tells and how. */
export const CALLBACK_BUSINESSES = ['repair', 'complaint', 'report', 'consultation', 'query'] as const;
export type CallbackBusiness = (typeof CALLBACK_BUSINESSES)[number];

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
  /**
   * What the callback tells the customer: the answer to a question (N11), the supervisor's answer
   * (N17); for a work order, its recorded result when this is null. Set, the callback can be dialled.
   */
  result: string | null;
  /** What it is about; null: from its work order (or a question: a consultation). */
  business: CallbackBusiness | null;
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
  result?: string | null;
  business?: CallbackBusiness | null;
  /** Exactly once (src/services/idempotency.ts): a create with a key already used returns the record made with it. */
  idempotencyKey?: string | null;
}

export interface Callbacks {
  create(task: NewCallbackTask): Promise<CallbackTask>;
  /** Ordered by dueAt (the work queue); `from`/`to` filter on dueAt. */
  list(filter?: { phone?: string; status?: CallbackStatus; kind?: CallbackKind; workOrderId?: string; from?: string; to?: string }): Promise<CallbackTask[]>;
  /** Close a task (done/cancelled), reopen it, or give it its result; null when unknown. */
  update(id: string, change: { status?: CallbackStatus; result?: string | null }): Promise<CallbackTask | null>;
  get(id: string): Promise<CallbackTask | null>;
}
