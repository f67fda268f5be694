/**
 * The outbound flows as hosted flows: the callback (回访, N16, N17, N19) and proactive service
 * (主动服务, N18). Both are started by the Twilio channel when a call the dialler placed is
 * answered (POST /twilio/outbound?task=<id>), or by the simulator, with params
 * `{ task: <outbound task id>, answeredBy?: <Twilio's AnsweredBy> }`.
 */
import type { PromptValues } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';
import { InvalidInput } from '../engine/errors.js';
import type { FlowDefinition, FlowStart } from '../engine/flows.js';
import { callbackMachine, type CallbackMachine } from '../machines/callback.js';
import { proactiveMachine, type ProactiveMachine } from '../machines/proactive.js';
import { bindOutboundActors } from '../machines/outbound-actors.js';
import type { OutboundContext, OutboundInput } from '../machines/outbound-setup.js';
import type { DialPolicy } from '../services/outbound-calls.js';

export interface OutboundSettings {
  /** The company name said in the introduction (N16, N18). */
  company: string;
  policy: DialPolicy;
}

export const CALLBACK_FLOW = 'callback';
export const PROACTIVE_FLOW = 'proactive';

const TASK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function outboundInput(start: FlowStart, company: string): OutboundInput {
  const { task, answeredBy } = start.params;
  if (!task || !TASK_ID.test(task)) throw new InvalidInput('an outbound flow starts with params.task: the id of its outbound task');
  if (answeredBy !== undefined && !/^[a-z_]{1,32}$/.test(answeredBy)) throw new InvalidInput('params.answeredBy must be Twilio\'s AnsweredBy (human, machine_start, ...)');
  return {
    conversationId: start.conversationId,
    channel: start.channel,
    caller: start.caller,
    company,
    taskId: task,
    answeredBy: answeredBy ?? null,
    locale: start.locale,
  };
}

/** Text of a campaign in the call's locale (Mandarin when it has none in that locale). */
const localized = (text: Partial<Record<Locale, string>> | null | undefined, locale: Locale) => (text ? (text[locale] ?? text['zh-CN'] ?? null) : null);

function outboundValues(context: OutboundContext, locale: Locale): PromptValues {
  const { callback, campaign } = context;
  const values: PromptValues = {
    company: context.company,
    customerName: callback?.customerName ?? null,
    area: callback?.area ?? null,
    result: callback?.result ?? null,
    raisedOn: callback?.raisedAt ?? null,
    nextCall: context.nextCall,
    purpose: localized(campaign?.purpose, locale),
    message: localized(campaign?.message, locale),
    offer: localized(campaign?.offer, locale),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
}

const view = (context: OutboundContext, locale: Locale) => ({
  values: outboundValues(context, locale),
  misses: context.misses,
  miss: context.lastMiss ?? null,
  // N3: a customer who sounded upset (from then on) or is dissatisfied is answered softly.
  soothe: context.upset === true || context.result.satisfaction === 'dissatisfied',
  escalation: null,
});

export function callbackFlow(settings: OutboundSettings): FlowDefinition<CallbackMachine> {
  return {
    id: CALLBACK_FLOW,
    machine: callbackMachine,
    actors: (services, { now }) => bindOutboundActors(services, { now, policy: settings.policy }),
    input: (start) => outboundInput(start, settings.company),
    view,
  };
}

export function proactiveFlow(settings: OutboundSettings): FlowDefinition<ProactiveMachine> {
  return {
    id: PROACTIVE_FLOW,
    machine: proactiveMachine,
    actors: (services, { now }) => bindOutboundActors(services, { now, policy: settings.policy }),
    input: (start) => outboundInput(start, settings.company),
    view,
  };
}
