/**
 * The callback (回访, N16, N17, N19), an outbound call the dialler places for a callback task:
 * introduce the company and 95598 and confirm the customer ("您好！我是××供电公司95598，请问是××的
 * ××客户吗？"), then ask leave to talk ("对不起，可以打扰您一下吗？"). A wrong person, or a customer who
 * cannot talk now, hears nothing of the business: the call ends politely (the customer may choose
 * a better time, and gets the call then). Then, by business type, the result recorded on the work
 * order (or the answer to the question, or the duty supervisor's reply), whether it is clear (said
 * once more if not, then a person), and the satisfaction survey (satisfied / basically satisfied /
 * dissatisfied, by key or in words), the customer's opinion recorded as said. A dissatisfied
 * opinion goes to the duty supervisor, whose answer becomes another callback. Closing: "很抱歉占用
 * 您宝贵时间，谢谢您！再见" (N19). An answering machine hears nothing at all.
 */
import { YES_NO } from './ask.js';
import type { AskChoice } from '../core/meta.js';
import { afterConclusion, answeredState, concludingFlow, CONSENT_CHOICES, hangingUpFlow, initialOutboundContext, outbound, outboundCommands, outboundFinals, reportingDangerState } from './outbound-setup.js';

/** N17: the survey's three answers, by key or by their words (locales/words). */
export const SATISFACTION_CHOICES: AskChoice[] = [
  { id: 'satisfied', dtmf: '1' },
  { id: 'basically_satisfied', dtmf: '2' },
  { id: 'dissatisfied', dtmf: '3' },
];

/** "Is it clear?": yes and no, and the words callers answer it with (不清楚 is no answer to a yes/no table). */
export const CLEAR_CHOICES: AskChoice[] = [
  { id: 'yes', dtmf: '1', intents: ['affirm'], words: 'clear.yes' },
  { id: 'no', dtmf: '2', intents: ['deny'], words: 'clear.no' },
];

/** When the next call suits a customer who cannot talk now (N15 windows apply). */
export const LATER_CHOICES: AskChoice[] = [
  { id: 'later_today', dtmf: '1' },
  { id: 'tomorrow_morning', dtmf: '2' },
  { id: 'tomorrow_afternoon', dtmf: '3' },
  { id: 'no_callback', dtmf: '9', intents: ['deny'] },
];

const closeWithThanks = [{ type: 'say', params: { key: 'callback.goodbye' } }, { type: 'conclude', params: { conclusion: 'completed' } }] as const;

export const callbackMachine = outbound.createMachine({
  id: 'callback',
  context: ({ input }) => initialOutboundContext(input),
  initial: 'answered',
  on: {
    // The reprompt ladder (N7); states where the call can go on without an answer override it.
    noInput: [{ guard: 'ladderExhausted', target: '.noResponse' }, { actions: 'countMiss' }],
    noMatch: [{ guard: 'ladderExhausted', target: '.noResponse' }, { actions: 'countMiss' }],
    ...outboundCommands,
    abuse: { actions: [{ type: 'say', params: { key: 'callback.goodbye' } }, { type: 'conclude', params: { conclusion: 'declined' } }], target: '.ending' },
  },
  states: {
    answered: answeredState,
    loading: {
      invoke: {
        src: 'loadCallback',
        input: ({ context }) => ({ taskId: context.taskId }),
        onDone: { actions: { type: 'rememberCallback', params: ({ event }) => ({ brief: event.output }) }, target: 'identity' },
        // Nothing to tell after all (the task is gone): a polite word, no business.
        onError: { actions: { type: 'say', params: { key: 'callback.unavailable' } }, target: 'hangUp' },
      },
    },

    // N16: who we are, and is this the customer?
    identity: { always: [{ guard: 'nameSpeakable', target: 'confirmNamed' }, { target: 'confirmHolder' }] },
    confirmNamed: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'callback.introNamed', help: 'callback.introNamedHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: { 'choice.yes': 'askConsent', 'choice.no': 'wrongPerson' },
    },
    confirmHolder: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'callback.intro', help: 'callback.introHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: { 'choice.yes': 'askConsent', 'choice.no': 'wrongPerson' },
    },
    wrongPerson: {
      entry: [{ type: 'say', params: { key: 'callback.wrongPerson' } }, { type: 'conclude', params: { conclusion: 'wrong_person' } }],
      always: 'ending',
    },
    askConsent: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'callback.askConsent', help: 'callback.askConsentHelp', choices: CONSENT_CHOICES, hints: 'hints.yesNo' } },
      on: { 'choice.yes': 'tellResult', 'choice.no': 'askLaterTime' },
    },
    // No consent: nothing of the business is said; the customer may choose a better time.
    askLaterTime: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'callback.askLaterTime', help: 'callback.askLaterTimeHelp', choices: LATER_CHOICES } },
      on: {
        'choice.later_today': 'rescheduling',
        'choice.tomorrow_morning': 'rescheduling',
        'choice.tomorrow_afternoon': 'rescheduling',
        'choice.no_callback': 'declined',
        noInput: [{ guard: 'ladderExhausted', target: 'declined' }, { actions: 'countMiss' }],
        noMatch: [{ guard: 'ladderExhausted', target: 'declined' }, { actions: 'countMiss' }],
      },
    },
    rescheduling: {
      invoke: {
        src: 'reschedule',
        input: ({ context, event }) => ({
          taskId: context.taskId,
          slot: event.type === 'choice.tomorrow_morning' ? 'tomorrow_morning' : event.type === 'choice.tomorrow_afternoon' ? 'tomorrow_afternoon' : 'later_today',
        }),
        onDone: {
          actions: [
            { type: 'rememberNextCall', params: ({ event }) => ({ nextCall: event.output.nextCall }) },
            { type: 'say', params: { key: 'callback.rescheduled' } },
            { type: 'conclude', params: { conclusion: 'rescheduled' } },
          ],
          target: 'ending',
        },
        onError: 'declined',
      },
    },
    declined: {
      entry: [{ type: 'say', params: { key: 'callback.declined' } }, { type: 'conclude', params: { conclusion: 'declined' } }],
      always: 'ending',
    },

    // N17: the result, by business type.
    tellResult: {
      always: [
        // N4, N17: a result written in Chinese cannot be said by an English voice: the English callee
        // hears that it was looked into and dealt with, is asked whether that is clear and then the
        // survey; a colleague goes through the details only if he wants them (the no at askClear).
        { guard: 'resultUnspeakable', target: 'sayResult.handled' },
        { guard: 'isSupervisorAnswer', target: 'sayResult.supervisorAnswer' },
        { guard: { type: 'isBusiness', params: { business: 'repair' } }, target: 'sayResult.repair' },
        { guard: { type: 'isBusiness', params: { business: 'complaint' } }, target: 'sayResult.complaint' },
        { guard: { type: 'isBusiness', params: { business: 'report' } }, target: 'sayResult.report' },
        { guard: { type: 'isBusiness', params: { business: 'query' } }, target: 'sayResult.query' },
        { target: 'sayResult.consultation' },
      ],
    },
    sayResult: {
      initial: 'consultation',
      states: {
        handled: { entry: ['markServed', { type: 'say', params: { key: 'callback.resultHandled' } }], always: '#callback.askClear' },
        supervisorAnswer: { entry: ['markServed', { type: 'say', params: { key: 'callback.resultSupervisorAnswer' } }], always: '#callback.askClear' },
        repair: { entry: ['markServed', { type: 'say', params: { key: 'callback.resultRepair' } }], always: '#callback.askClear' },
        complaint: { entry: ['markServed', { type: 'say', params: { key: 'callback.resultComplaint' } }], always: '#callback.askClear' },
        report: { entry: ['markServed', { type: 'say', params: { key: 'callback.resultReport' } }], always: '#callback.askClear' },
        query: { entry: ['markServed', { type: 'say', params: { key: 'callback.resultQuery' } }], always: '#callback.askClear' },
        consultation: { entry: ['markServed', { type: 'say', params: { key: 'callback.resultConsultation' } }], always: '#callback.askClear' },
      },
    },
    askClear: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'callback.askClear', help: 'callback.askClearHelp', choices: CLEAR_CHOICES, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: { type: 'rememberClear', params: { clear: true } }, target: 'askSatisfaction' },
        'choice.no': [
          // Still not clear after hearing it twice, or the details are only in Chinese: a person explains.
          {
            guard: 'explainedByAPerson',
            actions: [{ type: 'rememberClear', params: { clear: false } }, { type: 'say', params: { key: 'callback.explainByAgent' } }, { type: 'conclude', params: { conclusion: 'transferred' } }],
            target: 'ending',
          },
          { actions: ['countRepeat', { type: 'say', params: { key: 'callback.sayAgain' } }], target: 'tellResult' },
        ],
      },
    },
    askSatisfaction: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'callback.askSatisfaction', help: 'callback.askSatisfactionHelp', choices: SATISFACTION_CHOICES, hints: 'hints.satisfaction' } },
      on: {
        'choice.satisfied': { actions: { type: 'rememberSatisfaction', params: { satisfaction: 'satisfied' } }, target: 'askOpinion' },
        'choice.basically_satisfied': { actions: { type: 'rememberSatisfaction', params: { satisfaction: 'basically_satisfied' } }, target: 'askOpinion' },
        'choice.dissatisfied': { actions: { type: 'rememberSatisfaction', params: { satisfaction: 'dissatisfied' } }, target: 'askDissatisfaction' },
        // No answer to the survey: the result was told; close without a survey.
        noInput: [{ guard: 'ladderExhausted', actions: closeWithThanks, target: 'ending' }, { actions: 'countMiss' }],
        noMatch: [{ guard: 'ladderExhausted', actions: closeWithThanks, target: 'ending' }, { actions: 'countMiss' }],
      },
    },
    askOpinion: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'callback.askOpinion', help: 'callback.askOpinionHelp', timeoutSeconds: 8 } },
      on: {
        text: [
          { guard: 'saidNothingMore', actions: closeWithThanks, target: 'ending' },
          { actions: ['rememberOpinion', { type: 'say', params: { key: 'callback.opinionRecorded' } }, ...closeWithThanks], target: 'ending' },
        ],
        noInput: { actions: closeWithThanks, target: 'ending' },
        noMatch: { actions: closeWithThanks, target: 'ending' },
      },
    },
    askDissatisfaction: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'callback.askDissatisfaction', help: 'callback.askDissatisfactionHelp', timeoutSeconds: 12 } },
      on: {
        text: { actions: 'rememberOpinion', target: 'escalating' },
        noInput: 'escalating',
        noMatch: 'escalating',
      },
    },
    // N17: the dissatisfied opinion goes to the duty supervisor; their answer is another callback.
    escalating: {
      invoke: {
        src: 'escalateOpinion',
        input: ({ context }) => ({ taskId: context.taskId, conversationId: context.conversationId, phone: context.caller, opinion: context.result.opinion ?? '' }),
        onDone: {
          actions: [
            { type: 'rememberEscalation', params: ({ event }) => ({ escalationId: event.output.escalationId }) },
            { type: 'say', params: { key: 'callback.forwardedToSupervisor' } },
            ...closeWithThanks,
          ],
          target: 'ending',
        },
        onError: { actions: [{ type: 'say', params: { key: 'callback.opinionRecorded' } }, ...closeWithThanks], target: 'ending' },
      },
    },

    // Nobody answers the questions: a word without business, and the call is tried again later.
    noResponse: { entry: { type: 'say', params: { key: 'callback.noResponse' } }, always: 'hangUp' },
    reportingDanger: reportingDangerState,
    ending: { ...concludingFlow, onDone: [...afterConclusion] },
    hangingUp: { ...hangingUpFlow, onDone: 'abandoned' },
    ...outboundFinals,
  },
});

export type CallbackMachine = typeof callbackMachine;
