/**
 * Identity confirmation (N8, N6): the caller's number is looked up in the customer directory and
 * the account is confirmed ("account ending 3456, 户名 弓长张?"); otherwise a 10-digit account number
 * is taken by keypad or speech and read back digit by digit with the holder's family name only.
 * Identified is not verified (issue 10 item 1, src/machines/disclosure.ts): only a phone caller
 * whose caller ID is registered to the account is; others prove it by code (verify.ts) where
 * account data is asked for. A caller who cannot be identified goes on unidentified: a fault can
 * still be reported by address. A phone caller whose own number holds two accounts chooses one by
 * its address; a chat, where a number is only a claim, is asked for the account number.
 * A caller identified earlier in the call is not asked again.
 * Ends in `identified` (context.customer set) or `unidentified`; the flow that asked decides what
 * an unidentified caller can still do.
 */
import { RIGHT_OR_NOT, YES_NO } from './ask.js';
import type { AskChoice } from '../core/meta.js';
import { dialogue } from './setup.js';
import { claimantOf } from './disclosure.js';

/** Which of the two accounts: the first address, the second, neither (locales/words first, second, neither). */
const ACCOUNT_CHOICES: AskChoice[] = [
  { id: 'first', dtmf: '1' },
  { id: 'second', dtmf: '2' },
  { id: 'neither', dtmf: '9', intents: ['deny'] },
];

export const identityFlow = dialogue.createStateConfig({
  initial: 'known',
  states: {
    // Identified earlier in this call (a bill told, then "上个月用了多少度电"): stays identified, not
    // asked again (audit 2, finding 8; N8). Verified stays verified: disclosure reads the context.
    known: { always: [{ guard: 'hasCustomer', target: 'alreadyIdentified' }, { target: 'lookupCaller' }] },
    lookupCaller: {
      invoke: {
        // A chat's typed number is a guessable claim: its lookup is a try (issue 14).
        src: 'findCustomersOfCaller',
        input: ({ context }) => ({ claimant: claimantOf(context) }),
        onDone: [
          {
            guard: { type: 'areTwoOnCallerId', params: ({ event }) => ({ customers: event.output }) },
            actions: { type: 'rememberCandidates', params: ({ event }) => ({ customers: event.output }) },
            target: 'chooseAccount',
          },
          {
            guard: { type: 'isOneCustomer', params: ({ event }) => ({ customers: event.output }) },
            actions: { type: 'rememberCandidate', params: ({ event }) => ({ customer: event.output[0] ?? null }) },
            target: 'howFound',
          },
          { target: 'askAccount' },
        ],
        onError: 'askAccount',
      },
    },
    // Found by the phone caller's own number: caller ID verifies. Found by a number typed in a chat:
    // a claim only, so the confirmation names no more than the family name (issue 10 item 1).
    howFound: {
      always: [{ guard: 'callerIdVerifies', target: 'confirmCaller' }, { target: 'confirmClaimed' }],
    },
    // The name read back here is heard with its characters; once it is the caller's, later
    // mentions say it alone (markNameDescribed, issue 14). Another account's name is described anew.
    confirmCaller: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: [{ key: 'identity.callerAccount' }, { key: 'identity.confirmCaller' }], help: 'identity.confirmCallerHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: ['acceptCandidate', 'markNameDescribed'], target: 'identified' },
        'choice.no': { actions: { type: 'rememberCandidate', params: { customer: null } }, target: 'askAccount' },
      },
    },
    // Two accounts on the phone caller's own number: offered by address, as an agent who sees both
    // would ask (N8). Choosing one is the confirmation; "neither" asks for the account number.
    chooseAccount: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: [{ key: 'identity.twoAccounts' }, { key: 'identity.chooseAccount' }, { key: 'identity.chooseAccountKeys' }],
          help: 'identity.chooseAccountHelp',
          choices: ACCOUNT_CHOICES,
          hints: 'hints.whichAccount',
          // "底商那个", "建設路6號底商嗰個", "the shop": the address said chooses (issue 14).
          expects: 'place',
        },
      },
      on: {
        text: [
          { guard: { type: 'namesAccount', params: { index: 0 } }, actions: [{ type: 'chooseCandidate', params: { index: 0 } }, 'acceptCandidate'], target: 'identified' },
          { guard: { type: 'namesAccount', params: { index: 1 } }, actions: [{ type: 'chooseCandidate', params: { index: 1 } }, 'acceptCandidate'], target: 'identified' },
          // A place that names neither account: asked again, with the help. ("前面那个，人民路那个" and
          // "按1" arrive as their choice: the interpreter reads a choice's words before a place.)
          { actions: 'notAnAnswer' },
        ],
        'choice.first': { actions: [{ type: 'chooseCandidate', params: { index: 0 } }, 'acceptCandidate'], target: 'identified' },
        'choice.second': { actions: [{ type: 'chooseCandidate', params: { index: 1 } }, 'acceptCandidate'], target: 'identified' },
        'choice.neither': { actions: { type: 'chooseCandidate', params: { index: null } }, target: 'askAccount' },
      },
    },
    confirmClaimed: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'identity.confirmClaimed', help: 'identity.confirmClaimedHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: ['acceptCandidate', 'markNameDescribed'], target: 'identified' },
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
          // A bare "没有" / "冇" / "no" at "your account number?" is "I don't have it".
          choices: [{ id: 'no_account', dtmf: '9', intents: ['deny'] }],
          timeoutSeconds: 10,
        },
      },
      on: {
        digits: { actions: 'rememberAccountEntered', target: 'lookupAccount' },
        'choice.no_account': 'unidentified',
      },
    },
    // An account number is guessable (printed on every bill): each one not the caller's own is a
    // try, counted per caller or chat client (issue 14); past the limit none is looked up.
    lookupAccount: {
      invoke: {
        src: 'findCustomerByAccount',
        input: ({ context, event }) => ({ claimant: claimantOf(context), account: event.type === 'digits' ? event.value : '' }),
        onDone: [
          {
            guard: { type: 'lookupIs', params: ({ event }) => ({ status: event.output.status, expected: 'found' }) },
            actions: { type: 'rememberCandidate', params: ({ event }) => ({ customer: event.output.status === 'found' ? event.output.customer : null }) },
            target: 'readBack',
          },
          {
            // The flow that asked says what now (a fault goes on by address; a bill query offers an agent).
            guard: { type: 'lookupIs', params: ({ event }) => ({ status: event.output.status, expected: 'limited' }) },
            actions: 'noteTriesUsedUp',
            target: 'unidentified',
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
      meta: { ask: { kind: 'choice', prompt: [{ key: 'identity.readBack' }, { key: 'common.isThatRight' }], help: 'identity.readBackHelp', choices: RIGHT_OR_NOT, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: ['acceptCandidate', 'markNameDescribed'], target: 'identified' },
        'choice.no': { actions: { type: 'rememberCandidate', params: { customer: null } }, target: 'askAccount' },
      },
    },
    // The composing flow says "已确认" (identity.confirmed) where the next words do not show it: the
    // bill's balance does, and an acknowledgement before it would put the turn over 25 s (N2).
    identified: { type: 'final', output: { outcome: 'identified' } },
    alreadyIdentified: { type: 'final', output: { outcome: 'identified' } },
    unidentified: { type: 'final', output: { outcome: 'unidentified' } },
  },
});
