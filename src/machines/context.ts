import type { Area, Customer, FaultScope, Outage, WorkOrder } from '../services/ports.js';
import type { Channel } from '../engine/types.js';

/** What the inbound call machine is started with. */
export interface DialogueInput {
  conversationId: string;
  channel: Channel;
  caller: string | null;
  company: string;
}

/** The fault report as it is being collected (N10). */
export interface FaultReport {
  danger: boolean;
  scope: FaultScope | null;
  address: string | null;
  area: Area | null;
  description: string | null;
  outage: Outage | null;
  ticket: WorkOrder | null;
}

export interface DialogueContext extends DialogueInput {
  /** No-input / no-match count at the current ask (the reprompt ladder). */
  misses: number;
  /** The confirmed customer, once identity is confirmed. */
  customer: Customer | null;
  /** A customer found by caller number or account, awaiting the caller's confirmation (N8). */
  candidate: Customer | null;
  accountAttempts: number;
  fault: FaultReport;
}

export const EMPTY_FAULT: FaultReport = {
  danger: false,
  scope: null,
  address: null,
  area: null,
  description: null,
  outage: null,
  ticket: null,
};

export function initialContext(input: DialogueInput): DialogueContext {
  return { ...input, misses: 0, customer: null, candidate: null, accountAttempts: 0, fault: { ...EMPTY_FAULT } };
}
