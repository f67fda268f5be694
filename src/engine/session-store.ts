import type { Channel, Turn } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';

/** One conversation as persisted between turns (ARCHITECTURE: the conversation record). */
export interface ConversationRecord {
  /** Twilio CallSid, chat session id, simulator id. */
  id: string;
  /** Incremented by every write; writes are compare-and-set on it. */
  version: number;
  /** The registered flow the conversation runs ('inbound', ...). */
  flow: string;
  channel: Channel;
  caller: string | null;
  locale: Locale;
  /** XState persisted snapshot (JSON-serializable). */
  snapshot: unknown;
  status: 'active' | 'ended';
  /** The last Turn answered: repeated as is when a channel retries the same request. */
  lastTurn: Turn | null;
  createdAt: string; // ISO 8601
  updatedAt: string; // ISO 8601
}

/** Where conversation records live between turns: memory, SQLite (default), Redis (scale-out). */
export interface SessionStore {
  get(id: string): Promise<ConversationRecord | null>;
  /**
   * Write `record` only if the stored version is still `expectedVersion` (0: the record must not exist yet).
   * Returns false when another writer got there first; nothing is written then.
   * `record.version` must be `expectedVersion + 1`.
   */
  compareAndSet(record: ConversationRecord, expectedVersion: number): Promise<boolean>;
  /**
   * Write `record` unless the store holds the conversation at `record.version` or later: the local
   * journal handing back what it kept while this store failed (src/store/journaled-sessions.ts).
   * Returns false when the store was already as far.
   */
  restore?(record: ConversationRecord): Promise<boolean>;
  /**
   * Active conversations last written before `before` (ISO 8601), oldest first, up to `limit`: the
   * retention sweeper closes them as abandoned (issue 10 item 7).
   */
  listIdle?(before: string, limit: number): Promise<ConversationRecord[]>;
  /**
   * Deletes ended conversations last written before `before`; answers how many (retention). A store
   * whose records expire by themselves (Redis, TTL) may leave it out.
   */
  purgeEnded?(before: string): Promise<number>;
  /** Readiness (/ready) of a store on its own server: resolves when it answers. */
  ping?(): Promise<void>;
  close?(): Promise<void>;
}
