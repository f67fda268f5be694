/**
 * Closing (N20, N19): offer more help. Ends `moreHelp`, a business named at once (the menu's
 * outcomes: `faultReport`, `bill`, ...), or `finished` (the chart that composes it
 * says the closing service phrase). Silence here ends the call politely rather than sending the
 * caller to an agent.
 */
import { WITH_A_NEED, YES_NO } from './ask.js';
import { NEEDS } from './main-menu.js';
import { dialogue } from './setup.js';

export const closingFlow = dialogue.createStateConfig({
  initial: 'anythingElse',
  states: {
    anythingElse: {
      entry: 'resetMisses',
      // A yes, a no, or the next need itself ("我还想查一下电费": the bill, at once; "还想问下峰谷电价": answered).
      meta: { ask: { kind: 'choice', prompt: 'closing.anythingElse', help: 'closing.anythingElseHelp', choices: [...YES_NO, ...NEEDS], hints: 'hints.yesNo', inPassing: WITH_A_NEED } },
      on: {
        'choice.yes': 'moreHelp',
        'choice.no': 'finished',
        'choice.fault_report': { actions: ['rememberOpening', 'noteLift'], target: 'faultReport' },
        'choice.consultation': { actions: 'rememberOpening', target: 'consultation' },
        'choice.new_service': { actions: 'rememberOpening', target: 'consultation' },
        'choice.bill': { actions: 'rememberOpening', target: 'bill' },
        'choice.outage_schedule': { actions: 'rememberOpening', target: 'outageSchedule' },
        'choice.complaint': { actions: 'rememberOpening', target: 'complaint' },
        'choice.report': { actions: 'rememberOpening', target: 'report' },
        noInput: [{ guard: 'ladderExhausted', target: 'finished' }, { actions: 'countMiss' }],
        noMatch: [{ guard: 'ladderExhausted', target: 'finished' }, { actions: 'countMiss' }],
      },
    },
    moreHelp: { type: 'final', output: { outcome: 'moreHelp' } },
    faultReport: { type: 'final', output: { outcome: 'faultReport' } },
    consultation: { type: 'final', output: { outcome: 'consultation' } },
    bill: { type: 'final', output: { outcome: 'bill' } },
    outageSchedule: { type: 'final', output: { outcome: 'outageSchedule' } },
    complaint: { type: 'final', output: { outcome: 'complaint' } },
    report: { type: 'final', output: { outcome: 'report' } },
    finished: { type: 'final', output: { outcome: 'finished' } },
  },
});
