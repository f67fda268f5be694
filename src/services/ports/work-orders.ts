/** Work orders: repairs (N10), complaints (N13, N14), reports and business applications (N9). */

export const WORK_ORDER_KINDS = ['repair', 'complaint', 'report', 'application'] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];
export const REPORT_SUBTYPES = ['theft', 'misconduct', 'other'] as const;
export const APPLICATION_SUBTYPES = ['new_connection', 'capacity_increase', 'name_transfer', 'ev_charger'] as const;
export type FaultScope = 'home' | 'building' | 'area';
/** 'abandoned': a report the caller hung up on before confirming, kept with the number for a callback. */
export const WORK_ORDER_STATUSES = ['open', 'closed', 'abandoned'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export interface NewWorkOrder {
  kind: WorkOrderKind;
  urgent: boolean;
  danger: boolean;
  scope: FaultScope | null;
  account: string | null;
  phone: string | null;
  address: string;
  areaId: string | null;
  description: string;
  channel: string;
  conversationId: string;
  /** report: REPORT_SUBTYPES; application: APPLICATION_SUBTYPES (or null when not chosen); default null. */
  subtype?: string | null;
  /** Complaint: what/when/where/who. Default {}. */
  details?: Record<string, string>;
  /** An anonymous report: phone and account are NOT stored, whatever is passed. Default false. */
  anonymous?: boolean;
  /** ISO 8601; complaints: the reply deadline told to the customer (N14). Default null. */
  replyDueAt?: string | null;
  /** Exactly once (src/services/idempotency.ts): a create with a key already used returns the record made with it. */
  idempotencyKey?: string | null;
}

export interface WorkOrder extends NewWorkOrder {
  /** Ticket number told to the customer, e.g. "2611250001". */
  id: string;
  subtype: string | null;
  details: Record<string, string>;
  anonymous: boolean;
  replyDueAt: string | null;
  status: WorkOrderStatus;
  createdAt: string; // ISO 8601
  /** Minutes within which the repair crew promises to arrive, by area type. */
  promisedArrivalMinutes: number;
}

/** Date filters are ISO 8601 instants: `from` inclusive, `to` exclusive. */
export interface WorkOrderFilter {
  phone?: string;
  account?: string;
  kind?: WorkOrderKind;
  status?: WorkOrderStatus;
  /** On createdAt. */
  from?: string;
  to?: string;
}

export interface WorkOrders {
  create(order: NewWorkOrder, options?: { status?: 'open' | 'abandoned' }): Promise<WorkOrder>;
  get(id: string): Promise<WorkOrder | null>;
  /** Newest first. */
  list(filter?: WorkOrderFilter): Promise<WorkOrder[]>;
}
