/**
 * Hosts conversations (ARCHITECTURE: engine). One turn: load the record -> restore the actor ->
 * interpret the input at the current ask -> send one event -> wait until settled -> collect the
 * Turn -> persist with compare-and-set on the version -> reply.
 */
import { createActor, waitFor, type ActorRefFrom, type Snapshot } from 'xstate';
import { inboundCallMachine } from '../machines/inbound-call.js';
import { bindServiceActors } from '../machines/service-actors.js';
import type { DialogueEmitted } from '../machines/events.js';
import type { Services } from '../services/ports.js';
import type { IntentRecognizer } from '../nlu/types.js';
import type { ConversationRecord, SessionStore } from './session-store.js';
import type { Channel, Input, StartRequest, Turn } from './types.js';
import { initialContext, type DialogueContext, type DialogueInput } from '../machines/context.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';
import { interpret } from './interpret.js';
import { currentAsk, isSettled } from './snapshot-view.js';
import { buildTurn, systemFailureTurn, type TurnSettings } from './build-turn.js';
import { validateConversationId, validateInput, validateStartRequest } from './validate.js';
import { ConversationConflict, ConversationNotFound, InvalidInput } from './errors.js';

export interface ConversationHostOptions {
  sessions: SessionStore;
  services: Services;
  recognizer: IntentRecognizer;
  /** The company name said in the greeting. */
  company: string;
  now?: () => Date;
  /** Speech hints of an ask in a locale (src/prompts); none when absent. */
  hints?: (key: string, locale: Locale) => string[];
  /** How long one turn's service calls may take before the turn fails into the apology path. */
  settleTimeoutMs?: number;
  minSpeechConfidence?: number;
  /** On voice, how long to wait for the caller to hang up after the closing phrase (N20). */
  waitForCallerSeconds?: number;
  /** Reply deadline of a complaint (N14) and of a question taken for research (N11), in hours. */
  complaintReplyHours?: number;
  questionReplyHours?: number;
}

type DialogueActor = ActorRefFrom<typeof inboundCallMachine>;

/** One turn served and persisted, for what follows a conversation (transcripts, the duty desk). */
export interface ObservedTurn {
  conversationId: string;
  channel: Channel;
  caller: string | null;
  /** What the user did; null when the conversation began or the bot took it back (resume). */
  input: Input | null;
  /** The Turn the user answered (its choices name a quick reply); null at the start. */
  previous: Turn | null;
  turn: Turn;
}

/** Where a person hands a conversation back to the bot: the menu, or one of its businesses. */
export const RESUME_ENTRIES = ['menu', 'fault_report', 'query', 'consultation', 'complaint', 'report'] as const;
export type ResumeEntry = (typeof RESUME_ENTRIES)[number];

export class ConversationHost {
  private readonly machine;
  private readonly now: () => Date;
  private readonly settings: TurnSettings;
  private readonly observers: ((observed: ObservedTurn) => Promise<void> | void)[] = [];

  constructor(private readonly options: ConversationHostOptions) {
    this.now = options.now ?? (() => new Date());
    this.machine = inboundCallMachine.provide({
      actors: bindServiceActors(options.services, {
        now: this.now,
        complaintReplyHours: options.complaintReplyHours ?? 24,
        questionReplyHours: options.questionReplyHours ?? 24,
      }),
    });
    this.settings = {
      waitForCallerSeconds: options.waitForCallerSeconds ?? 5,
      hints: options.hints ?? (() => []),
    };
  }

  /** Begin a conversation. Starting one that exists already answers its last Turn again (a retried request). */
  async start(id: string, request: StartRequest): Promise<Turn> {
    validateConversationId(id);
    validateStartRequest(request);
    const existing = await this.options.sessions.get(id);
    if (existing?.lastTurn) return existing.lastTurn;

    const actor = createActor(this.machine, { input: this.machineInput(id, request.channel, request.caller ?? null) });
    const timestamp = this.now().toISOString();
    const record: ConversationRecord = {
      id,
      version: 0,
      channel: request.channel,
      caller: request.caller ?? null,
      locale: request.locale ?? DEFAULT_LOCALE,
      snapshot: null,
      status: 'active',
      lastTurn: null,
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    return this.step(record, actor, () => actor.start(), null);
  }

  /**
   * Apply one input to a conversation and answer the Turn.
   * `atVersion` is the version of the Turn the user answered (channels put it in their callback
   * URLs): a retried request finds the conversation one version further and hears the same Turn
   * again, without the input being applied twice; an older one is a conflict.
   */
  async handle(id: string, input: Input, options: { atVersion?: number } = {}): Promise<Turn> {
    validateConversationId(id);
    validateInput(input);
    const record = await this.options.sessions.get(id);
    if (!record) throw new ConversationNotFound(id);
    const { atVersion } = options;
    if (atVersion !== undefined && atVersion !== record.version) {
      if (atVersion === record.version - 1 && record.lastTurn) return record.lastTurn;
      throw new ConversationConflict(id);
    }
    // An ended conversation has nothing more to say; a late request (e.g. a retry) hears the end again.
    if (record.status === 'ended' && record.lastTurn) return record.lastTurn;

    const actor = createActor(this.machine, {
      snapshot: record.snapshot as Snapshot<unknown>,
      input: this.machineInput(id, record.channel, record.caller),
    });
    return this.step(record, actor, async () => {
      actor.start();
      const ask = currentAsk(actor.getSnapshot());
      if (!ask) throw new Error(`conversation ${id} is not waiting for input (state ${JSON.stringify(actor.getSnapshot().value)})`);
      const event = await interpret(input, ask, {
        locale: record.locale,
        recognizer: this.options.recognizer,
        minSpeechConfidence: this.options.minSpeechConfidence ?? 0.35,
      });
      actor.send(event);
    }, input);
  }

  /**
   * A person hands an ended conversation (a chat they took over) back to the bot at `entry`: what
   * the bot knew stays (the customer, the locale, the caller), the business starts afresh as if
   * chosen at the menu. Answers the bot's Turn.
   */
  async resume(id: string, entry: ResumeEntry): Promise<Turn> {
    validateConversationId(id);
    if (!(RESUME_ENTRIES as readonly string[]).includes(entry)) throw new InvalidInput(`entry must be one of ${RESUME_ENTRIES.join(', ')}`);
    const record = await this.options.sessions.get(id);
    if (!record) throw new ConversationNotFound(id);
    const input = this.machineInput(id, record.channel, record.caller);
    const before = (record.snapshot as { context?: DialogueContext } | null)?.context;
    const context: DialogueContext = {
      ...initialContext(input),
      ...(before
        ? { customer: before.customer, ticket: before.ticket, selfServiceOnly: before.selfServiceOnly, abuse: before.abuse, abuseReported: before.abuseReported }
        : {}),
    };
    const snapshot = this.machine.resolveState({ value: { menu: context.selfServiceOnly ? 'selfService' : 'full' }, context });
    const actor = createActor(this.machine, { snapshot: snapshot as Snapshot<unknown>, input });
    return this.step(
      record,
      actor,
      () => {
        actor.start();
        if (entry !== 'menu') actor.send({ type: `choice.${entry}` });
      },
      null,
    );
  }

  /** Called after every turn that was persisted (never for a retried request answered again). */
  onTurn(observer: (observed: ObservedTurn) => Promise<void> | void): void {
    this.observers.push(observer);
  }

  private machineInput(conversationId: string, channel: Channel, caller: string | null): DialogueInput {
    return { conversationId, channel, caller, company: this.options.company };
  }

  /** Run one step of the actor, collect what it says, persist, and answer the Turn. */
  private async step(record: ConversationRecord, actor: DialogueActor, act: () => unknown, input: Input | null): Promise<Turn> {
    const emitted: DialogueEmitted[] = [];
    const subscription = actor.on('*', (event) => emitted.push(event as DialogueEmitted));
    let locale = record.locale;
    let turn: Turn;
    let snapshot: unknown = record.snapshot;
    let ended: boolean;
    try {
      await act();
      const settled = await waitFor(actor, isSettled, { timeout: this.options.settleTimeoutMs ?? 10_000 });
      if (settled.status === 'error') throw settled.error;
      for (const event of emitted) if (event.type === 'locale') locale = event.locale;
      turn = buildTurn(settled, emitted, { conversationId: record.id, version: record.version + 1, locale, channel: record.channel }, this.settings);
      snapshot = actor.getPersistedSnapshot();
      ended = settled.status === 'done';
    } catch (error) {
      // N21: a failure inside the turn never leaves the caller in silence: apologize and hand over.
      console.error(`conversation ${record.id}: turn failed:`, error);
      turn = systemFailureTurn({ conversationId: record.id, version: record.version + 1, locale, channel: record.channel });
      ended = true;
    } finally {
      subscription.unsubscribe();
      actor.stop();
    }

    const next: ConversationRecord = {
      ...record,
      version: record.version + 1,
      locale,
      snapshot,
      status: ended ? 'ended' : 'active',
      lastTurn: turn,
      updatedAt: this.now().toISOString(),
    };
    if (!(await this.options.sessions.compareAndSet(next, record.version))) {
      if (record.version === 0) {
        const winner = await this.options.sessions.get(record.id);
        if (winner?.lastTurn) return winner.lastTurn;
      }
      throw new ConversationConflict(record.id);
    }
    for (const observe of this.observers) {
      try {
        await observe({ conversationId: record.id, channel: record.channel, caller: record.caller, input, previous: record.lastTurn, turn });
      } catch (error) {
        // What follows a turn (a transcript line) must never undo the turn the caller was answered.
        console.error(`conversation ${record.id}: turn observer failed:`, error);
      }
    }
    return turn;
  }
}
