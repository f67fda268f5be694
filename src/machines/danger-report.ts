/**
 * The danger report (N10, N8): a fallen wire, sparks, an electric shock, smoke or a fire, said at
 * any point of any call. A report a crew can act on, and nothing in front of it:
 * 1. The safety advice, heard whole; when someone has been shocked, 120 comes first.
 * 2. Where: a caller known by the number he calls from is offered his registered address; anyone
 *    else is asked. An answer that is no place ("对", "不知道", "就在门口", one character) is
 *    asked again with an example, then for a landmark, then the caller goes to a person.
 * 3. The place's area is looked up (the order is routed to the area's crew with the area's
 *    promise; a lookup that fails does not hold the order up); a place in no known area that names
 *    no district is asked its district once (issue 14). The place is read back and confirmed; a
 *    district said at the read-back completes it.
 * 4. The contact number, read back digit by digit, or taken when there is none or it is wrong.
 * 5. The urgent order. When the store is down (N21) it waits in the outbox and the caller is put
 *    through to the emergency dispatch seat at once, never told "later".
 * The composing chart enters it from every state (a global interrupt) and afterwards goes back to
 * the business it interrupted.
 * Ends `recorded` (an urgent order) or `urgentTransfer` (to a person at the dispatch seat: the
 * order queued or not saved, or no place could be taken).
 */
import { CONTACT_YES_NO, YES_NO, yesNoAs } from './ask.js';
import type { AskChoice } from '../core/meta.js';
import { dialogue } from './setup.js';
import { homeAreaId, repairOrder } from './work-orders.js';

/** Is this the number to call you on? "换一个号码" is a no (its 一 is no key 1): locales/words contact.* */
/** Is this where the danger is? ("不是那里", "wrong address": locales/words place.*) */
const PLACE_YES_NO: AskChoice[] = yesNoAs([
  { id: 'yes', dtmf: '1', intents: ['affirm'] },
  { id: 'no', dtmf: '2', intents: ['deny'], words: 'place.no' },
], 'right');

/** An answer to "where is the danger?" that names a place is located, then read back; the others, on. */
const placeOr = (next: string) =>
  [
    { guard: 'namesPlace', actions: 'rememberAddress', target: 'locate' },
    { target: next },
  ] as const;
/** The hazard said again with the place in it ("解放街12号 还在冒火") is the answer; without one, the question again. */
const placeOrAgain = [{ guard: 'namesPlace', actions: 'rememberAddress', target: 'locate' }, {}] as const;

export const dangerReportFlow = dialogue.createStateConfig({
  initial: 'where',
  entry: ['markDanger', { type: 'sayDangerAdvice' }],
  on: {
    // Danger said again while it is being reported: the report goes on (its question is asked again).
    danger: {},
    // Not heard or not understood twice at one question: a person at the dispatch seat takes over.
    noInput: [{ guard: 'ladderExhausted', target: '.toPerson' }, { actions: 'countMiss' }],
    noMatch: [{ guard: 'ladderExhausted', target: '.toPerson' }, { actions: 'countMiss' }],
  },
  states: {
    where: {
      always: [
        { guard: 'hasVerifiedCustomer', target: 'confirmAtHome' },
        { guard: 'mayFindCallerByNumber', target: 'findCaller' },
        { target: 'askLocation' },
      ],
    },
    // Known by the number he calls from (caller ID verifies, voice only): offered his address.
    findCaller: {
      invoke: {
        src: 'findCustomersByPhone',
        input: ({ context }) => ({ phone: context.caller }),
        onDone: [
          {
            guard: { type: 'isOneCustomer', params: ({ event }) => ({ customers: event.output }) },
            actions: { type: 'rememberCandidate', params: ({ event }) => ({ customer: event.output[0] ?? null }) },
            target: 'candidateFound',
          },
          { target: 'askLocation' },
        ],
        onError: 'askLocation',
      },
    },
    candidateFound: {
      always: [
        { guard: 'callerIdVerifies', actions: 'acceptCandidate', target: 'confirmAtHome' },
        { actions: { type: 'rememberCandidate', params: { customer: null } }, target: 'askLocation' },
      ],
    },
    confirmAtHome: {
      entry: 'resetMisses',
      // Another address said instead of a yes or a no ("不是，在人民路88号") is the place, read back.
      meta: { ask: { kind: 'choice', prompt: 'fault.confirmDangerAtHome', help: 'fault.confirmDangerAtHomeHelp', choices: YES_NO, hints: 'hints.yesNo', expects: 'place' } },
      on: {
        'choice.yes': { actions: 'useHomeAddress', target: 'findArea' },
        'choice.no': 'askLocation',
        text: placeOrAgain,
        danger: placeOrAgain,
      },
    },
    askLocation: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'fault.askDangerLocation', help: 'fault.askDangerLocationHelp', timeoutSeconds: 10, expects: 'place' } },
      on: { text: placeOr('askLocationExample'), danger: placeOrAgain, noInput: 'askLocationExample' },
    },
    askLocationExample: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'danger.askLocationExample', help: 'fault.askDangerLocationHelp', timeoutSeconds: 10, expects: 'place' } },
      on: { text: placeOr('askLandmark'), danger: placeOrAgain, noInput: 'askLandmark' },
    },
    askLandmark: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'danger.askLandmark', help: 'fault.askDangerLocationHelp', timeoutSeconds: 10, expects: 'place' } },
      on: { text: placeOr('toPerson'), danger: placeOrAgain, noInput: 'toPerson' },
    },
    // The area of the place said: a place in no known area that names no district ("解放街口的公交站
    // 旁边") is asked its district first, as in the fault report (issue 14), so the read-back says it whole.
    locate: {
      invoke: {
        src: 'findArea',
        input: ({ context }) => ({ address: context.fault.address ?? '', areaId: null }),
        onDone: [
          { guard: { type: 'needsDistrict', params: ({ event }) => ({ area: event.output }) }, target: 'askDistrict' },
          { actions: { type: 'rememberArea', params: ({ event }) => ({ area: event.output }) }, target: 'readBackLocation' },
        ],
        onError: 'readBackLocation',
      },
    },
    // Danger does not wait on a district: not known, or no answer, and the place is read back as said.
    askDistrict: {
      entry: ['resetMisses', 'markDistrictAsked'],
      meta: { ask: { kind: 'text', prompt: 'fault.askDistrict', help: 'fault.askDistrictHelp', timeoutSeconds: 8, expects: 'place' } },
      on: {
        text: [
          { guard: 'saidUnknown', target: 'readBackLocation' },
          { guard: 'namesPlace', actions: 'addDistrict', target: 'locate' },
          { target: 'readBackLocation' },
        ],
        danger: [{ guard: 'namesPlace', actions: 'addDistrict', target: 'locate' }, {}],
        noInput: 'readBackLocation',
        noMatch: 'readBackLocation',
      },
    },
    readBackLocation: {
      entry: 'resetMisses',
      // A district said instead of a yes ("城关区") completes the place (issue 14); another place
      // said ("不对，是人民路88号") replaces it: either is located and read back again (N8).
      meta: { ask: { kind: 'choice', prompt: 'danger.readBackLocation', help: 'danger.readBackLocationHelp', choices: PLACE_YES_NO, hints: 'hints.yesNo', expects: 'district' } },
      on: {
        'choice.yes': 'contact',
        'choice.no': 'askLocationExample',
        text: [
          { guard: 'addsDistrict', actions: ['addDistrict', 'markDistrictAsked'], target: 'locate' },
          { actions: 'notAnAnswer' },
        ],
      },
    },
    findArea: {
      invoke: {
        src: 'findArea',
        input: ({ context }) => ({ address: context.fault.address ?? '', areaId: homeAreaId(context) }),
        onDone: { actions: { type: 'rememberArea', params: ({ event }) => ({ area: event.output }) }, target: 'contact' },
        // Without an area the order still goes out at once; the dispatcher routes it.
        onError: 'contact',
      },
    },
    contact: {
      always: [{ guard: 'hasContactNumber', target: 'confirmContact' }, { target: 'askContact' }],
    },
    confirmContact: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'danger.confirmContact', help: 'danger.confirmContactHelp', choices: CONTACT_YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': 'createUrgentOrder',
        'choice.no': 'askContact',
      },
    },
    askContact: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 11, phone: true, prompt: 'danger.askContact', help: 'danger.askContactHelp', timeoutSeconds: 12 } },
      on: { digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'confirmContact' } },
    },
    createUrgentOrder: {
      invoke: {
        src: 'saveWorkOrder',
        input: ({ context }) => repairOrder(context),
        onDone: [
          // N21: the store is down. Kept in the outbox, and a person takes the call now.
          {
            guard: { type: 'isQueued', params: ({ event }) => ({ saved: event.output }) },
            actions: [{ type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) }, { type: 'say', params: { key: 'danger.urgentTransfer' } }],
            target: 'urgentTransfer',
          },
          {
            actions: [
              { type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) },
              { type: 'announceTicket', params: { key: 'fault.urgentCreated' } },
            ],
            target: 'recorded',
          },
        ],
        // Not even the outbox took it: the person at the dispatch seat records it.
        onError: { actions: { type: 'say', params: { key: 'danger.urgentNotRecorded' } }, target: 'urgentTransfer' },
      },
    },
    // No place could be taken, or the caller was not understood: the order as far as it goes, and a person.
    toPerson: {
      invoke: {
        src: 'saveWorkOrder',
        input: ({ context }) => repairOrder(context),
        onDone: {
          actions: [{ type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) }, { type: 'say', params: { key: 'danger.locationToPerson' } }],
          target: 'urgentTransfer',
        },
        onError: { actions: { type: 'say', params: { key: 'danger.locationToPerson' } }, target: 'urgentTransfer' },
      },
    },
    recorded: { type: 'final', output: { outcome: 'recorded' } },
    urgentTransfer: { type: 'final', output: { outcome: 'urgentTransfer' } },
  },
});
