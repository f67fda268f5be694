/**
 * Flows the engine hosts (docs/architecture.md, "Adding a flow"). A flow is a definition
 * registered at start-up by the composition root: its statechart, the service actors bound to
 * the services, how its input is made from a start request, and what the engine reads from its
 * context to say a Turn. The engine knows no flow by name: it runs whichever it is given.
 */
import type { AnyStateMachine, ContextFrom, InputFrom, StateValue } from 'xstate';
import type { Channel, Ending, PromptValues } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';
import type { Services } from '../services/ports.js';
import type { TurnIdentity } from '../services/idempotency.js';

/** What a flow's input is made from: the start request, checked, with the conversation's id. */
export interface FlowStart {
  conversationId: string;
  channel: Channel;
  caller: string | null;
  called: string | null;
  locale: Locale;
  /** What the starter gave this flow (e.g. the outbound task id); the flow's input() checks it. */
  params: Record<string, string>;
}

/** Who the conversation is escalated to, when a flow ends with an `escalate` ending. */
export type EscalationTarget = Omit<Extract<Ending, { type: 'escalate' }>, 'type' | 'locale'>;

/** What the engine reads from a flow's context to say a Turn. */
export interface TurnView {
  /** The values every prompt of the turn may interpolate. */
  values: PromptValues;
  /** Misses at the current ask: the rung of the reprompt ladder (N7). */
  misses: number;
  /** What the last miss was: silence, words not understood, a key that answers nothing (N7: each its own reprompt). */
  miss?: 'silence' | 'unclear' | 'words' | 'key' | 'noFact' | null;
  /** The escalation the flow recorded; needed when it ends with an `escalate` ending. */
  escalation: EscalationTarget | null;
  /** The caller is upset: the voice answers softly (N3). */
  soothe?: boolean;
}

/** The clock the engine runs on, given to the service actors. */
export interface FlowClock {
  now: () => Date;
}

/** The implementations `machine.provide()` takes for a machine's actors. */
export type FlowActors<TMachine extends AnyStateMachine> = NonNullable<Parameters<TMachine['provide']>[0]['actors']>;

export interface FlowDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
  /** Names the flow in start requests and conversation records: 'inbound', 'callback', ... */
  readonly id: string;
  /** The statechart: `setup({...}).createMachine({...})`, its service actors as stubs. */
  readonly machine: TMachine;
  /** The machine's service actors bound to the services; the flow's settings are its own. */
  actors(services: Services, clock: FlowClock): FlowActors<TMachine>;
  /** The machine's input for a new conversation; throws InvalidInput for a start it cannot take. */
  input(start: FlowStart): InputFrom<TMachine>;
  /** What the engine reads from the context to say the Turn. */
  view(context: ContextFrom<TMachine>, locale: Locale): TurnView;
  /** Where a person may hand a conversation back to the bot (issue 12); none: it cannot be. */
  readonly entries?: FlowEntries<TMachine>;
  /**
   * A turn failed or timed out (N21): the flow keeps what it must (to the outbox) and says where
   * the caller goes (a danger report: the urgent seat). Absent, or null: the apology and an agent.
   */
  failed?(failure: TurnFailure<TMachine>, services: Services): Promise<FailedTurn | null>;
}

/** What a flow is told of a turn that failed. */
export interface TurnFailure<TMachine extends AnyStateMachine = AnyStateMachine> {
  /** The context as far as the turn got (null when there is none). */
  context: ContextFrom<TMachine> | null;
  /** What the caller said or typed this turn, if words. */
  words: string | null;
  /** The conversation and the version the turn started from: the idempotency keys of its writes (itemKey). */
  turn: TurnIdentity;
}

/** What the caller hears and where they go after a failed turn. */
export interface FailedTurn {
  /** Catalogue keys, said in order (the apology first). */
  prompts: string[];
  queue: string;
  reason: string;
}

/** The chosen points a conversation of a flow can be resumed at (ConversationHost.resume). */
export interface FlowEntries<TMachine extends AnyStateMachine = AnyStateMachine> {
  readonly ids: readonly string[];
  /**
   * The state to resume in, its context (made from the conversation's last context, `previous`,
   * null when there was none, and the flow's input), and the event that enters the chosen point.
   */
  at(entry: string, previous: unknown, input: InputFrom<TMachine>): { value: StateValue; context: ContextFrom<TMachine>; event?: { type: string } };
}

/** The flows of one deployment, and the one a start request that names none gets. */
export class FlowRegistry {
  private readonly byId = new Map<string, FlowDefinition>();

  constructor(
    flows: readonly FlowDefinition[],
    /** The flow of start requests that name none (the composition root chooses it). */
    readonly defaultFlow: string,
  ) {
    for (const flow of flows) {
      if (this.byId.has(flow.id)) throw new Error(`flow "${flow.id}" is registered twice`);
      this.byId.set(flow.id, flow);
    }
    if (!this.byId.has(defaultFlow)) throw new Error(`the default flow "${defaultFlow}" is not registered`);
  }

  get(id: string): FlowDefinition | undefined {
    return this.byId.get(id);
  }

  /** Every registered flow, in the order of registration (designers' exports, diagrams). */
  get all(): FlowDefinition[] {
    return [...this.byId.values()];
  }
}
