/**
 * Closing (N20, N19): offer more help. Ends `moreHelp`, or `finished` (the chart that composes it
 * says the closing service phrase). Silence here ends the call politely rather than sending the
 * caller to an agent.
 */
import { YES_NO } from './ask.js';
import { dialogue } from './setup.js';

export const closingFlow = dialogue.createStateConfig({
  initial: 'anythingElse',
  states: {
    anythingElse: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'closing.anythingElse', help: 'closing.anythingElseHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': 'moreHelp',
        'choice.no': 'finished',
        noInput: [{ guard: 'ladderExhausted', target: 'finished' }, { actions: 'countMiss' }],
        noMatch: [{ guard: 'ladderExhausted', target: 'finished' }, { actions: 'countMiss' }],
      },
    },
    moreHelp: { type: 'final', output: { outcome: 'moreHelp' } },
    finished: { type: 'final', output: { outcome: 'finished' } },
  },
});
