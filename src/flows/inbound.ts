/**
 * The inbound call as a hosted flow: the 95598 line and the chat page (src/machines/inbound-call.ts)
 * bound to the services, started for whoever calls or opens a chat.
 */
import type { FlowDefinition } from '../engine/flows.js';
import { inboundCallMachine, type InboundCallMachine } from '../machines/inbound-call.js';
import { bindServiceActors } from '../machines/service-actors.js';
import { promptValues } from '../machines/prompt-values.js';
import { bindVerificationActors } from '../machines/verification-actors.js';
import type { VerificationCodes } from '../services/verification.js';

export interface InboundSettings {
  /** The company name said in the greeting. */
  company: string;
  /** Reply deadline of a complaint (N14) and of a question taken for research (N11), in hours. */
  complaintReplyHours: number;
  questionReplyHours: number;
  /** One-time codes by SMS (issue 10 item 1); absent: nobody is verified by code. */
  verification?: VerificationCodes | null;
}

export const INBOUND_FLOW = 'inbound';

export function inboundFlow(settings: InboundSettings): FlowDefinition<InboundCallMachine> {
  return {
    id: INBOUND_FLOW,
    machine: inboundCallMachine,
    actors: (services, { now }) => ({
      ...bindServiceActors(services, { now, complaintReplyHours: settings.complaintReplyHours, questionReplyHours: settings.questionReplyHours }),
      ...bindVerificationActors(settings.verification ?? null),
    }),
    input: (start) => ({ conversationId: start.conversationId, channel: start.channel, caller: start.caller, company: settings.company, locale: start.locale }),
    view: (context, locale) => ({
      values: promptValues(context, locale),
      misses: context.misses,
      escalation: context.escalation && {
        escalationId: context.escalation.record.id,
        reason: context.escalation.record.reason,
        summary: context.escalation.record.summary,
        chain: context.escalation.shift?.chain ?? [],
      },
    }),
  };
}
