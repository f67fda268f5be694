/**
 * Domain ports (ARCHITECTURE rule 5): the flows reach data only through these.
 * Adapters live in src/store/<kind>/; SQLite is the embedded default.
 * Every method is async so that a networked adapter (PostgreSQL) fits the same port.
 * Phone numbers are normalized (src/services/phone.ts) by the adapters, on write and in filters.
 */
import type { Locale } from '../engine/locale.js';

export type AreaType = 'urban' | 'rural' | 'remote';

export interface Area {
  id: string;
  /** Display name, e.g. "城关区" — also matched against spoken addresses. */
  name: string;
  type: AreaType;
}

export interface Customer {
  /** 10-digit account number (户号). */
  account: string;
  /** Account holder name (户名), e.g. "张伟". */
  name: string;
  /** Registered phone numbers, E.164. */
  phones: string[];
  address: string;
  areaId: string;
}

export interface CustomerDirectory {
  /** Customers whose registered phone is this number (a number may hold several accounts). */
  findByPhone(phone: string): Promise<Customer[]>;
  findByAccount(account: string): Promise<Customer | null>;
}

export interface Outage {
  id: string;
  areaId: string;
  kind: 'planned' | 'fault';
  /** Plain description shown to customers, per locale is not needed: prompts say the restore time. */
  reason: string;
  startsAt: string; // ISO 8601
  expectedRestoreAt: string; // ISO 8601
}

export interface OutageBoard {
  listAreas(): Promise<Area[]>;
  getArea(areaId: string): Promise<Area | null>;
  /** The area whose name (or alias) appears in a free-text address, if any. */
  findAreaInAddress(address: string): Promise<Area | null>;
  /** An outage in force (startsAt <= at < expectedRestoreAt) for the area, if any. */
  activeOutage(areaId: string, at: Date): Promise<Outage | null>;
  /** Register a caller as affected by a known outage instead of a duplicate ticket (N10). */
  registerAffected(outageId: string, report: { phone: string | null; account: string | null; conversationId: string }): Promise<void>;
  /** Planned outages of the area not over at `from` and starting within `days` days, earliest first. */
  scheduledOutages(areaId: string, from: Date, days: number): Promise<Outage[]>;
}

/** Work-order kinds: repairs (N10), complaints (N13, N14), reports 举报 and business applications (N9). */
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

// --- Callbacks (回访): N11, N14, N17; outbound only inside the N15 windows ---

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
}

export interface Callbacks {
  create(task: NewCallbackTask): Promise<CallbackTask>;
  /** Ordered by dueAt (the work queue); `from`/`to` filter on dueAt. */
  list(filter?: { phone?: string; status?: CallbackStatus; kind?: CallbackKind; from?: string; to?: string }): Promise<CallbackTask[]>;
  /** Close a task (done/cancelled) or reopen it; null when unknown. */
  update(id: string, change: { status: CallbackStatus }): Promise<CallbackTask | null>;
}

// --- Escalations to the duty supervisor (N22, N24) ---

export const ESCALATION_REASONS = ['requested', 'dissatisfied', 'abuse', 'not_understood', 'system_error'] as const;
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
}

export interface Escalations {
  create(e: NewEscalation): Promise<Escalation>;
  /**
   * null when unknown. 'closed' is final: changing a closed escalation throws EscalationClosed.
   * Moving to 'callback' with a phone also creates a callback task of kind 'escalation' (N17: the
   * supervisor's answer goes back to the customer), due at `callbackDueAt` (default in 24 hours).
   */
  update(id: string, change: { status: EscalationStatus; outcome?: string | null; supervisor?: string | null; callbackDueAt?: Date }): Promise<Escalation | null>;
  /** Ordered by priority desc, then createdAt (oldest first); `from`/`to` filter on createdAt. */
  list(filter?: { status?: EscalationStatus; phone?: string; from?: string; to?: string }): Promise<Escalation[]>;
  get(id: string): Promise<Escalation | null>;
}

// --- Incidents and the blacklist (N22, N23) ---

export const INCIDENT_KINDS = ['abuse', 'silent_call'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export interface Incident {
  id: string;
  kind: IncidentKind;
  phone: string | null;
  conversationId: string;
  /** The words (abuse); empty for a silent call. */
  evidence: string[];
  at: string;
}

export interface Incidents {
  /** Records the incident and applies the blacklist policy (N23) in the same transaction. */
  record(i: { kind: IncidentKind; phone: string | null; conversationId: string; evidence: string[]; at?: Date }): Promise<{
    incident: Incident;
    blacklist: BlacklistDecision;
  }>;
  /** Newest first; `from`/`to` filter on `at`. */
  list(filter?: { phone?: string; kind?: IncidentKind; from?: string; to?: string }): Promise<Incident[]>;
}

export const BLACKLIST_STATUSES = ['active', 'proposed', 'lifted', 'expired'] as const;
export type BlacklistStatus = (typeof BLACKLIST_STATUSES)[number];

export interface BlacklistEntry {
  phone: string;
  reason: string;
  addedBy: string;
  addedAt: string;
  expiresAt: string | null;
  status: BlacklistStatus;
}

/** What record() did: nothing, a blacklisting, or a proposal for a supervisor (BLACKLIST_APPROVAL). */
export type BlacklistDecision =
  | { action: 'none' }
  | { action: 'blacklisted'; entry: BlacklistEntry }
  | { action: 'proposed'; entry: BlacklistEntry };

export type BlacklistAction = 'added' | 'proposed' | 'approved' | 'lifted' | 'expired';

export interface Blacklist {
  /** An ACTIVE, unexpired entry only (a proposed one does not restrict the caller). */
  check(phone: string, at?: Date): Promise<BlacklistEntry | null>;
  /** Adds (or renews) an active entry. */
  add(e: { phone: string; reason: string; by: string; expiresAt?: Date | null }): Promise<BlacklistEntry>;
  /** A proposed entry becomes active (its duration counts from the approval); null when none is proposed. */
  approve(phone: string, by: string): Promise<BlacklistEntry | null>;
  /** An active or proposed entry is lifted; null when there is none. */
  lift(phone: string, by: string, reason: string): Promise<BlacklistEntry | null>;
  list(filter?: { status?: BlacklistStatus }): Promise<BlacklistEntry[]>;
  /** Every change, oldest first (N23: who, when, why). */
  history(phone: string): Promise<{ at: string; action: BlacklistAction; by: string; reason: string }[]>;
}

// --- The supervisor's notice played before the menu (N21) ---

export interface Announcement {
  text: Partial<Record<Locale, string>>;
  by: string;
  at: string;
}

export interface Announcements {
  current(): Promise<Announcement | null>;
  /** zh-CN text required; null clears (recorded as cleared by `clearedBy`, default 'unknown'). */
  set(a: { text: Partial<Record<Locale, string>>; by: string } | null, clearedBy?: string): Promise<Announcement | null>;
}

// --- Billing (用电信息查询, N9) ---

export interface Statement {
  account: string;
  /** Yuan; negative = owing. */
  balance: number;
  lastBill: { period: string; amount: number; kwh: number; dueDate: string } | null;
}

export interface Billing {
  /** null for an account billing does not know. */
  statement(account: string): Promise<Statement | null>;
}

// --- The outbox: N21 emergency mode, nothing the customer reported is lost ---

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
}

export interface DutyShift {
  /** Local time of day, "HH:MM" (Asia/Shanghai); a shift may wrap past midnight. */
  from: string;
  to: string;
  /** Ordered chain: primary first, then backups. */
  chain: { name: string; phone: string }[];
}

export interface DutyRoster {
  /** The shift in force at this instant. */
  onDuty(at: Date): Promise<DutyShift | null>;
}

/** Everything the flows may use, handed to the engine as one bundle. */
export interface Services {
  customers: CustomerDirectory;
  outages: OutageBoard;
  workOrders: WorkOrders;
  roster: DutyRoster;
  callbacks: Callbacks;
  escalations: Escalations;
  incidents: Incidents;
  blacklist: Blacklist;
  announcements: Announcements;
  billing: Billing;
  /** On its own file, so it keeps working when the durable store fails (N21). */
  outbox: Outbox;
}
