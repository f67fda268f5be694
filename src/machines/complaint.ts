/**
 * Complaints (N13, N14, N24). Soothe first, then handle: an empathy prompt before any question.
 * What happened (unless the caller already told it at the menu), when, where, who; a number to
 * call back; a read-back of all of it, the place and the number included, to confirm (N8; a "no"
 * asks which part, "号码不对" takes the number again); a complaint
 * work order with its reply deadline and a callback task that tracks it to the end. No satisfaction
 * survey here (N17, issue 14 item 6): nothing has been done yet; the callback that tells the result
 * asks it (src/machines/callback.ts). A customer still strongly dissatisfied says so at "anything
 * else?" and is put through to the duty supervisor (N24, src/machines/inbound-call.ts).
 * Ends `recorded` or `saveFailed`.
 */
import { CONTACT_YES_NO, READ_BACK_WITH_NUMBER } from './ask.js';
import type { AskChoice } from '../core/meta.js';
import { and } from 'xstate';
import { dialogue } from './setup.js';
import { contactNameAsk } from './contact-name-ask.js';
import { complaintOrder } from './work-orders.js';

/** What is wrong in the read-back: the story (told again from what happened), or the number. */
const STORY_OR_NUMBER: AskChoice[] = [
  { id: 'complaint_details', dtmf: '1' },
  { id: 'contact_number', dtmf: '2' },
];

/** At the read-back: yes, the number next; no, which part; "号码不对", the number again (N8). */
const CORRECTIONS = {
  'choice.yes': 'contact',
  'choice.no': 'askWhichWrong',
  'choice.contact_number': 'askContact',
} as const;

export const complaintFlow = dialogue.createStateConfig({
  initial: 'begin',
  states: {
    begin: {
      entry: { type: 'startDraft', params: { kind: 'complaint' } },
      // The story told at the menu is what happened: not asked again (issue 9 item 2). One apology
      // a turn (N12, issue 14): the one for the wait or the failure again it tells, else the empathy.
      always: [
        // The story said when it happened too ("上周三抄表员来我家…"): that is not asked again either (N8).
        {
          guard: and(['openedWithStory', 'openingSaysWhen']),
          actions: [{ type: 'rememberOpeningAs', params: { name: 'what' } }, 'takeOpeningWhen', 'reactToOpening'],
          target: 'askWhere',
        },
        { guard: 'openedWithStory', actions: [{ type: 'rememberOpeningAs', params: { name: 'what' } }, 'reactToOpening'], target: 'askWhen' },
        { actions: { type: 'say', params: { key: 'complaint.empathy' } }, target: 'askWhat' },
      ],
    },
    /** Where the caller was when a danger report interrupted (N10): the composing chart comes back here. */
    resume: { type: 'history', history: 'deep' },
    askWhat: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'complaint.askWhat', help: 'complaint.askWhatHelp', timeoutSeconds: 12 } },
      on: {
        text: [
          // "不知道", "是", "没有了": no story (N8); asked again gently, with an example (N7).
          { guard: 'givesNoFact', actions: 'askForAFact' },
          { actions: [{ type: 'rememberAnswer', params: { name: 'what' } }, 'reactToStory'], target: 'askWhen' },
        ],
        // A complaint that tells of danger (N10): an urgent ticket first, then on with the complaint, its words kept.
        danger: { actions: [{ type: 'rememberAnswer', params: { name: 'what' } }, 'reportDangerFirst'], target: 'askWhen' },
      },
    },
    askWhen: {
      entry: 'resetMisses',
      // The words are kept; the time they name (昨天下午) is what is read back, none when they name none (N8).
      meta: { ask: { kind: 'text', prompt: 'complaint.askWhen', help: 'complaint.askWhenHelp', timeoutSeconds: 10, inPassing: { when: true } } },
      on: {
        text: [
          // "对" is no time: asked again (N8), never read back as when it happened.
          { guard: 'saysOnlyYesOrNo', actions: 'notAnAnswer' },
          // "记不清了": the time stays unknown, and the read-back says we will look into it (N8); never "不知道" said back (N5).
          { guard: 'givesNoFact', actions: 'leaveUnsure', target: 'askWhere' },
          {
          actions: [
            { type: 'rememberAnswer', params: { name: 'when' } },
            { type: 'rememberAnswer', params: { name: 'whenSaid', fact: 'when' } },
            // "都三天了": the apology for the wait in place of "好的，明白" (N12, N2).
            'reactOrAck',
          ],
          target: 'askWhere',
          },
        ],
      },
    },
    askWhere: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'complaint.askWhere', help: 'complaint.askWhereHelp', timeoutSeconds: 10, expects: 'place' } },
      on: {
        text: [
          { guard: 'saysOnlyYesOrNo', actions: 'notAnAnswer' },
          // "不知道": no place, none read back ("在不知道", N8); the read-back says we will look into it.
          { guard: 'givesNoFact', actions: 'leaveUnsure', target: 'askWho' },
          { actions: [{ type: 'rememberAnswer', params: { name: 'where' } }, 'reactOrAck'], target: 'askWho' },
        ],
      },
    },
    askWho: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'complaint.askWho', help: 'complaint.askWhoHelp', timeoutSeconds: 10 } },
      on: {
        text: [
          // "不清楚", "I don't know his name", "啱": nobody is named, and none is read back (N8).
          { guard: 'givesNoFact', actions: { type: 'rememberAnswer', params: { name: 'who', value: '' } }, target: 'readBack' },
          { guard: 'saidUnknown', actions: { type: 'rememberAnswer', params: { name: 'who', value: '' } }, target: 'readBack' },
          { actions: { type: 'rememberAnswer', params: { name: 'who' } }, target: 'readBack' },
        ],
        // Who it was is not always known: silence here is an answer, not a miss.
        noInput: { actions: { type: 'rememberAnswer', params: { name: 'who', value: '' } }, target: 'readBack' },
      },
    },
    // Where and what, when and who when told, in their gist (N8); the number is its own turn next:
    // with it the read-back would be over the turn budget (N2, 25 s).
    readBack: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: [
            { key: 'complaint.readBack', ifGiven: 'where' },
            { key: 'complaint.readBackWhat', unlessGiven: 'where' },
            { key: 'complaint.readBackWhen', ifGiven: 'when' },
            { key: 'complaint.readBackWho', ifGiven: 'who' },
            // A time or place the caller did not know, in our words (N5, N8).
            { key: 'complaint.readBackUnsure', ifGiven: 'unsure' },
            { key: 'common.isThatRight' },
          ],
          help: 'complaint.readBackHelp',
          choices: READ_BACK_WITH_NUMBER,
          hints: 'hints.yesNo',
        },
      },
      on: CORRECTIONS,
    },
    // A chat customer we cannot name is asked how to address him first; a number typed with the story is read back (issue 14, N8).
    contact: {
      always: [
        { guard: 'needsContactName', target: 'askContactName' },
        { guard: 'toldPhoneInPassing', actions: 'takePhoneToldInPassing', target: 'confirmContact' },
        { guard: 'hasCallerNumber', target: 'confirmContact' },
        { target: 'askContact' },
      ],
    },
    askContactName: contactNameAsk('contact'),
    askContact: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 11, phone: true, prompt: 'complaint.askContact', help: 'complaint.askContactHelp', timeoutSeconds: 12 } },
      on: { digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'confirmContact' } },
    },
    /** The number the reply is given on, read back (N8), with the contact person when known. */
    confirmContact: {
      entry: 'resetMisses',
      // The name said with its characters once: later read-backs say it alone (issue 14).
      exit: 'markNameDescribed',
      meta: {
        ask: {
          kind: 'choice',
          prompt: [{ key: 'common.contactPerson', ifGiven: 'name' }, { key: 'common.contactNamed', ifGiven: 'contactName' }, { key: 'complaint.confirmContact' }],
          help: 'danger.confirmContactHelp',
          choices: CONTACT_YES_NO,
          hints: 'hints.yesNo',
          numberInstead: 11,
          phone: true,
        },
      },
      on: {
        'choice.yes': 'save',
        'choice.no': 'askContact',
        // "不对，打我老婆的手机，幺三九…": that number, read back in its turn (N8).
        digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'confirmContact', reenter: true },
      },
    },
    // A plain "no": the story told again from what happened, or the number.
    askWhichWrong: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'complaint.askWhichWrong', help: 'complaint.askWhichWrongHelp', choices: STORY_OR_NUMBER } },
      on: {
        'choice.complaint_details': 'askWhat',
        'choice.contact_number': 'askContact',
      },
    },
    save: {
      invoke: {
        src: 'saveComplaint',
        input: ({ context }) => complaintOrder(context),
        onDone: {
          actions: [
            { type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) },
            { type: 'announceTicket', params: { key: 'complaint.recorded' } },
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
