/** Collects a settled step into the Turn a channel renders. */
import type { AnyMachineSnapshot } from 'xstate';
import type { AskMeta, EndMeta } from '../core/meta.js';
import type { DialogueEmitted } from '../core/events.js';
import type { Locale } from '../core/locale.js';
import type { Ask, Channel, Ending, PromptRef, Turn } from '../core/conversation.js';
import { currentAsk, currentEnd, statePath } from './snapshot-view.js';
import type { FailedTurn, TurnView } from './flows.js';

export interface TurnSettings {
  waitForCallerSeconds: number;
  hints: (key: string, locale: Locale) => string[];
}

export interface TurnHeader {
  conversationId: string;
  version: number;
  locale: Locale;
  channel: Channel;
}

/** Seconds of silence before a channel reports no input; N7 asks for generous time. */
export const DEFAULT_TIMEOUT_SECONDS = 6;

/** The Turn of a settled step: what was said on the way, then the ask or the ending; `view` is the flow's reading of its context. */
export function buildTurn(snapshot: AnyMachineSnapshot, emitted: DialogueEmitted[], header: TurnHeader, settings: TurnSettings, view: TurnView): Turn {
  const { values } = view;
  const prompts: PromptRef[] = [];
  for (const event of emitted) {
    if (event.type === 'say') prompts.push(event.safety ? { key: event.key, values, safety: true } : { key: event.key, values });
  }
  const ask = currentAsk(snapshot);
  if (ask) prompts.push(...askPrompts(ask, view.misses, view.miss ?? 'words', values, header.channel));
  const end = snapshot.status === 'done' ? currentEnd(snapshot) : null;
  return {
    conversationId: header.conversationId,
    version: header.version,
    locale: header.locale,
    prompts,
    ask: ask ? toAsk(ask, prompts, header, settings) : null,
    end: end ? toEnding(end, view, header.locale, settings) : null,
    state: statePath(snapshot.value),
    ...(view.soothe ? { soothe: true } : {}),
  };
}

function toAsk(ask: AskMeta, prompts: PromptRef[], header: TurnHeader, settings: TurnSettings): Ask {
  return {
    kind: ask.kind,
    input: header.channel === 'voice' ? ['dtmf', 'speech'] : ['text'],
    choices: (ask.choices ?? []).filter((c) => !c.hidden).map((c) => ({ id: c.id, ...(c.dtmf ? { dtmf: c.dtmf } : {}), label: c.label ?? `choice.${c.id}` })),
    ...(ask.kind === 'digits' ? { numDigits: ask.numDigits, finishOnKey: '#', ...(ask.phone ? { phone: true as const } : {}) } : {}),
    timeoutSeconds: ask.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    // A safety notice is heard whole (N10); otherwise the caller may speak over long prompts (N7).
    bargeIn: !prompts.some((p) => p.safety),
    hints: ask.hints ? settings.hints(ask.hints, header.locale) : [],
    ...(ask.secret ? { secret: true as const } : {}),
  };
}

function toEnding(end: EndMeta, view: TurnView, locale: Locale, settings: TurnSettings): Ending {
  switch (end.type) {
    case 'hangup':
      return { type: 'hangup', waitForCallerSeconds: settings.waitForCallerSeconds };
    case 'transfer':
      return { type: 'transfer', queue: end.queue, reason: end.reason, locale };
    case 'escalate':
      if (!view.escalation) throw new Error('escalate ending without an escalation record');
      return { type: 'escalate', ...view.escalation, locale };
    case 'abandoned':
      return { type: 'abandoned' };
  }
}

/**
 * The prompts that put an ask to the caller at a rung of the reprompt ladder (N7): the question,
 * then at each miss what went wrong and the guiding help (what can be said or pressed, with an
 * example), never the same question again. What went wrong has its own words: silence ("I did not
 * hear anything"; in chat "we have not received your message"), speech heard unclearly ("sorry, I
 * did not catch that"), words not understood ("I did not quite understand"), a key that answers nothing (at a spoken
 * question: "just say it"). A number of the wrong length is read back instead (N8): the caller
 * hears what was taken, never a silently shortened number, and the question again.
 */
function askPrompts(ask: AskMeta, misses: number, miss: MissKind, values: PromptRef['values'], channel: Channel): PromptRef[] {
  const question = (typeof ask.prompt === 'string' ? [{ key: ask.prompt }] : ask.prompt)
    .filter(({ ifGiven }) => ifGiven === undefined || (values?.[ifGiven] ?? '') !== '')
    .filter(({ unlessGiven }) => unlessGiven === undefined || (values?.[unlessGiven] ?? '') === '')
    .filter(({ onlyOn }) => onlyOn === undefined || onlyOn === channel)
    .map(({ ifGiven: _given, unlessGiven: _unless, onlyOn: _channel, ...prompt }): PromptRef => ({ ...prompt, values }));
  if (misses <= 0) return question;
  const help: PromptRef = { key: ask.help, values };
  if (ask.kind === 'digits' && values?.heardDigits) return [{ key: 'common.heardDigits', values }, ...(misses === 1 ? question : [help])];
  return [{ key: MISS_PROMPT[miss === 'key' && ask.kind === 'text' ? 'keyAtSpeech' : miss] }, help];
}

type MissKind = NonNullable<TurnView['miss']>;

/** What each kind of miss is told (N7). */
const MISS_PROMPT: Record<MissKind | 'keyAtSpeech', string> = {
  silence: 'common.noInput',
  unclear: 'common.notHeard',
  words: 'common.notUnderstood',
  key: 'common.wrongKey',
  // "不知道" where a fact is needed: no "I did not understand", an easy way to answer (N7, N12).
  noFact: 'common.noFact',
  keyAtSpeech: 'common.sayIt',
};

/** The ordinary end of a failed step: the apology and an agent. */
const TO_AGENT: FailedTurn = { prompts: ['common.systemBusy', 'transfer.toAgent'], queue: 'agent', reason: 'system_error' };

/** The Turn when a step fails: apologize and hand over to a person (N21), where the flow says (a danger report: the urgent seat). */
export function systemFailureTurn(header: TurnHeader, failed: FailedTurn | null = null): Turn {
  const { prompts, queue, reason } = failed ?? TO_AGENT;
  return {
    conversationId: header.conversationId,
    version: header.version,
    locale: header.locale,
    prompts: prompts.map((key) => ({ key })),
    ask: null,
    end: { type: 'transfer', queue, reason, locale: header.locale },
    state: 'systemFailure',
  };
}
