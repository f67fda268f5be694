/**
 * The setup the outbound flows share (callback 回访 N16/N17/N19, proactive service N18): their
 * context, named actions and guards, and the service actors the engine provides
 * (src/machines/outbound-actors.ts). The calls are ours: the customer did not ask for them, so
 * every ending is polite and short, and a person who is not the customer hears nothing of the
 * customer's business (N16).
 */
import { assign, emit, fromPromise, raise, setup } from 'xstate';
import type { Channel } from '../core/conversation.js';
import type { DialogueEmitted, DialogueEvent } from '../core/events.js';
import type { Locale } from '../core/locale.js';
import type { AskChoice, StateMeta } from '../core/meta.js';
import type { CallbackBusiness, CallConclusion, CallResult, NewWorkOrder, Satisfaction } from '../services/ports.js';
import type { Saved } from '../services/save-or-queue.js';
import { LADDER_LIMIT } from './ask.js';
import { endedWith } from './setup.js';
import { missKind, type MissKind } from './context.js';

export interface OutboundInput {
  conversationId: string;
  channel: Channel;
  /** The customer's number (the called party). */
  caller: string | null;
  company: string;
  /** The outbound task the call is for. */
  taskId: string;
  /** Twilio's answering-machine detection: human, machine_start, fax, unknown, ... (null: not detected). */
  answeredBy: string | null;
  /** The locale the call starts in (the task's). */
  locale: Locale;
}

/** What a callback tells (loaded from the task, its callback and work order). */
export interface CallbackBrief {
  callbackId: string;
  business: CallbackBusiness;
  /** The customer's name (N16: "请问是××的××客户吗"); null when the callback does not know it. */
  customerName: string | null;
  /** Where the customer is (the area of their account), said with the name. */
  area: string | null;
  /** What the callback tells the customer: the work order's result, the answer, the supervisor's reply. */
  result: string;
  /** The work order number, when there is one. */
  ticket: string | null;
  /** When the customer raised it (ISO). */
  raisedAt: string;
  account: string | null;
  /** This callback carries the duty supervisor's answer to an earlier dissatisfied survey (N17). */
  supervisorAnswer: boolean;
}

/** What a proactive call presents (loaded from the task's campaign), in the call's locales. */
export interface CampaignBrief {
  campaignId: string;
  purpose: Partial<Record<Locale, string>>;
  message: Partial<Record<Locale, string>>;
  offer: Partial<Record<Locale, string>> | null;
}

/** When a customer who cannot talk now wants the next call (the callback flow's choices). */
export type LaterSlot = 'later_today' | 'tomorrow_morning' | 'tomorrow_afternoon';

export interface OutboundContext extends OutboundInput {
  /** No-input / no-match count at the current ask (the reprompt ladder). */
  misses: number;
  /** What the last miss was: each has its own reprompt (N7). */
  lastMiss?: MissKind | null;
  callback: CallbackBrief | null;
  campaign: CampaignBrief | null;
  /** How often the result was said again because it was not clear. */
  repeats: number;
  result: CallResult;
  /** The customer heard what we called for (the result, the service): a hang-up after it completes the call. */
  served: boolean;
  /** How the call concluded, recorded on the task as the call ends. */
  conclusion: CallConclusion | null;
  /** The next call the customer asked for (ISO). */
  nextCall: string | null;
  /** The customer reported danger (N10): an urgent order, and the urgent (dispatch) seat takes the call. */
  danger: boolean;
  /** The customer sounded upset (N3; the engine's `upset`): answered softly for the rest of the call. */
  upset?: boolean;
}

export function initialOutboundContext(input: OutboundInput): OutboundContext {
  return { ...input, misses: 0, callback: null, campaign: null, repeats: 0, result: {}, served: false, conclusion: null, nextCall: null, danger: false, upset: false };
}

async function notProvided(): Promise<never> {
  throw new Error('service actor not provided: the engine binds services with machine.provide()');
}

export const outboundActorStubs = {
  loadCallback: fromPromise<CallbackBrief, { taskId: string }>(notProvided),
  loadCampaign: fromPromise<CampaignBrief, { taskId: string }>(notProvided),
  /** The next call at the time the customer chose, inside the calling windows (N15). */
  reschedule: fromPromise<{ nextCall: string }, { taskId: string; slot: LaterSlot }>(notProvided),
  /** N17: a dissatisfied opinion goes to the duty supervisor; the answer becomes another callback. */
  escalateOpinion: fromPromise<{ escalationId: string | null }, { taskId: string; conversationId: string; phone: string | null; opinion: string }>(notProvided),
  /** How the call ended, and what it gathered, on the task (and the survey with the work order, N14). */
  concludeCall: fromPromise<void, { taskId: string; conclusion: CallConclusion; result: CallResult; nextCall: string | null }>(notProvided),
  /** N10, N21: the danger the customer reported, an urgent order (to the outbox when the store is down). */
  saveDangerReport: fromPromise<Saved, NewWorkOrder>(notProvided),
};

/** The urgent order of a danger said in an outbound call: the words, the customer's number and account (pure). */
export function outboundDangerOrder(context: OutboundContext, words: string | null): NewWorkOrder {
  return {
    kind: 'repair',
    urgent: true,
    danger: true,
    scope: null,
    account: context.callback?.account ?? null,
    phone: context.caller,
    address: '',
    areaId: null,
    description: words ?? 'danger reported in an outbound call',
    channel: context.channel,
    conversationId: context.conversationId,
  };
}

const SATISFIED: readonly Satisfaction[] = ['satisfied', 'basically_satisfied'];

/**
 * "May I take a moment?" (N16, N18): yes or no, by key, by intent, or in the words people answer
 * it with; "不用了，谢谢" (a goodbye) is a no here.
 */
export const CONSENT_CHOICES: AskChoice[] = [
  { id: 'yes', dtmf: '1', intents: ['affirm'], words: 'consent.yes' },
  { id: 'no', dtmf: '2', intents: ['deny', 'goodbye'], words: 'consent.no' },
];

/** "Would you like it?" (a campaign's offer): yes or no, a goodbye is a no. */
export const OFFER_CHOICES: AskChoice[] = [
  { id: 'yes', dtmf: '1', intents: ['affirm'], words: 'offer.yes' },
  { id: 'no', dtmf: '2', intents: ['deny', 'goodbye'], words: 'offer.no' },
  // "没空，我在开车": no time for the call, not a no to the offer (N18: an apology, not thanks).
  { id: 'not_now', words: 'offer.notNow', hidden: true },
];

export const outbound = setup({
  types: {
    context: {} as OutboundContext,
    events: {} as DialogueEvent,
    input: {} as OutboundInput,
    emitted: {} as DialogueEmitted,
    meta: {} as StateMeta,
  },
  actors: outboundActorStubs,
  actions: {
    say: emit((_, params: { key: string; safety?: boolean }) => ({ type: 'say' as const, key: params.key, safety: params.safety ?? false })),
    switchLanguage: emit(({ event }) => ({ type: 'locale' as const, locale: event.type === 'language' ? event.locale : 'zh-CN' })),
    rememberLocale: assign({ locale: ({ context, event }) => (event.type === 'language' ? event.locale : context.locale) }),
    resetMisses: assign({ misses: 0, lastMiss: null }),
    countMiss: assign({
      misses: ({ context }) => context.misses + 1,
      lastMiss: ({ event }) => missKind(event),
    }),
    rememberCallback: assign({ callback: (_, params: { brief: CallbackBrief }) => params.brief }),
    rememberCampaign: assign({ campaign: (_, params: { brief: CampaignBrief }) => params.brief }),
    markServed: assign({ served: true }),
    countRepeat: assign({ repeats: ({ context }) => context.repeats + 1 }),
    rememberClear: assign({ result: ({ context }, params: { clear: boolean }) => ({ ...context.result, clear: params.clear }) }),
    rememberSatisfaction: assign({
      result: ({ context }, params: { satisfaction: Satisfaction }) => ({ ...context.result, satisfaction: params.satisfaction }),
    }),
    /** The customer's words, as said (N17: recorded accurately). */
    rememberOpinion: assign({
      result: ({ context, event }) => (event.type === 'text' ? { ...context.result, opinion: event.text } : context.result),
    }),
    rememberEscalation: assign({
      result: ({ context }, params: { escalationId: string | null }) =>
        params.escalationId ? { ...context.result, escalationId: params.escalationId } : context.result,
    }),
    rememberAccepted: assign({ result: ({ context }, params: { accepted: boolean }) => ({ ...context.result, accepted: params.accepted }) }),
    rememberNextCall: assign({ nextCall: (_, params: { nextCall: string }) => params.nextCall }),
    conclude: assign({ conclusion: (_, params: { conclusion: CallConclusion }) => params.conclusion }),
    markDanger: assign({ danger: true }),
    /** N3: kept for the rest of the call. */
    noteUpset: assign({ upset: true }),
    /** The safety advice, heard whole (N10); when someone has been shocked, 120 first. */
    sayDangerAdvice: emit(({ event }) => ({
      type: 'say' as const,
      key: event.type === 'danger' && event.shock ? 'danger.shockAdvice' : event.type === 'danger' && event.fire ? 'danger.fireAdvice' : 'fault.safetyAdvice',
      safety: true,
    })),
  },
  guards: {
    ladderExhausted: ({ context }) => context.misses >= LADDER_LIMIT,
    answeredByMachine: ({ context }) => /^(machine|fax)/.test(context.answeredBy ?? ''),
    /**
     * The customer is asked for by name (N16), in every locale: an English callee hears it in pinyin
     * (张伟 Zhang Wei, src/prompts/romanize.ts), as he gave it to us. No name: the account holder.
     */
    nameSpeakable: ({ context }) => (context.callback?.customerName ?? null) !== null,
    isBusiness: ({ context }, params: { business: CallbackBusiness }) => context.callback?.business === params.business,
    resultUnspeakable: ({ context }) => context.locale === 'en-US' && /\p{Script=Han}/u.test(context.callback?.result ?? ''),
    isSupervisorAnswer: ({ context }) => context.callback?.supervisorAnswer === true,
    /** Not clear: said twice already, or its details are written in Chinese to an English callee (N4): a colleague explains. */
    explainedByAPerson: ({ context }) => context.repeats >= 1 || (context.locale === 'en-US' && /\p{Script=Han}/u.test(context.callback?.result ?? '')),
    saidNothingMore: ({ event }) => event.type === 'text' && event.intent === 'deny',
    served: ({ context }) => context.served,
    satisfied: ({ context }) => context.result.satisfaction !== undefined && SATISFIED.includes(context.result.satisfaction),
    hasOffer: ({ context }) => context.campaign?.offer != null,
    concludedAs: ({ context }, params: { conclusion: CallConclusion }) => context.conclusion === params.conclusion,
    concluded: ({ context }) => context.conclusion !== null,
    reportedDanger: ({ context }) => context.danger,
    /** The customer sounded upset or said they are dissatisfied (N3, N17): sorry before a transfer. */
    aggrieved: ({ context }) => context.upset === true || context.result.satisfaction === 'dissatisfied',
    isQueued: (_, params: { saved: Saved }) => params.saved.status === 'queued',
    endedWith,
  },
});

/**
 * The end of every outbound call: the conclusion goes on the task (ending.onDone: `afterConclusion`
 * then closes the line the way the conclusion asks: a person, silence for a machine, or hang up after
 * the closing phrase, said on the way in).
 */
export const concludingFlow = outbound.createStateConfig({
  initial: 'saving',
  states: {
    saving: {
      invoke: {
        src: 'concludeCall',
        input: ({ context }) => ({ taskId: context.taskId, conclusion: context.conclusion ?? 'completed', result: context.result, nextCall: context.nextCall }),
        // A write that fails leaves the task dialing: its status callback retries the call later.
        onDone: 'saved',
        onError: 'saved',
      },
    },
    saved: { type: 'final' },
  },
});

export const afterConclusion = [
  { guard: 'reportedDanger', target: 'urgentTransfer' },
  { guard: { type: 'concludedAs', params: { conclusion: 'transferred' } }, target: 'transferToAgent' },
  { guard: { type: 'concludedAs', params: { conclusion: 'machine' } }, target: 'silentHangUp' },
  { target: 'hangUp' },
] as const;

/** The customer hung up: once they heard what we called for, the call is complete with what it gathered (else it is tried again). */
export const hangingUpFlow = outbound.createStateConfig({
  initial: 'check',
  states: {
    check: {
      always: [{ guard: 'served', actions: { type: 'conclude', params: { conclusion: 'completed' } }, target: 'saving' }, { target: 'done' }],
    },
    saving: {
      invoke: {
        src: 'concludeCall',
        input: ({ context }) => ({ taskId: context.taskId, conclusion: 'completed' as const, result: context.result, nextCall: null }),
        onDone: 'done',
        onError: 'done',
      },
    },
    done: { type: 'final' },
  },
});

/**
 * The global commands of every outbound chart (its root `on`, beside its own ladder): repeat, a
 * person on request, a language switch, danger (N10: the safety advice first, then a person), and
 * the customer hanging up. Targets are the chart's own states (ending, hangingUp).
 */
export const outboundCommands = outbound.createStateConfig({
  on: {
    // Asked for (`*`, "再说一遍"): the question itself, not the help of the ladder's rung.
    repeat: { actions: 'resetMisses' },
    // Words about another business ("我要投诉燃气公司", issue 9 item 1) answer nothing we asked: a miss, as any such words.
    outOfScope: { actions: raise({ type: 'noMatch' }) },
    // An upset or dissatisfied customer hears sorry first (N12, N24).
    agent: [
      { guard: 'aggrieved', actions: [{ type: 'say', params: { key: 'transfer.sorry' } }, { type: 'say', params: { key: 'transfer.toAgent' } }, { type: 'conclude', params: { conclusion: 'transferred' } }], target: '.ending' },
      { actions: [{ type: 'say', params: { key: 'transfer.toAgent' } }, { type: 'conclude', params: { conclusion: 'transferred' } }], target: '.ending' },
    ],
    supervisor: [
      { guard: 'aggrieved', actions: [{ type: 'say', params: { key: 'transfer.sorry' } }, { type: 'say', params: { key: 'transfer.toAgent' } }, { type: 'conclude', params: { conclusion: 'transferred' } }], target: '.ending' },
      { actions: [{ type: 'say', params: { key: 'transfer.toAgent' } }, { type: 'conclude', params: { conclusion: 'transferred' } }], target: '.ending' },
    ],
    // N3: words that sounded upset (told by the engine before their event): a soft voice from now on.
    upset: { actions: 'noteUpset' },
    language: { actions: ['switchLanguage', 'rememberLocale', { type: 'say', params: { key: 'common.languageSwitched' } }] },
    // N10: the safety advice, an urgent order with the words, and the dispatch seat takes the call.
    danger: { actions: ['markDanger', 'sayDangerAdvice', { type: 'conclude', params: { conclusion: 'transferred' } }], target: '.reportingDanger' },
    // "没事了，再见" where no answer takes it: thanked and closed (N19).
    goodbye: { actions: [{ type: 'say', params: { key: 'closing.goodbye' } }, { type: 'conclude', params: { conclusion: 'declined' } }], target: '.ending' },
    hangup: '.hangingUp',
  },
}).on;

/** The first state of every outbound chart: an answering machine hears nothing (the call is tried again). */
export const answeredState = outbound.createStateConfig({
  always: [{ guard: 'answeredByMachine', actions: { type: 'conclude', params: { conclusion: 'machine' } }, target: 'ending' }, { target: 'loading' }],
});

/** The final states every outbound chart ends in. */
/**
 * The danger said in an outbound call (N10, N21): an urgent order with the customer's words, number
 * and account (the dispatcher confirms the place), to the outbox when the store is down, then the
 * call concludes and goes to the urgent seat (`afterConclusion`).
 */
export const reportingDangerState = outbound.createStateConfig({
  invoke: {
    src: 'saveDangerReport',
    input: ({ context, event }) => outboundDangerOrder(context, event.type === 'danger' ? event.text : null),
    onDone: { actions: { type: 'say', params: { key: 'danger.urgentTransfer' } }, target: 'ending' },
    onError: { actions: { type: 'say', params: { key: 'danger.urgentNotRecorded' } }, target: 'ending' },
  },
});

export const outboundFinals = {
  hangUp: outbound.createStateConfig({ type: 'final', meta: { end: { type: 'hangup' } } }),
  transferToAgent: outbound.createStateConfig({ type: 'final', meta: { end: { type: 'transfer', queue: 'agent', reason: 'outbound_call' } } }),
  urgentTransfer: outbound.createStateConfig({ type: 'final', meta: { end: { type: 'transfer', queue: 'urgent', reason: 'danger' } } }),
  silentHangUp: outbound.createStateConfig({ type: 'final', meta: { end: { type: 'abandoned' } } }),
  abandoned: outbound.createStateConfig({ type: 'final', meta: { end: { type: 'abandoned' } } }),
};
