/**
 * Exactly once (ARCHITECTURE rule 9). A turn's service calls run before its compare-and-set and
 * may run again: a retried webhook, the same webhook on two instances at once, a retry after a
 * crash, the outbox replaying a queued write. So every record a turn creates carries a key made
 * of the conversation, the version the turn started from and the item; the stores keep one record
 * per key (a unique index) and answer a create with a used key with the record already made.
 *
 * The engine runs each turn inside `inTurn()`; the service actors take their keys with `turnKey()`
 * synchronously when they start (so the n-th item of a kind is the same n-th item on every run).
 * AsyncLocalStorage carries the turn because many turns are in flight at once and the flows'
 * actors are bound once at start-up.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** What a turn may create. */
export type IdempotentItem = 'work_order' | 'callback' | 'escalation' | 'incident' | 'outage_registration';

export interface TurnIdentity {
  conversationId: string;
  /** The version of the conversation record the turn was computed from. */
  version: number;
}

interface TurnScope extends TurnIdentity {
  taken: Map<IdempotentItem, number>;
}

const current = new AsyncLocalStorage<TurnScope>();

/** Runs one turn: every key taken inside `fn` (and what it awaits) belongs to this turn. */
export function inTurn<T>(turn: TurnIdentity, fn: () => T): T {
  return current.run({ ...turn, taken: new Map() }, fn);
}

/**
 * The key of the next `item` of the current turn: `<conversation>/<version>/<item>`, then
 * `…/<item>.2` for a second one in the same turn. null outside a turn (no deduplication).
 */
export function turnKey(item: IdempotentItem): string | null {
  const turn = current.getStore();
  if (!turn) return null;
  const n = (turn.taken.get(item) ?? 0) + 1;
  turn.taken.set(item, n);
  return itemKey(turn, item, n);
}

/** The key of the n-th `item` of a turn: what its service calls take, and what a write for a failed turn reuses. */
export function itemKey(turn: TurnIdentity, item: IdempotentItem, n = 1): string {
  return `${turn.conversationId}/${turn.version}/${n === 1 ? item : `${item}.${n}`}`;
}

/** Keys are checked where they enter a store: short printable text, or absent. */
export function checkedIdempotencyKey(key: string | null | undefined): string | null {
  if (key == null) return null;
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new RangeError('an idempotency key is 1-200 printable ASCII characters');
  }
  return key;
}
