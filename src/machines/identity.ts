/**
 * Identity confirmation (N8, N6): the caller's number is looked up in the customer directory and
 * the account is confirmed ("account ending 3456, 户名 弓长张?"); otherwise a 10-digit account number
 * is taken by keypad or speech and read back digit by digit. A caller who cannot be identified
 * goes on unidentified: a fault can still be reported by address.
 * Ends in `identified` (context.customer set) or `unidentified`; the flow that asked decides what
 * an unidentified caller can still do.
 */
import { YES_NO } from './ask.js';
import { dialogue } from './setup.js';

export const identityFlow = dialogue.createStateConfig({
  initial: 'lookupCaller',
  states: {
    lookupCaller: {
      invoke: {
        src: 'findCustomersByPhone',
        input: ({ context }) => ({ phone: context.caller }),
        onDone: [
          {
            guard: { type: 'isOneCustomer', params: ({ event }) => ({ customers: event.output }) },
            actions: { type: 'rememberCandidate', params: ({ event }) => ({ customer: event.output[0] ?? null }) },
            target: 'confirmCaller',
          },
          { target: 'askAccount' },
        ],
        onError: 'askAccount',
      },
    },
    confirmCaller: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'identity.confirmCaller', help: 'identity.confirmCallerHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: 'acceptCandidate', target: 'identified' },
        'choice.no': { actions: { type: 'rememberCandidate', params: { customer: null } }, target: 'askAccount' },
      },
    },
    askAccount: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'digits',
          numDigits: 10,
          prompt: 'identity.askAccount',
          help: 'identity.askAccountHelp',
          choices: [{ id: 'no_account', dtmf: '9' }],
          timeoutSeconds: 10,
        },
      },
      on: {
        digits: 'lookupAccount',
        'choice.no_account': 'unidentified',
      },
    },
    lookupAccount: {
      invoke: {
        src: 'findCustomerByAccount',
        input: ({ event }) => ({ account: event.type === 'digits' ? event.value : '' }),
        onDone: [
          {
            guard: { type: 'isCustomer', params: ({ event }) => ({ customer: event.output }) },
            actions: { type: 'rememberCandidate', params: ({ event }) => ({ customer: event.output }) },
            target: 'readBack',
          },
          {
            guard: 'accountAttemptsExhausted',
            actions: { type: 'say', params: { key: 'identity.accountNotFound' } },
            target: 'unidentified',
          },
          {
            actions: ['countAccountAttempt', { type: 'say', params: { key: 'identity.accountNotFound' } }],
            target: 'askAccount',
          },
        ],
        onError: 'unidentified',
      },
    },
    readBack: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'identity.readBack', help: 'identity.readBackHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: 'acceptCandidate', target: 'identified' },
        'choice.no': { actions: { type: 'rememberCandidate', params: { customer: null } }, target: 'askAccount' },
      },
    },
    identified: {
      type: 'final',
      entry: { type: 'say', params: { key: 'identity.confirmed' } },
      output: { outcome: 'identified' },
    },
    unidentified: { type: 'final', output: { outcome: 'unidentified' } },
  },
});
