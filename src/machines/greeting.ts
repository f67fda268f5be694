/**
 * Greeting (N4, N5): the standard opening with the company name and 95598, then the language
 * offer, each language offered in itself. Silence keeps Mandarin, the default.
 */
import { dialogue } from './setup.js';

export const greetingFlow = dialogue.createStateConfig({
  initial: 'chooseLanguage',
  entry: { type: 'say', params: { key: 'greeting.welcome' } },
  states: {
    chooseLanguage: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: [
            { key: 'greeting.offerMandarin', locale: 'zh-CN' },
            { key: 'greeting.offerEnglish', locale: 'en-US' },
            { key: 'greeting.offerCantonese', locale: 'yue-HK' },
          ],
          help: 'greeting.chooseLanguageHelp',
          choices: [
            { id: 'language_zh', dtmf: '1', intents: ['language_zh'] },
            { id: 'language_en', dtmf: '2', intents: ['language_en'] },
            { id: 'language_yue', dtmf: '3', intents: ['language_yue'] },
          ],
          hints: 'hints.language',
          timeoutSeconds: 4,
        },
      },
      on: {
        'choice.language_zh': { actions: { type: 'switchLanguage', params: { locale: 'zh-CN' } }, target: 'done' },
        'choice.language_en': { actions: { type: 'switchLanguage', params: { locale: 'en-US' } }, target: 'done' },
        'choice.language_yue': { actions: { type: 'switchLanguage', params: { locale: 'yue-HK' } }, target: 'done' },
        // The language named in a sentence ("I'd like English") counts as the choice.
        language: { actions: 'switchLanguage', target: 'done' },
        // N4: Mandarin by default; a caller who says nothing is not made to choose.
        noInput: 'done',
      },
    },
    done: { type: 'final' },
  },
});
