/**
 * The inbound 95598 call (N9, N25): the same chart serves the phone line and web chat.
 * greeting -> menu -> (identity -> fault report) -> closing. Global commands apply in every ask
 * state unless the state handles the event itself: repeat, agent, language switch, danger,
 * and the reprompt ladder (no input / no match, N7).
 */
import { dialogue } from './setup.js';
import { initialContext } from './context.js';
import { greetingFlow } from './greeting.js';
import { mainMenuFlow } from './main-menu.js';
import { identityFlow } from './identity.js';
import { faultReportFlow } from './fault-report.js';
import { closingFlow } from './closing.js';

export const inboundCallMachine = dialogue.createMachine({
  id: 'inbound',
  context: ({ input }) => initialContext(input),
  initial: 'greeting',
  on: {
    // The ladder: a reprompt, then a reprompt with help, then an agent (N7).
    noInput: [{ guard: 'ladderExhausted', target: '.ladderTransfer' }, { actions: 'countMiss' }],
    noMatch: [{ guard: 'ladderExhausted', target: '.ladderTransfer' }, { actions: 'countMiss' }],
    // The engine says the current question again after any event that leaves the state as it is.
    repeat: {},
    agent: '.agentTransfer',
    language: { actions: ['switchLanguage', { type: 'say', params: { key: 'common.languageSwitched' } }] },
    // Safety first, wherever the caller is (N10).
    danger: '#danger',
    hangup: '.abandoned',
  },
  states: {
    greeting: { ...greetingFlow, onDone: 'menu' },
    menu: mainMenuFlow,
    faultReport: {
      initial: 'identity',
      states: {
        identity: { ...identityFlow, onDone: 'report' },
        report: faultReportFlow,
      },
    },
    closing: closingFlow,

    goodbye: {
      type: 'final',
      entry: { type: 'say', params: { key: 'closing.goodbye' } },
      meta: { end: { type: 'hangup' } },
    },
    agentTransfer: {
      type: 'final',
      entry: { type: 'say', params: { key: 'transfer.toAgent' } },
      meta: { end: { type: 'transfer', queue: 'agent', reason: 'requested' } },
    },
    ladderTransfer: {
      type: 'final',
      entry: { type: 'say', params: { key: 'transfer.ladderExhausted' } },
      meta: { end: { type: 'transfer', queue: 'agent', reason: 'not_understood' } },
    },
    queryByAgent: {
      type: 'final',
      entry: { type: 'say', params: { key: 'transfer.query' } },
      meta: { end: { type: 'transfer', queue: 'agent', reason: 'query' } },
    },
    consultationByAgent: {
      type: 'final',
      entry: { type: 'say', params: { key: 'transfer.consultation' } },
      meta: { end: { type: 'transfer', queue: 'agent', reason: 'consultation' } },
    },
    complaintByAgent: {
      type: 'final',
      // N13: soothe first.
      entry: { type: 'say', params: { key: 'transfer.complaint' } },
      meta: { end: { type: 'transfer', queue: 'agent', reason: 'complaint' } },
    },
    saveFailed: {
      type: 'final',
      entry: { type: 'say', params: { key: 'fault.saveFailed' } },
      meta: { end: { type: 'transfer', queue: 'agent', reason: 'system_error' } },
    },
    abandoned: {
      type: 'final',
      meta: { end: { type: 'abandoned' } },
    },
  },
});

export type InboundCallMachine = typeof inboundCallMachine;
