/**
 * The conversation store with a local journal (issue 10 item 5): how a turn proceeds when the
 * store of conversation records (Redis, or the SQLite database) is down, hung or read-only.
 *
 * A turn's records (the work order of a confirmed report) are saved or queued before its
 * compare-and-set; if that write then failed, the caller would hear "transferring you" about a
 * report that is recorded, and the next turn would find the call where it was before. So:
 * - a write the store refuses with an error or does not answer in time is kept in the journal, a
 *   table in the local outbox file (<dataDir>/outbox.db), and the turn is answered as usual;
 *   the journal's own check on the version keeps two turns of one call on this instance apart;
 * - a read finds the journal's record when it is further than the store's (or the store fails),
 *   and otherwise the record this instance wrote last (kept in memory, a bounded number): a
 *   hang-up during an outage still ends the call with its draft saved;
 * - what the journal holds is handed back to the store as soon as it answers again (on the next
 *   read or write of that conversation, and by every retention sweep, `flush()`), never over a
 *   record that is further.
 * While the store is down, a call runs on the instance that journaled it; another instance that
 * takes the call first repeats the turn the store knows, and a repeated turn makes no second
 * record (idempotency keys). When neither the store nor the journal has the call, the turn fails as
 * before (the caller is apologized to and handed over): there is nothing to continue from.
 */
import type { ConversationRecord, SessionStore } from '../engine/session-store.js';
import { logger } from '../observability/logger.js';
import type { Db } from './sqlite/database.js';
import { jsonCopy } from './session-record.js';
import { withinTimeout } from './timeouts.js';

/**
 * Conversation records kept in the local file while their store fails. The ids it holds are also
 * kept in memory (the file is this instance's own), so a turn while the store works reads nothing
 * from the file.
 */
export class SessionJournal {
  private readonly select;
  private readonly upsert;
  private readonly remove;
  private readonly every;
  private readonly ids: Set<string>;

  constructor(db: Db, private readonly now: () => Date = () => new Date()) {
    this.select = db.prepare<[string], { record: string }>('SELECT record FROM conversation_journal WHERE id = ?');
    // Only forward: a record is replaced by a later version, never by the same or an earlier one.
    this.upsert = db.prepare<[string, number, string, number]>(
      `INSERT INTO conversation_journal (id, version, record, journaled_at_ms) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, record = excluded.record, journaled_at_ms = excluded.journaled_at_ms
       WHERE excluded.version > conversation_journal.version`,
    );
    this.remove = db.prepare<[string, number]>('DELETE FROM conversation_journal WHERE id = ? AND version <= ?');
    this.every = db.prepare<[number], { record: string }>('SELECT record FROM conversation_journal ORDER BY journaled_at_ms LIMIT ?');
    this.ids = new Set(db.prepare<[], { id: string }>('SELECT id FROM conversation_journal').all().map((row) => row.id));
  }

  get(id: string): ConversationRecord | null {
    if (!this.ids.has(id)) return null;
    const row = this.select.get(id);
    return row ? (JSON.parse(row.record) as ConversationRecord) : null;
  }

  /** Keeps `record` if the journal holds no later or equal version of it; answers whether it did. */
  put(record: ConversationRecord): boolean {
    const json = JSON.stringify({ ...record, snapshot: record.snapshot ?? null });
    const kept = this.upsert.run(record.id, record.version, json, this.now().getTime()).changes === 1;
    if (kept) this.ids.add(record.id);
    return kept;
  }

  /** Forgets the conversation up to `version` (the store has it now). */
  forget(id: string, version: number): void {
    if (this.remove.run(id, version).changes === 1) this.ids.delete(id);
  }

  list(limit: number): ConversationRecord[] {
    if (this.ids.size === 0) return [];
    return this.every.all(limit).map((row) => JSON.parse(row.record) as ConversationRecord);
  }
}

export interface JournaledSessionsOptions {
  /** How long a call to the store may take before it counts as failed (STORE_TIMEOUT_MS). */
  timeoutMs: number;
  /**
   * How many records written last this instance keeps in memory for reads while the store fails
   * (default 2,000); 0 where reads do not fail with the store (embedded SQLite: a read-only or
   * locked file still answers reads), which saves their memory.
   */
  recentLimit?: number;
  /**
   * The store answers within the call (embedded SQLite: its lock wait is bounded by busy_timeout):
   * no timer is raced against it, since one could never win.
   */
  synchronous?: boolean;
}

export class JournaledSessionStore implements SessionStore {
  private readonly recent = new Map<string, ConversationRecord>();
  private readonly recentLimit: number;
  private readonly failureListeners: ((operation: string) => void)[] = [];

  constructor(
    readonly primary: SessionStore,
    private readonly journal: SessionJournal,
    private readonly options: JournaledSessionsOptions,
  ) {
    this.recentLimit = options.recentLimit ?? 2000;
  }

  async get(id: string): Promise<ConversationRecord | null> {
    let stored: ConversationRecord | null;
    try {
      stored = await this.call('get', this.primary.get(id));
    } catch (error) {
      const kept = this.journal.get(id) ?? this.recent.get(id) ?? null;
      if (!kept) throw error;
      logger.warn({ err: error, conversationId: id, version: kept.version }, 'sessions: store unavailable; the conversation is read from the local journal');
      return jsonCopy(kept);
    }
    const kept = this.journal.get(id);
    if (!kept) return stored;
    if (stored && stored.version >= kept.version) {
      this.journal.forget(id, kept.version);
      return stored;
    }
    await this.handBack(kept);
    return kept;
  }

  async compareAndSet(record: ConversationRecord, expectedVersion: number): Promise<boolean> {
    const kept = this.journal.get(record.id);
    if (kept) {
      // The conversation is in the journal: further than the store, unless handed back already.
      if (kept.version !== expectedVersion) return false;
      if (!(await this.handBack(kept))) return this.keep(record, null);
    }
    try {
      const written = await this.call('compareAndSet', this.primary.compareAndSet(record, expectedVersion));
      if (written) this.remember(record);
      return written;
    } catch (error) {
      if (error instanceof RangeError) throw error; // a bad write (checkWrite): a bug, not an outage
      return this.keep(record, error);
    }
  }

  /** Hands back everything the journal holds to the store (the retention sweep); answers how many are still kept. */
  async flush(limit = 500): Promise<number> {
    let left = 0;
    for (const record of this.journal.list(limit)) if (!(await this.handBack(record))) left++;
    return left;
  }

  async ping(): Promise<void> {
    if (this.primary.ping) await withinTimeout(Promise.resolve(this.primary.ping()), this.options.timeoutMs, 'sessions', 'ping');
  }

  async listIdle(before: string, limit: number): Promise<ConversationRecord[]> {
    return this.primary.listIdle ? this.call('listIdle', this.primary.listIdle(before, limit)) : [];
  }

  async purgeEnded(before: string): Promise<number> {
    return this.primary.purgeEnded ? this.call('purgeEnded', this.primary.purgeEnded(before)) : 0;
  }

  async close(): Promise<void> {
    this.recent.clear();
    await this.primary.close?.();
  }

  private keep(record: ConversationRecord, error: unknown): boolean {
    const kept = this.journal.put(record);
    if (kept) {
      this.remember(record);
      logger.warn({ err: error, conversationId: record.id, version: record.version }, 'sessions: store unavailable; the turn is kept in the local journal');
    }
    return kept;
  }

  /** Writes a journaled record back to the store; true when the store has it (or a later one) now. */
  private async handBack(record: ConversationRecord): Promise<boolean> {
    if (!this.primary.restore) return false;
    try {
      await this.call('restore', this.primary.restore(record));
    } catch {
      return false;
    }
    this.journal.forget(record.id, record.version);
    logger.info({ conversationId: record.id, version: record.version }, 'sessions: a journaled conversation is back in its store');
    return true;
  }

  private remember(record: ConversationRecord): void {
    if (this.recentLimit === 0) return;
    this.recent.delete(record.id);
    if (record.status === 'ended') return;
    this.recent.set(record.id, record);
    if (this.recent.size > this.recentLimit) this.recent.delete(this.recent.keys().next().value!);
  }

  /** Told of every failed call to the store, including those the journal covered (metrics). */
  onFailure(listener: (operation: string) => void): void {
    this.failureListeners.push(listener);
  }

  private call<T>(operation: string, promise: Promise<T>): Promise<T> {
    const bounded = this.options.synchronous ? promise : withinTimeout(promise, this.options.timeoutMs, 'sessions', operation);
    return bounded.catch((error: unknown) => {
      for (const listener of this.failureListeners) listener(operation);
      throw error;
    });
  }
}
