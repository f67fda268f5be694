/**
 * Consultation and business (N9, N11, N25): answers from the knowledge base in every locale
 * (prices, new connection, EV charging facility, capacity increase, name transfer); a business
 * application is registered as a work order with the next step explained. A question that cannot
 * be answered at once gets an apology, a contact number and a callback task with a deadline (N11).
 * Ends `answered` (told, registered or promised a callback) or `saveFailed`.
 */
import { KB_TOPICS, YES_NO } from './ask.js';
import { dialogue } from './setup.js';
import { applicationOrder } from './work-orders.js';

/** An application topic: its knowledge-base answer, then the offer to register it. */
function explain(application: string, key: string) {
  return { actions: [{ type: 'rememberAnswer', params: { name: 'application', value: application } }, { type: 'say', params: { key } }], target: 'offerApplication' } as const;
}

/** What the knowledge base says for each topic (N11), by key, by words, or named when the caller first spoke. */
const ANSWER = {
  prices: { actions: { type: 'say', params: { key: 'kb.prices' } }, target: 'answered' },
  new_connection: explain('new_connection', 'kb.newConnection'),
  ev_charger: explain('ev_charger', 'kb.evCharger'),
  capacity_increase: explain('capacity_increase', 'kb.capacityIncrease'),
  name_transfer: explain('name_transfer', 'kb.nameTransfer'),
} as const;

export const consultationFlow = dialogue.createStateConfig({
  initial: 'begin',
  states: {
    // A topic the caller already named ("装充电桩要什么材料", "阶梯电价怎么算") is answered at once (issue 9 item 2).
    begin: {
      always: [
        { guard: { type: 'openingNames', params: { topic: 'prices' } }, ...ANSWER.prices },
        { guard: { type: 'openingNames', params: { topic: 'ev_charger' } }, ...ANSWER.ev_charger },
        { guard: { type: 'openingNames', params: { topic: 'capacity_increase' } }, ...ANSWER.capacity_increase },
        { guard: { type: 'openingNames', params: { topic: 'name_transfer' } }, ...ANSWER.name_transfer },
        { guard: { type: 'openingNames', params: { topic: 'new_connection' } }, ...ANSWER.new_connection },
        { target: 'askTopic' },
      ],
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
          choices: [...KB_TOPICS, { id: 'other_question', dtmf: '6', intents: ['consultation'] }],
        },
      },
      on: {
        'choice.prices': ANSWER.prices,
        'choice.new_connection': ANSWER.new_connection,
        'choice.ev_charger': ANSWER.ev_charger,
        'choice.capacity_increase': ANSWER.capacity_increase,
        'choice.name_transfer': ANSWER.name_transfer,
        'choice.other_question': 'askQuestion',
      },
    },

    offerApplication: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'consultation.offerApplication', help: 'consultation.offerApplicationHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': 'applicationContact',
        'choice.no': 'answered',
      },
    },
    applicationContact: {
      always: [{ guard: 'hasCallerNumber', target: 'askAddress' }, { target: 'askApplicationContact' }],
    },
    askApplicationContact: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 11, prompt: 'consultation.askContact', help: 'consultation.askContactHelp', timeoutSeconds: 12 } },
      on: { digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'askAddress' } },
    },
    askAddress: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'consultation.askAddress', help: 'consultation.askAddressHelp', timeoutSeconds: 10 } },
      on: { text: { actions: { type: 'rememberAnswer', params: { name: 'address' } }, target: 'saveApplication' } },
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
      meta: { ask: { kind: 'text', prompt: 'consultation.askQuestion', help: 'consultation.askQuestionHelp', timeoutSeconds: 12 } },
      on: {
        text: [
          // Asked again after a danger report, the caller may have nothing more to ask.
          { guard: 'saidNothingMore', target: 'answered' },
          // A question the knowledge base answers (阶梯电价, time-of-use) is answered, not taken for a callback (N11).
          { guard: { type: 'answerNames' as const, params: { topic: 'prices' } }, ...ANSWER.prices },
          { guard: { type: 'answerNames' as const, params: { topic: 'ev_charger' } }, ...ANSWER.ev_charger },
          { guard: { type: 'answerNames' as const, params: { topic: 'capacity_increase' } }, ...ANSWER.capacity_increase },
          { guard: { type: 'answerNames' as const, params: { topic: 'name_transfer' } }, ...ANSWER.name_transfer },
          { actions: { type: 'rememberAnswer', params: { name: 'question' } }, target: 'questionContact' },
        ],
        // "No, nothing else" here is no question, not the end of the call: on to "anything else?".
        goodbye: 'answered',
      },
    },
    questionContact: {
      always: [{ guard: 'hasCallerNumber', target: 'requestCallback' }, { target: 'askQuestionContact' }],
    },
    askQuestionContact: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 11, prompt: 'consultation.askContact', help: 'consultation.askContactHelp', timeoutSeconds: 12 } },
      on: { digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'requestCallback' } },
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
    saveFailed: { type: 'final', output: { outcome: 'saveFailed' } },
  },
});
