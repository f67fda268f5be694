/**
 * Verification by one-time code (issue 10 item 1): before account data is said to a customer who
 * is not verified (an account keyed in, a phone number typed in a chat), a 6-digit code is sent by
 * SMS to the account's registered phone and the customer enters it. The code expires, wrong
 * entries are limited, and only its hash is kept. Ends in `verified` or `unverified`; the flow
 * that asked decides what an unverified customer can still do.
 */
import { NEED_OR_NOT } from './ask.js';
import { registeredPhoneFor } from './disclosure.js';
import { dialogue } from './setup.js';

export const verifyFlow = dialogue.createStateConfig({
  initial: 'check',
  states: {
    check: {
      always: [
        { guard: 'hasVerifiedCustomer', target: 'verified' },
        { guard: 'hasRegisteredPhone', target: 'offerCode' },
        { actions: { type: 'say', params: { key: 'verify.noPhone' } }, target: 'unverified' },
      ],
    },
    offerCode: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'verify.offer', help: 'verify.offerHelp', choices: NEED_OR_NOT, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': 'sendCode',
        'choice.no': 'unverified',
      },
    },
    sendCode: {
      invoke: {
        src: 'sendVerificationCode',
        input: ({ context }) => ({
          conversationId: context.conversationId,
          phone: registeredPhoneFor(context, context.customer) ?? '',
          locale: context.locale ?? 'zh-CN',
        }),
        onDone: [
          {
            guard: { type: 'codeSent', params: ({ event }) => ({ status: event.output.status }) },
            actions: { type: 'rememberCode', params: ({ event }) => ({ pending: event.output.status === 'sent' ? event.output.pending : null }) },
            target: 'askCode',
          },
          {
            guard: { type: 'codeIs', params: ({ event }) => ({ result: event.output.status, expected: 'limited' }) },
            actions: { type: 'say', params: { key: 'verify.tooMany' } },
            target: 'unverified',
          },
          { actions: { type: 'say', params: { key: 'verify.unavailable' } }, target: 'unverified' },
        ],
        onError: { actions: { type: 'say', params: { key: 'verify.unavailable' } }, target: 'unverified' },
      },
    },
    askCode: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 6, prompt: 'verify.askCode', help: 'verify.askCodeHelp', timeoutSeconds: 15, secret: true } },
      on: { digits: 'checkCode' },
    },
    checkCode: {
      invoke: {
        src: 'checkVerificationCode',
        input: ({ context, event }) => ({
          conversationId: context.conversationId,
          pending: context.pendingCode,
          code: event.type === 'digits' ? event.value : '',
        }),
        onDone: [
          {
            guard: { type: 'codeIs', params: ({ event }) => ({ result: event.output, expected: 'ok' }) },
            actions: ['markCodeVerified', { type: 'say', params: { key: 'verify.done' } }],
            target: 'verified',
          },
          {
            guard: { type: 'codeIs', params: ({ event }) => ({ result: event.output, expected: 'wrong' }) },
            actions: ['countCodeAttempt', { type: 'say', params: { key: 'verify.wrong' } }],
            target: 'askCode',
          },
          {
            guard: { type: 'codeIs', params: ({ event }) => ({ result: event.output, expected: 'expired' }) },
            actions: [{ type: 'rememberCode', params: { pending: null } }, { type: 'say', params: { key: 'verify.expired' } }],
            target: 'unverified',
          },
          { actions: [{ type: 'rememberCode', params: { pending: null } }, { type: 'say', params: { key: 'verify.failed' } }], target: 'unverified' },
        ],
        onError: { actions: { type: 'say', params: { key: 'verify.unavailable' } }, target: 'unverified' },
      },
    },
    verified: { type: 'final' },
    unverified: { type: 'final' },
  },
});
