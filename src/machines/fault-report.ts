/**
 * Fault reporting (N10, N8). Danger goes first: asked first; a yes ends the report with `danger`
 * and the composing chart takes the danger report (src/machines/danger-report.ts) with what was
 * gathered so far, as it does for danger heard in any answer. Otherwise: the scope of the outage, the
 * address (each said back instead of asked when the caller said it naming the fault, N8), a known
 * outage on the area is announced and the caller registered on it instead of a duplicate ticket;
 * else a description, a number the crew calls (asked when the caller has none), a read-back of
 * where, what and that number to confirm (N8; a "no" asks which part, "号码不对" takes the number
 * again), and a repair work order with its ticket number and
 * the promised arrival time. A lift said to be stopped (at the menu,
 * the scope or the description) is followed by "is anyone trapped?": yes, 119 and the property
 * manager, and the order is urgent. A verified caller whose own home alone is out and whose account
 * is in arrears is told so, and what to do, before any crew is sent; he may still report.
 * Ends `recorded` (a ticket, or the caller registered on the known outage), `answered` (arrears, no
 * report), `danger` or `saveFailed`.
 */
import { CONTACT_YES_NO, READ_BACK_WITH_NUMBER, YES_NO, yesNoAs } from './ask.js';
import type { AskChoice } from '../core/meta.js';
import { dialogue } from './setup.js';
import { contactNameAsk } from './contact-name-ask.js';
import { homeAreaId, repairOrder } from './work-orders.js';

/** Report the fault anyway, though the account is in arrears? ("还是要报修", "唔使喇": locales/words stillReport.*) */
const STILL_REPORT: AskChoice[] = [
  { id: 'yes', dtmf: '1', intents: ['affirm', 'fault_report'], words: 'stillReport.yes' },
  { id: 'no', dtmf: '2', intents: ['deny'], words: 'stillReport.no' },
  // "那我怎么充值", "为什么欠费就停电": answered, with an apology, then asked again (N12; audit 2, finding 6).
  { id: 'how_to_pay', hidden: true },
  { id: 'why_cut', hidden: true },
];

/** How to pay or top up, for the meter the caller has (a prepaid one comes back within minutes). */
const HOW_TO_PAY = [
  { guard: 'prepaidRunOutTold', actions: [{ type: 'say', params: { key: 'fault.sorryForTheCut' } }, { type: 'say', params: { key: 'fault.prepaidHowToTopUp' } }] },
  { actions: [{ type: 'say', params: { key: 'fault.sorryForTheCut' } }, { type: 'say', params: { key: 'fault.arrearsHowToPay' } }] },
] as const;
/** Why the power was cut: the rule in plain words and how the power comes back, in one prompt (the turn within 25 s, N2). */
const WHY_CUT = [
  { guard: 'prepaidRunOutTold', actions: [{ type: 'say', params: { key: 'fault.sorryForTheCut' } }, { type: 'say', params: { key: 'fault.whyPrepaidCut' } }] },
  { actions: [{ type: 'say', params: { key: 'fault.sorryForTheCut' } }, { type: 'say', params: { key: 'fault.whyArrearsCut' } }] },
] as const;

/** What is wrong in the read-back: the address or the fault (from the address on), or the number. */
const FAULT_OR_NUMBER: AskChoice[] = [
  { id: 'fault_details', dtmf: '1' },
  { id: 'contact_number', dtmf: '2' },
];

/** Is there danger? 有 / 没有 on the chat buttons. */
const HAVE_OR_NOT: AskChoice[] = yesNoAs(YES_NO, 'have');

/** Is anyone trapped in the lift? Yes: 119 and the property manager, heard whole, and the order urgent (N10). */
const TRAPPED_YES_NO: AskChoice[] = yesNoAs([
  { id: 'yes', dtmf: '1', intents: ['affirm'], words: 'trapped.yes' },
  { id: 'no', dtmf: '2', intents: ['deny'], words: 'trapped.no' },
], 'have');

export const faultReportFlow = dialogue.createStateConfig({
  initial: 'askDanger',
  entry: [{ type: 'startDraft', params: { kind: 'repair' } }, 'takeOpeningFault'],
  states: {
    askDanger: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'fault.askDanger', help: 'fault.askDangerHelp', choices: HAVE_OR_NOT, hints: 'hints.yesNo', aboutDanger: true } },
      on: {
        'choice.yes': 'danger',
        'choice.no': { actions: 'noteLift', target: 'scopeSaid' },
      },
    },

    // The scope said when the fault was named ("整栋楼都没电", "成棟樓冇電") is said back in our words, not asked (N8).
    scopeSaid: {
      always: [
        { guard: { type: 'faultScopeIs', params: { scope: 'home' } }, actions: { type: 'say', params: { key: 'fault.heardHome' } }, target: 'liftCheck' },
        { guard: { type: 'faultScopeIs', params: { scope: 'building' } }, actions: { type: 'say', params: { key: 'fault.heardBuilding' } }, target: 'liftCheck' },
        { guard: { type: 'faultScopeIs', params: { scope: 'area' } }, actions: { type: 'say', params: { key: 'fault.heardArea' } }, target: 'liftCheck' },
        { target: 'askScope' },
      ],
    },

    askScope: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'fault.askScope',
          help: 'fault.askScopeHelp',
          choices: [
            { id: 'home', dtmf: '1' },
            { id: 'building', dtmf: '2' },
            { id: 'area', dtmf: '3' },
          ],
          hints: 'hints.scope',
        },
      },
      on: {
        'choice.home': { actions: [{ type: 'rememberScope', params: { scope: 'home' } }, 'noteLift'], target: 'liftCheck' },
        'choice.building': { actions: [{ type: 'rememberScope', params: { scope: 'building' } }, 'noteLift'], target: 'liftCheck' },
        'choice.area': { actions: [{ type: 'rememberScope', params: { scope: 'area' } }, 'noteLift'], target: 'liftCheck' },
      },
    },

    // "电梯也停了": a real agent asks first whether anyone is trapped (N10).
    liftCheck: { always: [{ guard: 'liftToAsk', target: 'askTrapped' }, { target: 'where' }] },
    askTrapped: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'danger.liftTrapped', help: 'danger.liftTrappedHelp', choices: TRAPPED_YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: [{ type: 'rememberTrapped', params: { trapped: true } }, { type: 'say', params: { key: 'danger.trappedAdvice', safety: true } }], target: 'afterTrapped' },
        'choice.no': { actions: { type: 'rememberTrapped', params: { trapped: false } }, target: 'afterTrapped' },
      },
    },
    // On from where the lift was told: after the scope, the address; after the description, the read-back and the contact number.
    afterTrapped: { always: [{ guard: 'hasFaultDescription', target: 'readBack' }, { target: 'where' }] },
    where: {
      always: [
        // The address said when the fault was named: said back in our words, confirmed at the read-back (N8).
        { guard: 'hasFaultAddress', actions: { type: 'say', params: { key: 'fault.heardAddress' } }, target: 'findArea' },
        // A verified caller's own address is taken without its own question: the read-back says it
        // ("核对一下：城关区人民路88号…，家里全部没电了。对吗？") and a no there asks for the place (N8;
        // issue 14: one question fewer, about 14 s of the key-only report).
        { guard: 'hasVerifiedCustomer', actions: 'useHomeAddress', target: 'checkArrears' },
        { target: 'askAddress' },
      ],
    },
    // The first check a 95598 agent makes before a crew goes to a home: is the account in arrears
    // (欠费停电)? Account data, so only for a verified caller at his own address, and only when the
    // outage is his home alone.
    checkArrears: {
      always: [{ guard: { type: 'scopeIs', params: { scope: 'home' } }, target: 'fetchBalance' }, { target: 'findArea' }],
    },
    fetchBalance: {
      invoke: {
        src: 'getStatement',
        input: ({ context }) => ({ account: context.customer?.account ?? '' }),
        onDone: [
          {
            // 费控: the meter cut it; a top-up brings the power back within minutes.
            guard: { type: 'isPrepaidRunOut', params: ({ event }) => ({ statement: event.output }) },
            actions: [
              { type: 'rememberStatement', params: ({ event }) => ({ statement: event.output }) },
              { type: 'say', params: { key: 'fault.prepaidNotice' } },
              { type: 'say', params: { key: 'fault.prepaidHowToTopUp' } },
            ],
            target: 'askStillReport',
          },
          {
            guard: { type: 'isInArrears', params: ({ event }) => ({ statement: event.output }) },
            actions: [
              { type: 'rememberStatement', params: ({ event }) => ({ statement: event.output }) },
              // What to do, as an agent says it (N1): where to pay, and when the power is back.
              { type: 'say', params: { key: 'fault.arrearsNotice' } },
              { type: 'say', params: { key: 'fault.arrearsHowToPay' } },
            ],
            target: 'askStillReport',
          },
          { target: 'findArea' },
        ],
        // The balance is not known: the report is taken as ever.
        onError: 'findArea',
      },
    },
    askStillReport: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'fault.askStillReport', help: 'fault.askStillReportHelp', choices: STILL_REPORT, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': 'findArea',
        'choice.no': { actions: 'closeDraft', target: 'answered' },
        'choice.how_to_pay': HOW_TO_PAY,
        'choice.why_cut': WHY_CUT,
      },
    },
    askAddress: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'fault.askAddress', help: 'fault.askAddressHelp', timeoutSeconds: 10, expects: 'place' } },
      on: {
        // "是", "不知道", "门口" name no place a crew can drive to (N8): asked again, with the help.
        text: [{ guard: 'namesPlace', actions: 'rememberAddress', target: 'findArea' }, { actions: 'notAnAnswer' }],
      },
    },
    findArea: {
      invoke: {
        src: 'findArea',
        input: ({ context }) => ({ address: context.fault.address ?? '', areaId: homeAreaId(context) }),
        onDone: [
          { guard: { type: 'needsDistrict', params: ({ event }) => ({ area: event.output }) }, target: 'askDistrict' },
          { actions: { type: 'rememberArea', params: ({ event }) => ({ area: event.output }) }, target: 'checkOutage' },
        ],
        // Without an area we cannot check outages: take the report anyway.
        onError: 'askDescription',
      },
    },
    // "解放街12号": which district or town? The answer completes the address, said back (N8), and
    // the area is looked up again. Not known, or no answer: the report goes on without an area.
    askDistrict: {
      entry: ['resetMisses', 'markDistrictAsked'],
      meta: { ask: { kind: 'text', prompt: 'fault.askDistrict', help: 'fault.askDistrictHelp', timeoutSeconds: 8, expects: 'place' } },
      on: {
        text: [
          { guard: 'saidUnknown', target: 'checkOutage' },
          { guard: 'namesPlace', actions: ['addDistrict', { type: 'say', params: { key: 'fault.heardAddress' } }], target: 'findArea' },
          // "是", "对": no district (N8): asked again, with the help.
          { actions: 'notAnAnswer' },
        ],
        noInput: [{ guard: 'ladderExhausted', target: 'checkOutage' }, { actions: 'countMiss' }],
        noMatch: [{ guard: 'ladderExhausted', target: 'checkOutage' }, { actions: 'countMiss' }],
      },
    },
    checkOutage: {
      invoke: {
        src: 'findActiveOutage',
        input: ({ context }) => ({ areaId: context.fault.area?.id ?? null }),
        onDone: [
          // Told when the caller was identified, and he has something else to report (issue 14 item 6).
          { guard: { type: 'isDeclinedNotice', params: ({ event }) => ({ outage: event.output }) }, target: 'askDescription' },
          {
            guard: { type: 'isPlannedOutage', params: ({ event }) => ({ outage: event.output }) },
            actions: [
              { type: 'rememberOutage', params: ({ event }) => ({ outage: event.output }) },
              { type: 'say', params: { key: 'fault.knownOutagePlanned' } },
            ],
            target: 'outageContact',
          },
          {
            guard: { type: 'isOutage', params: ({ event }) => ({ outage: event.output }) },
            actions: [
              { type: 'rememberOutage', params: ({ event }) => ({ outage: event.output }) },
              { type: 'say', params: { key: 'fault.knownOutageFault' } },
            ],
            target: 'outageContact',
          },
          { target: 'askDescription' },
        ],
        onError: 'askDescription',
      },
    },
    // Registered on the outage with a number to reach the caller on: asked of a chat customer who
    // gave none and read back (N8), by the report's own number questions, in words for the outage.
    outageContact: {
      always: [
        { guard: 'hasContactNumber', target: 'registerOnOutage' },
        { guard: 'toldPhoneInPassing', actions: 'takePhoneToldInPassing', target: 'confirmContact' },
        { target: 'askContact' },
      ],
    },
    registerOnOutage: {
      invoke: {
        src: 'registerOnOutage',
        input: ({ context }) => ({
          outageId: context.fault.outage?.id ?? '',
          phone: context.answers.contact ?? context.caller,
          account: context.customer?.account ?? null,
          conversationId: context.conversationId,
        }),
        onDone: { actions: ['closeDraft', { type: 'say', params: { key: 'fault.registeredOnOutage' } }], target: 'recorded' },
        // Not registered on the outage: take an ordinary report instead, so nothing is lost.
        onError: { actions: { type: 'rememberOutage', params: { outage: null } }, target: 'askDescription' },
      },
    },
    askDescription: {
      // Described when the fault was named ("整栋楼都停电了"): not asked again, the read-back confirms it (N8).
      always: { guard: 'openingDescribedFault', actions: 'takeOpeningDescription', target: 'readBack' },
      entry: 'resetMisses',
      // "从昨晚8点就没电了": since when, read back (N8, issue 14).
      meta: { ask: { kind: 'text', prompt: 'fault.askDescription', help: 'fault.askDescriptionHelp', timeoutSeconds: 10, inPassing: { when: true } } },
      on: {
        text: [
          { guard: 'saysOnlyYesOrNo', actions: 'notAnAnswer' },
          { guard: 'liftToAsk', actions: ['rememberDescription', 'noteLift'], target: 'askTrapped' },
          // "又跳闸了", "停了一晚上了": a short apology before the read-back (N12).
          { actions: ['rememberDescription', 'reactToTold'], target: 'readBack' },
        ],
      },
    },
    // Where, what and since when (N8); the number is its own turn next: with it the read-back would
    // be over the turn budget (N2, 25 s).
    readBack: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: [{ key: 'fault.readBack' }, { key: 'fault.readBackSince', ifGiven: 'since' }, { key: 'common.isThatRight' }],
          help: 'fault.readBackHelp',
          choices: READ_BACK_WITH_NUMBER,
          hints: 'hints.yesNo',
        },
      },
      on: {
        'choice.yes': 'contact',
        'choice.no': 'askWhichWrong',
        // "号码不对": the number, taken again (N8).
        'choice.contact_number': 'askContact',
      },
    },
    // A number for every report: the caller's own, or asked for (a chat without one); read back with
    // the contact person, when known (N8).
    // A chat customer we cannot name is asked how to address him first (issue 14).
    contact: {
      always: [
        { guard: 'needsContactName', target: 'askContactName' },
        // "我电话是139…" typed with the fault: that number, read back (N8), not asked again.
        { guard: 'toldPhoneInPassing', actions: 'takePhoneToldInPassing', target: 'confirmContact' },
        { guard: 'hasContactNumber', target: 'confirmContact' },
        { target: 'askContact' },
      ],
    },
    askContactName: contactNameAsk('contact'),
    askContact: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'digits',
          numDigits: 11,
          phone: true,
          prompt: [{ key: 'outage.askContact', ifGiven: 'onOutage' }, { key: 'danger.askContact', unlessGiven: 'onOutage' }],
          help: 'danger.askContactHelp',
          timeoutSeconds: 12,
        },
      },
      on: { digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'confirmContact' } },
    },
    confirmContact: {
      entry: 'resetMisses',
      // The name said with its characters once: later read-backs say it alone (issue 14).
      exit: 'markNameDescribed',
      meta: {
        ask: {
          kind: 'choice',
          prompt: [
            { key: 'common.contactPerson', ifGiven: 'name' },
            { key: 'common.contactNamed', ifGiven: 'contactName' },
            { key: 'outage.confirmContact', ifGiven: 'onOutage' },
            { key: 'danger.confirmContact', unlessGiven: 'onOutage' },
          ],
          help: 'danger.confirmContactHelp',
          choices: CONTACT_YES_NO,
          hints: 'hints.yesNo',
          numberInstead: 11,
          phone: true,
        },
      },
      on: {
        'choice.yes': [{ guard: 'registersOnOutage', target: 'registerOnOutage' }, { target: 'createWorkOrder' }],
        'choice.no': 'askContact',
        // "不对，打我老婆的手机，幺三九…": that number, read back in its turn (N8).
        digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'confirmContact', reenter: true },
      },
    },
    // A plain "no": the address and the fault, said again from the address, or the number.
    askWhichWrong: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'fault.askWhichWrong', help: 'fault.askWhichWrongHelp', choices: FAULT_OR_NUMBER } },
      on: {
        'choice.fault_details': 'askAddress',
        'choice.contact_number': 'askContact',
      },
    },
    createWorkOrder: {
      invoke: {
        src: 'saveWorkOrder',
        input: ({ context }) => repairOrder(context),
        onDone: {
          actions: [
            { type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) },
            { type: 'announceTicket', params: { key: 'fault.ticketCreated' } },
          ],
          target: 'recorded',
        },
        onError: 'saveFailed',
      },
    },
    recorded: { type: 'final', output: { outcome: 'recorded' } },
    /** No report after all: the power was cut for arrears, and the caller will pay. */
    answered: { type: 'final', output: { outcome: 'answered' } },
    danger: { type: 'final', output: { outcome: 'danger' } },
    saveFailed: { type: 'final', output: { outcome: 'saveFailed' } },
  },
});
