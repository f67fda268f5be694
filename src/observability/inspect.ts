/**
 * Live inspection (issue 13 item 3): with INSPECT set, the actor of every turn of every
 * conversation reports its events and states to a Stately inspector over a WebSocket
 * (@statelyai/inspect's createWebSocketInspector), so a designer watches a real call step by step.
 *
 * The host restores a conversation's actor from its snapshot on each turn, so each turn is a new
 * actor session; the events are sent under the conversation's id instead (`conversation:<id>`),
 * and a designer sees one conversation go on from turn to turn. The context is masked as log
 * lines are (personal data: numbers but their last four digits, addresses, names and what the
 * caller said): the inspector is a designer's tool, not a record of customers.
 */
import type { StatelyInspectionEvent } from '@statelyai/inspect';
import type { InspectionEvent, Observer } from 'xstate';
import { censorField, maskPersonalData } from './mask.js';
import type { InspectConfig } from '../config-designer.js';

/** Fields of a flow's context that hold personal data, hidden whatever their value. */
const PERSONAL = /phone|caller|name|address|account|contact|transcript|description|what|when|where|who|details|code|text|utterance/i;

function masked(value: unknown, key = '', depth = 0): unknown {
  if (depth > 8) return '[deep]';
  if (typeof value === 'string') return PERSONAL.test(key) ? censorField(value) : maskPersonalData(value);
  if (Array.isArray(value)) return value.map((v) => masked(v, key, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = PERSONAL.test(k) && typeof v === 'string' ? censorField(v) : masked(v, PERSONAL.test(k) ? k : key, depth + 1);
    return out;
  }
  return value;
}

export interface ConversationInspector {
  /** The inspection observer for the actor of one turn of conversation `conversationId`. */
  observer(conversationId: string): Observer<InspectionEvent>;
  stop(): void;
}

/** How many turn actors are remembered by session while their events are on the way. */
const SESSIONS_KEPT = 5000;

/** The inspector of INSPECT; its package is loaded only then (inspection is off by default). */
export async function createConversationInspector(config: InspectConfig): Promise<ConversationInspector> {
  const { createWebSocketInspector } = await import('@statelyai/inspect');
  /** Actor session id -> the name it is inspected under. */
  const names = new Map<string, string>();
  const rename = (id: string | undefined) => (id === undefined ? id : (names.get(id) ?? id));
  const inspector = createWebSocketInspector({
    url: config.url,
    // Every snapshot (a flow's context, a service call's input and output) and every event masked.
    serialize: (event: StatelyInspectionEvent) => {
      const out = { ...event, sessionId: rename(event.sessionId)!, rootId: rename(event.rootId) } as StatelyInspectionEvent;
      if ('snapshot' in out) out.snapshot = masked(out.snapshot) as typeof out.snapshot;
      if ('event' in out) out.event = masked(out.event) as typeof out.event;
      if (out.type === '@xstate.actor') out.parentId = rename(out.parentId);
      if (out.type === '@xstate.event') out.sourceId = rename(out.sourceId);
      return out;
    },
  });
  return {
    observer(conversationId) {
      return {
        next(event) {
          // The turn's root actor is the conversation; its children (service calls) keep their ids.
          if (!names.has(event.rootId)) {
            names.set(event.rootId, `conversation:${conversationId}`);
            if (names.size > SESSIONS_KEPT) names.delete(names.keys().next().value!);
          }
          inspector.inspect.next?.(event);
        },
      };
    },
    stop: () => inspector.stop(),
  };
}
