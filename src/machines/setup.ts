/**
 * The one setup every 95598 flow shares: its context, events, named actions, guards and the
 * service actors the engine provides (ARCHITECTURE rules 1 and 5). Flows reference these by
 * name, so each machine config stays a static literal the Stately visualizer can open.
 */
import { and, assign, emit, fromPromise, raise, setup, type EventObject } from 'xstate';
import type { Area, Customer, NewWorkOrder, Outage } from '../services/ports.js';
import type { OrderProgress, ProgressStatus } from '../services/progress.js';
import type { Saved } from '../services/save-or-queue.js';
import type { Locale } from '../core/locale.js';
import type { Elsewhere } from '../core/intents.js';
import { LADDER_LIMIT } from './ask.js';
import type { StateMeta } from '../core/meta.js';
import {
  EMPTY_FAULT,
  initialContext,
  type DialogueContext,
  type DialogueInput,
  missKind,
  type EscalationReason,
  type InterruptedBusiness,
  type OutageNotice,
  type Statement,
} from './context.js';
import type { DialogueEmitted, DialogueEvent, StoryTold } from '../core/events.js';
import type { PendingCode } from '../services/verification.js';
import { verificationActorStubs } from './verification-actors.js';
import { ticketActorStubs } from './ticket-actors.js';
import { progressActorStubs } from './progress-actors.js';
import { attributablePhone, registeredPhoneFor, verificationFor, verificationOf } from './disclosure.js';
import { provenPhone } from '../services/ownership.js';
import { shortReaction, storyReaction, tellsStory } from './reactions.js';
import { hasInterruptedAnswers } from './work-orders.js';
import { contactName, mobileIn } from './contact-name.js';
import { noticeFor } from './prompt-values.js';
import { namesDistrict, withDistrict } from '../services/address-district.js';
import { accountNamed } from '../services/account-choice.js';

/**
 * What a flow fragment's final state gives the chart that composes it: how it ended. The composing
 * chart decides where to go next from it (its `onDone`, guard `endedWith`).
 */
export interface FragmentOutput {
  outcome: string;
}

/** In an `onDone`: the fragment ended in a final state with this outcome. A guard any flow's setup can name. */
export function endedWith({ event }: { event: EventObject }, params: { outcome: string }): boolean {
  return 'output' in event && (event.output as Partial<FragmentOutput> | undefined)?.outcome === params.outcome;
}

/** A save either lands, or goes to the outbox to be delivered when the service is back (N21). */
export type { Saved };

/** A query's outage (src/machines/query.ts): in force when it has started by the time of the call. */
export interface ScheduledOutage {
  outage: Outage;
  inForce: boolean;
}

export interface CallerStatus {
  blacklisted: boolean;
  announcement: Partial<Record<Locale, string>> | null;
}

/** Service calls the flows make. The engine binds them to real services (src/machines/service-actors.ts). */
export const serviceActorStubs = {
  checkCaller: fromPromise<CallerStatus, { phone: string | null }>(notProvided),
  findCustomersByPhone: fromPromise<Customer[], { phone: string | null }>(notProvided),
  /** The area of the fault: the account's own area when the fault is at home, else found in the spoken address. */
  findArea: fromPromise<Area | null, { address: string; areaId: string | null }>(notProvided),
  findActiveOutage: fromPromise<Outage | null, { areaId: string | null }>(notProvided),
  /** The area's outage for a query: one in force (started, `inForce`), else the next one planned. */
  findScheduledOutage: fromPromise<ScheduledOutage | null, { areaId: string | null }>(notProvided),
  /**
   * The outage in force on the caller's area (issue 14 item 6): the account's area, or the one area
   * of the accounts the phone number holds; with the account, when the number holds one only.
   */
  findCallerOutage: fromPromise<Omit<OutageNotice, 'answer'> | null, { areaId: string | null; phone: string | null }>(notProvided),
  registerOnOutage: fromPromise<void, { outageId: string; phone: string | null; account: string | null; conversationId: string }>(notProvided),
  saveWorkOrder: fromPromise<Saved, NewWorkOrder>(notProvided),
  /** A complaint with its reply deadline and the callback task that tracks it to the end (N14). */
  saveComplaint: fromPromise<Saved, NewWorkOrder>(notProvided),
  /**
   * A report not finished (hung up, handed to a person, goodbye): kept, with a callback (N21); with
   * it, the business a danger report interrupted, when it had collected anything (N10).
   */
  saveAbandoned: fromPromise<Saved, { order: NewWorkOrder; interrupted: NewWorkOrder | null }>(notProvided),
  /** N11: a question to answer after research becomes a callback task with a deadline. */
  requestCallback: fromPromise<{ dueAt: string }, { phone: string; question: string; conversationId: string; account: string | null }>(notProvided),
  getStatement: fromPromise<Statement | null, { account: string }>(notProvided),
  escalate: fromPromise<
    NonNullable<DialogueContext['escalation']>,
    { reason: EscalationReason; conversationId: string; channel: string; phone: string | null; summary: string; context: Record<string, unknown> }
  >(notProvided),
  /** N22: the incident for the duty supervisor, with the words; the blacklist policy runs on it (N23). */
  reportAbuse: fromPromise<{ blacklisted: boolean }, { phone: string | null; conversationId: string; channel: string; evidence: string[] }>(notProvided),
  /** N23: repeated silent calls from a number count toward the blacklist. */
  reportSilentCall: fromPromise<void, { phone: string | null; conversationId: string }>(notProvided),
};

async function notProvided(): Promise<never> {
  throw new Error('service actor not provided: the engine binds services with machine.provide()');
}

/** The language an event names: a language switch, or a choice in words at the language offer (N4). */
function localeOf(event: DialogueEvent): Locale {
  if (event.type === 'language') return event.locale;
  return ('locale' in event && event.locale) || 'zh-CN';
}

type Scope = NonNullable<DialogueContext['fault']['scope']>;
const SCOPES: readonly string[] = ['home', 'building', 'area'] satisfies Scope[];
/** A scope the engine named (a choice id of `AskMeta.inPassing.scopes`), or null. */
function scopeOf(id: string | undefined): Scope | null {
  return id !== undefined && SCOPES.includes(id) ? (id as Scope) : null;
}

/**
 * The caller complained in this call (N12, N13, N24): a complaint told, still dissatisfied, or words
 * that sounded upset. An apology comes before a transfer.
 */
function isAggrieved(context: DialogueContext): boolean {
  return context.upset === true || context.answers.what !== undefined || context.escalationReason === 'dissatisfied';
}

/** What a text or a choice said in words tells (a long wait, a failure again), if anything. */
function toldIn(event: DialogueEvent): StoryTold | null {
  return event.type === 'text' || event.type.startsWith('choice.') ? ((event as { told?: StoryTold }).told ?? null) : null;
}

/** What this call has apologised for, with `told` added (each is said once a call, N12). */
function reactedWith(context: DialogueContext, told: StoryTold): StoryTold[] {
  return [...(context.reactedTo ?? []), told];
}

/** The short apology for what was told (N12), unless it was already said in this call. */
function shortReactionOnce(context: DialogueContext, told: StoryTold | null): ReturnType<typeof shortReaction> {
  return told && !(context.reactedTo ?? []).includes(told) ? shortReaction(told) : null;
}

/** Where to turn, by whose business it is. */
const NOT_OURS: Record<Elsewhere, string> = {
  gas: 'common.notOursGas',
  water: 'common.notOursWater',
  telecom: 'common.notOursTelecom',
  property: 'common.notOursProperty',
  other: 'common.notOursOther',
};

const flowSetup = setup({
  types: {
    context: {} as DialogueContext,
    events: {} as DialogueEvent,
    input: {} as DialogueInput,
    emitted: {} as DialogueEmitted,
    meta: {} as StateMeta,
  },
  actors: { ...serviceActorStubs, ...verificationActorStubs, ...ticketActorStubs, ...progressActorStubs },
  actions: {
    /** What the caller opened with is the answer to `name` (the complaint's "what happened"): not asked again. */
    rememberOpeningAs: assign({
      answers: ({ context }, params: { name: string }) => ({ ...context.answers, [params.name]: context.opening?.text ?? '' }),
    }),
    /** N3: the caller sounded upset (the engine's `upset`): kept for the rest of the call. */
    noteUpset: assign({ upset: true }),
    /** Say a prompt from the catalogue; values are interpolated from the context by the engine. */
    say: emit((_, params: { key: string; safety?: boolean }) => ({
      type: 'say' as const,
      key: params.key,
      safety: params.safety ?? false,
    })),
    /** The safety advice, heard whole (N10); when someone has been shocked, an ambulance (120) first. */
    sayDangerAdvice: emit(({ event }) => ({
      type: 'say' as const,
      // Someone shocked: 120 first; something on fire: 119 first, no water on it; otherwise stay away (N10).
      key: (event.type === 'danger' || event.type === 'text') && event.shock ? 'danger.shockAdvice' : (event.type === 'danger' || event.type === 'text') && event.fire ? 'danger.fireAdvice' : 'fault.safetyAdvice',
      safety: true,
    })),
    /** Another's business (issue 9 item 1): this line serves electricity, and where to turn (N1, N5). */
    sayNotOurs: emit(({ event }) => ({
      type: 'say' as const,
      key: event.type === 'outOfScope' ? NOT_OURS[event.elsewhere] : NOT_OURS.other,
      safety: false,
    })),
    /** Tell the ticket; in emergency mode (the save is queued) tell that the request is recorded (N21). */
    announceTicket: emit(({ context }, params: { key: string }) => ({
      type: 'say' as const,
      key: context.queued ? 'emergency.recorded' : params.key,
      safety: false,
    })),
    /** Continue in another language; collected data stays (N4). */
    switchLanguage: emit(({ event }, params: { locale: Locale } | undefined) => ({
      type: 'locale' as const,
      locale: params?.locale ?? localeOf(event),
    })),
    /** The language in the context too (with switchLanguage): a verification SMS is written in it. */
    rememberLocale: assign({
      locale: ({ event }, params: { locale: Locale } | undefined) => params?.locale ?? localeOf(event),
    }),
    /** The words the caller named the business with (at the language offer or the menu): what was said first is kept (issue 9 item 2). */
    rememberOpening: assign({
      opening: ({ event }, params: { need?: string } | undefined) => ({
        need: params?.need ?? null,
        text: event.type.startsWith('choice.') && 'text' in event ? (event.text ?? null) : null,
        topic: event.type.startsWith('choice.') && 'topic' in event ? (event.topic ?? null) : null,
        scope: event.type.startsWith('choice.') && 'scope' in event ? scopeOf(event.scope) : null,
        address: event.type.startsWith('choice.') && 'address' in event ? (event.address ?? null) : null,
        description: event.type.startsWith('choice.') && 'description' in event ? (event.description ?? null) : null,
        told: event.type.startsWith('choice.') && 'told' in event ? (event.told ?? null) : null,
        when: event.type.startsWith('choice.') && 'when' in event ? (event.when ?? null) : null,
        kind: event.type.startsWith('choice.') && 'kind' in event ? (event.kind ?? null) : null,
      }),
    }),
    /** The scope, address and since when said when the fault was named go into the report (N8), once: a later report asks again. */
    takeOpeningFault: assign({
      fault: ({ context }) => ({
        ...context.fault,
        scope: context.opening?.scope ?? null,
        address: context.opening?.address ?? null,
        // "昨晚8点开始停电了": since when, said with the fault (N8).
        since: context.opening?.when ?? null,
      }),
      opening: ({ context }) => (context.opening ? { ...context.opening, scope: null, address: null, when: null } : null),
    }),
    /** The fault described when it was named is the report's description, once: a correction asks again. */
    takeOpeningDescription: assign({
      fault: ({ context }) => ({
        ...context.fault,
        description: context.opening?.description ?? context.fault.description,
        since: context.opening?.when ?? context.fault.since ?? null,
      }),
      opening: ({ context }) => (context.opening ? { ...context.opening, description: null, when: null } : null),
    }),
    /** The topic named first is answered once: a consultation reached again later starts at its menu. */
    forgetOpeningTopic: assign({ opening: ({ context }) => (context.opening ? { ...context.opening, topic: null } : null) }),
    /** An answer that is no answer ("是" where an address or a description is asked): a miss, with the help prompt (N7). */
    notAnAnswer: raise({ type: 'noMatch' }),
    /** Nothing more is needed ("没有了" at the menu): the goodbye, as if said (N19, N20). */
    endWithGoodbye: raise({ type: 'goodbye' }),
    /** Words that tell nothing where a fact is needed ("不知道", "没有了" at what happened): asked again, gently, with an example (N7, N8). */
    askForAFact: raise({ type: 'noMatch', noFact: true }),
    resetMisses: assign({ misses: 0, silences: 0, lastMiss: null, heardDigits: null }),
    countMiss: assign({
      misses: ({ context }) => context.misses + 1,
      silences: ({ context, event }) => context.silences + (event.type === 'noInput' ? 1 : 0),
      heardDigits: ({ event }) => (event.type === 'noMatch' ? (event.heard ?? null) : null),
      lastMiss: ({ event }) => missKind(event),
    }),

    rememberCallerStatus: assign({
      selfServiceOnly: ({ context }, params: { status: CallerStatus }) => context.selfServiceOnly || params.status.blacklisted,
      announcement: (_, params: { status: CallerStatus }) => params.status.announcement,
    }),
    rememberCandidate: assign({
      candidate: (_, params: { customer: Customer | null }) => params.customer,
    }),
    acceptCandidate: assign({ customer: ({ context }) => context.candidate }),
    rememberCandidates: assign({ candidates: (_, params: { customers: Customer[] }) => params.customers }),
    /** The account the caller chose by its address (the first or the second offered; null: neither): the others are not said again. */
    chooseCandidate: assign({
      candidate: ({ context }, params: { index: number | null }) => (params.index === null ? null : (context.candidates[params.index] ?? null)),
      candidates: () => [],
    }),
    countAccountAttempt: assign({ accountAttempts: ({ context }) => context.accountAttempts + 1 }),
    rememberAccountEntered: assign({ accountEntered: ({ event }) => (event.type === 'digits' ? event.value : null) }),
    rememberCode: assign({ pendingCode: (_, params: { pending: PendingCode | null }) => params.pending }),
    countCodeAttempt: assign({
      pendingCode: ({ context }) => context.pendingCode && { ...context.pendingCode, attempts: context.pendingCode.attempts + 1 },
    }),
    /** The code matched: the customer is verified for this account, by the phone the code went to. */
    markCodeVerified: assign({
      codeVerified: ({ context }) =>
        context.customer && context.pendingCode ? { account: context.customer.account, phone: context.pendingCode.phone } : context.codeVerified,
      pendingCode: null,
    }),

    /** Start collecting a report of this kind; it is a draft until saved. */
    startDraft: assign({
      draft: (_, params: { kind: NonNullable<DialogueContext['draft']> }) => params.kind,
      answers: () => ({}),
      fault: () => ({ ...EMPTY_FAULT }),
    }),
    /** Keep the caller's words (or a fixed value) under a name: what, when, where, who, details, ... */
    rememberAnswer: assign({
      answers: ({ context, event }, params: { name: string; value?: string; fact?: 'when' }) => {
        // At a "where?" the address in the words (N8), not the words around it; `fact`: only what the words say in passing.
        const value =
          params.value ??
          (params.fact ? ((event.type === 'text' ? event[params.fact] : undefined) ?? '') : undefined) ??
          (event.type === 'text' ? (event.address ?? event.text) : event.type === 'digits' ? event.value : event.type === 'danger' ? (event.address ?? event.text ?? '') : '');
        return { ...context.answers, [params.name]: value };
      },
    }),
    /** A time said in passing ("yesterday"), kept when the story gave none (N8). */
    rememberWhenSaid: assign({
      answers: ({ context, event }) => (event.type === 'text' && event.when && !context.answers.when ? { ...context.answers, when: event.when } : context.answers),
    }),
    /** When a complaint's story told at the menu says it happened ("上周三…"): kept, not asked again (N8). */
    takeOpeningWhen: assign({
      answers: ({ context }) => (context.opening?.when ? { ...context.answers, when: context.opening.when, whenSaid: context.opening.when } : context.answers),
    }),
    /** The kind of report named at the menu (theft, misconduct), and its story when it told one (N8): not asked again. */
    takeOpeningReport: assign({
      answers: ({ context }, params: { story: boolean }) => {
        const opening = context.opening;
        return {
          ...context.answers,
          reportType: opening?.kind ?? 'other',
          ...(params.story && opening?.text ? { details: opening.text } : {}),
          ...(params.story && opening?.address ? { where: opening.address } : {}),
          ...(params.story && opening?.when ? { when: opening.when } : {}),
        };
      },
    }),
    /** A report's story (N8): every word kept, and where and when it happened when it says so, for the read-back to summarise. */
    rememberStory: assign({
      answers: ({ context, event }) => {
        const said = event.type === 'text' || event.type === 'danger' || event.type.startsWith('choice.') ? (event as { text?: string | null; where?: string; when?: string }) : null;
        const { where: _where, when: _when, ...rest } = context.answers;
        return {
          ...rest,
          details: said?.text ?? '',
          ...(said?.where ? { where: said.where } : {}),
          ...(said?.when ? { when: said.when } : {}),
        };
      },
    }),
    rememberSaved: assign({
      ticket: ({ context }, params: { saved: Saved }) => (params.saved.status === 'created' ? params.saved.order : context.ticket),
      queued: (_, params: { saved: Saved }) => params.saved.status === 'queued',
      draft: () => null,
    }),
    closeDraft: assign({ draft: () => null }),
    /** The ticket was read twice (issue 14 item 6): not offered again later in the call. */
    markTicketTold: assign({ ticketTold: ({ context }) => context.ticket?.id ?? null }),
    /**
     * Danger heard in an answer the flow keeps (N10): the danger again, taken in the state the
     * answer led to, so the chart's danger interrupt comes back there after the urgent ticket.
     */
    reportDangerFirst: raise(({ event }) => event),

    /** Left a question that read the name back: it was heard, characters and all (issue 14). */
    markNameDescribed: assign({ nameDescribed: true }),
    noteHelped: assign({ helped: true }),
    /** The number typed in passing, kept as the contact number: read back next (N8). */
    takePhoneToldInPassing: assign({
      answers: ({ context }) => ({ ...context.answers, contact: mobileIn(context.opening?.text) ?? mobileIn(context.fault.description) ?? '' }),
    }),
    /** How the customer asked to be addressed ("我姓王" -> 姓王); '' when he gave none, so it is not asked again. */
    rememberContactName: assign({
      answers: ({ context, event }) => ({ ...context.answers, contactName: (event.type === 'text' && !event.noFact ? contactName(event.text) : null) ?? '' }),
    }),
    /**
     * A danger report starts: an urgent repair draft. Within a fault report what it gathered is kept;
     * after any other business it starts afresh. The caller's words are its description.
     */
    markDanger: assign({
      draft: () => 'repair' as const,
      fault: ({ context, event }) => {
        const fault = context.draft === 'repair' ? context.fault : EMPTY_FAULT;
        const words = event.type === 'danger' || event.type === 'text' ? event.text : null;
        return { ...fault, danger: true, description: words ?? fault.description };
      },
    }),
    /** Danger interrupts this business (N10): it is kept, with the report it was collecting, to go back to. */
    holdBusiness: assign({
      interrupted: ({ context }, params: { business: InterruptedBusiness }) => ({ business: params.business, draft: context.draft }),
    }),
    /** Back to the interrupted business after the danger report, its draft again the one being collected. */
    resumeBusiness: assign({
      draft: ({ context }) => context.interrupted?.draft ?? null,
      interrupted: null,
    }),
    /** A business named with the danger (N10): kept to serve after the danger report. */
    rememberNeed: assign({ need: ({ context, event }) => (event.type === 'danger' && event.need ? event.need : context.need) }),
    forgetNeed: assign({ need: null }),
    /** Words of a stopped lift, kept across the menu and the questions (N10: is anyone trapped?). */
    noteLift: assign({ liftStopped: ({ context, event }) => context.liftStopped || ('lift' in event && event.lift === true) }),
    rememberTrapped: assign({ fault: ({ context }, params: { trapped: boolean }) => ({ ...context.fault, trapped: params.trapped }) }),
    rememberScope: assign({
      fault: ({ context }, params: { scope: Scope }) => ({ ...context.fault, scope: params.scope }),
    }),
    useHomeAddress: assign({
      fault: ({ context }) => ({ ...context.fault, address: context.customer?.address ?? null }),
    }),
    rememberAddress: assign({
      fault: ({ context, event }) => ({
        ...context.fault,
        address: (event.type === 'text' || event.type === 'danger') && event.text ? (event.address ?? event.text) : context.fault.address,
        area: null,
        districtAsked: false,
      }),
    }),
    markDistrictAsked: assign({ fault: ({ context }) => ({ ...context.fault, districtAsked: true }) }),
    /** The district or town the caller named, added to the address (read back next, N8). */
    addDistrict: assign({
      fault: ({ context, event }) => ({
        ...context.fault,
        address: event.type === 'text' ? withDistrict(context.fault.address ?? '', event.address ?? event.text) : context.fault.address,
      }),
    }),
    rememberArea: assign({
      fault: ({ context }, params: { area: Area | null }) => ({ ...context.fault, area: params.area }),
    }),
    rememberOutage: assign({
      fault: ({ context }, params: { outage: Outage | null }) => ({ ...context.fault, outage: params.outage }),
    }),
    rememberDescription: assign({
      fault: ({ context, event }) => ({
        ...context.fault,
        description: event.type === 'text' ? event.text : context.fault.description,
        // The time it names; none: the first description keeps the one said with the fault, a corrected one none.
        since: (event.type === 'text' ? event.when : undefined) ?? (context.fault.description === null ? (context.fault.since ?? null) : null),
      }),
    }),
    rememberStatement: assign({ statement: (_, params: { statement: Statement | null }) => params.statement }),
    rememberProgress: assign({ progress: (_, params: { progress: OrderProgress | null }) => params.progress }),
    /** The order just expedited (催办): not sent again in this call. */
    rememberReminder: assign({ reminder: (_, params: { count: number }) => params.count }),
    rememberExpedited: assign({ expedited: ({ context }) => [...(context.expedited ?? []), ...(context.progress ? [context.progress.ticket] : [])] }),
    countTicketAttempt: assign({ ticketAttempts: ({ context }) => (context.ticketAttempts ?? 0) + 1 }),
    rememberNotice: assign({ notice: (_, params: { found: Omit<OutageNotice, 'answer'> | null }) => (params.found ? { ...params.found, answer: null } : null) }),
    answerNotice: assign({
      notice: ({ context }, params: { answer: NonNullable<OutageNotice['answer']> }) => (context.notice ? { ...context.notice, answer: params.answer } : null),
    }),
    /** The ticket number given: its second factor is asked next (issue 14). */
    rememberTicketAsked: assign({ ticketAsked: ({ event }) => (event.type === 'digits' ? event.value : null) }),
    /** This caller or client has no tries left at a guessable number (issue 14): nothing more is checked. */
    noteTriesUsedUp: assign({ triesUsedUp: true }),
    /** The caller accepted the offer of an agent: as if he had asked for one (the chart's `agent`). */
    askForAgent: raise({ type: 'agent' as const }),
    rememberScheduledOutage: assign({ scheduledOutage: (_, params: { outage: Outage | null }) => params.outage }),

    escalateFor: assign({ escalationReason: (_, params: { reason: EscalationReason }) => params.reason }),
    /** N24: the need said with the request for the supervisor is recorded accurately, for his summary. */
    rememberEscalationWords: assign({ escalationWords: ({ context, event }) => (event.type === 'supervisor' && event.said ? event.said : (context.escalationWords ?? null)) }),
    rememberEscalation: assign({ escalation: (_, params: { escalation: NonNullable<DialogueContext['escalation']> }) => params.escalation }),
    noteAbuse: assign({ abuse: ({ context, event }) => [...context.abuse, event.type === 'abuse' ? event.text : ''] }),
    serveBySelfService: assign({ selfServiceOnly: true, abuseReported: true }),
  },
  guards: {
    ladderExhausted: ({ context }) => context.misses >= LADDER_LIMIT,
    /** The order told was expedited earlier in this call. */
    expeditedInCall: ({ context }) => context.progress !== null && (context.expedited ?? []).includes(context.progress.ticket),
    /** The question was asked again once already at this ask (a non-answer twice: left unknown, not asked a third time). */
    askedAgainOnce: ({ context }) => context.misses >= 1,
    selfServiceOnly: ({ context }) => context.selfServiceOnly,
    notHelpedYet: ({ context }) => context.helped !== true,
    /** The caller opened with a story (at the menu), not just the name of the business: it is not asked for again. */
    openedWithStory: ({ context }) => tellsStory(context.opening?.text ?? ''),
    openingDescribedFault: ({ context }) => Boolean(context.opening?.description),
    openingSaysWhen: ({ context }) => Boolean(context.opening?.when),
    /** The words the caller named the business with name this knowledge-base topic (N11: answered at once). */
    openingNames: ({ context }, params: { topic: string }) => context.opening?.topic === params.topic,
    /** The report already knows the outage's scope: said when the fault was named ("整栋楼都没电"). */
    faultScopeIs: ({ context }, params: { scope: Scope }) => context.fault.scope === params.scope,
    /** The report already knows where: said when the fault was named ("城关区人民路88号停电了"). */
    hasFaultAddress: ({ context }) => context.fault.address !== null,
    /** A free-text answer (the question asked) names this knowledge-base topic: answered, not a callback (N11). */
    answerNames: ({ event }, params: { topic: string }) => (event.type === 'text' || event.type.startsWith('choice.')) && 'topic' in event && event.topic === params.topic,
    languageChosen: ({ context }) => context.languageChosen === true,
    /** A business was named at the language offer: it is served at once (N4). */
    openedWithNeed: ({ context }) => Boolean(context.opening?.need),
    selfServiceLadderExhausted: and(['ladderExhausted', 'selfServiceOnly']),
    /**
     * A silent call (N23): the ladder ends on silence after silence, and the caller has given
     * nothing in this call. Only the menu asks it (the main menu's `silent` ending).
     */
    silentCall: and([
      'ladderExhausted',
      ({ context, event }) =>
        event.type === 'noInput' && context.silences === context.misses && context.customer === null && context.ticket === null && context.draft === null,
    ]),
    hasCustomer: ({ context }) => context.customer !== null,
    /** The customer is verified for the account (issue 10 item 1): account data may be said. */
    hasVerifiedCustomer: ({ context }) => context.customer !== null && verificationOf(context) !== null,
    /** The phone caller's number is registered to the account found: caller ID verifies (voice only). */
    callerIdVerifies: ({ context }) => context.channel === 'voice' && verificationOf(context) === 'caller_id',
    hasRegisteredPhone: ({ context }) => registeredPhoneFor(context, context.customer) !== null,
    codeSent: (_, params: { status: string }) => params.status === 'sent',
    codeIs: (_, params: { result: string; expected: string }) => params.result === params.expected,
    /** A number incidents may count against (N23, issue 10 item 2). */
    hasAttributablePhone: ({ context }) => attributablePhone(context) !== null,
    hasCallerNumber: ({ context }) => context.caller !== null,
    /** A complaint was registered in this call (its survey is the callback's, N17). */
    complaintRegistered: ({ context }) => context.ticket?.kind === 'complaint',
    /** The complaint names a member of staff. */
    namesWho: ({ context }) => Boolean(context.answers.who),
    /** The report's story said where it happened. */
    storySaysWhere: ({ context }) => Boolean(context.answers.where),
    /** The words that chose this kind tell the story too ("饭店私自从电线杆上拉线用电，好几个月了"): they are the details. */
    choiceTellsStory: ({ event }) => event.type.startsWith('choice.') && 'text' in event && typeof event.text === 'string' && tellsStory(event.text),
    /** The report was named with its kind at the menu ("我要举报有人偷电"). */
    openingNamesKind: ({ context }) => Boolean(context.opening?.kind),
    /** ... and with its story: the details, where and when, are taken from it. */
    openingTellsStory: ({ context }) => Boolean(context.opening?.kind) && tellsStory(context.opening?.text ?? ''),
    /** The caller reports anonymously: no number is taken or read back. */
    isAnonymous: ({ context }) => context.answers.anonymous === 'yes',
    /** The caller leaves a number for the result. */
    isNamed: ({ context }) => context.answers.anonymous === 'no',
    /**
     * No area for the address, and it names no district or town ("解放街12号"): asked for it once,
     * rather than the slowest promise for a place we could not find (issue 14 item 6).
     */
    needsDistrict: ({ context }, params: { area: Area | null }) =>
      params.area === null && context.fault.districtAsked !== true && context.fault.address !== null && !namesDistrict(context.fault.address),
    /** An area was found for the place the caller named, or for the account. */
    hasArea: ({ context }) => context.fault.area !== null,
    /** A number the crew can call back on: the one given, or the caller's own. */
    hasContactNumber: ({ context }) => Boolean(context.answers.contact ?? context.caller),
    /**
     * A chat customer we cannot name (no verified account holder) is asked how to address him
     * before a report is registered (issue 14): once, never on the phone.
     */
    /** A mobile number typed in passing with the need or the fault ("我电话是139…"), and no number yet (N8). */
    toldPhoneInPassing: ({ context }) =>
      !(context.answers.contact ?? context.caller) && (mobileIn(context.opening?.text) ?? mobileIn(context.fault.description)) !== null,
    /** The fault report found an outage on the place and registers the caller on it (issue 14 item 6). */
    registersOnOutage: ({ context }) => context.fault.outage !== null,
    needsContactName: ({ context }) =>
      context.channel === 'chat' && !(context.customer && verificationOf(context) !== null) && context.answers.contactName === undefined,
    /** A phone caller not yet known, whose own number may find him (caller ID verifies, issue 10 item 1). */
    mayFindCallerByNumber: ({ context }) => context.channel === 'voice' && context.caller !== null && context.customer === null,
    saidInLanguage: ({ event }) => event.type === 'danger' && event.locale !== undefined,
    /** The words name this one of the caller's two accounts by its address ("底商那个", "the shop", issue 14). */
    namesAccount: ({ context, event }, params: { index: 0 | 1 }) => {
      const [first, second] = context.candidates;
      return event.type === 'text' && first !== undefined && second !== undefined && accountNamed(event.text, [first.address, second.address]) === params.index;
    },
    /** A district or town said for a place that names none (城关区 for 解放街口的公交站旁边, issue 14). */
    addsDistrict: ({ context, event }) =>
      event.type === 'text' &&
      event.place === true &&
      context.fault.address !== null &&
      !namesDistrict(context.fault.address) &&
      namesDistrict(event.address ?? event.text),
    /** The answer to "where?" names a place: not a yes/no, "不知道", a pointing word or one character (N8). */
    namesPlace: ({ event }) => (event.type === 'text' || event.type === 'danger') && event.place === true,
    saysOnlyYesOrNo: ({ event }) => event.type === 'text' && event.yesNoOnly === true,
    /** The words tell nothing as an answer: a don't-know or a bare yes or no (src/nlu/non-answer.ts, N8). */
    givesNoFact: ({ event }) => event.type === 'text' && event.noFact === true,
    /** The answer is only "I don't know" ("不清楚", "not sure"). */
    saidUnknown: ({ event }) => event.type === 'text' && event.unknown === true,
    /**
     * A ticket the phone caller heard once (issue 14 item 6): read again, with an offer to repeat.
     * Chat shows it in writing; a report kept in the outbox (N21) has no number yet.
     */
    hasTicketToRepeat: ({ context }) => context.channel === 'voice' && context.ticket !== null && !context.queued && context.ticketTold !== context.ticket.id,
    isTexted: (_, params: { result: string }) => params.result === 'sent',
    /** The save went to the outbox (N21 emergency mode). */
    isQueued: (_, params: { saved: Saved }) => params.saved.status === 'queued',
    /** "没有了", "No, nothing else": an answer that there is nothing (more) to tell. */
    saidNothingMore: ({ event }) => event.type === 'text' && (event.intent === 'deny' || event.intent === 'goodbye'),
    interrupted: ({ context }, params: { business: InterruptedBusiness }) => context.interrupted?.business === params.business,
    /** A danger report interrupted a business that had collected something (N10): it is kept. */
    hasInterruptedDraft: ({ context }) => hasInterruptedAnswers(context),
    hasAnnouncement: ({ context }) => context.announcement !== null,
    needs: ({ context }, params: { needs: readonly string[] }) => context.need !== null && params.needs.includes(context.need),
    /** A stopped lift was said, and whether anyone is trapped is not yet asked. */
    hasFaultDescription: ({ context }) => context.fault.description !== null,
    liftToAsk: ({ context, event }) => (context.liftStopped || ('lift' in event && event.lift === true)) && context.fault.trapped === null,
    /** The supervisor's notice can be read in the caller's language (an English caller hears no Chinese notice). */
    hasAnnouncementInLocale: ({ context }) => noticeFor(context.announcement, context.locale ?? 'zh-CN') !== null,
    /** Something was given for a report not yet saved: kept as abandoned when the caller hangs up. */
    hasUnsavedDraft: ({ context: { draft, fault, answers } }) =>
      draft !== null && (fault.danger || fault.scope !== null || fault.address !== null || Object.keys(answers).length > 0),
    isCustomer: (_, params: { customer: Customer | null }) => params.customer !== null,
    isOneCustomer: (_, params: { customers: Customer[] }) => params.customers.length === 1,
    /**
     * The phone caller's own number holds two accounts (caller ID verifies both): they may hear the
     * two addresses to choose from. Never in a chat, where a number is only a claim (issue 10 item 1).
     */
    areTwoOnCallerId: ({ context }, params: { customers: Customer[] }) =>
      params.customers.length === 2 && params.customers.every((customer) => verificationFor(context, customer) === 'caller_id'),
    accountAttemptsExhausted: ({ context }) => context.accountAttempts >= LADDER_LIMIT,
    ticketAttemptsExhausted: ({ context }) => (context.ticketAttempts ?? 0) >= 1,
    /** The conversation proved a phone: the caller ID, or a confirmed code; a chat's typed number is no proof (issue 14). */
    hasProvenPhone: ({ context }) => provenPhone(context) !== null,
    /** A lookup by a guessable number answered this (src/machines/progress-actors.ts). */
    lookupIs: (_, params: { status: string; expected: string }) => params.status === params.expected,
    /** No tries left at a guessable number for this caller or client (issue 14). */
    triesUsedUp: ({ context }) => context.triesUsedUp === true,
    isProgress: (_, params: { progress: OrderProgress | null }) => params.progress !== null,
    progressIs: ({ context }, params: { status: ProgressStatus }) => context.progress?.status === params.status,
    isOutage: (_, params: { outage: Outage | null }) => params.outage !== null,
    /** The outage in force on the caller's area was told this call (issue 14 item 6): once. */
    outageNoticed: ({ context }) => (context.notice ?? null) !== null,
    /** An outage in force was told in this call (not planned work still to come): its restore time is known. */
    noticeInForce: ({ context }) => Boolean(context.notice && !context.notice.upcoming && context.notice.outage.expectedRestoreAt),
    /** Registered as affected by the outage told (issue 14 item 6): nothing more to report. */
    registeredOnNotice: ({ context }) => context.notice?.answer === 'registered',
    isNotice: (_, params: { found: Omit<OutageNotice, 'answer'> | null }) => params.found !== null,
    isUpcomingNotice: (_, params: { found: Omit<OutageNotice, 'answer'> | null }) => params.found?.upcoming === true,
    isPlannedNotice: (_, params: { found: Omit<OutageNotice, 'answer'> | null }) => params.found?.outage.kind === 'planned',
    /** The outage the report found is the one the caller was told and said was not his business: not told again. */
    isDeclinedNotice: ({ context }, params: { outage: Outage | null }) =>
      context.notice?.answer === 'declined' && params.outage !== null && params.outage.id === context.notice.outage.id,
    isPlannedOutage: (_, params: { outage: Outage | null }) => params.outage?.kind === 'planned',
    /** An outage that has started is told as under repair or work under way, never as "planned" (issue 14). */
    isOutageInForce: (_, params: { found: ScheduledOutage | null; kind: Outage['kind'] }) =>
      params.found?.inForce === true && params.found.outage.kind === params.kind,
    isStatement: (_, params: { statement: Statement | null }) => params.statement?.lastBill != null,
    isInArrears: (_, params: { statement: Statement | null }) => (params.statement?.balance ?? 0) < 0,
    /** A prepaid (费控) meter run out: the meter itself cut the power (at zero, not only below). */
    isPrepaidRunOut: (_, params: { statement: Statement | null }) => params.statement?.prepaid === true && params.statement.balance <= 0,
    /** The statement told is of a prepaid meter run out (the meter cut the power). */
    prepaidRunOutTold: ({ context }) => context.statement?.prepaid === true && context.statement.balance <= 0,
    scopeIs: ({ context }, params: { scope: Scope }) => context.fault.scope === params.scope,
    /** N22: two polite warnings, then the automated service. */
    warnedTwice: ({ context }) => context.abuse.length >= 2,
    warnedOnce: ({ context }) => context.abuse.length === 1,
    abuseReported: ({ context }) => context.abuseReported,
    endedWith,
  },
});

/**
 * The flows' setup, with the actions that say a prompt only when it applies (an apology for what
 * was told, N12): typed against the setup above, so they are added to it here.
 */
export const dialogue = flowSetup.extend({
  actions: {
    /** N12: the complaint's apology for the story the caller opened with (at the menu), before the next question. */
    reactToOpening: flowSetup.enqueueActions(({ context, enqueue }) => {
      const told = context.opening?.told ?? null;
      // The empathy is the apology for any other story: one apology in the turn (issue 14).
      enqueue.emit({ type: 'say', key: told ? storyReaction(told) : 'complaint.empathy', safety: false });
      if (told) enqueue.assign({ reactedTo: reactedWith(context, told) });
    }),
    /** N12: the complaint's apology for the story just told (a long wait, the same failure again, or the trouble). */
    reactToStory: flowSetup.enqueueActions(({ context, event, enqueue }) => {
      const told = event.type === 'text' ? (event.told ?? null) : null;
      enqueue.emit({ type: 'say', key: storyReaction(told), safety: false });
      if (told) enqueue.assign({ reactedTo: reactedWith(context, told) });
    }),
    /**
     * N12: a business named with a long wait or a failure again ("停了三天了", "又停电了") begins with
     * a short apology for it, before its first question; once.
     */
    reactToOpeningTold: flowSetup.enqueueActions(({ context, enqueue }) => {
      const told = context.opening?.told ?? null;
      const key = shortReactionOnce(context, told);
      if (!key || !told) return;
      enqueue.emit({ type: 'say', key, safety: false });
      enqueue.assign({ reactedTo: reactedWith(context, told), opening: context.opening && { ...context.opening, told: null } });
    }),
    /** N12: an answer that tells a long wait or a failure again: a short apology for it, before the next question; once each. */
    reactToTold: flowSetup.enqueueActions(({ context, event, enqueue }) => {
      const told = toldIn(event);
      const key = shortReactionOnce(context, told);
      if (!key || !told) return;
      enqueue.emit({ type: 'say', key, safety: false });
      enqueue.assign({ reactedTo: reactedWith(context, told) });
    }),
    /** The words that chose a progress query told a wait or a failure again: kept for the progress (issue 14). */
    holdTold: assign({ heldTold: ({ event }) => toldIn(event) }),
    /**
     * N12: the wait or failure told in the words that chose the progress query (at the menu or the
     * query's question), answered once: before
     * the ticket question, or before the progress. A late repair's answer apologises for the wait
     * itself ("很抱歉，您的报修约定…"): one apology a turn, so nothing more is said then.
     */
    reactToHeldTold: flowSetup.enqueueActions(({ context, enqueue }) => {
      const told = context.heldTold ?? context.opening?.told ?? null;
      if (!told) return;
      const key = shortReactionOnce(context, told);
      const lateSaysSorry = context.progress?.status === 'repairLate' && told === 'longWait';
      if (key && !lateSaysSorry) enqueue.emit({ type: 'say', key, safety: false });
      enqueue.assign({ heldTold: null, reactedTo: reactedWith(context, told), opening: context.opening && { ...context.opening, told: null } });
    }),
    /** The same, said in place of the acknowledgement "好的，明白" (never both, N2); else the acknowledgement. */
    reactOrAck: flowSetup.enqueueActions(({ context, event, enqueue }) => {
      const told = event.type === 'text' ? (event.told ?? null) : null;
      const key = shortReactionOnce(context, told);
      enqueue.emit({ type: 'say', key: key ?? 'common.ack', safety: false });
      if (key && told) enqueue.assign({ reactedTo: reactedWith(context, told) });
    }),
    /** A part of the story the caller does not know ("记不清了"): left out, marked for the read-back to say we will look into it (N8). */
    leaveUnsure: flowSetup.enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ answers: { ...context.answers, unsure: 'yes' } });
      enqueue.emit({ type: 'say', key: 'common.noProblem', safety: false });
    }),
    /** N12, N24: before a transfer, a caller who complained or sounded upset hears an apology first. */
    apologiseIfAggrieved: flowSetup.enqueueActions(({ context, enqueue }) => {
      if (isAggrieved(context)) enqueue.emit({ type: 'say', key: 'transfer.sorry', safety: false });
    }),
  },
});

export { initialContext };
