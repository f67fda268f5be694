/**
 * Outbound calls (N15-N19): the dialler's queue of calls to place, one task per callback (回访)
 * or campaign target (主动服务), every attempt and its outcome recorded on it; campaigns; and the
 * follow-up of a work order (the result told to the customer, their satisfaction, N14, N17).
 */
import type { Locale } from '../../core/locale.js';
import type { CallbackTask } from './callbacks.js';

/** The flows an outbound task runs (their ids in the flow registry). */
export const OUTBOUND_FLOWS = ['callback', 'proactive'] as const;
export type OutboundFlow = (typeof OUTBOUND_FLOWS)[number];

/**
 * pending: waits for `nextAttemptAt`; dialing: claimed by one instance, a call placed or being
 * placed; done: the customer was reached and the call concluded; failed: not reached within the
 * attempts (or the campaign ended); cancelled: by a supervisor.
 */
export const OUTBOUND_TASK_STATUSES = ['pending', 'dialing', 'done', 'failed', 'cancelled'] as const;
export type OutboundTaskStatus = (typeof OUTBOUND_TASK_STATUSES)[number];

/** How the conversation of a reached customer ended (the flow tells it). */
export const CALL_CONCLUSIONS = [
  /** Callback: the result told and the survey answered; proactive: the service presented. */
  'completed',
  'wrong_person',
  /** No consent (N16) or not interested (N18): apologised, goodbye. */
  'declined',
  /** The customer asked to be called at another time: `nextAttemptAt` is that time. */
  'rescheduled',
  /** Handed to a person during the call (the result was not clear, or danger). */
  'transferred',
  /** An answering machine: it heard nothing of the customer's business. */
  'machine',
] as const;
export type CallConclusion = (typeof CALL_CONCLUSIONS)[number];

/** What Twilio said of one placed call. */
export const ATTEMPT_STATUSES = ['placing', 'queued', 'ringing', 'in-progress', 'completed', 'busy', 'no-answer', 'failed', 'canceled', 'error'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export const SATISFACTION = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION)[number];

/** What a call gathered from the customer. */
export interface CallResult {
  /** Callback: whether the customer said the result was clear (after at most one repetition). */
  clear?: boolean;
  satisfaction?: Satisfaction;
  /** The customer's opinion as said (N17: recorded accurately). */
  opinion?: string;
  /** Proactive: whether the customer accepted the offer of the campaign (when it makes one). */
  accepted?: boolean;
  /** The escalation a dissatisfied opinion went to (N17). */
  escalationId?: string;
}

export interface OutboundAttempt {
  /** 1, 2, ... */
  attempt: number;
  callSid: string | null;
  placedAt: string;
  status: AttemptStatus;
  /** Twilio's AnsweredBy (answering-machine detection): human, machine_start, fax, unknown, ... */
  answeredBy: string | null;
  endedAt: string | null;
  durationSeconds: number | null;
  /** An error placing the call (Twilio refused it, the network failed). */
  error: string | null;
}

export interface OutboundTask {
  id: string;
  flow: OutboundFlow;
  callbackId: string | null;
  campaignId: string | null;
  phone: string;
  account: string | null;
  /** The customer's name when known (said in the identity question, N16). */
  name: string | null;
  locale: Locale;
  status: OutboundTaskStatus;
  /** Attempts made (a claim counts as one). */
  attempts: number;
  maxAttempts: number;
  /** When the next attempt may be made: always inside an outbound window (N15). */
  nextAttemptAt: string;
  /** No attempt after this (a campaign's end); null: none. */
  notAfter: string | null;
  conclusion: CallConclusion | null;
  result: CallResult;
  /** The last thing that happened, for supervisors: "no-answer", "machine", "wrong_person", ... */
  lastOutcome: string | null;
  claimedBy: string | null;
  claimedUntil: string | null;
  createdAt: string;
  updatedAt: string;
  history: OutboundAttempt[];
}

export interface NewOutboundTask {
  flow: OutboundFlow;
  callbackId?: string | null;
  campaignId?: string | null;
  phone: string;
  account?: string | null;
  name?: string | null;
  locale?: Locale;
  maxAttempts: number;
  /** The first attempt: moved into a window by the caller (src/services/dialer-policy.ts). */
  nextAttemptAt: Date;
  notAfter?: Date | null;
}

export interface OutboundTaskFilter {
  status?: OutboundTaskStatus;
  flow?: OutboundFlow;
  campaignId?: string;
  callbackId?: string;
  phone?: string;
}

/** A change of a task's state; `expect` makes it conditional (compare-and-set on the status). */
export interface OutboundTaskChange {
  status?: OutboundTaskStatus;
  nextAttemptAt?: Date;
  conclusion?: CallConclusion | null;
  result?: CallResult;
  lastOutcome?: string | null;
  /** Release the claim (claimedBy/claimedUntil to null), or extend it. */
  claimedUntil?: Date | null;
  /** Give an attempt back (a claim that placed no call because the window had closed). */
  attempts?: number;
}

export interface OutboundTasks {
  /**
   * One task per callback and per (campaign, phone): creating one that exists returns it unchanged.
   */
  create(task: NewOutboundTask): Promise<OutboundTask>;
  get(id: string): Promise<OutboundTask | null>;
  /** The task of a placed call, by its CallSid. */
  byCallSid(callSid: string): Promise<OutboundTask | null>;
  /** Ordered by nextAttemptAt. */
  list(filter?: OutboundTaskFilter): Promise<OutboundTask[]>;
  /**
   * Claims up to `limit` due tasks for `claimant`: pending with nextAttemptAt <= now and notAfter
   * not passed, or dialing with an expired claim (an instance died). Each task is claimed by exactly
   * one claimant (PostgreSQL: row locks, SKIP LOCKED; SQLite: one writer). A claim counts an attempt.
   */
  claimDue(now: Date, options: { limit: number; claimant: string; leaseMs: number }): Promise<OutboundTask[]>;
  /** Records attempt `attempt` of a claimed task: the call placed (callSid) or the error placing it. */
  recordAttempt(id: string, attempt: Pick<OutboundAttempt, 'attempt' | 'callSid' | 'status' | 'error'> & { placedAt: Date }): Promise<void>;
  /** What Twilio's status callback said of a call; returns its task (null: an unknown call). */
  recordCallStatus(
    callSid: string,
    status: { status: AttemptStatus; answeredBy?: string | null; endedAt?: Date | null; durationSeconds?: number | null },
  ): Promise<OutboundTask | null>;
  /** Changes a task; with `expect`, only when its status is one of those (else null, nothing changed). */
  update(id: string, change: OutboundTaskChange, expect?: readonly OutboundTaskStatus[]): Promise<OutboundTask | null>;
  /** Tasks past their notAfter that were never reached: failed, outcome "expired". Returns how many. */
  expire(now: Date): Promise<number>;
  /**
   * Pending callbacks that have something to tell (their own result, or their work order's) and no
   * task yet: the callbacks to dial. Oldest due first.
   */
  readyCallbacks(limit: number): Promise<CallbackTask[]>;
}

/** Campaigns of proactive service (N18): e.g. the SMS notification service, a planned outage notice. */
export const CAMPAIGN_STATUSES = ['active', 'paused', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Text in the locales of the hotline; Mandarin is required, a target in another locale needs its own. */
export type LocalizedText = Partial<Record<Locale, string>> & { 'zh-CN': string };

export interface Campaign {
  id: string;
  name: string;
  /** Why we call, said after the introduction: "向您介绍我们的短信提醒服务". */
  purpose: LocalizedText;
  /** The service presented to a customer who agrees to listen. */
  message: LocalizedText;
  /** A yes/no question after the message ("需要为您开通吗？"); the answer is recorded. null: none. */
  offer: LocalizedText | null;
  /** Calls only from `startsAt` to `endsAt`, and inside the N15 windows. */
  startsAt: string;
  endsAt: string;
  status: CampaignStatus;
  createdBy: string;
  createdAt: string;
}

export interface NewCampaign {
  name: string;
  purpose: LocalizedText;
  message: LocalizedText;
  offer?: LocalizedText | null;
  startsAt: Date;
  endsAt: Date;
  createdBy: string;
}

export interface Campaigns {
  create(campaign: NewCampaign): Promise<Campaign>;
  get(id: string): Promise<Campaign | null>;
  /** Newest first. */
  list(filter?: { status?: CampaignStatus }): Promise<Campaign[]>;
  setStatus(id: string, status: CampaignStatus): Promise<Campaign | null>;
}

/** The follow-up of a work order (N14, N17): the result the callback tells, and what the customer answered. */
export interface WorkOrderFollowUp {
  workOrderId: string;
  /** What the callback tells the customer, recorded by a supervisor; the order is closed with it. */
  result: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  /** The latest survey of a completed callback. */
  satisfaction: Satisfaction | null;
  opinion: string | null;
  surveyedAt: string | null;
  /** The callback task whose call took the survey. */
  surveyCallbackId: string | null;
}

export interface WorkOrderFollowUps {
  get(workOrderId: string): Promise<WorkOrderFollowUp | null>;
  /** Records the result and closes the order; null when the order is unknown. */
  resolve(workOrderId: string, resolution: { result: string; by: string }): Promise<WorkOrderFollowUp | null>;
  /** The survey of a completed callback; null when the order is unknown. */
  recordSurvey(workOrderId: string, survey: { satisfaction: Satisfaction; opinion: string | null; callbackId: string | null }): Promise<WorkOrderFollowUp | null>;
  /**
   * Complaints not yet followed to a completed callback (N14): no survey yet, or the latest survey
   * dissatisfied (its answer from the supervisor is still to be told). Oldest first.
   */
  openComplaints(): Promise<{ workOrderId: string; followUp: WorkOrderFollowUp | null }[]>;
}
