/** In-memory SessionStore: tests, the simulator, and single-process deployments that accept losing calls on restart. */
import type { ConversationRecord, SessionStore } from '../../engine/session-store.js';
import { checkWrite, jsonCopy } from '../session-record.js';

export class MemorySessionStore implements SessionStore {
  private readonly records = new Map<string, ConversationRecord>();

  async get(id: string): Promise<ConversationRecord | null> {
    const stored = this.records.get(id);
    return stored ? jsonCopy(stored) : null;
  }

  async compareAndSet(record: ConversationRecord, expectedVersion: number): Promise<boolean> {
    checkWrite(record, expectedVersion);
    const current = this.records.get(record.id);
    // Check and write happen in one synchronous step: no other call can interleave.
    if ((current?.version ?? 0) !== expectedVersion) return false;
    this.records.set(record.id, jsonCopy({ ...record, snapshot: record.snapshot ?? null }));
    return true;
  }

  async restore(record: ConversationRecord): Promise<boolean> {
    const current = this.records.get(record.id);
    if (current && current.version >= record.version) return false;
    this.records.set(record.id, jsonCopy({ ...record, snapshot: record.snapshot ?? null }));
    return true;
  }

  async listIdle(before: string, limit: number): Promise<ConversationRecord[]> {
    return [...this.records.values()]
      .filter((r) => r.status === 'active' && r.updatedAt < before)
      .sort((x, y) => x.updatedAt.localeCompare(y.updatedAt))
      .slice(0, limit)
      .map(jsonCopy);
  }

  async purgeEnded(before: string): Promise<number> {
    let purged = 0;
    for (const [id, r] of this.records) {
      if (r.status === 'ended' && r.updatedAt < before) purged += Number(this.records.delete(id));
    }
    return purged;
  }

  async close(): Promise<void> {
    this.records.clear();
  }
}
