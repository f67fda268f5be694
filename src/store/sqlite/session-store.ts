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
  }

  async get(id: string): Promise<ConversationRecord | null> {
    const row = this.select.get(id);
    if (!row) return null;
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

  async compareAndSet(record: ConversationRecord, expectedVersion: number): Promise<boolean> {
    checkWrite(record, expectedVersion);
    const row: ConversationRow = {
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
    const result = expectedVersion === 0 ? this.insert.run(row) : this.update.run({ ...row, expected: expectedVersion });
    return result.changes === 1;
  }
}
