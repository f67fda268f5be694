/**
 * Greeting (N4, N5): the standard opening with the company name and 95598, then the language
 * offer, each language offered in itself. Silence keeps Mandarin, the default. Meanwhile the
 * caller's number is checked against the blacklist (N23: a blacklisted caller is greeted all the
 * same and served by self-service), and a supervisor's mass-outage notice is played before the
 * menu (N21).
 */
import { dialogue } from './setup.js';

export const greetingFlow = dialogue.createStateConfig({
  initial: 'checkCaller',
  entry: { type: 'say', params: { key: 'greeting.welcome' } },
  states: {
    checkCaller: {
      invoke: {
        src: 'checkCaller',
        input: ({ context }) => ({ phone: context.caller }),
        onDone: [
          // A chat whose page already chose the language is not asked again (issue 12).
          { guard: 'languageChosen', actions: { type: 'rememberCallerStatus', params: ({ event }) => ({ status: event.output }) }, target: 'announce' },
          { actions: { type: 'rememberCallerStatus', params: ({ event }) => ({ status: event.output }) }, target: 'chooseLanguage' },
        ],
        // Without the check the caller is served as usual.
        onError: [{ guard: 'languageChosen', target: 'announce' }, { target: 'chooseLanguage' }],
      },
    },
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
        'choice.language_zh': { actions: [{ type: 'switchLanguage', params: { locale: 'zh-CN' } }, { type: 'rememberLocale', params: { locale: 'zh-CN' } }], target: 'announce' },
        'choice.language_en': { actions: [{ type: 'switchLanguage', params: { locale: 'en-US' } }, { type: 'rememberLocale', params: { locale: 'en-US' } }], target: 'announce' },
        'choice.language_yue': { actions: [{ type: 'switchLanguage', params: { locale: 'yue-HK' } }, { type: 'rememberLocale', params: { locale: 'yue-HK' } }], target: 'announce' },
        // The language named in a sentence ("I'd like English") counts as the choice.
        language: { actions: ['switchLanguage', 'rememberLocale'], target: 'announce' },
        // N4: Mandarin by default; a caller who says nothing is not made to choose.
        noInput: 'announce',
      },
    },
    announce: {
      always: [
        { guard: 'hasAnnouncementInLocale', actions: { type: 'say', params: { key: 'greeting.announcement' } }, target: 'done' },
        // A notice written only in Chinese: an English caller hears that there is one, in English.
        { guard: 'hasAnnouncement', actions: { type: 'say', params: { key: 'greeting.announcementUntranslated' } }, target: 'done' },
        { target: 'done' },
      ],
    },
    done: { type: 'final' },
  },
});
