/**
 * Ordered schema migrations. A migration is never edited once shipped: add a new one.
 * Times used in range queries are stored as epoch milliseconds (exact comparisons whatever
 * ISO offset the caller wrote); times only shown are ISO 8601 text.
 */
import type { Db } from './database.js';

export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE areas (
        id   TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL CHECK (type IN ('urban', 'rural', 'remote'))
      );
      CREATE TABLE area_aliases (
        alias   TEXT PRIMARY KEY,
        area_id TEXT NOT NULL REFERENCES areas(id) ON DELETE CASCADE
      );

      CREATE TABLE customers (
        account TEXT PRIMARY KEY CHECK (length(account) = 10 AND account NOT GLOB '*[^0-9]*'),
        name    TEXT NOT NULL,
        address TEXT NOT NULL,
        area_id TEXT NOT NULL REFERENCES areas(id)
      );
      CREATE TABLE customer_phones (
        account  TEXT NOT NULL REFERENCES customers(account) ON DELETE CASCADE,
        phone    TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account, phone)
      );
      CREATE INDEX customer_phones_by_phone ON customer_phones(phone);

      CREATE TABLE outages (
        id                     TEXT PRIMARY KEY,
        area_id                TEXT NOT NULL REFERENCES areas(id),
        kind                   TEXT NOT NULL CHECK (kind IN ('planned', 'fault')),
        reason                 TEXT NOT NULL,
        starts_at_ms           INTEGER NOT NULL,
        expected_restore_at_ms INTEGER NOT NULL,
        CHECK (starts_at_ms < expected_restore_at_ms)
      );
      CREATE INDEX outages_by_area ON outages(area_id, starts_at_ms);
      -- Callers registered as affected by a known outage instead of a duplicate ticket (N10).
      CREATE TABLE outage_reports (
        id              INTEGER PRIMARY KEY,
        outage_id       TEXT NOT NULL REFERENCES outages(id) ON DELETE CASCADE,
        phone           TEXT,
        account         TEXT,
        conversation_id TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        UNIQUE (outage_id, conversation_id)
      );

      -- area_id is not a foreign key: a caller's area may be unknown to the directory.
      CREATE TABLE work_orders (
        id                       TEXT PRIMARY KEY CHECK (length(id) = 10),
        kind                     TEXT NOT NULL,
        urgent                   INTEGER NOT NULL CHECK (urgent IN (0, 1)),
        danger                   INTEGER NOT NULL CHECK (danger IN (0, 1)),
        scope                    TEXT CHECK (scope IN ('home', 'building', 'area')),
        account                  TEXT,
        phone                    TEXT,
        address                  TEXT NOT NULL,
        area_id                  TEXT,
        description              TEXT NOT NULL,
        channel                  TEXT NOT NULL,
        conversation_id          TEXT NOT NULL,
        status                   TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        created_at               TEXT NOT NULL,
        promised_arrival_minutes INTEGER NOT NULL
      );
      CREATE INDEX work_orders_by_phone ON work_orders(phone);
      CREATE INDEX work_orders_by_account ON work_orders(account);
      -- Last ticket sequence used per local day (YYMMDD).
      CREATE TABLE ticket_sequences (
        day  TEXT PRIMARY KEY,
        last INTEGER NOT NULL
      );

      CREATE TABLE duty_shifts (
        id        INTEGER PRIMARY KEY,
        from_time TEXT NOT NULL CHECK (from_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        to_time   TEXT NOT NULL CHECK (to_time GLOB '[0-2][0-9]:[0-5][0-9]')
      );
      CREATE TABLE duty_chain (
        shift_id INTEGER NOT NULL REFERENCES duty_shifts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name     TEXT NOT NULL,
        phone    TEXT NOT NULL,
        PRIMARY KEY (shift_id, position)
      );

      CREATE TABLE conversations (
        id         TEXT PRIMARY KEY,
        version    INTEGER NOT NULL CHECK (version >= 1),
        channel    TEXT NOT NULL,
        caller     TEXT,
        locale     TEXT NOT NULL,
        snapshot   TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('active', 'ended')),
        last_turn  TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX conversations_by_updated ON conversations(status, updated_at);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

export function schemaVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Brings the schema up to date. Runs in one IMMEDIATE transaction so two processes starting
 * together cannot both apply a migration. Refuses a database written by a newer release.
 */
export function migrate(db: Db): { from: number; to: number } {
  const run = db.transaction(() => {
    const from = schemaVersion(db);
    if (from > LATEST_SCHEMA_VERSION) {
      throw new Error(
        `database schema version ${from} is newer than this release knows (${LATEST_SCHEMA_VERSION}); upgrade the application`,
      );
    }
    const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
    return { from, to: LATEST_SCHEMA_VERSION };
  });
  return run.immediate();
}
