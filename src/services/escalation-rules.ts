/** Rules of the supervisor's escalation queue (N22, N24). */
import {
  CALLBACK_BUSINESSES,
  type CallbackBusiness,
  ESCALATION_REASONS,
  ESCALATION_STATUSES,
  type Escalation,
  type EscalationReason,
  type EscalationStatus,
  type Escalations,
  type NewCallbackTask,
  type NewEscalation,
} from './ports.js';
import { replyDeadline } from './deadlines.js';

/**
 * Default queue priority (higher first). A customer still dissatisfied after a by-the-rules service
 * waits on the line and must be reported at once (N24); an abusive caller is reported to the duty
 * supervisor (N22) but is already in the automated service; a caller hit by a system failure comes
 * next (N21); then plain requests and callers the machine could not understand.
 */
export const DEFAULT_ESCALATION_PRIORITY: Readonly<Record<EscalationReason, number>> = {
  dissatisfied: 40,
  abuse: 30,
  system_error: 20,
  // 催办: nobody waits on the line, but a promise to the customer is at stake.
  expedite: 15,
  requested: 10,
  not_understood: 10,
};

export const MIN_PRIORITY = 0;
export const MAX_PRIORITY = 100;
/** A chat with a danger report waiting for a person (N10) goes before everything else. */
export const URGENT_PRIORITY = MAX_PRIORITY;

/** How long the supervisor has to call back by default when an escalation moves to 'callback'. */
export const ESCALATION_CALLBACK_HOURS = 24;

/** 'closed' is final: the record of how it ended must not be rewritten. */
export class EscalationClosed extends Error {
  constructor(readonly id: string) {
    super(`escalation ${id} is closed; a closed escalation cannot be changed`);
    this.name = 'EscalationClosed';
  }
}

export function canChangeEscalation(from: EscalationStatus): boolean {
  return from !== 'closed';
}

/** A new escalation's priority: the one given, or its reason's default; the reason must be known. */
export function escalationPriority(e: Pick<NewEscalation, 'reason' | 'priority'>): number {
  if (!(ESCALATION_REASONS as readonly string[]).includes(e.reason)) throw new RangeError(`unknown escalation reason '${e.reason}'`);
  const priority = e.priority ?? DEFAULT_ESCALATION_PRIORITY[e.reason];
  if (!Number.isInteger(priority) || priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
    throw new RangeError(`escalation priority must be an integer ${MIN_PRIORITY}-${MAX_PRIORITY}, got ${priority}`);
  }
  return priority;
}

/** The change update() is asked for. */
export type EscalationChange = Parameters<Escalations['update']>[1];

/** update()'s target status must be a known one. */
export function checkEscalationStatus(status: EscalationStatus): void {
  if (!(ESCALATION_STATUSES as readonly string[]).includes(status)) throw new RangeError(`unknown escalation status '${status}'`);
}

/**
 * What a status change writes to escalation `id` as it stands (`current`): the outcome and
 * supervisor (kept when the change leaves them out), and the callback task it asks for, if any.
 * Throws EscalationClosed when `current` is closed.
 */
export function escalationChange(
  id: string,
  current: Pick<Escalation, 'status' | 'outcome' | 'supervisor' | 'phone' | 'conversationId' | 'summary' | 'context'>,
  change: EscalationChange,
  at: Date,
): { outcome: string | null; supervisor: string | null; callback: NewCallbackTask | null } {
  if (!canChangeEscalation(current.status)) throw new EscalationClosed(id);
  const outcome = change.outcome === undefined ? current.outcome : change.outcome;
  const supervisor = change.supervisor === undefined ? current.supervisor : change.supervisor;
  // N17: the supervisor's answer goes back to the customer by another callback.
  const callback: NewCallbackTask | null =
    change.status === 'callback' && current.status !== 'callback' && current.phone
      ? {
          kind: 'escalation',
          phone: current.phone,
          conversationId: current.conversationId,
          notes: outcome ?? current.summary,
          dueAt: change.callbackDueAt ?? replyDeadline(at, ESCALATION_CALLBACK_HOURS),
          // An escalation from a callback's survey names the work order and what it is about.
          ...contextRef(current.context),
          ...(change.answer ? { result: change.answer } : {}),
        }
      : null;
  return { outcome, supervisor, callback };
}

/** The work order and business an escalation's context names (a dissatisfied survey, N17). */
function contextRef(context: Record<string, unknown>): Pick<NewCallbackTask, 'workOrderId' | 'business' | 'account'> {
  const ref: Pick<NewCallbackTask, 'workOrderId' | 'business' | 'account'> = {};
  if (typeof context.workOrderId === 'string') ref.workOrderId = context.workOrderId;
  if (typeof context.account === 'string') ref.account = context.account;
  if (typeof context.business === 'string' && (CALLBACK_BUSINESSES as readonly string[]).includes(context.business)) ref.business = context.business as CallbackBusiness;
  return ref;
}
