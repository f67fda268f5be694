/**
 * Consultation and business (N9, N11, N25): answers from the knowledge base in every locale
 * (prices, new connection, EV charging facility, capacity increase, name transfer); a business
 * application is registered as a work order with the next step explained, once its address and
 * contact number are read back and confirmed (N8). A question that cannot
 * be answered at once gets an apology, a contact number and a callback task with a deadline (N11).
 * Ends `answered` (told, registered or promised a callback) or `saveFailed`.
 */
import { YES_NO } from './ask.js';
import { dialogue } from './setup.js';
import { applicationOrder } from './work-orders.js';

export const consultationFlow = dialogue.createStateConfig({
  initial: 'askTopic',
  states: {
    /** Where the caller was when a danger report interrupted (N10): the composing chart comes back here. */
    resume: { type: 'history', history: 'deep' },
    askTopic: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'consultation.askTopic',
          help: 'consultation.askTopicHelp',
          choices: [
            { id: 'prices', dtmf: '1' },
            { id: 'new_connection', dtmf: '2', intents: ['new_service'] },
            { id: 'ev_charger', dtmf: '3' },
            { id: 'capacity_increase', dtmf: '4' },
            { id: 'name_transfer', dtmf: '5' },
            { id: 'other_question', dtmf: '6', intents: ['consultation'] },
          ],
        },
      },
      on: {
        'choice.prices': { actions: { type: 'say', params: { key: 'kb.prices' } }, target: 'answered' },
        'choice.new_connection': {
          actions: [{ type: 'rememberAnswer', params: { name: 'application', value: 'new_connection' } }, { type: 'say', params: { key: 'kb.newConnection' } }],
          target: 'offerApplication',
        },
        'choice.ev_charger': {
          actions: [{ type: 'rememberAnswer', params: { name: 'application', value: 'ev_charger' } }, { type: 'say', params: { key: 'kb.evCharger' } }],
          target: 'offerApplication',
        },
        'choice.capacity_increase': {
          actions: [{ type: 'rememberAnswer', params: { name: 'application', value: 'capacity_increase' } }, { type: 'say', params: { key: 'kb.capacityIncrease' } }],
          target: 'offerApplication',
        },
        'choice.name_transfer': {
          actions: [{ type: 'rememberAnswer', params: { name: 'application', value: 'name_transfer' } }, { type: 'say', params: { key: 'kb.nameTransfer' } }],
          target: 'offerApplication',
        },
        'choice.other_question': 'askQuestion',
      },
    },

    offerApplication: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'consultation.offerApplication', help: 'consultation.offerApplicationHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': 'askAddress',
        'choice.no': 'answered',
      },
    },
    askAddress: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'consultation.askAddress', help: 'consultation.askAddressHelp', timeoutSeconds: 10, expects: 'place' } },
      on: { text: { actions: { type: 'rememberAnswer', params: { name: 'address' } }, target: 'applicationContact' } },
    },
    applicationContact: {
      always: [{ guard: 'hasContactNumber', target: 'readBackApplication' }, { target: 'askApplicationContact' }],
    },
    askApplicationContact: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'digits', numDigits: 11, prompt: 'consultation.askContact', help: 'consultation.askContactHelp', timeoutSeconds: 12 } },
      on: { digits: { actions: { type: 'rememberAnswer', params: { name: 'contact' } }, target: 'readBackApplication' } },
    },
    readBackApplication: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: [{ key: 'consultation.readBack' }, { key: 'common.readBackContact' }, { key: 'common.isThatRight' }], help: 'consultation.readBackHelp', choices: YES_NO, hints: 'hints.yesNo' } },
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
      meta: { ask: { kind: 'text', prompt: 'consultation.askQuestion', help: 'consultation.askQuestionHelp', timeoutSeconds: 12 } },
      on: {
        text: [
          // Asked again after a danger report, the caller may have nothing more to ask.
          { guard: 'saidNothingMore', target: 'answered' },
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
