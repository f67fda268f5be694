import type { Area, Customer, DutyShift, Escalation, FaultScope, Outage, WorkOrder, WorkOrderKind } from '../services/ports.js';
import type { Channel } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';
import type { Intent } from '../core/intents.js';
import type { PendingCode } from '../services/verification.js';
import type { OrderProgress } from '../services/progress.js';
import type { StoryTold } from '../core/events.js';

/** What the inbound call machine is started with. */
export interface DialogueInput {
  conversationId: string;
  channel: Channel;
  caller: string | null;
  company: string;
  /** The service centres' opening hours as configured, `daily 09:00-17:00` (issue 14 item 6). */
  serviceHours?: string;
  /** The conversation's language (kept up to date by switchLanguage; a verification SMS is written in it). */
  locale?: Locale;
  /** The language was chosen before the conversation began (the chat page's selector): not offered again. */
  languageChosen?: boolean;
  /** Chat: the key of the client that opened it; tries at guessable numbers count per client (issue 14). */
  client?: string | null;
}

/** The fault report as it is being collected (N10). */
export interface FaultReport {
  danger: boolean;
  scope: FaultScope | null;
  address: string | null;
  area: Area | null;
  description: string | null;
  /** Since when the power is out, when the caller said it in passing ("从昨晚8点就没电了": 昨晚8点), for the read-back (N8). */
  since?: string | null;
  outage: Outage | null;
  /** Someone trapped in a lift stopped by the outage: asked when a lift was said to be stopped (null: not asked). */
  trapped: boolean | null;
  /** The address named no district, and "which district or town?" was asked (once an address). */
  districtAsked?: boolean;
}

/** silence; speech heard unclearly; words heard and not understood; a key that answers nothing. */
export type MissKind = 'silence' | 'unclear' | 'words' | 'key' | 'noFact';

/** The kind of a miss event (N7: each is told its own way). */
export function missKind(event: { type: string; key?: true; unclear?: true; noFact?: boolean }): MissKind {
  if (event.type === 'noInput') return 'silence';
  if (event.key) return 'key';
  if (event.type === 'noMatch' && event.noFact) return 'noFact';
  return event.unclear ? 'unclear' : 'words';
}

export type EscalationReason = Escalation['reason'];

/** The businesses the call goes back to after a danger report (top-level states of the inbound chart). */
export type InterruptedBusiness = 'query' | 'consultation' | 'complaint' | 'report';

export interface DialogueContext extends DialogueInput {
  /** No-input / no-match count at the current ask (the reprompt ladder). */
  misses: number;
  /** How many of those misses were silence: a call that is silence only is a silent call (N23). */
  silences: number;
  /** What the last miss was (N7: each has its own reprompt): silence, words not understood, or a key that answers nothing. */
  lastMiss: MissKind | null;
  /** The digits of the last miss at a digit ask, when they were a number of the wrong length. */
  heardDigits?: string | null;
  /** The confirmed customer, once identity is confirmed. */
  customer: Customer | null;
  /** A customer found by caller number or account, awaiting the caller's confirmation (N8). */
  candidate: Customer | null;
  /** The phone caller's own number holds two accounts: offered by address, to choose one (N8, issue 14 item 6). */
  candidates: Customer[];
  accountAttempts: number;
  /** The digits the caller entered for the account: they may hear them read back (issue 10 item 1). */
  accountEntered: string | null;
  /** The account proved by a one-time code, and the registered phone the code went to (issue 10 item 1). */
  codeVerified: { account: string; phone: string } | null;
  /** A code sent and not yet confirmed: its hash, expiry and wrong attempts (src/services/verification.ts). */
  pendingCode: PendingCode | null;
  fault: FaultReport;
  /** Answers collected by the complaint, report and consultation flows (what, when, where, who, details, ...). */
  answers: Record<string, string>;
  /** The kind of report being collected and not yet saved: saved as abandoned if the caller hangs up. */
  draft: WorkOrderKind | null;
  /**
   * The business a danger report interrupted (N10), and the report it was collecting: the call goes
   * back to it after the urgent ticket. Null when there is nothing to go back to.
   */
  interrupted: { business: InterruptedBusiness; draft: WorkOrderKind | null } | null;
  /** A business named with a danger where no business was under way (the language menu, the menu): served after the danger report. */
  need: Intent | null;
  /** The caller said a lift has stopped (at the menu or in the report): whether anyone is trapped is asked. */
  liftStopped: boolean;
  /**
   * What the caller said to name their business (at the language offer or the menu), and the
   * business named at the language offer (a menu outcome), and what the words said in passing (a
   * knowledge-base topic, an outage scope, an address): what was said first is not asked again.
   */
  opening: {
    need: string | null;
    text: string | null;
    topic: string | null;
    scope: FaultScope | null;
    address: string | null;
    description: string | null;
    /** When the caller said it began ("since yesterday"), for the read-back. */
    when?: string | null;
    /** The kind of report the words named (theft, misconduct). */
    kind?: string | null;
    /** The words told a long wait or the same failure again: reacted to once, when the business starts (N12). */
    told?: StoryTold | null;
  } | null;
  /** The last work order saved in this conversation. */
  ticket: WorkOrder | null;
  /** The last save went to the outbox (N21 emergency mode): recorded, to be delivered later. */
  queued: boolean;
  /** The ticket already read twice (issue 14 item 6): a ticket is offered again once. */
  ticketTold?: string | null;
  /** The menu was reached again from "anything else?": a thanks there is the goodbye, not a greeting. */
  helped?: boolean;
  /** Blacklisted (N23) or transferred after abuse (N22): self-service only, no agent or supervisor. */
  selfServiceOnly: boolean;
  /** The supervisor's mass-outage notice, played before the menu (N21). */
  announcement: Partial<Record<Locale, string>> | null;
  /**
   * The caller sounded upset or angry at some point (N3; the engine's `upset`): answered softly for
   * the rest of the call, an apology before a transfer, and the duty desk told.
   */
  upset?: boolean;
  /** The holder's name was read back with its characters described (弓长张): later mentions say the name alone (issue 14, N2). */
  nameDescribed?: boolean;
  /** What the caller was already told sorry for (N12): a long wait, a failure again; not said twice. */
  reactedTo?: StoryTold[];
  /** A wait or a failure again told in the words that chose a progress query (催办): answered when the progress is told or its ticket asked (issue 14). */
  heldTold?: StoryTold | null;
  /** Abusive utterances heard (N22): the evidence for the incident. */
  abuse: string[];
  /** The abuse incident was filed and the caller moved to self-service (N22). */
  abuseReported: boolean;
  escalationReason: EscalationReason | null;
  /** What the caller said with the request for the supervisor ("停电三天了没人管"): his summary and whisper have it (N24). */
  escalationWords?: string | null;
  escalation: { record: Escalation; shift: DutyShift | null } | null;
  /** A query's answer: the bill statement or an outage schedule. */
  statement: Statement | null;
  /** A progress query (查进度): the work order found, and the ticket numbers tried that were not found. */
  progress: OrderProgress | null;
  /** The tickets expedited (催办) in this call: a second "催一下" is told it is in hand, not sent again (audit 2, finding 3). */
  expedited?: string[];
  /** Which chase of its ticket the last 催办 was, counted across calls (2: the second): a repeat is told so and escalates (issue 14 item 5). */
  reminder?: number;
  ticketAttempts: number;
  /** The ticket number given by a caller not proven its owner: the second factor is asked for it (issue 14). */
  ticketAsked?: string | null;
  /** This caller or client used up its tries at guessable numbers (issue 14): an agent is offered. */
  triesUsedUp?: boolean;
  scheduledOutage: Outage | null;
  /**
   * The outage on the caller's area, told once identified (停电信息主动告知, issue 14 item 6): one in
   * force, or planned work still to come; the account it was found by, and what the caller answered
   * (null: not yet; `told`: an outage to come, told without an offer).
   */
  notice?: OutageNotice | null;
}

export interface OutageNotice {
  area: Area;
  outage: Outage;
  account: string | null;
  /** Planned work not started yet: told, nothing to register (it has not happened). */
  upcoming: boolean;
  answer: 'registered' | 'declined' | 'told' | null;
}

export interface Statement {
  balance: number;
  /** 费控 (prepaid meter): cut by the meter when the balance runs out, back minutes after a top-up. */
  prepaid?: boolean;
  lastBill: { period: string; amount: number; kwh: number; dueDate: string } | null;
}

export const EMPTY_FAULT: FaultReport = {
  danger: false,
  scope: null,
  address: null,
  area: null,
  description: null,
  outage: null,
  trapped: null,
};

export function initialContext(input: DialogueInput): DialogueContext {
  return {
    ...input,
    misses: 0,
    silences: 0,
    lastMiss: null,
    heardDigits: null,
    customer: null,
    candidate: null,
    candidates: [],
    accountAttempts: 0,
    accountEntered: null,
    codeVerified: null,
    pendingCode: null,
    fault: { ...EMPTY_FAULT },
    answers: {},
    draft: null,
    interrupted: null,
    need: null,
    liftStopped: false,
    opening: null,
    ticket: null,
    queued: false,
    ticketTold: null,
    selfServiceOnly: false,
    announcement: null,
    upset: false,
    reactedTo: [],
    abuse: [],
    abuseReported: false,
    escalationReason: null,
    escalation: null,
    statement: null,
    progress: null,
    ticketAttempts: 0,
    ticketAsked: null,
    triesUsedUp: false,
    scheduledOutage: null,
    notice: null,
  };
}
