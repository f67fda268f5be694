/**
 * Escalation to the duty supervisor (当值值长, N24): asked for by the caller, or a customer still
 * strongly dissatisfied. The escalation is recorded with its reason and context, and the call
 * goes to the supervisor chain on duty (voice: dialled in order with a whisper summary; chat: a
 * prioritized queue). Never for a caller on self-service only (N23).
 * Ends `recorded` (context.escalation set: to the supervisor) or `notRecorded`.
 */
import { dialogue } from './setup.js';
import type { DialogueContext, EscalationReason } from './context.js';
import type { PromptRef, PromptValues } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';
import { verificationOf } from './disclosure.js';
import { quotedGist } from './gist.js';

/** What the supervisor hears or reads before taking over: who, and what has happened so far. */
export function escalationSummary(context: DialogueContext): string {
  const parts = [`reason: ${context.escalationReason ?? 'requested'}`, `language: ${context.locale ?? 'zh-CN'}`];
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
  if (context.escalationWords) parts.push(`caller said: ${context.escalationWords}`);
  if (context.abuse.length > 0) parts.push(`abusive words: ${context.abuse.join(' / ')}`);
  // N3: who takes the call knows to speak softly.
  if (context.upset) parts.push('caller upset (answered softly)');
  return parts.join('; ');
}

const WHISPER_REASON: Record<EscalationReason, string> = {
  requested: 'escalation.whisperRequested',
  dissatisfied: 'escalation.whisperDissatisfied',
  abuse: 'escalation.whisperAbuse',
  not_understood: 'escalation.whisperNotUnderstood',
  system_error: 'escalation.whisperSystemError',
  expedite: 'escalation.whisperExpedite',
};

/** The caller's language, said to the supervisor (N4: who takes the call must speak it). */
const WHISPER_LANGUAGE: Record<Locale, string> = {
  'zh-CN': 'escalation.whisperSpeaksMandarin',
  'yue-HK': 'escalation.whisperSpeaksCantonese',
  'en-US': 'escalation.whisperSpeaksEnglish',
};

/** The duty roster is local staff: the whisper is in Mandarin unless the deployment says otherwise (WHISPER_LOCALE). */
export const WHISPER_LOCALE: Locale = 'zh-CN';

const HAN = /\p{Script=Han}/u;

/**
 * What the supervisor on duty hears before the caller is put through (N24), from the catalogue in
 * the whisper's locale: why, the caller's language, that the caller is upset (N3), whose account
 * (and whether the caller proved it), the ticket, and the gist of the complaint. The gist is said in the whisper's voice when it
 * is written in that language's script; an English complaint in a Chinese whisper (or the other
 * way round) is said by the voice of the caller's locale, never read by a voice that cannot say it.
 */
export function escalationWhisper(context: DialogueContext, whisperLocale: Locale = WHISPER_LOCALE): PromptRef[] {
  const say = (key: string, values?: PromptValues, locale: Locale = whisperLocale): PromptRef => ({ key, locale, ...(values ? { values } : {}) });
  const callerLocale = context.locale ?? 'zh-CN';
  const prompts = [say(WHISPER_REASON[context.escalationReason ?? 'requested']), say(WHISPER_LANGUAGE[callerLocale])];
  if (context.upset) prompts.push(say('escalation.whisperUpset'));
  if (context.customer) {
    const { account, name } = context.customer;
    prompts.push(say(verificationOf(context) ? 'escalation.whisperAccount' : 'escalation.whisperAccountUnverified', { account, name }));
  }
  if (context.ticket) prompts.push(say('escalation.whisperTicket', { ticket: context.ticket.id }));
  const { what } = context.answers;
  if (what) {
    const sayable = HAN.test(what) === (whisperLocale !== 'en-US');
    prompts.push(say('escalation.whisperComplaint', { what: quotedGist(what) }, sayable ? whisperLocale : callerLocale));
  }
  // N24: what the caller said with the request ("停电三天了没人管"), in his words, by a voice that can say them.
  const said = context.escalationWords;
  if (said) prompts.push(say('escalation.whisperSaid', { what: quotedGist(said) }, HAN.test(said) === (whisperLocale !== 'en-US') ? whisperLocale : callerLocale));
  return prompts;
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
          context: { account: context.customer?.account ?? null, ticket: context.ticket?.id ?? null, answers: context.answers, ...(context.escalationWords ? { said: context.escalationWords } : {}) },
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
