/**
 * Main menu (N9): what the 24-hour hotline accepts. Speech or text may name the business
 * directly ("家里停电了", "查电费", "我要举报"); a danger sentence goes straight to the danger path
 * (N10, a global command). A caller on self-service only (N22, N23) hears the menu without the
 * agent, and can always report a fault or a danger.
 * Ends in the business chosen (output `outcome`), or `silent`: a caller who gave nothing and let
 * the ladder run out on silence (a silent call, N23).
 */
import type { AskChoice, AskMeta } from '../core/meta.js';
import { WITH_A_NEED } from './ask.js';
import { dialogue } from './setup.js';

/** Sentences that name a business directly, below the menu's keys. */
const SHORTCUTS: AskChoice[] = [
  { id: 'bill', intents: ['bill_query'], hidden: true },
  { id: 'outage_schedule', intents: ['outage_query'], hidden: true },
  // 查进度 / 催办: words only (no intent names it); before the intents, so "我的报修怎么还没人来" is not a new report.
  { id: 'progress', words: 'progress', hidden: true, overBusiness: true },
  // "欠的钱怎么交": how to pay, answered at once, not the bill again nor the account number (audit 2, finding 5).
  { id: 'payment', hidden: true, overBusiness: true },
  { id: 'business_hours', hidden: true, overBusiness: true },
  { id: 'complaint', intents: ['complaint'], hidden: true },
  { id: 'report', intents: ['report'], hidden: true },
  { id: 'new_service', intents: ['new_service'], hidden: true },
];

/**
 * "好的谢谢", "没有了", "okay thanks", "no" at the menu reached from "anything else?" (or at the
 * start): the caller needs nothing more, the goodbye (N19, N20); a business said with it is that
 * business. Words only (locales/words `thanks`, `nothing_more`), never a key.
 */
export const NOTHING_MORE: AskChoice[] = [
  { id: 'thanks', hidden: true, whole: true },
  { id: 'nothing_more', hidden: true, whole: true },
];

/**
 * "你好", "在吗", "有人吗", "hello", "有冇人喺度": a greeting alone, the chat's usual first message (or
 * "喂，你好" on the phone): answered with a greeting that invites the need, never "I did not
 * understand" (N1, N12). A need typed with it ("你好，我家停电了") is that need. Words only
 * (locales/words `hello`). A thanks alone before anything was asked of us ("唔該", Cantonese for
 * "excuse me" as much as "thank you") is the same greeting; after "anything else?" it is the goodbye.
 */
const HELLO: AskChoice = { id: 'hello', hidden: true, whole: true };

/** Every business named in a sentence ("我还想查一下电费"): a new need at "anything else?" is served at once. */
export const NEEDS: AskChoice[] = [
  { id: 'fault_report', intents: ['fault_report'], hidden: true },
  { id: 'consultation', intents: ['consultation'], hidden: true },
  ...SHORTCUTS,
];

/** The menu's question (N9), all but its wording: the full line, and self-service only (N22, N23). */
const FULL_MENU: Omit<AskMeta, 'prompt'> = {
  kind: 'choice',
  help: 'menu.mainHelp',
  choices: [
    { id: 'fault_report', dtmf: '1', intents: ['fault_report'] },
    { id: 'query', dtmf: '2' },
    { id: 'consultation', dtmf: '3', intents: ['consultation'] },
    { id: 'complaint_or_report', dtmf: '4' },
    { id: 'agent', dtmf: '0', intents: ['agent'] },
    ...SHORTCUTS,
    ...NOTHING_MORE,
    HELLO,
  ],
  hints: 'hints.menu',
  inPassing: WITH_A_NEED,
};
const SELF_SERVICE_MENU: Omit<AskMeta, 'prompt'> = {
  kind: 'choice',
  help: 'menu.selfServiceHelp',
  choices: [
    { id: 'fault_report', dtmf: '1', intents: ['fault_report'] },
    { id: 'query', dtmf: '2' },
    { id: 'consultation', dtmf: '3', intents: ['consultation'] },
    { id: 'complaint_or_report', dtmf: '4' },
    ...SHORTCUTS,
    ...NOTHING_MORE,
    HELLO,
  ],
  hints: 'hints.menu',
  inPassing: WITH_A_NEED,
};

export const mainMenuFlow = dialogue.createStateConfig({
  initial: 'route',
  states: {
    route: {
      always: [{ guard: 'selfServiceOnly', target: 'selfService' }, { target: 'full' }],
    },
    full: {
      entry: 'resetMisses',
      meta: { ask: { ...FULL_MENU, prompt: 'menu.main' } },
      on: {
        'choice.agent': 'agent',
        'choice.hello': 'greeted',
      },
    },
    // The greeting answered: "您好，我在的。请问有什么可以帮您？", the menu's choices unchanged.
    greeted: {
      entry: 'resetMisses',
      meta: { ask: { ...FULL_MENU, prompt: 'menu.greeted' } },
      on: {
        'choice.agent': 'agent',
        'choice.hello': { target: 'greeted', reenter: true },
      },
    },
    selfService: {
      entry: 'resetMisses',
      meta: { ask: { ...SELF_SERVICE_MENU, prompt: 'menu.selfService' } },
      on: { 'choice.hello': 'selfServiceGreeted' },
    },
    selfServiceGreeted: {
      entry: 'resetMisses',
      meta: { ask: { ...SELF_SERVICE_MENU, prompt: 'menu.greeted' } },
      on: { 'choice.hello': { target: 'selfServiceGreeted', reenter: true } },
    },
    greetedBack: { always: [{ guard: 'selfServiceOnly', target: 'selfServiceGreeted' }, { target: 'greeted' }] },
    faultReport: { type: 'final', output: { outcome: 'faultReport' } },
    query: { type: 'final', output: { outcome: 'query' } },
    bill: { type: 'final', output: { outcome: 'bill' } },
    outageSchedule: { type: 'final', output: { outcome: 'outageSchedule' } },
    progress: { type: 'final', output: { outcome: 'progress' } },
    consultation: { type: 'final', output: { outcome: 'consultation' } },
    complaintOrReport: { type: 'final', output: { outcome: 'complaintOrReport' } },
    complaint: { type: 'final', output: { outcome: 'complaint' } },
    report: { type: 'final', output: { outcome: 'report' } },
    agent: { type: 'final', output: { outcome: 'agent' } },
    silent: { type: 'final', output: { outcome: 'silent' } },
  },
  // The words that named the business are kept: what was said first is not asked again (issue 9 item 2).
  on: {
    'choice.fault_report': { actions: ['rememberOpening', 'noteLift'], target: '.faultReport' },
    'choice.query': '.query',
    'choice.bill': { actions: 'rememberOpening', target: '.bill' },
    'choice.outage_schedule': { actions: 'rememberOpening', target: '.outageSchedule' },
    'choice.progress': '.progress',
    'choice.consultation': { actions: 'rememberOpening', target: '.consultation' },
    'choice.new_service': { actions: 'rememberOpening', target: '.consultation' },
    'choice.payment': { actions: 'rememberOpening', target: '.consultation' },
    'choice.business_hours': { actions: 'rememberOpening', target: '.consultation' },
    'choice.complaint_or_report': '.complaintOrReport',
    'choice.complaint': { actions: 'rememberOpening', target: '.complaint' },
    'choice.report': { actions: 'rememberOpening', target: '.report' },
    // "没有了", "好的谢谢": nothing more, the goodbye with the closing phrase (N19, N20).
    // "唔該" / "谢谢" before anything was asked of us: the greeting answered, not the goodbye.
    'choice.thanks': [{ guard: 'notHelpedYet', target: '.greetedBack' }, { actions: 'endWithGoodbye' }],
    'choice.nothing_more': { actions: 'endWithGoodbye' },
    // Before the root's reprompt ladder: a ladder of silence only here is a silent call (N23).
    noInput: { guard: 'silentCall', target: '.silent' },
  },
});

/** Complaint or report (举报), when the caller pressed 4. Ends in the one chosen. */
export const complaintOrReportFlow = dialogue.createStateConfig({
  initial: 'askWhich',
  states: {
    askWhich: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'menu.complaintOrReport',
          help: 'menu.complaintOrReportHelp',
          choices: [
            { id: 'complaint', dtmf: '1', intents: ['complaint'] },
            { id: 'report', dtmf: '2', intents: ['report'] },
          ],
        },
      },
      on: {
        'choice.complaint': 'complaint',
        'choice.report': 'report',
      },
    },
    complaint: { type: 'final', output: { outcome: 'complaint' } },
    report: { type: 'final', output: { outcome: 'report' } },
  },
});
