/**
 * Proactive service (主动服务, N18), an outbound call of a campaign (the SMS notification service,
 * a planned outage notice, ...): introduce ourselves, state the purpose and apologise for the
 * interruption. A customer who agrees to listen hears the service presented (and, when the
 * campaign offers something, is asked whether they want it: the answer is recorded), then thanks:
 * "感谢您对我们的工作的支持，祝您心情愉快，再见！". A customer who does not: an apology again and
 * goodbye. An answering machine hears nothing at all.
 */
import { afterConclusion, answeredState, concludingFlow, CONSENT_CHOICES, hangingUpFlow, initialOutboundContext, OFFER_CHOICES, outbound, outboundCommands, outboundFinals, reportingDangerState } from './outbound-setup.js';

export const proactiveMachine = outbound.createMachine({
  id: 'proactive',
  context: ({ input }) => initialOutboundContext(input),
  initial: 'answered',
  on: {
    noInput: [{ guard: 'ladderExhausted', target: '.notNow' }, { actions: 'countMiss' }],
    noMatch: [{ guard: 'ladderExhausted', target: '.notNow' }, { actions: 'countMiss' }],
    ...outboundCommands,
    abuse: '.notNow',
  },
  states: {
    answered: answeredState,
    loading: {
      invoke: {
        src: 'loadCampaign',
        input: ({ context }) => ({ taskId: context.taskId }),
        onDone: { actions: { type: 'rememberCampaign', params: ({ event }) => ({ brief: event.output }) }, target: 'introduce' },
        onError: { actions: { type: 'say', params: { key: 'proactive.declined' } }, target: 'hangUp' },
      },
    },
    // N18: who we are, why we call, sorry to interrupt; may we go on?
    introduce: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: [{ key: 'proactive.intro' }, { key: 'proactive.askConvenient' }], help: 'proactive.introHelp', choices: CONSENT_CHOICES, hints: 'hints.yesNo' } },
      on: { 'choice.yes': 'present', 'choice.no': 'notNow' },
    },
    present: {
      entry: ['markServed', { type: 'say', params: { key: 'proactive.message' } }],
      always: [{ guard: 'hasOffer', target: 'askOffer' }, { target: 'thanks' }],
    },
    askOffer: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'proactive.askOffer', help: 'proactive.askOfferHelp', choices: OFFER_CHOICES, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: [{ type: 'rememberAccepted', params: { accepted: true } }, { type: 'say', params: { key: 'proactive.accepted' } }], target: 'thanks' },
        'choice.no': { actions: { type: 'rememberAccepted', params: { accepted: false } }, target: 'thanks' },
        'choice.not_now': 'notNow',
        noInput: [{ guard: 'ladderExhausted', target: 'thanks' }, { actions: 'countMiss' }],
        noMatch: [{ guard: 'ladderExhausted', target: 'thanks' }, { actions: 'countMiss' }],
      },
    },
    thanks: {
      entry: [{ type: 'say', params: { key: 'proactive.thanks' } }, { type: 'conclude', params: { conclusion: 'completed' } }],
      always: 'ending',
    },
    notNow: {
      entry: [{ type: 'say', params: { key: 'proactive.declined' } }, { type: 'conclude', params: { conclusion: 'declined' } }],
      always: 'ending',
    },
    reportingDanger: reportingDangerState,
    ending: { ...concludingFlow, onDone: [...afterConclusion] },
    hangingUp: { ...hangingUpFlow, onDone: 'abandoned' },
    ...outboundFinals,
  },
});

export type ProactiveMachine = typeof proactiveMachine;
