/**
 * SessionStore over SQLite: conversation records, every write compare-and-set on the version
 * (ARCHITECTURE: two instances can never lose each other's turn).
 */
import type { ConversationRecord, SessionStore } from '../../engine/session-store.js';
import { checkWrite } from '../session-record.js';
import type { Db } from './database.js';

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

  constructor(db: Db) {
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
    const row = this.select.get(id);
    return row ? fromRow(row) : null;
  }

  async compareAndSet(record: ConversationRecord, expectedVersion: number): Promise<boolean> {
    checkWrite(record, expectedVersion);
    const row = toRow(record);
    const result = expectedVersion === 0 ? this.insert.run(row) : this.update.run({ ...row, expected: expectedVersion });
    return result.changes === 1;
  }

  async restore(record: ConversationRecord): Promise<boolean> {
    return this.upsertNewer.run(toRow(record)).changes === 1;
  }

  async listIdle(before: string, limit: number): Promise<ConversationRecord[]> {
    return this.idle.all(before, limit).map(fromRow);
  }

  async purgeEnded(before: string): Promise<number> {
    return this.purge.run(before).changes;
  }
}

function fromRow(row: ConversationRow): ConversationRecord {
  return {
    id: row.id,
    version: row.version,
    flow: row.flow,
    channel: row.channel,
    caller: row.caller,
    locale: row.locale,
    snapshot: JSON.parse(row.snapshot) as unknown,
    status: row.status,
    lastTurn: row.last_turn === null ? null : (JSON.parse(row.last_turn) as ConversationRecord['lastTurn']),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

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
    last_turn: record.lastTurn === null ? null : JSON.stringify(record.lastTurn),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}
