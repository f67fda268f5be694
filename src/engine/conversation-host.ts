/**
 * Hosts conversations (ARCHITECTURE: engine). One turn: load the record -> restore the actor of
 * its flow -> interpret the input at the current ask -> send one event -> wait until settled ->
 * collect the Turn -> persist with compare-and-set on the version -> reply.
 * The host runs the flows of the registry it is given and imports none.
 */
import { createActor, waitFor, type Actor, type AnyStateMachine, type InspectionEvent, type Observer, type Snapshot } from 'xstate';
import type { DialogueEmitted } from '../core/events.js';
import type { IntentRecognizer, IntentResult } from '../core/intents.js';
import type { Channel, Input, Turn } from '../core/conversation.js';
import { DEFAULT_LOCALE, type Locale } from '../core/locale.js';
import { isoTime } from '../core/iso-time.js';
import type { Services } from '../services/ports.js';
import { inTurn } from '../services/idempotency.js';
import type { ConversationRecord, SessionStore } from './session-store.js';
import type { StartRequest } from './types.js';
import type { FailedTurn, FlowDefinition, FlowRegistry } from './flows.js';
import { interpret, soundsUpsetInput } from './interpret.js';
import { currentAsk, isSettled } from './snapshot-view.js';
import { buildTurn, systemFailureTurn, type TurnSettings } from './build-turn.js';
import { validateConversationId, validateInput, validateStartRequest } from './validate.js';
import { ConversationConflict, ConversationNotFound, FlowUnavailable, InvalidInput } from './errors.js';
import { DEFAULT_LIVE_ACTORS, LiveActors } from './live-actors.js';
import { logger } from '../observability/logger.js';
import type { ObservedTurn } from '../observability/metrics.js';

export interface ConversationHostOptions {
  sessions: SessionStore;
  services: Services;
  recognizer: IntentRecognizer;
  /** The flows this host runs (registered by the composition root, src/bootstrap.ts). */
  flows: FlowRegistry;
  now?: () => Date;
  /** Speech hints of an ask in a locale (src/prompts); none when absent. */
  hints?: (key: string, locale: Locale) => string[];
  /** How long one turn's service calls may take before the turn fails into the apology path. */
  settleTimeoutMs?: number;
  minSpeechConfidence?: number;
  /** On voice, how long to wait for the caller to hang up after the closing phrase (N20). */
  waitForCallerSeconds?: number;
  /** Told of every turn answered (metrics): how the input was understood and what came of it. */
  observe?: (observed: ObservedTurn) => void;
  /**
   * Runs a turn (the read of its record, its step, persist and observers) with its writes committed
   * together, resolving after the commit (the embedded database's group commit: Stores.turnWrites);
   * none when absent.
   */
  turnWrites?: <T>(turn: () => Promise<T>) => Promise<T>;
  /** Live inspection (INSPECT, src/observability/inspect.ts): the observer of the actor of a conversation's turn. */
  inspect?: (conversationId: string) => Observer<InspectionEvent>;
  /**
   * How many conversations' live actors are kept for their next turn on this instance instead of
   * being restored from the record (src/engine/live-actors.ts; LIVE_ACTORS); default 500, 0 restores every turn.
   */
  liveActors?: number;
}


/** One turn answered and persisted, for what follows a conversation (transcripts, the duty desk). */
export interface PersistedTurn {
  conversationId: string;
  flow: string;
  channel: Channel;
  caller: string | null;
  /** What the user did; null when the conversation began or the bot took it back (resume). */
  input: Input | null;
  /** The Turn the user answered (its choices name a quick reply); null at the start. */
  previous: Turn | null;
  turn: Turn;
}

/** A registered flow with its service actors bound. */
interface HostedFlow {
  definition: FlowDefinition;
  machine: AnyStateMachine;
}

export class ConversationHost {
  private readonly flows = new Map<string, HostedFlow>();
  private readonly now: () => Date;
  private readonly settings: TurnSettings;
  private readonly persistedObservers: ((persisted: PersistedTurn) => Promise<void> | void)[] = [];
  private readonly live: LiveActors;

  constructor(private readonly options: ConversationHostOptions) {
    this.now = options.now ?? (() => new Date());
    this.live = new LiveActors(options.liveActors ?? DEFAULT_LIVE_ACTORS);
    for (const definition of options.flows.all) {
      const actors = definition.actors(options.services, { now: this.now });
      this.flows.set(definition.id, { definition, machine: definition.machine.provide({ actors }) });
    }
    this.settings = {
      waitForCallerSeconds: options.waitForCallerSeconds ?? 5,
      hints: options.hints ?? (() => []),
    };
  }

  /** The actor options that put a conversation's turn under live inspection, when it is on. */
  private inspection(id: string): { inspect?: Observer<InspectionEvent> } {
    return this.options.inspect ? { inspect: this.options.inspect(id) } : {};
  }

  /** Begin a conversation. Starting one that exists already answers its last Turn again (a retried request). */
  async start(id: string, request: StartRequest): Promise<Turn> {
    validateConversationId(id);
    validateStartRequest(request);
    return this.keeping(id, (keep) => this.startInTurn(id, request, keep));
  }

  private async startInTurn(id: string, request: StartRequest, keep: Keep): Promise<Turn> {
    // A store that cannot be read does not keep a caller from starting: a new call then runs on
    // the store's local journal (src/store/journaled-sessions.ts) until the store is back.
    const existing = await this.options.sessions.get(id).catch((error: unknown) => {
      logger.warn({ err: error, conversationId: id }, 'conversation store unavailable at the start; starting anew');
      return null;
    });
    // Ids are per channel: a phone call never answers as a chat, nor a chat as a call (issue 10 item 3).
    if (existing && existing.channel !== request.channel) throw new ConversationNotFound(id);
    if (existing?.lastTurn) return existing.lastTurn;

    const flowId = request.flow ?? this.options.flows.defaultFlow;
    const flow = this.flows.get(flowId);
    if (!flow) throw new InvalidInput(`no flow ${JSON.stringify(flowId)} is hosted here`);
    const locale = request.locale ?? DEFAULT_LOCALE;
    const input = flow.definition.input({
      conversationId: id,
      channel: request.channel,
      caller: request.caller ?? null,
      called: request.called ?? null,
      locale,
      params: request.params ?? {},
    });
    const actor = createActor(flow.machine, { input, ...this.inspection(id) });
    const timestamp = isoTime(this.now().getTime());
    const record: ConversationRecord = {
      id,
      version: 0,
      flow: flowId,
      channel: request.channel,
      caller: request.caller ?? null,
      locale,
      snapshot: null,
      status: 'active',
      lastTurn: null,
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    return this.step(record, flow.definition, actor, 'start', () => {
      actor.start();
      return null;
    }, null, keep);
  }

  /**
   * Apply one input to a conversation and answer the Turn.
   * `atVersion` is the version of the Turn the user answered (channels put it in their callback
   * URLs): a retried request finds the conversation one version further and hears the same Turn
   * again, without the input being applied twice; an older one is a conflict.
   * `channel`: the channel asking; a conversation of another channel is not found for it.
   */
  async handle(id: string, input: Input, options: { atVersion?: number; channel?: Channel } = {}): Promise<Turn> {
    validateConversationId(id);
    validateInput(input);
    return this.keeping(id, (keep) => this.handleInTurn(id, input, options, keep));
  }

  private async handleInTurn(id: string, input: Input, options: { atVersion?: number; channel?: Channel }, keep: Keep): Promise<Turn> {
    const record = await this.options.sessions.get(id);
    if (!record || (options.channel && record.channel !== options.channel)) throw new ConversationNotFound(id);
    const { atVersion } = options;
    if (atVersion !== undefined && atVersion !== record.version) {
      if (atVersion === record.version - 1 && record.lastTurn) return record.lastTurn;
      throw new ConversationConflict(id);
    }
    // An ended conversation has nothing more to say; a late request (e.g. a retry) hears the end again.
    if (record.status === 'ended' && record.lastTurn) return record.lastTurn;

    const flow = this.flows.get(record.flow);
    if (!flow) throw new FlowUnavailable(record.flow);
    // The actor the last turn left, when this instance answered it and the record is still that
    // turn's; else restored from the record's snapshot (the context is in it: no input).
    const kept = this.live.take(id, record.version, record.flow);
    const actor = kept?.actor ?? createActor(flow.machine, { snapshot: record.snapshot as Snapshot<unknown>, ...this.inspection(id) });
    // The Turn the user answered: the kept one is the record's last Turn (not parsed from the record then).
    const previous = kept ? kept.turn : record.lastTurn;
    return this.step(record, flow.definition, actor, input.type, async () => {
      if (!kept) actor.start();
      const ask = currentAsk(actor.getSnapshot());
      if (!ask) throw new Error(`conversation ${id} is not waiting for input (state ${JSON.stringify(actor.getSnapshot().value)})`);
      const minSpeechConfidence = this.options.minSpeechConfidence ?? 0.35;
      const event = await interpret(input, ask, { locale: record.locale, recognizer: this.options.recognizer, minSpeechConfidence });
      // N3: an upset caller is told to the flow first, which keeps it (a soft voice from this turn on).
      if (soundsUpsetInput(input, minSpeechConfidence)) actor.send({ type: 'upset' });
      actor.send(event);
      return event.type;
    }, input, keep, previous);
  }

  /**
   * A person hands a conversation (a chat they took over) back to the bot at one of its flow's
   * entries (issue 12): the flow says where that is and what of the context stays (FlowEntries).
   * Answers the bot's Turn.
   */
  async resume(id: string, entry: string): Promise<Turn> {
    validateConversationId(id);
    return this.inTurn(() => this.resumeInTurn(id, entry));
  }

  private async resumeInTurn(id: string, entry: string): Promise<Turn> {
    const record = await this.options.sessions.get(id);
    if (!record) throw new ConversationNotFound(id);
    const flow = this.flows.get(record.flow);
    if (!flow) throw new FlowUnavailable(record.flow);
    this.live.drop(id);
    const entries = flow.definition.entries;
    if (!entries?.ids.includes(entry)) {
      throw new InvalidInput(`entry must be one of ${(entries?.ids ?? []).join(', ') || '(none: this flow cannot be resumed)'}`);
    }
    const input = flow.definition.input({ conversationId: id, channel: record.channel, caller: record.caller, called: null, locale: record.locale, params: {} });
    const previous = (record.snapshot as { context?: unknown } | null)?.context ?? null;
    const at = entries.at(entry, previous, input);
    const snapshot = flow.machine.resolveState({ value: at.value, context: at.context });
    const actor = createActor(flow.machine, { snapshot: snapshot as Snapshot<unknown>, ...this.inspection(id) });
    return this.step(record, flow.definition, actor, 'start', () => {
      actor.start();
      if (!at.event) return null;
      actor.send(at.event);
      return at.event.type;
    });
  }

  /** What words mean, as the flows hear them (the duty desk reads a danger told while a chat waits). */
  recognize(text: string, locale: Locale): Promise<IntentResult | null> {
    return this.options.recognizer.recognize(text, locale);
  }

  /** The entries a conversation can be resumed at (none when unknown or its flow has none). */
  async entries(id: string): Promise<readonly string[]> {
    validateConversationId(id);
    const record = await this.options.sessions.get(id);
    return (record && this.flows.get(record.flow)?.definition.entries?.ids) ?? [];
  }

  /** The flow's word on a failed turn (N21); its own failure leaves the ordinary apology and an agent. */
  private async failedTurn(record: ConversationRecord, flow: FlowDefinition, actor: Actor<AnyStateMachine>, said: Input | null): Promise<FailedTurn | null> {
    if (!flow.failed) return null;
    const words = said?.type === 'speech' ? said.transcript : said?.type === 'text' ? said.text : null;
    try {
      return await flow.failed({ context: contextOf(actor, record), words, turn: { conversationId: record.id, version: record.version } }, this.options.services);
    } catch (error) {
      logger.error({ err: error, conversationId: record.id }, 'the flow could not keep what the failed turn held');
      return null;
    }
  }

  /** Called after every turn that was persisted (never for a retried request answered again). */
  onTurn(observer: (persisted: PersistedTurn) => Promise<void> | void): void {
    this.persistedObservers.push(observer);
  }

  /**
   * A turn from the read of its record to the answer, with its writes committed together (the
   * embedded database's group commit): the read is then part of the transaction the writes open
   * anyway, instead of a read transaction of its own.
   */
  private inTurn(turn: () => Promise<Turn>): Promise<Turn> {
    return this.options.turnWrites ? this.options.turnWrites(turn) : turn();
  }

  /** A turn (inTurn) whose actor, when it stays live, is kept for the next turn once the turn's writes are committed. */
  private async keeping(id: string, turn: (keep: Keep) => Promise<Turn>): Promise<Turn> {
    const keep: Keep = { actor: null, version: 0, flow: '', turn: null };
    let answered: Turn;
    try {
      answered = await this.inTurn(() => turn(keep));
    } catch (error) {
      keep.actor?.stop();
      throw error;
    }
    if (keep.actor && keep.turn) this.live.keep(id, keep.version, keep.flow, keep.actor, keep.turn);
    return answered;
  }

  /**
   * Run one step of the actor, collect what it says, persist, and answer the Turn. The records its
   * service calls create are keyed by this conversation and version (exactly once, rule 9).
   */
  private async step(
    record: ConversationRecord,
    flow: FlowDefinition,
    actor: Actor<AnyStateMachine>,
    input: ObservedTurn['input'],
    act: Act,
    said: Input | null = null,
    keep?: Keep,
    previous: Turn | null = record.lastTurn,
  ): Promise<Turn> {
    const turn = await inTurn({ conversationId: record.id, version: record.version }, () => this.stepInTurn(record, flow, actor, input, act, said, keep));
    if (turn.version === record.version + 1) {
      const persisted = { conversationId: record.id, flow: record.flow, channel: record.channel, caller: record.caller, input: said, previous, turn };
      for (const observer of this.persistedObservers) {
        try {
          await observer(persisted);
        } catch (error) {
          // What follows a turn (a transcript line) must never undo the turn the caller was answered.
          logger.error({ err: error, conversationId: record.id }, 'turn observer failed');
        }
      }
    }
    return turn;
  }

  private async stepInTurn(
    record: ConversationRecord,
    flow: FlowDefinition,
    actor: Actor<AnyStateMachine>,
    input: ObservedTurn['input'],
    act: Act,
    said: Input | null,
    keep: Keep | undefined,
  ): Promise<Turn> {
    const emitted: DialogueEmitted[] = [];
    // Whether the actor stays live after this turn (kept for the next one): settled at an ask.
    let live = false;
    const subscription = actor.on('*', (event) => emitted.push(event as DialogueEmitted));
    let locale = record.locale;
    let turn: Turn;
    // The record's snapshot is read only when the turn fails (a store may parse it when first read:
    // a turn answered by the live actor its last turn left never needs it).
    let snapshot: unknown;
    let ended: boolean;
    let event: string | null = null;
    try {
      event = await act();
      // Most turns are settled as soon as the event is taken (no service call in flight): no wait then.
      const now = actor.getSnapshot();
      const settled = isSettled(now) ? now : await waitFor(actor, isSettled, { timeout: this.options.settleTimeoutMs ?? 10_000 });
      if (settled.status === 'error') throw settled.error;
      for (const event of emitted) if (event.type === 'locale') locale = event.locale;
      const header = { conversationId: record.id, version: record.version + 1, locale, channel: record.channel };
      turn = buildTurn(settled, emitted, header, this.settings, flow.view(settled.context, locale));
      snapshot = actor.getPersistedSnapshot();
      ended = settled.status === 'done';
      live = keep !== undefined && !ended;
    } catch (error) {
      // N21: a failure inside the turn never leaves the caller in silence: apologize and hand over,
      // where the flow says, with what it must keep kept (a danger report: the urgent seat, the outbox).
      logger.error({ err: error, conversationId: record.id, channel: record.channel }, 'turn failed; apologizing and handing over (N21)');
      snapshot = record.snapshot;
      const failed = await this.failedTurn(record, flow, actor, said);
      turn = systemFailureTurn({ conversationId: record.id, version: record.version + 1, locale, channel: record.channel }, failed);
      ended = true;
    } finally {
      subscription.unsubscribe();
      if (!live) actor.stop();
    }

    const next: ConversationRecord = {
      id: record.id,
      version: record.version + 1,
      flow: record.flow,
      channel: record.channel,
      caller: record.caller,
      locale,
      snapshot,
      status: ended ? 'ended' : 'active',
      lastTurn: turn,
      createdAt: record.createdAt,
      updatedAt: isoTime(this.now().getTime()),
    };
    const landed = await this.options.sessions.compareAndSet(next, record.version).catch((error: unknown) => {
      if (live) actor.stop();
      throw error;
    });
    if (!landed) {
      if (live) actor.stop();
      if (record.version === 0) {
        const winner = await this.options.sessions.get(record.id);
        if (winner?.lastTurn) return winner.lastTurn;
      }
      throw new ConversationConflict(record.id);
    }
    if (live && keep) Object.assign(keep, { actor, version: next.version, flow: record.flow, turn });
    this.options.observe?.({ channel: record.channel, locale, input, event, turn });
    return turn;
  }
}

/** The actor a turn leaves live, and the version and flow of the record it stands for; set once the turn's write landed. */
interface Keep {
  actor: Actor<AnyStateMachine> | null;
  version: number;
  flow: string;
  turn: Turn | null;
}

/** The context a failed turn had reached: the actor's, else the one the turn started from. */
function contextOf(actor: Actor<AnyStateMachine>, record: ConversationRecord): unknown {
  try {
    return actor.getSnapshot().context ?? null;
  } catch {
    return (record.snapshot as { context?: unknown } | null)?.context ?? null;
  }
}

/** One step's action on the actor: the type of the event it sent (null for a start). */
type Act = () => Promise<string | null> | string | null;
