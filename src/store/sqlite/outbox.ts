/**
 * The outbox (N21 emergency mode: nothing the customer reported is lost) on its own SQLite file,
 * <dataDir>/outbox.db, so it keeps accepting writes while the main database is failing.
 * Delivery is at least once: items are claimed with a lease (two workers never deliver the same
 * item at once; a crash mid-delivery retries after the lease), retried with capped exponential
 * back-off, and kept after delivery as an audit trail.
 */
import { OUTBOX_KINDS, type Outbox, type OutboxHandler, type OutboxItem, type OutboxKind } from '../../services/ports.js';
import { DEFAULT_BACKOFF, retryDelayMs, type Backoff } from '../../services/backoff.js';
import { openDatabase, type Db } from './database.js';
import { iso, isoOrNull } from './filter.js';
import { assertMigrated, migrate, type Migration } from './migrations.js';
import { withinTimeout } from '../timeouts.js';

export const OUTBOX_FILE_NAME = 'outbox.db';

export const OUTBOX_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'outbox',
    sql: `
      CREATE TABLE outbox (
        id                 INTEGER PRIMARY KEY AUTOINCREMENT,
        kind               TEXT NOT NULL CHECK (kind IN ('work_order', 'callback', 'escalation', 'incident')),
        payload            TEXT NOT NULL,
        status             TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered')),
        attempts           INTEGER NOT NULL DEFAULT 0,
        next_attempt_at_ms INTEGER NOT NULL,
        last_error         TEXT,
        created_at_ms      INTEGER NOT NULL,
        delivered_at_ms    INTEGER,
        result             TEXT
      );
      CREATE INDEX outbox_due ON outbox(status, next_attempt_at_ms);
    `,
  },
  {
    version: 2,
    name: 'conversation journal',
    // Conversation records written while their store failed (src/store/journaled-sessions.ts).
    sql: `
      CREATE TABLE conversation_journal (
        id            TEXT PRIMARY KEY,
        version       INTEGER NOT NULL,
        record        TEXT NOT NULL,
        journaled_at_ms INTEGER NOT NULL
      );
      CREATE INDEX outbox_delivered ON outbox(status, delivered_at_ms);
    `,
  },
];

export interface OutboxOptions {
  now?: () => Date;
  backoff?: Backoff;
  /** A claimed item is retried after this long if its delivery never finished (crash). */
  leaseMs?: number;
  /** A handler slower than this counts as failed (a hung database must not stall the outbox). */
  handlerTimeoutMs?: number;
  /** Items claimed per deliver() call. */
  batchSize?: number;
}

interface OutboxRow {
  id: number;
  kind: OutboxKind;
  payload: string;
  status: 'pending' | 'delivered';
  attempts: number;
  next_attempt_at_ms: number;
  last_error: string | null;
  created_at_ms: number;
  delivered_at_ms: number | null;
}

const MAX_TEXT = 2000;

export class SqliteOutbox implements Outbox {
  private readonly now: () => Date;
  private readonly backoff: Backoff;
  private readonly leaseMs: number;
  private readonly timeoutMs: number;
  private readonly batchSize: number;
  private readonly insert;
  private readonly pendingRows;
  private readonly claim: (kinds: OutboxKind[], now: number) => OutboxRow[];
  private readonly markDelivered;
  private readonly markFailed;

  constructor(
    /** The local file: the conversation journal lives in it too (src/store/sqlite/journal.ts). */
    readonly db: Db,
    options: OutboxOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.timeoutMs = options.handlerTimeoutMs ?? 60_000;
    this.batchSize = options.batchSize ?? 100;
    this.insert = db.prepare<[OutboxKind, string, number, number]>(
      'INSERT INTO outbox (kind, payload, next_attempt_at_ms, created_at_ms) VALUES (?, ?, ?, ?)',
    );
    this.pendingRows = db.prepare<[], OutboxRow>("SELECT * FROM outbox WHERE status = 'pending' ORDER BY id");
    // Only kinds that have a handler: an item nobody can deliver yet is left alone, not counted as failed.
    const due = db.prepare<[number, string, number], OutboxRow>(
      `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at_ms <= ?
         AND kind IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT ?`,
    );
    const lease = db.prepare<[number, number]>('UPDATE outbox SET attempts = attempts + 1, next_attempt_at_ms = ? WHERE id = ?');
    this.claim = db.transaction((kinds: OutboxKind[], now: number): OutboxRow[] => {
      const rows = due.all(now, JSON.stringify(kinds), this.batchSize);
      for (const r of rows) lease.run(now + this.leaseMs, r.id);
      return rows.map((r) => ({ ...r, attempts: r.attempts + 1 }));
    }).immediate;
    this.markDelivered = db.prepare<[number, string | null, number]>(
      "UPDATE outbox SET status = 'delivered', delivered_at_ms = ?, result = ?, last_error = NULL WHERE id = ?",
    );
    this.markFailed = db.prepare<[string, number, number]>('UPDATE outbox SET last_error = ?, next_attempt_at_ms = ? WHERE id = ?');
  }

  async enqueue(kind: OutboxKind, payload: unknown): Promise<{ id: string }> {
    if (!(OUTBOX_KINDS as readonly string[]).includes(kind)) throw new RangeError(`unknown outbox kind '${kind}'`);
    const json = JSON.stringify(payload);
    if (json === undefined) throw new RangeError('outbox payload must be JSON data');
    const at = this.now().getTime();
    const { lastInsertRowid } = this.insert.run(kind, json, at, at);
    return { id: String(lastInsertRowid) };
  }

  async pending(): Promise<OutboxItem[]> {
    return this.pendingRows.all().map(fromRow);
  }

  async list(filter: { status?: 'pending' | 'delivered'; kind?: OutboxKind } = {}): Promise<OutboxItem[]> {
    return this.db
      .prepare<[string | null, string | null, string | null, string | null], OutboxRow>(
        `SELECT * FROM outbox WHERE (? IS NULL OR status = ?) AND (? IS NULL OR kind = ?) ORDER BY id DESC`,
      )
      .all(filter.status ?? null, filter.status ?? null, filter.kind ?? null, filter.kind ?? null)
      .map(fromRow);
  }

  async deliver(handlers: Partial<Record<OutboxKind, OutboxHandler>>, now: Date = this.now()): Promise<{ delivered: number; failed: number }> {
    const kinds = OUTBOX_KINDS.filter((k) => typeof handlers[k] === 'function');
    const at = now.getTime();
    let delivered = 0;
    let failed = 0;
    // In order, one at a time: a work order is filed before a callback queued after it.
    for (const row of this.claim(kinds, at)) {
      const item = fromRow(row);
      try {
        const result = await withinTimeout(handlers[row.kind]!(item.payload, item), this.timeoutMs, 'outbox', `deliver ${row.kind}`);
        this.markDelivered.run(at, clip(JSON.stringify(result ?? null)), row.id);
        delivered++;
      } catch (error) {
        const message = clip(error instanceof Error ? error.message : String(error)) ?? 'unknown error';
        this.markFailed.run(message, at + retryDelayMs(row.attempts, this.backoff), row.id);
        failed++;
      }
    }
    return { delivered, failed };
  }

  async purgeDelivered(before: Date): Promise<number> {
    return this.db.prepare<[number]>("DELETE FROM outbox WHERE status = 'delivered' AND delivered_at_ms < ?").run(before.getTime()).changes;
  }

  /** Readiness (/ready): the file answers and its schema is current. */
  assertReady(): void {
    assertMigrated(this.db, OUTBOX_MIGRATIONS);
  }

  close(): void {
    this.db.close();
  }
}

/** Opens (creating) <dataDir>/outbox.db, or a private in-memory outbox for ':memory:' (tests). */
export function openOutbox(dataDir: string | ':memory:', options: OutboxOptions = {}): SqliteOutbox {
  const db = openDatabase(dataDir, OUTBOX_FILE_NAME);
  try {
    migrate(db, OUTBOX_MIGRATIONS);
    return new SqliteOutbox(db, options);
  } catch (error) {
    db.close();
    throw error;
  }
}

function clip(text: string | undefined): string | null {
  if (text === undefined) return null;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function fromRow(r: OutboxRow): OutboxItem {
  return {
    id: String(r.id),
    kind: r.kind,
    payload: JSON.parse(r.payload) as unknown,
    attempts: r.attempts,
    nextAttemptAt: iso(r.next_attempt_at_ms),
    lastError: r.last_error,
    createdAt: iso(r.created_at_ms),
    status: r.status,
    deliveredAt: isoOrNull(r.delivered_at_ms),
  };
}
