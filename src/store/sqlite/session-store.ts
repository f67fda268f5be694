/**
 * SessionStore over SQLite: conversation records, every write compare-and-set on the version
 * (ARCHITECTURE: two instances can never lose each other's turn).
 *
 * The rows this connection wrote last are kept (WrittenRows): the next turn of a call reads its
 * record without a SELECT while no other connection has committed since. Writes are always
 * compare-and-set in the database, so a stale copy could never overwrite another instance's turn.
 */
import type { Turn } from '../../core/conversation.js';
import type { ConversationRecord, SessionStore } from '../../engine/session-store.js';
import { checkWrite } from '../session-record.js';
import type { Db } from './database.js';
import type { GroupCommit } from './group-commit.js';
import { WrittenRows } from './written-rows.js';

export interface SqliteSessionStoreOptions {
  /** How many rows written last are kept for the next read (default 1,000; 0: none). */
  keepWritten?: number;
  /** The connection's group commit, when turns write through it: rows written in a group are kept too. */
  group?: GroupCommit;
}

/** One set of written rows per connection: two stores on one connection see each other's writes. */
const writtenByConnection = new WeakMap<Db, WrittenRows<ConversationRow>>();

interface ConversationRow {
  id: string;
  version: number;
  flow: string;
  channel: ConversationRecord['channel'];
  caller: string | null;
  locale: ConversationRecord['locale'];
  snapshot: string;
  status: ConversationRecord['status'];
  last_turn: string | null;
  created_at: string;
  updated_at: string;
}

export class SqliteSessionStore implements SessionStore {
  private readonly select;
  private readonly insert;
  private readonly update;
  private readonly upsertNewer;
  private readonly idle;
  private readonly purge;
  private readonly written: WrittenRows<ConversationRow>;

  constructor(db: Db, options: SqliteSessionStoreOptions = {}) {
    let written = writtenByConnection.get(db);
    if (!written) {
      written = new WrittenRows<ConversationRow>(db, options.keepWritten ?? 1000, options.group ?? null);
      writtenByConnection.set(db, written);
    }
    this.written = written;
    this.select = db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?');
    // Create-only: an existing id is left alone and reported as a lost race.
    this.insert = db.prepare<ConversationRow>(
      `INSERT INTO conversations (id, version, flow, channel, caller, locale, snapshot, status, last_turn, created_at, updated_at)
       VALUES (@id, @version, @flow, @channel, @caller, @locale, @snapshot, @status, @last_turn, @created_at, @updated_at)
       ON CONFLICT (id) DO NOTHING`,
    );
    this.update = db.prepare<ConversationRow & { expected: number }>(
      `UPDATE conversations SET version = @version, flow = @flow, channel = @channel, caller = @caller, locale = @locale,
         snapshot = @snapshot, status = @status, last_turn = @last_turn, created_at = @created_at, updated_at = @updated_at
       WHERE id = @id AND version = @expected`,
    );
    this.upsertNewer = db.prepare<ConversationRow>(
      `INSERT INTO conversations (id, version, flow, channel, caller, locale, snapshot, status, last_turn, created_at, updated_at)
       VALUES (@id, @version, @flow, @channel, @caller, @locale, @snapshot, @status, @last_turn, @created_at, @updated_at)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, flow = excluded.flow, channel = excluded.channel,
         caller = excluded.caller, locale = excluded.locale, snapshot = excluded.snapshot, status = excluded.status,
         last_turn = excluded.last_turn, created_at = excluded.created_at, updated_at = excluded.updated_at
       WHERE excluded.version > conversations.version`,
    );
    // Both on the index conversations_by_updated (status, updated_at).
    this.idle = db.prepare<[string, number], ConversationRow>(
      "SELECT * FROM conversations WHERE status = 'active' AND updated_at < ? ORDER BY updated_at LIMIT ?",
    );
    this.purge = db.prepare<[string]>("DELETE FROM conversations WHERE status = 'ended' AND updated_at < ?");
  }

  async get(id: string): Promise<ConversationRecord | null> {
    const row = this.written.get(id) ?? this.select.get(id);
    return row ? fromRow(row) : null;
  }

  async compareAndSet(record: ConversationRecord, expectedVersion: number): Promise<boolean> {
    checkWrite(record, expectedVersion);
    const row = toRow(record);
    let landed = false;
    try {
      const result = expectedVersion === 0 ? this.insert.run(row) : this.update.run({ ...row, expected: expectedVersion });
      landed = result.changes === 1;
    } finally {
      // An ended conversation is read at most once more (a late retry): not worth its memory.
      if (landed && row.status === 'active') this.written.wrote(row.id, row);
      else this.written.forget(row.id);
    }
    return landed;
  }

  async restore(record: ConversationRecord): Promise<boolean> {
    this.written.forget(record.id);
    return this.upsertNewer.run(toRow(record)).changes === 1;
  }

  async listIdle(before: string, limit: number): Promise<ConversationRecord[]> {
    return this.idle.all(before, limit).map(fromRow);
  }

  async purgeEnded(before: string): Promise<number> {
    // Ended rows are never kept (compareAndSet), so none of the kept ones is purged here.
    return this.purge.run(before).changes;
  }
}

function fromRow(row: ConversationRow): ConversationRecord {
  // Built in the order of a record's fields, the two parsed when read as accessors (lazyParts).
  const record = { id: row.id, version: row.version, flow: row.flow, channel: row.channel, caller: row.caller, locale: row.locale } as ConversationRecord;
  lazyParts.set(record, { snapshot: { json: row.snapshot, value: null }, lastTurn: { json: row.last_turn, value: null } });
  Object.defineProperty(record, 'snapshot', LAZY_SNAPSHOT);
  record.status = row.status;
  Object.defineProperty(record, 'lastTurn', LAZY_LAST_TURN);
  record.createdAt = row.created_at;
  record.updatedAt = row.updated_at;
  return record;
}

/**
 * The record's snapshot and last Turn, parsed from the row's JSON when first read (issue 15): a
 * turn answered by the live actor its last turn left (src/engine/live-actors.ts) reads neither. To
 * every reader each is a plain enumerable property (spread, JSON, structuredClone and assignment
 * as usual). The accessors are the same two functions for every record (no closures made per
 * record, and the records read share one hidden class); the JSON waits in `lazyParts`.
 */
interface LazyParts {
  snapshot: { json: string | null; value: unknown };
  lastTurn: { json: string | null; value: unknown };
}
const lazyParts = new WeakMap<object, LazyParts>();

function lazyAccessor(key: keyof LazyParts): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const part = lazyParts.get(this)![key];
      if (part.json !== null) {
        part.value = key === 'lastTurn' ? turnFromJson(part.json) : JSON.parse(part.json);
        part.json = null;
      }
      return part.value;
    },
    set(this: object, value: unknown) {
      const part = lazyParts.get(this)![key];
      part.json = null;
      part.value = value;
    },
  };
}
const LAZY_SNAPSHOT = lazyAccessor('snapshot');
const LAZY_LAST_TURN = lazyAccessor('lastTurn');

function toRow(record: ConversationRecord): ConversationRow {
  return {
    id: record.id,
    version: record.version,
    flow: record.flow,
    channel: record.channel,
    caller: record.caller,
    locale: record.locale,
    snapshot: JSON.stringify(record.snapshot ?? null),
    status: record.status,
    last_turn: record.lastTurn === null ? null : turnJson(record.lastTurn),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}

/**
 * A Turn as the row keeps it. Its prompts share one object of values (buildTurn: the flow's values
 * for the turn, twenty-odd of them), which JSON would write out once per prompt: it is written once,
 * as `promptValues`, and each prompt without it (issue 15: half the Turn's JSON). A Turn whose
 * prompts do not share one object is written as it is.
 */
function turnJson(turn: Turn): string {
  const values = turn.prompts[0]?.values;
  if (values === undefined || turn.prompts.length < 2 || turn.prompts.some((p) => p.values !== values)) return JSON.stringify(turn);
  return JSON.stringify({ ...turn, prompts: turn.prompts.map(({ values: _shared, ...prompt }) => prompt), promptValues: values });
}

/** The Turn `turnJson` wrote (or a Turn written whole, as rows before it hold). */
function turnFromJson(json: string): Turn {
  const stored = JSON.parse(json) as Turn & { promptValues?: Turn['prompts'][number]['values'] };
  if (stored.promptValues === undefined) return stored;
  const { promptValues, ...turn } = stored;
  return { ...turn, prompts: turn.prompts.map((prompt) => ({ ...prompt, values: promptValues })) };
}
