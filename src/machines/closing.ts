/**
 * Closing (N20, N19): offer more help; end with the closing service phrase. Silence here ends the
 * call politely rather than sending the caller to an agent.
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
        'choice.yes': '#inbound.menu',
        'choice.no': '#inbound.goodbye',
        noInput: [{ guard: 'ladderExhausted', target: '#inbound.goodbye' }, { actions: 'countMiss' }],
        noMatch: [{ guard: 'ladderExhausted', target: '#inbound.goodbye' }, { actions: 'countMiss' }],
      },
    },
  },
});
