/**
 * The danger report (N10, N8): a fallen wire, sparks, an electric shock, smoke or a fire, said at
 * any point of any call. The safety advice is heard whole, then where the danger is (the registered
 * address offered to a verified customer), then an urgent repair order with its ticket number.
 * The composing chart enters it from every state (a global interrupt) and afterwards goes back to
 * the business it interrupted.
 * Ends `recorded` (an urgent order, or queued in emergency mode) or `saveFailed`.
 */
import { YES_NO } from './ask.js';
import { dialogue } from './setup.js';
import { repairOrder } from './work-orders.js';

export const dangerReportFlow = dialogue.createStateConfig({
  initial: 'where',
  entry: ['markDanger', { type: 'say', params: { key: 'fault.safetyAdvice', safety: true } }],
  // Danger said again while it is being reported: the report goes on (its question is asked again).
  on: { danger: {} },
  states: {
    where: {
      always: [{ guard: 'hasVerifiedCustomer', target: 'confirmAtHome' }, { target: 'askLocation' }],
    },
    confirmAtHome: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'fault.confirmDangerAtHome', help: 'fault.confirmDangerAtHomeHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': { actions: 'useHomeAddress', target: 'createUrgentOrder' },
        'choice.no': 'askLocation',
      },
    },
    askLocation: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'fault.askDangerLocation', help: 'fault.askDangerLocationHelp', timeoutSeconds: 10 } },
      on: {
        text: { actions: 'rememberAddress', target: 'createUrgentOrder' },
      },
    },
    createUrgentOrder: {
      invoke: {
        src: 'saveWorkOrder',
        input: ({ context }) => repairOrder(context),
        onDone: {
          actions: [
            { type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) },
            { type: 'announceTicket', params: { key: 'fault.urgentCreated' } },
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
