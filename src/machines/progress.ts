/**
 * A work order's progress (查进度) and expediting it (催办), as every provincial 95598 line offers:
 * the caller's open order found by the number he calls from (voice), or by its ticket number
 * (chat, or a caller with none on his number). What is told is the order's own: its kind, when it
 * was taken, the promise (a crew's arrival, a reply deadline) and whether it is done; never a name
 * or an address, so the ticket number is enough to hear it. An open order may be expedited: the
 * duty supervisor gets it (an escalation `expedite`, higher than a plain request) and his answer
 * is a callback.
 * Ends when told; the composing chart goes on to "anything else?".
 */
import type { AskChoice } from '../core/meta.js';
import { dialogue } from './setup.js';

/** Expedite it? ("催一下", "唔該催吓", "yes, chase it": locales/words expedite.*) */
const EXPEDITE_CHOICES: AskChoice[] = [
  { id: 'yes', dtmf: '1', intents: ['affirm'], words: 'expedite.yes' },
  { id: 'no', dtmf: '2', intents: ['deny'], words: 'expedite.no' },
];

export const progressFlow = dialogue.createStateConfig({
  initial: 'which',
  states: {
    which: { always: [{ guard: 'callsFromOwnNumber', target: 'findByCaller' }, { target: 'askTicket' }] },
    // The newest open order on the number the caller dials from.
    findByCaller: {
      invoke: {
        src: 'findProgressByPhone',
        input: ({ context }) => ({ phone: context.caller }),
        onDone: [
          {
            guard: { type: 'isProgress', params: ({ event }) => ({ progress: event.output }) },
            actions: { type: 'rememberProgress', params: ({ event }) => ({ progress: event.output }) },
            target: 'tell',
          },
          { target: 'askTicket' },
        ],
        onError: 'askTicket',
      },
    },
    askTicket: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'digits',
          numDigits: 10,
          prompt: 'query.askTicket',
          help: 'query.askTicketHelp',
          choices: [{ id: 'no_ticket', dtmf: '9', words: 'no_ticket' }],
          timeoutSeconds: 10,
        },
      },
      on: {
        digits: 'lookupTicket',
        'choice.no_ticket': { actions: { type: 'say', params: { key: 'query.needTicket' } }, target: 'done' },
      },
    },
    lookupTicket: {
      invoke: {
        src: 'findProgressByTicket',
        input: ({ event }) => ({ ticket: event.type === 'digits' ? event.value : '' }),
        onDone: [
          {
            guard: { type: 'isProgress', params: ({ event }) => ({ progress: event.output }) },
            actions: { type: 'rememberProgress', params: ({ event }) => ({ progress: event.output }) },
            target: 'tell',
          },
          { guard: 'ticketAttemptsExhausted', actions: { type: 'say', params: { key: 'query.ticketNotFound' } }, target: 'done' },
          { actions: ['countTicketAttempt', { type: 'say', params: { key: 'query.ticketNotFound' } }], target: 'askTicket' },
        ],
        onError: { actions: { type: 'say', params: { key: 'query.unavailable' } }, target: 'done' },
      },
    },
    tell: {
      always: [
        { guard: { type: 'progressIs', params: { status: 'closed' } }, actions: { type: 'say', params: { key: 'query.progressClosed' } }, target: 'done' },
        { guard: { type: 'progressIs', params: { status: 'repairLate' } }, actions: { type: 'say', params: { key: 'query.progressRepairLate' } }, target: 'offerExpedite' },
        { guard: { type: 'progressIs', params: { status: 'repair' } }, actions: { type: 'say', params: { key: 'query.progressRepair' } }, target: 'offerExpedite' },
        { guard: { type: 'progressIs', params: { status: 'dueBy' } }, actions: { type: 'say', params: { key: 'query.progressDueBy' } }, target: 'offerExpedite' },
        { actions: { type: 'say', params: { key: 'query.progressInHand' } }, target: 'offerExpedite' },
      ],
    },
    offerExpedite: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'query.offerExpedite', help: 'query.offerExpediteHelp', choices: EXPEDITE_CHOICES, hints: 'hints.yesNo' } },
      on: { 'choice.yes': 'expediting', 'choice.no': 'done' },
    },
    expediting: {
      invoke: {
        src: 'expediteOrder',
        // Reached only from a progress told (tell), so the order is known.
        input: ({ context }) => ({
          progress: context.progress!,
          conversationId: context.conversationId,
          channel: context.channel,
          phone: context.progress?.phone ?? context.caller,
        }),
        onDone: { actions: { type: 'say', params: { key: 'query.expedited' } }, target: 'done' },
        onError: { actions: { type: 'say', params: { key: 'query.unavailable' } }, target: 'done' },
      },
    },
    done: { type: 'final' },
  },
});
