/**
 * The known outage told at once (停电信息主动告知, issue 14 item 6, N10): as soon as the caller is
 * identified, an outage in force on the area of his account (a fault being repaired, or planned
 * work under way) is told with its restore time, and he is offered to be registered as affected
 * instead of a duplicate ticket. Planned work still to come (within NOTICE_DAYS) is told with its
 * period, and nothing is offered: it has not happened. A caller who has something else to report goes on as usual, and
 * the same outage is not told again later in the report.
 * Two ways in: `byCallerId` (the default, before the menu question: the phone caller's own number
 * finds his accounts, caller ID verifies) and `byAccount` (in the fault report, right after
 * identity: a verified customer's account; an identified but unverified one hears nothing of his
 * account's area, issue 10 item 1, and gets the outage when he names the place).
 * Danger said at the offer goes first, as anywhere (the composing chart's global `danger`).
 * Ends `registered`, `declined` (something else), `told` (an outage to come) or `none` (no outage,
 * or nobody to tell).
 */
import type { AskChoice } from '../core/meta.js';
import { dialogue } from './setup.js';

/**
 * Registered as affected, or something else (locales/words register, other); "什么时候来电" is
 * answered at once with the restore time just told (the caller is identified), then asked again.
 */
const NOTICE_CHOICES: AskChoice[] = [
  { id: 'register', dtmf: '1', intents: ['affirm', 'fault_report'] },
  { id: 'other', dtmf: '2', intents: ['deny'] },
  { id: 'outage_schedule', intents: ['outage_query'], hidden: true },
];

export const outageNoticeFlow = dialogue.createStateConfig({
  initial: 'byCallerId',
  states: {
    byCallerId: { always: [{ guard: 'mayFindCallerByNumber', target: 'lookup' }, { target: 'none' }] },
    byAccount: { always: [{ guard: 'outageNoticed', target: 'none' }, { guard: 'hasVerifiedCustomer', target: 'lookup' }, { target: 'none' }] },
    lookup: {
      invoke: {
        src: 'findCallerOutage',
        input: ({ context }) => ({ areaId: context.customer?.areaId ?? null, phone: context.customer ? null : context.caller }),
        onDone: [
          {
            // Planned work to come: a short notice, no offer (nothing to be affected by yet).
            guard: { type: 'isUpcomingNotice', params: ({ event }) => ({ found: event.output }) },
            actions: [
              { type: 'rememberNotice', params: ({ event }) => ({ found: event.output }) },
              { type: 'answerNotice', params: { answer: 'told' } },
              { type: 'say', params: { key: 'outage.upcoming' } },
            ],
            target: 'told',
          },
          {
            guard: { type: 'isPlannedNotice', params: ({ event }) => ({ found: event.output }) },
            actions: [{ type: 'rememberNotice', params: ({ event }) => ({ found: event.output }) }, { type: 'say', params: { key: 'fault.knownOutagePlanned' } }],
            target: 'offer',
          },
          {
            guard: { type: 'isNotice', params: ({ event }) => ({ found: event.output }) },
            actions: [{ type: 'rememberNotice', params: ({ event }) => ({ found: event.output }) }, { type: 'say', params: { key: 'fault.knownOutageFault' } }],
            target: 'offer',
          },
          { target: 'none' },
        ],
        // Without the outage board the call goes on as ever.
        onError: 'none',
      },
    },
    offer: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'outage.offer', help: 'outage.offerHelp', choices: NOTICE_CHOICES, hints: 'hints.yesNo' } },
      on: {
        'choice.register': 'registering',
        'choice.other': { actions: { type: 'answerNotice', params: { answer: 'declined' } }, target: 'declined' },
        'choice.outage_schedule': { actions: { type: 'say', params: { key: 'outage.restoreAt' } } },
      },
    },
    registering: {
      invoke: {
        src: 'registerOnOutage',
        input: ({ context }) => ({
          outageId: context.notice?.outage.id ?? '',
          // A chat customer told the outage was proven by a code to his registered phone: that number.
          phone: context.answers.contact ?? context.caller ?? context.codeVerified?.phone ?? null,
          account: context.customer?.account ?? context.notice?.account ?? null,
          conversationId: context.conversationId,
        }),
        onDone: {
          actions: [{ type: 'answerNotice', params: { answer: 'registered' } }, { type: 'say', params: { key: 'fault.registeredOnOutage' } }],
          target: 'registered',
        },
        // Not registered: the caller goes on and reports as usual, so nothing is lost.
        onError: { actions: { type: 'answerNotice', params: { answer: 'declined' } }, target: 'declined' },
      },
    },
    registered: { type: 'final', output: { outcome: 'registered' } },
    told: { type: 'final', output: { outcome: 'told' } },
    declined: { type: 'final', output: { outcome: 'declined' } },
    none: { type: 'final', output: { outcome: 'none' } },
  },
});
