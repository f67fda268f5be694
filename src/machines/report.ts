/**
 * Reports (举报, N9): electricity theft, staff misconduct or other; what happened, and where when the
 * story did not say; then anonymous if the caller wishes (then no number or account is kept), or
 * named, with a number for the result, the caller's own read back or asked for. What is reported, where and when (if said) and the number are read back (N8), then a
 * report work order.
 * Ends `recorded` or `saveFailed`.
 */
import { and } from 'xstate';
import { READ_BACK_WITH_NUMBER, RIGHT_OR_NOT } from './ask.js';
import { dialogue } from './setup.js';
import { reportOrder } from './work-orders.js';

/** The kind chosen; when the words that chose it tell the story ("饭店私自从电线杆上拉线用电…"), they are the details, not asked again. */
const storyOrDetails = (kind: 'theft' | 'misconduct' | 'other') =>
  [
    { guard: 'choiceTellsStory', actions: [{ type: 'rememberAnswer', params: { name: 'reportType', value: kind } }, 'rememberStory'], target: 'where' },
    { actions: { type: 'rememberAnswer', params: { name: 'reportType', value: kind } }, target: 'askDetails' },
  ] as const;

export const reportFlow = dialogue.createStateConfig({
  initial: 'begin',
  states: {
    begin: {
      entry: { type: 'startDraft', params: { kind: 'report' } },
      // "我要举报有人偷电" at the menu: its kind is not asked again; a story told with it is the details (audit 2, finding 9).
      always: [
        { guard: 'openingTellsStory', actions: { type: 'takeOpeningReport', params: { story: true } }, target: 'where' },
        { guard: 'openingNamesKind', actions: { type: 'takeOpeningReport', params: { story: false } }, target: 'askDetails' },
        { target: 'askType' },
      ],
    },
    /** Where the caller was when a danger report interrupted (N10): the composing chart comes back here. */
    resume: { type: 'history', history: 'deep' },
    askType: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'report.askType',
          help: 'report.askTypeHelp',
          choices: [
            { id: 'theft', dtmf: '1' },
            { id: 'misconduct', dtmf: '2' },
            { id: 'other', dtmf: '3' },
          ],
          // A story told here is the details too (its where and when for the read-back).
          inPassing: { story: true },
        },
      },
      on: {
        'choice.theft': storyOrDetails('theft'),
        'choice.misconduct': storyOrDetails('misconduct'),
        'choice.other': storyOrDetails('other'),
      },
    },
    askDetails: {
      entry: 'resetMisses',
      // Where and when, said in the story, are taken from it for the read-back (N8).
      meta: { ask: { kind: 'text', prompt: 'report.askDetails', help: 'report.askDetailsHelp', timeoutSeconds: 12, inPassing: { story: true } } },
      on: {
        text: [
          // "不知道", "是": nothing reported yet (N8); asked again gently, with an example (N7).
          { guard: 'givesNoFact', actions: 'askForAFact' },
          { actions: 'rememberStory', target: 'where' },
        ],
        // A report that tells of danger (N10): an urgent ticket first, then on with the report, its words kept.
        danger: { actions: ['rememberStory', 'reportDangerFirst'], target: 'where' },
      },
    },
    // Where it happened is what an inspector needs most: asked when the story did not say it.
    where: { always: [{ guard: 'storySaysWhere', target: 'anonymity' }, { target: 'askWhere' }] },
    askWhere: {
      entry: 'resetMisses',
      // "he came to 12 Jiefang Street yesterday": the time said with the place is kept too (N8).
      meta: { ask: { kind: 'text', prompt: 'report.askWhere', help: 'report.askWhereHelp', timeoutSeconds: 10, expects: 'place', inPassing: { when: true } } },
      on: {
        text: [
          // "不知道" twice: the place stays unknown, and the read-back says we will look into it (N8, N5).
          { guard: and(['givesNoFact', 'askedAgainOnce']), actions: 'leaveUnsure', target: 'anonymity' },
          // A bare yes or no, or a first "不清楚": asked again, once, with an example (N7).
          { guard: 'givesNoFact', actions: 'askForAFact' },
          { guard: 'saysOnlyYesOrNo', actions: 'notAnAnswer' },
          { actions: [{ type: 'rememberAnswer', params: { name: 'where' } }, 'rememberWhenSaid'], target: 'anonymity' },
        ],
      },
    },
    askAnonymous: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'report.askAnonymous',
          help: 'report.askAnonymousHelp',
          // "Anonymous?" is answered yes or no, or in its own words (匿名, 留电话, "anonymous please").
          choices: [
            { id: 'anonymous', dtmf: '1', intents: ['affirm'] },
            { id: 'named', dtmf: '2', intents: ['deny'] },
          ],
          hints: 'hints.yesNo',
        },
      },
      on: {
        'choice.anonymous': { actions: { type: 'rememberAnswer', params: { name: 'anonymous', value: 'yes' } }, target: 'readBackAnonymous' },
        'choice.named': { actions: { type: 'rememberAnswer', params: { name: 'anonymous', value: 'no' } }, target: 'contact' },
      },
    },
    // Asked once, right where the number would be taken; a story told again keeps the answer.
    anonymity: {
      always: [{ guard: 'isAnonymous', target: 'readBackAnonymous' }, { guard: 'isNamed', target: 'contact' }, { target: 'askAnonymous' }],
    },
    // A named report: a number for the result, as for a fault (the caller's own, read back; a chat or a withheld number: asked).
    contact: {
      always: [{ guard: 'hasContactNumber', target: 'readBack' }, { target: 'askContact' }],
    },
    askContact: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 11, phone: true, prompt: 'danger.askContact', help: 'danger.askContactHelp', timeoutSeconds: 12 } },
      on: { digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'readBack' } },
    },
    // The gist in our words (N8): what is reported, where, when if said, and the number to call.
    readBack: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: [
            { key: 'report.readBack', ifGiven: 'where' },
            { key: 'report.readBackWhat', unlessGiven: 'where' },
            { key: 'report.readBackWhen', ifGiven: 'when' },
            { key: 'complaint.readBackUnsure', ifGiven: 'unsure' }, { key: 'common.readBackContact' }, { key: 'common.isThatRight' }],
          help: 'report.readBackHelp',
          choices: READ_BACK_WITH_NUMBER,
          hints: 'hints.yesNo',
        },
      },
      on: {
        'choice.yes': 'save',
        'choice.no': 'askDetails',
        // "号码不对": the number, taken again (N8).
        'choice.contact_number': 'askContact',
      },
    },
    readBackAnonymous: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: [
            { key: 'report.readBack', ifGiven: 'where' },
            { key: 'report.readBackWhat', unlessGiven: 'where' },
            { key: 'report.readBackWhen', ifGiven: 'when' },
            { key: 'complaint.readBackUnsure', ifGiven: 'unsure' },
            { key: 'common.isThatRight' },
          ],
          help: 'report.readBackHelp',
          choices: RIGHT_OR_NOT,
          hints: 'hints.yesNo',
        },
      },
      on: {
        'choice.yes': 'save',
        'choice.no': 'askDetails',
      },
    },
    save: {
      invoke: {
        src: 'saveWorkOrder',
        input: ({ context }) => reportOrder(context),
        onDone: {
          actions: [
            { type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) },
            { type: 'announceTicket', params: { key: 'report.recorded' } },
          ],
          target: 'recorded',
        },
        onError: 'saveFailed',
      },
    },
    recorded: { type: 'final', output: { outcome: 'recorded' } },
    saveFailed: { type: 'final', output: { outcome: 'saveFailed' } },
  },
});
