/**
 * The inbound call as a hosted flow: the 95598 line and the chat page (src/machines/inbound-call.ts)
 * bound to the services, started for whoever calls or opens a chat.
 */
import type { FlowDefinition } from '../engine/flows.js';
import { inboundCallMachine, type InboundCallMachine } from '../machines/inbound-call.js';
import { escalationWhisper } from '../machines/escalation.js';
import { bindServiceActors } from '../machines/service-actors.js';
import { promptValues } from '../machines/prompt-values.js';
import { initialContext, type DialogueContext } from '../machines/context.js';
import { bindVerificationActors } from '../machines/verification-actors.js';
import { bindTicketActors } from '../machines/ticket-actors.js';
import { bindProgressActors } from '../machines/progress-actors.js';
import { UNLIMITED_GUESSES, type NumberGuesses } from '../services/ownership.js';
import type { TicketTexts } from '../services/ticket-texts.js';
import { findAreaInWords } from './area-in-words.js';
import { inboundTurnFailed } from './inbound-failure.js';
import type { VerificationCodes } from '../services/verification.js';
import type { OutboundWindow } from '../services/outbound-window.js';
import type { Locale } from '../core/locale.js';

export interface InboundSettings {
  /** The company name said in the greeting. */
  company: string;
  /** The service centres' opening hours, `daily 09:00-17:00` (issue 14 item 6); absent: that default. */
  serviceHours?: string;
  /** The duty supervisors' language: the whisper is said in it (N24). */
  whisperLocale?: Locale;
  /** Reply deadline of a complaint (N14) and of a question taken for research (N11), in hours. */
  complaintReplyHours: number;
  questionReplyHours: number;
  /** N15: deadlines told to callers fall inside these calling windows (src/services/deadlines.ts). */
  windows: readonly OutboundWindow[];
  /** One-time codes by SMS (issue 10 item 1); absent: nobody is verified by code. */
  verification?: VerificationCodes | null;
  /** The ticket number by SMS (issue 14 item 6); absent: nothing is texted. */
  ticketTexts?: TicketTexts | null;
  /** Tries at ticket and account numbers per caller or chat client (issue 14); absent: counted per conversation only. */
  guesses?: NumberGuesses | null;
}

export const INBOUND_FLOW = 'inbound';

/** Where a person hands an inbound conversation back to the bot: the menu, or one of its businesses. */
export const INBOUND_ENTRIES = ['menu', 'fault_report', 'query', 'consultation', 'complaint', 'report'] as const;

export function inboundFlow(settings: InboundSettings): FlowDefinition<InboundCallMachine> {
  return {
    id: INBOUND_FLOW,
    machine: inboundCallMachine,
    actors: (services, { now }) => ({
      ...bindServiceActors(services, {
        now,
        complaintReplyHours: settings.complaintReplyHours,
        questionReplyHours: settings.questionReplyHours,
        windows: settings.windows,
      }),
      ...bindVerificationActors(settings.verification ?? null),
      ...bindTicketActors(settings.ticketTexts ?? null),
      ...bindProgressActors(services, settings.guesses ?? UNLIMITED_GUESSES, now),
      // The area of a place said in Cantonese characters or in English too (N10: the right crew and promise).
      findArea: findAreaInWords(services),
    }),
    input: (start) => ({
      conversationId: start.conversationId,
      channel: start.channel,
      caller: start.caller,
      company: settings.company,
      ...(settings.serviceHours ? { serviceHours: settings.serviceHours } : {}),
      locale: start.locale,
      ...(start.params.language === 'chosen' ? { languageChosen: true } : {}),
      // The chat client (its address key, from the channel): tries at guessable numbers count per client.
      ...(start.params.client ? { client: start.params.client } : {}),
    }),
    // N10, N21: a turn that fails during a danger report keeps it (outbox) and goes to the urgent seat.
    failed: inboundTurnFailed,
    view: (context, locale) => ({
      values: promptValues(context, locale),
      misses: context.misses,
      miss: context.lastMiss,
      // N3: a caller who sounded upset (from then on), complains, swore or is still dissatisfied is answered softly.
      soothe: context.upset === true || context.answers.what !== undefined || context.abuse.length > 0 || context.escalationReason === 'dissatisfied',
      escalation: context.escalation && {
        escalationId: context.escalation.record.id,
        reason: context.escalation.record.reason,
        summary: context.escalation.record.summary,
        whisper: escalationWhisper(context, settings.whisperLocale),
        chain: context.escalation.shift?.chain ?? [],
      },
    }),
    // A fresh run at the menu with what the bot knew of the caller; the business starts afresh,
    // entered as if chosen at the menu (its entry actions and service calls run as usual).
    entries: {
      ids: INBOUND_ENTRIES,
      at: (entry, previous, input) => {
        const before = previous as DialogueContext | null;
        const context: DialogueContext = {
          ...initialContext(input),
          ...(before
            ? { customer: before.customer, ticket: before.ticket, selfServiceOnly: before.selfServiceOnly, abuse: before.abuse, abuseReported: before.abuseReported, upset: before.upset === true, nameDescribed: before.nameDescribed === true }
            : {}),
        };
        return {
          value: { menu: context.selfServiceOnly ? 'selfService' : 'full' },
          context,
          ...(entry === 'menu' ? {} : { event: { type: `choice.${entry}` } }),
        };
      },
    },
  };
}
