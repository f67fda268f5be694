/** Rules every SessionStore adapter shares. */
import type { ConversationRecord } from '../engine/session-store.js';

/** Records written before conversations named their flow were all inbound calls. */
export const LEGACY_FLOW = 'inbound';

/**
 * A write must carry the next version (contract: record.version = expectedVersion + 1).
 * A violation is a bug in the caller, not a lost race, so it throws instead of returning false.
 */
export function checkWrite(record: ConversationRecord, expectedVersion: number): void {
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    throw new RangeError(`compareAndSet: expectedVersion must be a non-negative integer, got ${expectedVersion}`);
  }
  if (record.version !== expectedVersion + 1) {
    throw new RangeError(
      `compareAndSet(${record.id}): record.version must be expectedVersion + 1 (${expectedVersion + 1}), got ${record.version}`,
    );
  }
}

/**
 * A detached copy through JSON, as a durable store would give back: callers cannot mutate stored
 * state, and the memory store behaves like SQLite/Redis (undefined dropped, Dates become strings).
 */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
