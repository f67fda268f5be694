/**
 * The tries at a guessable number are used up (issue 14: per conversation, or per caller or chat
 * client across conversations): nothing more is checked, and the caller is offered an agent, who
 * can verify him otherwise. A self-service-only caller (N22, N23) is told only. Ends in `done`;
 * an agent accepted goes through the chart's own `agent` (what was collected goes along).
 */
import { NEED_OR_NOT } from './ask.js';
import { dialogue } from './setup.js';

export const triesUsedUpFlow = dialogue.createStateConfig({
  initial: 'which',
  states: {
    which: { always: [{ guard: 'selfServiceOnly', target: 'done' }, { target: 'offerAgent' }] },
    offerAgent: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'common.offerAgent', help: 'common.offerAgentHelp', choices: NEED_OR_NOT, hints: 'hints.yesNo' } },
      on: { 'choice.yes': { actions: 'askForAgent' }, 'choice.no': 'done' },
    },
    done: { type: 'final' },
  },
});
