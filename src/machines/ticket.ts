/**
 * The ticket told again (issue 14 item 6, N8): a number heard once on the phone is easily lost, so
 * after the report is registered the ticket is read a second time and the caller may hear it once
 * more ("我再说一遍：…。需要再听请按1"); where Twilio's Messages API is configured it is then
 * sent by SMS to the caller's mobile, and they are told so. Only then "还有什么可以帮您". Silence
 * here is an answer (go on), never a miss toward an agent. Chat shows the ticket in writing: it
 * ends at once, as it does when there is no new ticket.
 * Ends `done`, or `unhappy` / `unhappyAboutBill` when the caller says they are not satisfied.
 */
import type { AskChoice } from '../core/meta.js';
import { UNHAPPY_CHOICES } from './closing.js';
import { dialogue } from './setup.js';

/**
 * Hear it again ("对", "好的", "yes": a yes to the offer), or go on ("记下了", "不用了": locales/words
 * again, noted); "不满意" is heard too (N12, N24: sorry and an offer, never the next question).
 */
const AGAIN_CHOICES: AskChoice[] = [
  { id: 'again', dtmf: '1', intents: ['affirm'] },
  { id: 'no', dtmf: '2', intents: ['deny'], words: 'noted' },
  ...UNHAPPY_CHOICES,
];

export const ticketFlow = dialogue.createStateConfig({
  initial: 'begin',
  states: {
    begin: { always: [{ guard: 'hasTicketToRepeat', target: 'again' }, { target: 'done' }] },
    again: {
      entry: ['resetMisses', 'markTicketTold'],
      meta: { ask: { kind: 'choice', prompt: [{ key: 'ticket.again' }, { key: 'ticket.offerAgain' }], help: 'ticket.offerAgainHelp', choices: AGAIN_CHOICES, hints: 'hints.ticketAgain' } },
      on: {
        // The engine says the question, the ticket with it, each turn the call waits here.
        'choice.again': { target: 'again', reenter: true },
        'choice.no': 'texting',
        'choice.unhappy': { actions: 'rememberOpening', target: 'unhappy' },
        'choice.unhappy_bill': { actions: 'rememberOpening', target: 'unhappyAboutBill' },
        noInput: 'texting',
        noMatch: [{ guard: 'ladderExhausted', target: 'texting' }, { actions: 'countMiss' }],
      },
    },
    texting: {
      invoke: {
        src: 'textTicket',
        input: ({ context }) => ({
          conversationId: context.conversationId,
          // The number on the order (an anonymous report has none: nothing is texted).
          phone: context.ticket?.phone ?? null,
          ticket: context.ticket?.id ?? '',
          locale: context.locale ?? 'zh-CN',
        }),
        onDone: [{ guard: { type: 'isTexted', params: ({ event }) => ({ result: event.output }) }, actions: { type: 'say', params: { key: 'ticket.texted' } }, target: 'done' }, { target: 'done' }],
        onError: 'done',
      },
    },
    done: { type: 'final', output: { outcome: 'done' } },
    unhappy: { type: 'final', output: { outcome: 'unhappy' } },
    unhappyAboutBill: { type: 'final', output: { outcome: 'unhappyAboutBill' } },
  },
});
