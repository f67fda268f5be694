/**
 * Greeting (N4, N5): the standard opening with the company name and 95598, then the language
 * offer, each language offered in itself. Silence keeps Mandarin, the default. Meanwhile the
 * caller's number is checked against the blacklist (N23: a blacklisted caller is greeted all the
 * same and served by self-service), and a supervisor's mass-outage notice is played before the
 * menu (N21), then the outage in force on the phone caller's area, if any, with the offer to be
 * registered as affected (src/machines/outage-notice.ts). A need spoken or typed at the language
 * offer ("喂，你好，我家停电了", "I want to complain") chooses the language it is said in and ends the
 * greeting in that business (output `outcome`, the menu's outcomes); otherwise the greeting ends
 * in `menu` (a caller registered on the outage has `notice.answer` 'registered').
 */
import { dialogue } from './setup.js';
import { NEEDS } from './main-menu.js';
import { WITH_A_NEED } from './ask.js';
import { outageNoticeFlow } from './outage-notice.js';

/** A need said at the language offer: its language is the caller's, and it is served at once (N4). */
function needIn(need: string) {
  return { actions: ['switchLanguage', 'rememberLocale', { type: 'rememberOpening', params: { need } }], target: 'announce' } as const;
}

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
            // N4: on the phone Mandarin is the default (silence or 1 keeps it), so only the other
            // languages are offered: the greeting and the offers take under 10 s before the menu.
            { key: 'greeting.offerMandarin', locale: 'zh-CN', onlyOn: 'chat' },
            { key: 'greeting.offerEnglish', locale: 'en-US' },
            { key: 'greeting.offerCantonese', locale: 'yue-HK' },
          ],
          help: 'greeting.chooseLanguageHelp',
          choices: [
            { id: 'language_zh', dtmf: '1', intents: ['language_zh'] },
            { id: 'language_en', dtmf: '2', intents: ['language_en'] },
            { id: 'language_yue', dtmf: '3', intents: ['language_yue'] },
            ...NEEDS,
          ],
          anyLanguage: true,
          inPassing: WITH_A_NEED,
          hints: 'hints.language',
          timeoutSeconds: 3,
        },
      },
      on: {
        'choice.language_zh': { actions: [{ type: 'switchLanguage', params: { locale: 'zh-CN' } }, { type: 'rememberLocale', params: { locale: 'zh-CN' } }], target: 'announce' },
        'choice.language_en': { actions: [{ type: 'switchLanguage', params: { locale: 'en-US' } }, { type: 'rememberLocale', params: { locale: 'en-US' } }], target: 'announce' },
        'choice.language_yue': { actions: [{ type: 'switchLanguage', params: { locale: 'yue-HK' } }, { type: 'rememberLocale', params: { locale: 'yue-HK' } }], target: 'announce' },
        'choice.fault_report': needIn('faultReport'),
        'choice.bill': needIn('bill'),
        'choice.outage_schedule': needIn('outageSchedule'),
        'choice.progress': needIn('progress'),
        'choice.consultation': needIn('consultation'),
        'choice.new_service': needIn('consultation'),
        'choice.complaint': needIn('complaint'),
        'choice.report': needIn('report'),
        // The language named in a sentence ("I'd like English"), or the one the caller speaks in, counts as the choice.
        language: { actions: ['switchLanguage', 'rememberLocale'], target: 'announce' },
        // N4: Mandarin by default; a caller who says nothing is not made to choose.
        noInput: 'announce',
      },
    },
    announce: {
      always: [
        { guard: 'hasAnnouncementInLocale', actions: { type: 'say', params: { key: 'greeting.announcement' } }, target: 'outage' },
        // A notice written only in Chinese: an English caller hears that there is one, in English.
        { guard: 'hasAnnouncement', actions: { type: 'say', params: { key: 'greeting.announcementUntranslated' } }, target: 'outage' },
        { target: 'outage' },
      ],
    },
    // The outage on the phone caller's area, before the menu question (issue 14 item 6, N10). A
    // need said at the language offer is served first: a fault report tells it after identity.
    outage: { always: [{ guard: 'openedWithNeed', target: 'done' }, { target: 'notice' }] },
    // Registered on it or not, the greeting is done; the composing chart reads which (`registeredOnNotice`).
    notice: { ...outageNoticeFlow, onDone: 'done' },
    done: { type: 'final', output: ({ context }) => ({ outcome: context.opening?.need ?? 'menu' }) },
  },
});
