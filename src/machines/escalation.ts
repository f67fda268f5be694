/**
 * Escalation to the duty supervisor (当值值长, N24): asked for by the caller, or a customer still
 * strongly dissatisfied. The escalation is recorded with its reason and context, and the call
 * goes to the supervisor chain on duty (voice: dialled in order with a whisper summary; chat: a
 * prioritized queue). Never for a caller on self-service only (N23).
 * Ends `recorded` (context.escalation set: to the supervisor) or `notRecorded`.
 */
import { dialogue } from './setup.js';
import type { DialogueContext } from './context.js';
import { verificationOf } from './disclosure.js';

/** What the supervisor hears or reads before taking over: who, and what has happened so far. */
export function escalationSummary(context: DialogueContext): string {
  const parts = [`reason: ${context.escalationReason ?? 'requested'}`];
  // For the supervisor (staff): the account, and whether the caller proved it (issue 10 item 1).
  if (context.customer) {
    const verified = verificationOf(context);
    parts.push(`account ${context.customer.account} ${context.customer.name} (${verified ? `verified by ${verified === 'caller_id' ? 'caller ID' : 'SMS code'}` : 'NOT verified'})`);
  }
  if (context.caller) parts.push(`caller ${context.caller}`);
  if (context.ticket) parts.push(`ticket ${context.ticket.id} (${context.ticket.kind}${context.ticket.status === 'abandoned' ? ', not finished' : ''})`);
  const { fault, answers } = context;
  const reported = [
    fault.danger ? 'DANGER' : null,
    fault.scope ? `scope ${fault.scope}` : null,
    fault.address ? `address ${fault.address}` : null,
    fault.description ? `fault: ${fault.description}` : null,
  ].filter((part) => part !== null);
  if (reported.length > 0) parts.push(reported.join(', '));
  if (answers.what) parts.push(`complaint: ${answers.what}`);
  if (answers.details) parts.push(`report (${answers.reportType ?? 'other'}): ${answers.details}`);
  if (context.abuse.length > 0) parts.push(`abusive words: ${context.abuse.join(' / ')}`);
  return parts.join('; ');
}

export const escalationFlow = dialogue.createStateConfig({
  initial: 'record',
  states: {
    record: {
      invoke: {
        src: 'escalate',
        input: ({ context }) => ({
          reason: context.escalationReason ?? 'requested',
          conversationId: context.conversationId,
          channel: context.channel,
          phone: context.caller,
          summary: escalationSummary(context),
          context: { account: context.customer?.account ?? null, ticket: context.ticket?.id ?? null, answers: context.answers },
        }),
        onDone: {
          actions: { type: 'rememberEscalation', params: ({ event }) => ({ escalation: event.output }) },
          target: 'recorded',
        },
        // The record could not be made: a person still takes the call.
        onError: 'notRecorded',
      },
    },
    recorded: { type: 'final', output: { outcome: 'recorded' } },
    notRecorded: { type: 'final', output: { outcome: 'notRecorded' } },
  },
});
