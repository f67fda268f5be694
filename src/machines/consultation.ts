/**
 * Consultation and business (N9, N11, N25): answers from the knowledge base in every locale
 * (prices, new connection, EV charging facility, capacity increase, name transfer), at once when the
 * caller already named the topic (at the language offer, the menu, "anything else?", or as the
 * question they ask; the engine names it, N8); a business
 * application is registered as a work order with the next step explained, once its address and
 * contact number are read back and confirmed (N8). A question that cannot
 * be answered at once gets an apology, a contact number and a callback task with a deadline (N11).
 * A safety question ("万一电线掉下来怎么办") hears the safety rules, then whether it is happening now:
 * yes is the danger report (N10).
 * Ends `answered` (told, registered or promised a callback), `danger` (it is happening now) or `saveFailed`.
 */
import { CONTACT_YES_NO, KB_TOPICS, NEED_OR_NOT, RIGHT_OR_NOT, YES_NO, yesNoAs } from './ask.js';
import { dialogue } from './setup.js';
import { applicationOrder } from './work-orders.js';

type Topic = (typeof KB_TOPICS)[number];

/** An application topic: its knowledge-base answer, then the offer to register it. */
function explain(application: Topic, key: string) {
  return { actions: [{ type: 'rememberAnswer', params: { name: 'application', value: application } }, { type: 'say', params: { key } }], target: 'offerApplication' } as const;
}

/** What the knowledge base says of each topic (N11): chosen at the topic menu, or named where the caller asked. */
const ANSWER = {
  // The three tiers briefly, as an agent says them; the time-of-use rates only when asked for (N2, issue 14).
  prices: { actions: [{ type: 'say', params: { key: 'kb.prices' } }, { type: 'say', params: { key: 'kb.pricesTiers' } }], target: 'offerTimeOfUse' },
  new_connection: explain('new_connection', 'kb.newConnection'),
  ev_charger: explain('ev_charger', 'kb.evCharger'),
  capacity_increase: explain('capacity_increase', 'kb.capacityIncrease'),
  name_transfer: explain('name_transfer', 'kb.nameTransfer'),
  business_hours: { actions: { type: 'say', params: { key: 'kb.businessHours' } }, target: 'answered' },
  payment: { actions: { type: 'say', params: { key: 'kb.payment' } }, target: 'answered' },
  // What to do if a wire comes down (N10, N11): keep away, touch nothing, call 95598; then whether it is so now.
  safety: { actions: { type: 'say', params: { key: 'kb.safety' } }, target: 'askSafetyNow' },
} as const;

/** Each topic's answer, taken when `guard` finds the topic named (the engine names it, `AskMeta.inPassing`). */
function answerWhen(guard: 'openingNames' | 'answerNames') {
  return KB_TOPICS.map((topic) => ({ guard: { type: guard, params: { topic } }, ...ANSWER[topic] }));
}

export const consultationFlow = dialogue.createStateConfig({
  initial: 'route',
  states: {
    // A topic named when the consultation was chosen ("装充电桩要什么材料") is answered at once, no topic menu (N8, N11).
    route: {
      always: [...answerWhen('openingNames'), { target: 'askTopic' }],
      exit: 'forgetOpeningTopic',
    },
    /** Where the caller was when a danger report interrupted (N10): the composing chart comes back here. */
    resume: { type: 'history', history: 'deep' },
    askTopic: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'consultation.askTopic',
          help: 'consultation.askTopicHelp',
          inPassing: { topics: ['safety'] },
          choices: [
            { id: 'prices', dtmf: '1' },
            { id: 'new_connection', dtmf: '2', intents: ['new_service'] },
            { id: 'ev_charger', dtmf: '3' },
            { id: 'capacity_increase', dtmf: '4' },
            { id: 'name_transfer', dtmf: '5' },
            { id: 'other_question', dtmf: '6', intents: ['consultation'] },
            // Asked in words only, answered at once (audit 2, finding 5): no key of their own, the menu stays short (N2).
            { id: 'business_hours', hidden: true },
            { id: 'payment', hidden: true },
          ],
        },
      },
      on: {
        'choice.prices': ANSWER.prices,
        'choice.new_connection': ANSWER.new_connection,
        'choice.ev_charger': ANSWER.ev_charger,
        'choice.capacity_increase': ANSWER.capacity_increase,
        'choice.name_transfer': ANSWER.name_transfer,
        'choice.business_hours': ANSWER.business_hours,
        'choice.payment': ANSWER.payment,
        // A safety question asked here is answered, not taken as "another question" (N10, N11).
        'choice.other_question': [{ guard: { type: 'answerNames', params: { topic: 'safety' } }, ...ANSWER.safety }, { target: 'askQuestion' }],
      },
    },

    // More detail offered instead of read out: the time-of-use rates (峰谷电价) on request.
    offerTimeOfUse: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'kb.offerTimeOfUse', help: 'kb.offerTimeOfUseHelp', choices: NEED_OR_NOT, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: { type: 'say', params: { key: 'kb.timeOfUse' } }, target: 'answered' },
        'choice.no': 'answered',
      },
    },

    // After the safety rules: is it happening now? Yes is the danger report (N10); "没有，就问问" is answered.
    askSafetyNow: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'kb.safetyNow', help: 'kb.safetyNowHelp', choices: yesNoAs(YES_NO, 'have'), hints: 'hints.yesNo', aboutDanger: true } },
      on: {
        'choice.yes': 'danger',
        'choice.no': 'answered',
      },
    },

    offerApplication: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'consultation.offerApplication', help: 'consultation.offerApplicationHelp', choices: NEED_OR_NOT, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': 'askAddress',
        'choice.no': 'answered',
      },
    },
    askAddress: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'consultation.askAddress', help: 'consultation.askAddressHelp', timeoutSeconds: 10, expects: 'place' } },
      on: { text: [{ guard: 'namesPlace', actions: { type: 'rememberAnswer', params: { name: 'address' } }, target: 'applicationContact' }, { actions: 'notAnAnswer' }] },
    },
    applicationContact: {
      always: [{ guard: 'hasContactNumber', target: 'readBackApplication' }, { target: 'askApplicationContact' }],
    },
    askApplicationContact: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 11, phone: true, prompt: 'consultation.askContact', help: 'consultation.askContactHelp', timeoutSeconds: 12 } },
      on: { digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'readBackApplication' } },
    },
    readBackApplication: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: [{ key: 'consultation.readBack' }, { key: 'common.readBackContact' }, { key: 'common.isThatRight' }], help: 'consultation.readBackHelp', choices: RIGHT_OR_NOT, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': 'saveApplication',
        'choice.no': 'askAddress',
      },
    },
    saveApplication: {
      invoke: {
        src: 'saveWorkOrder',
        input: ({ context }) => applicationOrder(context),
        onDone: {
          actions: [
            { type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) },
            { type: 'announceTicket', params: { key: 'consultation.applicationRegistered' } },
          ],
          target: 'answered',
        },
        onError: 'saveFailed',
      },
    },

    askQuestion: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'consultation.askQuestion', help: 'consultation.askQuestionHelp', timeoutSeconds: 12, inPassing: { topics: KB_TOPICS } } },
      on: {
        text: [
          // Asked again after a danger report, the caller may have nothing more to ask.
          { guard: 'saidNothingMore', target: 'answered' },
          // A question the knowledge base answers (阶梯电价, time of use) is answered, not taken for a callback (N11).
          ...answerWhen('answerNames'),
          { actions: { type: 'rememberAnswer', params: { name: 'question' } }, target: 'questionContact' },
        ],
        // "No, nothing else" here is no question, not the end of the call: on to "anything else?".
        goodbye: 'answered',
      },
    },
    // The number the answer is called back on is read back before it is promised (N8, N11; audit 2, finding 5).
    questionContact: {
      always: [{ guard: 'hasCallerNumber', target: 'confirmQuestionContact' }, { target: 'askQuestionContact' }],
    },
    askQuestionContact: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 11, phone: true, prompt: 'consultation.askContact', help: 'consultation.askContactHelp', timeoutSeconds: 12 } },
      on: { digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'confirmQuestionContact' } },
    },
    confirmQuestionContact: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'consultation.confirmContact',
          help: 'danger.confirmContactHelp',
          choices: CONTACT_YES_NO,
          hints: 'hints.yesNo',
          numberInstead: 11,
          phone: true,
        },
      },
      on: {
        'choice.yes': 'requestCallback',
        'choice.no': 'askQuestionContact',
        // "不对，打幺三九…": that number, read back in its turn (N8).
        digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'confirmQuestionContact', reenter: true },
      },
    },
    requestCallback: {
      invoke: {
        src: 'requestCallback',
        input: ({ context }) => ({
          phone: context.answers.contact ?? context.caller ?? '',
          question: context.answers.question ?? '',
          conversationId: context.conversationId,
          account: context.customer?.account ?? null,
        }),
        onDone: {
          actions: [
            { type: 'rememberAnswer', params: ({ event }) => ({ name: 'callbackDueAt', value: event.output.dueAt }) },
            { type: 'say', params: { key: 'consultation.callbackPromised' } },
          ],
          target: 'answered',
        },
        onError: 'saveFailed',
      },
    },
    answered: { type: 'final', output: { outcome: 'answered' } },
    danger: { type: 'final', output: { outcome: 'danger' } },
    saveFailed: { type: 'final', output: { outcome: 'saveFailed' } },
  },
});
