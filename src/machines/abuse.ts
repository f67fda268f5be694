/**
 * Abusive callers (N22): a polite warning, then a final warning; then the call goes to the
 * automated service (self-service only) and an incident with the words goes to the duty
 * supervisor. The blacklist policy runs on the incident (N23). Abuse after that ends the call
 * politely. The warnings are root transitions on `abuse` in inbound-call.ts; this is the handover,
 * which ends with the caller on self-service.
 */
import { attributablePhone } from './disclosure.js';
import { dialogue } from './setup.js';

export const abuseHandoverFlow = dialogue.createStateConfig({
  initial: 'reportAbuse',
  states: {
    reportAbuse: {
      invoke: {
        src: 'reportAbuse',
        // Counted against a number only when it is attributable: never a number typed in a chat (issue 10 item 2).
        input: ({ context }) => ({ phone: attributablePhone(context), conversationId: context.conversationId, channel: context.channel, evidence: context.abuse }),
        onDone: {
          actions: ['serveBySelfService', { type: 'say', params: { key: 'abuse.selfService' } }],
          target: 'selfService',
        },
        // The incident goes through the outbox; the caller is moved to self-service all the same.
        onError: {
          actions: ['serveBySelfService', { type: 'say', params: { key: 'abuse.selfService' } }],
          target: 'selfService',
        },
      },
    },
    selfService: { type: 'final' },
  },
});
