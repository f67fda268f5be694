/**
 * A work order's progress (查进度) and expediting it (催办), as every provincial 95598 line offers,
 * told to the order's owner only (issue 14; the rule: src/services/ownership.ts). The caller this
 * conversation proved (the number he calls from, or a confirmed code) hears his own newest open
 * order at once. Anyone else gives the ticket number and then the last four digits of the contact
 * phone on it, asked whatever the number, and a wrong number and a wrong tail get the same "not
 * found" (no oracle). Two wrong pairs in a conversation, or the caller's or chat client's tries
 * used up across conversations, and nothing more is checked: an agent is offered. What is told is
 * the order's own: its kind, the promise (a crew's arrival, a reply deadline) and whether it is
 * done; never a name or an address. An open order may be expedited: the duty supervisor gets it
 * (an escalation `expedite`) and his answer is a callback.
 * Ends when told; the composing chart goes on to "anything else?".
 */
import type { AskChoice } from '../core/meta.js';
import { yesNoAs } from './ask.js';
import type { OrderProgress } from '../services/progress.js';
import { dialogue } from './setup.js';
import { triesUsedUpFlow } from './tries-used-up.js';
import { claimantOf } from './disclosure.js';

/** Expedite it? ("催一下", "唔該催吓", "yes, chase it": locales/words expedite.*) */
const EXPEDITE_CHOICES: AskChoice[] = yesNoAs([
  { id: 'yes', dtmf: '1', intents: ['affirm'], words: 'expedite.yes' },
  { id: 'no', dtmf: '2', intents: ['deny'], words: 'expedite.no' },
], 'need');

type Checked = { output: { status: string; progress?: OrderProgress } };
/** Either lookup by a ticket number: the owner's progress is told; no tries left, an agent is offered. */
const OWNER_OR_USED_UP = [
  {
    guard: { type: 'lookupIs', params: ({ event }: { event: Checked }) => ({ status: event.output.status, expected: 'owner' }) },
    actions: { type: 'rememberProgress', params: ({ event }: { event: Checked }) => ({ progress: event.output.progress ?? null }) },
    target: 'tell',
  },
  {
    guard: { type: 'lookupIs', params: ({ event }: { event: Checked }) => ({ status: event.output.status, expected: 'limited' }) },
    actions: ['noteTriesUsedUp', { type: 'say', params: { key: 'common.triesUsedUp' } }],
    target: 'triesUsedUp',
  },
] as const;

export const progressFlow = dialogue.createStateConfig({
  // "我上午报修的到现在还没人来" (at the menu, or at "what would you like to check?"): sorry for the
  // wait before the ticket question or the progress, once (reactToHeldTold, N12, issue 14).
  initial: 'which',
  states: {
    which: { always: [{ guard: 'hasProvenPhone', target: 'findOwn' }, { target: 'askTicket' }] },
    // The newest open order of the proven caller: filed with his number, or on his account.
    findOwn: {
      invoke: {
        src: 'findOwnProgress',
        input: ({ context }) => ({ claimant: claimantOf(context) }),
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
      entry: ['resetMisses', 'reactToHeldTold'],
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
        digits: { actions: 'rememberTicketAsked', target: 'lookupTicket' },
        'choice.no_ticket': { actions: { type: 'say', params: { key: 'query.needTicket' } }, target: 'done' },
      },
    },
    // The proven owner's own ticket is told at once; any other number, found or not, needs its second factor.
    lookupTicket: {
      invoke: {
        src: 'findProgressByTicket',
        input: ({ context }) => ({ claimant: claimantOf(context), ticket: context.ticketAsked ?? '' }),
        onDone: [
          ...OWNER_OR_USED_UP,
          { target: 'askPhoneTail' },
        ],
        onError: { actions: { type: 'say', params: { key: 'query.unavailable' } }, target: 'done' },
      },
    },
    askPhoneTail: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 4, prompt: 'query.askPhoneTail', help: 'query.askPhoneTailHelp', timeoutSeconds: 10, secret: true } },
      on: { digits: 'proveTicket' },
    },
    proveTicket: {
      invoke: {
        src: 'proveTicket',
        input: ({ context, event }) => ({ claimant: claimantOf(context), ticket: context.ticketAsked ?? '', phoneTail: event.type === 'digits' ? event.value : '' }),
        onDone: [
          ...OWNER_OR_USED_UP,
          { guard: 'ticketAttemptsExhausted', actions: { type: 'say', params: { key: 'query.ticketNotFound' } }, target: 'triesUsedUp' },
          { actions: ['countTicketAttempt', { type: 'say', params: { key: 'query.ticketNotFound' } }], target: 'askTicket' },
        ],
        onError: { actions: { type: 'say', params: { key: 'query.unavailable' } }, target: 'done' },
      },
    },
    triesUsedUp: { ...triesUsedUpFlow, onDone: 'done' },
    tell: {
      entry: 'reactToHeldTold',
      always: [
        { guard: { type: 'progressIs', params: { status: 'closed' } }, actions: { type: 'say', params: { key: 'query.progressClosed' } }, target: 'done' },
        { guard: { type: 'progressIs', params: { status: 'repairLate' } }, actions: { type: 'say', params: { key: 'query.progressRepairLate' } }, target: 'expediteOrNot' },
        { guard: { type: 'progressIs', params: { status: 'repair' } }, actions: { type: 'say', params: { key: 'query.progressRepair' } }, target: 'expediteOrNot' },
        { guard: { type: 'progressIs', params: { status: 'dueBy' } }, actions: { type: 'say', params: { key: 'query.progressDueBy' } }, target: 'expediteOrNot' },
        { actions: { type: 'say', params: { key: 'query.progressInHand' } }, target: 'expediteOrNot' },
      ],
    },
    // Expedited already in this call ("能不能催一下" again at "anything else?"): told it is in hand, with the promise just said (audit 2, finding 3).
    expediteOrNot: {
      always: [
        { guard: 'expeditedInCall', actions: ['reactToTold', { type: 'say', params: { key: 'query.alreadyExpedited' } }], target: 'done' },
        { target: 'offerExpedite' },
      ],
    },
    offerExpedite: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'query.offerExpedite', help: 'query.offerExpediteHelp', choices: EXPEDITE_CHOICES, hints: 'hints.yesNo' } },
      // "催一下吧，等了一上午了": sorry for the wait before it is expedited (N12, issue 14).
      on: { 'choice.yes': { actions: 'reactToTold', target: 'expediting' }, 'choice.no': 'done' },
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
        onDone: [
          // A second chase of the ticket, in another call: the N-th reminder, and the duty supervisor told (issue 14 item 5, N24).
          {
            guard: ({ event }) => event.output.reminder > 1,
            actions: ['rememberExpedited', { type: 'rememberReminder', params: ({ event }) => ({ count: event.output.reminder }) }, { type: 'say', params: { key: 'query.expeditedAgain' } }],
            target: 'done',
          },
          { actions: ['rememberExpedited', { type: 'say', params: { key: 'query.expedited' } }], target: 'done' },
        ],
        onError: { actions: { type: 'say', params: { key: 'query.unavailable' } }, target: 'done' },
      },
    },
    done: { type: 'final' },
  },
});
