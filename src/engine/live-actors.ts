/**
 * The live actors of the conversations this host answered last (issue 15): the next turn of one
 * takes its actor as the last turn left it instead of restoring a new one from the record's
 * snapshot (XState's restore and start, about 5% of a turn).
 *
 * A kept actor is exactly the state its turn persisted, so it stands for the record as long as the
 * record is still at the version that turn wrote:
 * - it is kept only after its turn's writes are committed (a rolled-back group keeps nothing) and
 *   only while the conversation is active, settled at an ask: no service call in flight, and the
 *   flows have no timers, so nothing moves it between turns;
 * - the next turn takes it only when the record it read is at that version, of that flow (another
 *   instance that answered a turn meanwhile wrote a later version: the record's snapshot is
 *   restored then, and the kept actor stopped);
 * - taking removes it, so two turns of one conversation at once never share an actor: the second
 *   restores its own from the record, and compare-and-set lets one of them land.
 * At most `limit` are kept (the least recently kept stopped first); 0 keeps none.
 */
import type { Actor, AnyStateMachine } from 'xstate';
import type { Turn } from '../core/conversation.js';

/** The default number of live actors kept (LIVE_ACTORS; about 6 KB each, 3 MB in all). */
export const DEFAULT_LIVE_ACTORS = 500;

interface Kept {
  actor: Actor<AnyStateMachine>;
  version: number;
  flow: string;
  /** The Turn that turn answered (the record's last Turn, without reading it from the record). */
  turn: Turn;
}

/** A kept actor taken for the next turn, with the Turn its last turn answered. */
export interface LiveActor {
  actor: Actor<AnyStateMachine>;
  turn: Turn;
}

export class LiveActors {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly limit: number) {}

  /** The actor kept for `id` if it stands for the record read (its version and flow); it is no longer kept. */
  take(id: string, version: number, flow: string): LiveActor | null {
    const kept = this.kept.get(id);
    if (!kept) return null;
    this.kept.delete(id);
    if (kept.version === version && kept.flow === flow) return { actor: kept.actor, turn: kept.turn };
    kept.actor.stop();
    return null;
  }

  /** Keeps the actor of `id` as its committed turn left it, at the version that turn wrote, with the Turn it answered. */
  keep(id: string, version: number, flow: string, actor: Actor<AnyStateMachine>, turn: Turn): void {
    this.drop(id);
    if (this.limit <= 0) {
      actor.stop();
      return;
    }
    this.kept.set(id, { actor, version, flow, turn });
    if (this.kept.size > this.limit) {
      const [oldest, { actor: evicted }] = this.kept.entries().next().value!;
      this.kept.delete(oldest);
      evicted.stop();
    }
  }

  /** Stops and forgets the actor kept for `id`, if any. */
  drop(id: string): void {
    const kept = this.kept.get(id);
    if (!kept) return;
    this.kept.delete(id);
    kept.actor.stop();
  }

  get size(): number {
    return this.kept.size;
  }
}
