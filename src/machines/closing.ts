/**
 * Closing (N20, N19): offer more help. Ends `moreHelp`, a business named at once (the menu's
 * outcomes: `faultReport`, `bill`, ...), or `finished` (the chart that composes it
 * says the closing service phrase). Silence here ends the call politely rather than sending the
 * caller to an agent.
 * A caller who says they are not satisfied ("不满意，怎么这么贵") is never said goodbye to (N12,
 * N24): sorry first, then what an agent offers: the bill checked or a complaint registered (for a
 * bill grumble), a complaint otherwise; said again, or the supervisor asked for, ends `dissatisfied`
 * (the duty supervisor). With a complaint already registered in this call it ends `complaint`:
 * the composing chart puts the caller through to the supervisor at once.
 */
import type { AskChoice } from '../core/meta.js';
import { UNHAPPY, UNHAPPY_ABOUT_BILL } from '../core/meta.js';
import { WITH_A_NEED, YES_NO, yesNoAs } from './ask.js';
import { NEEDS } from './main-menu.js';
import { dialogue } from './setup.js';

/** "好的谢谢", "okay thanks", "唔該晒" at "anything else?": the goodbye, not a yes to more help (N19, N20); words only. */
const THANKS: AskChoice = { id: 'thanks', hidden: true, whole: true };

/** "不满意" said, about the bill or not: heard before a yes or a no (src/nlu/grievance.ts). */
export const UNHAPPY_CHOICES: AskChoice[] = [
  { id: UNHAPPY, hidden: true },
  { id: UNHAPPY_ABOUT_BILL, hidden: true },
];

/** Sorry, then the bill checked (1) or a complaint (2); "我就是不满意" again, or the supervisor: to them. */
const BILL_OR_COMPLAINT: AskChoice[] = [
  { id: 'bill', dtmf: '1', intents: ['affirm', 'bill_query'] },
  { id: 'complaint', dtmf: '2', intents: ['complaint'] },
  { id: 'no', intents: ['deny'], hidden: true },
  ...UNHAPPY_CHOICES,
];
const COMPLAINT_OR_NOT: AskChoice[] = [
  { id: 'complaint', dtmf: '1', intents: ['affirm', 'complaint'], label: 'choice.yes_ok' },
  { id: 'no', dtmf: '2', intents: ['deny'], label: 'choice.no_ok' },
  ...UNHAPPY_CHOICES,
];

/**
 * Not satisfied: the supervisor at once after a complaint (the composing chart), else sorry and an
 * offer; the words are kept (a complaint registered next starts from them).
 */
const UNHAPPY_NEXT = (offer: 'offerBillCheck' | 'offerComplaint') =>
  [
    { guard: 'complaintRegistered', target: 'complaint' },
    { actions: 'rememberOpening', target: offer },
  ] as const;

/** What the caller may do after the offer: the supervisor when they insist (N24). */
const AFTER_THE_OFFER = {
  'choice.bill': 'bill',
  'choice.complaint': 'complaint',
  'choice.no': 'anythingElse',
  'choice.unhappy': 'dissatisfied',
  'choice.unhappy_bill': 'dissatisfied',
  supervisor: 'dissatisfied',
} as const;

export const closingFlow = dialogue.createStateConfig({
  initial: 'anythingElse',
  states: {
    anythingElse: {
      entry: 'resetMisses',
      // A yes, a no, or the next need itself ("我还想查一下电费": the bill, at once; "还想问下峰谷电价": answered).
      meta: { ask: { kind: 'choice', prompt: 'closing.anythingElse', help: 'closing.anythingElseHelp', choices: [...yesNoAs(YES_NO, 'more'), ...NEEDS, ...UNHAPPY_CHOICES, THANKS], hints: 'hints.yesNo', inPassing: WITH_A_NEED } },
      on: {
        'choice.unhappy': UNHAPPY_NEXT('offerComplaint'),
        'choice.unhappy_bill': UNHAPPY_NEXT('offerBillCheck'),
        'choice.yes': 'moreHelp',
        'choice.no': 'finished',
        'choice.thanks': 'finished',
        'choice.fault_report': { actions: ['rememberOpening', 'noteLift'], target: 'faultReport' },
        'choice.consultation': { actions: 'rememberOpening', target: 'consultation' },
        'choice.new_service': { actions: 'rememberOpening', target: 'consultation' },
        'choice.payment': { actions: 'rememberOpening', target: 'consultation' },
        'choice.business_hours': { actions: 'rememberOpening', target: 'consultation' },
        'choice.bill': { actions: 'rememberOpening', target: 'bill' },
        // "什么时候来电" after the outage was told (the caller identified for it): its restore time at once.
        'choice.outage_schedule': [
          { guard: 'noticeInForce', actions: { type: 'say', params: { key: 'outage.restoreAt' } } },
          { actions: 'rememberOpening', target: 'outageSchedule' },
        ],
        'choice.progress': 'progress',
        'choice.complaint': { actions: 'rememberOpening', target: 'complaint' },
        'choice.report': { actions: 'rememberOpening', target: 'report' },
        noInput: [{ guard: 'ladderExhausted', target: 'finished' }, { actions: 'countMiss' }],
        noMatch: [{ guard: 'ladderExhausted', target: 'finished' }, { actions: 'countMiss' }],
      },
    },
    offerBillCheck: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: [{ key: 'closing.sorryUnhappy' }, { key: 'closing.offerBillCheck' }], help: 'closing.offerBillCheckHelp', choices: BILL_OR_COMPLAINT, hints: 'hints.yesNo' } },
      on: AFTER_THE_OFFER,
    },
    offerComplaint: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: [{ key: 'closing.sorryUnhappy' }, { key: 'closing.offerComplaint' }], help: 'closing.offerComplaintHelp', choices: COMPLAINT_OR_NOT, hints: 'hints.yesNo' } },
      on: AFTER_THE_OFFER,
    },
    dissatisfied: { type: 'final', output: { outcome: 'dissatisfied' } },
    moreHelp: { type: 'final', output: { outcome: 'moreHelp' } },
    faultReport: { type: 'final', output: { outcome: 'faultReport' } },
    consultation: { type: 'final', output: { outcome: 'consultation' } },
    bill: { type: 'final', output: { outcome: 'bill' } },
    outageSchedule: { type: 'final', output: { outcome: 'outageSchedule' } },
    progress: { type: 'final', output: { outcome: 'progress' } },
    complaint: { type: 'final', output: { outcome: 'complaint' } },
    report: { type: 'final', output: { outcome: 'report' } },
    finished: { type: 'final', output: { outcome: 'finished' } },
  },
});
