/**
 * Ordered schema migrations. A migration is never edited once shipped: add a new one.
 * Times used in range queries are stored as epoch milliseconds (exact comparisons whatever
 * ISO offset the caller wrote); times only shown are ISO 8601 text.
 */
import type { Db } from './database.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
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
  {
    version: 2,
    name: 'work order kinds: complaints, reports, applications; abandoned reports',
    // SQLite cannot change a CHECK constraint in place: the table is rebuilt and the rows copied.
    sql: `
      CREATE TABLE work_orders_v2 (
        id                       TEXT PRIMARY KEY CHECK (length(id) = 10),
        kind                     TEXT NOT NULL CHECK (kind IN ('repair', 'complaint', 'report', 'application')),
        subtype                  TEXT,
        urgent                   INTEGER NOT NULL CHECK (urgent IN (0, 1)),
        danger                   INTEGER NOT NULL CHECK (danger IN (0, 1)),
        scope                    TEXT CHECK (scope IN ('home', 'building', 'area')),
        account                  TEXT,
        phone                    TEXT,
        address                  TEXT NOT NULL,
        area_id                  TEXT,
        description              TEXT NOT NULL,
        details                  TEXT NOT NULL DEFAULT '{}',
        anonymous                INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
        reply_due_at             TEXT,
        channel                  TEXT NOT NULL,
        conversation_id          TEXT NOT NULL,
        status                   TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'abandoned')),
        created_at               TEXT NOT NULL,
        created_at_ms            INTEGER NOT NULL,
        promised_arrival_minutes INTEGER NOT NULL,
        -- An anonymous report keeps no way back to the reporter.
        CHECK (anonymous = 0 OR (phone IS NULL AND account IS NULL))
      );
      INSERT INTO work_orders_v2 (id, kind, urgent, danger, scope, account, phone, address, area_id, description,
          channel, conversation_id, status, created_at, created_at_ms, promised_arrival_minutes)
        SELECT id, kind, urgent, danger, scope, account, phone, address, area_id, description,
          channel, conversation_id, status, created_at,
          CAST(round((julianday(created_at) - 2440587.5) * 86400000) AS INTEGER), promised_arrival_minutes
        FROM work_orders;
      DROP TABLE work_orders;
      ALTER TABLE work_orders_v2 RENAME TO work_orders;
      CREATE INDEX work_orders_by_phone ON work_orders(phone);
      CREATE INDEX work_orders_by_account ON work_orders(account);
      CREATE INDEX work_orders_by_created ON work_orders(created_at_ms);
    `,
  },
  {
    version: 3,
    name: 'callback tasks and escalations',
    sql: `
      -- work_order_id is not a foreign key: a task may be delivered from the outbox (N21) and must
      -- never be refused for the order it refers to.
      CREATE TABLE callbacks (
        id              TEXT PRIMARY KEY,
        kind            TEXT NOT NULL CHECK (kind IN ('complaint', 'question', 'dissatisfied', 'escalation', 'abandoned_report')),
        phone           TEXT NOT NULL,
        account         TEXT,
        work_order_id   TEXT,
        conversation_id TEXT,
        notes           TEXT NOT NULL,
        due_at_ms       INTEGER NOT NULL,
        not_before_ms   INTEGER NOT NULL,
        status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'cancelled')),
        created_at_ms   INTEGER NOT NULL,
        closed_at_ms    INTEGER
      );
      CREATE INDEX callbacks_by_phone ON callbacks(phone);
      CREATE INDEX callbacks_queue ON callbacks(status, due_at_ms);

      CREATE TABLE escalations (
        id              TEXT PRIMARY KEY,
        reason          TEXT NOT NULL CHECK (reason IN ('requested', 'dissatisfied', 'abuse', 'not_understood', 'system_error')),
        priority        INTEGER NOT NULL,
        conversation_id TEXT NOT NULL,
        channel         TEXT NOT NULL,
        phone           TEXT,
        summary         TEXT NOT NULL,
        context         TEXT NOT NULL,
        status          TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'connected', 'callback', 'closed')),
        outcome         TEXT,
        supervisor      TEXT,
        created_at_ms   INTEGER NOT NULL,
        updated_at_ms   INTEGER NOT NULL
      );
      CREATE INDEX escalations_queue ON escalations(status, priority DESC, created_at_ms);
      CREATE INDEX escalations_by_phone ON escalations(phone);
    `,
  },
  {
    version: 4,
    name: 'incidents and the blacklist',
    sql: `
      CREATE TABLE incidents (
        id              TEXT PRIMARY KEY,
        kind            TEXT NOT NULL CHECK (kind IN ('abuse', 'silent_call')),
        phone           TEXT,
        conversation_id TEXT NOT NULL,
        evidence        TEXT NOT NULL,
        at_ms           INTEGER NOT NULL
      );
      CREATE INDEX incidents_by_phone ON incidents(phone, kind, at_ms);

      -- One current entry per number; every change is kept in blacklist_history (N23).
      CREATE TABLE blacklist (
        phone         TEXT PRIMARY KEY,
        reason        TEXT NOT NULL,
        added_by      TEXT NOT NULL,
        added_at_ms   INTEGER NOT NULL,
        expires_at_ms INTEGER,
        status        TEXT NOT NULL CHECK (status IN ('active', 'proposed', 'lifted', 'expired'))
      );
      CREATE TABLE blacklist_history (
        id     INTEGER PRIMARY KEY,
        phone  TEXT NOT NULL,
        at_ms  INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('added', 'proposed', 'approved', 'lifted', 'expired')),
        by     TEXT NOT NULL,
        reason TEXT NOT NULL
      );
      CREATE INDEX blacklist_history_by_phone ON blacklist_history(phone, at_ms);
    `,
  },
  {
    version: 5,
    name: 'announcements and billing',
    sql: `
      -- Every notice set or cleared is a row (text NULL = cleared): the current one is the last.
      CREATE TABLE announcements (
        id    INTEGER PRIMARY KEY,
        text  TEXT,
        by    TEXT NOT NULL,
        at_ms INTEGER NOT NULL
      );

      -- Money in fen (integer): no rounding drift. Billing is its own system: no foreign key to customers.
      CREATE TABLE billing_accounts (
        account     TEXT PRIMARY KEY,
        balance_fen INTEGER NOT NULL
      );
      CREATE TABLE bills (
        account    TEXT NOT NULL REFERENCES billing_accounts(account) ON DELETE CASCADE,
        period     TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        amount_fen INTEGER NOT NULL,
        kwh        REAL NOT NULL,
        due_date   TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        PRIMARY KEY (account, period)
      );
    `,
  },
  {
    version: 6,
    name: 'conversations name their flow',
    // Every conversation before this was an inbound call (LEGACY_FLOW).
    sql: `ALTER TABLE conversations ADD COLUMN flow TEXT NOT NULL DEFAULT 'inbound';`,
  },
  {
    version: 7,
    name: 'idempotency keys: one record per turn and item (exactly once)',
    // NULL (a record not made by a turn) is never a duplicate: unique indexes let NULLs repeat.
    sql: `
      ALTER TABLE work_orders ADD COLUMN idempotency_key TEXT;
      CREATE UNIQUE INDEX work_orders_by_idempotency_key ON work_orders(idempotency_key);
      ALTER TABLE callbacks ADD COLUMN idempotency_key TEXT;
      CREATE UNIQUE INDEX callbacks_by_idempotency_key ON callbacks(idempotency_key);
      ALTER TABLE escalations ADD COLUMN idempotency_key TEXT;
      CREATE UNIQUE INDEX escalations_by_idempotency_key ON escalations(idempotency_key);
      ALTER TABLE incidents ADD COLUMN idempotency_key TEXT;
      CREATE UNIQUE INDEX incidents_by_idempotency_key ON incidents(idempotency_key);
      ALTER TABLE outage_reports ADD COLUMN idempotency_key TEXT;
      CREATE UNIQUE INDEX outage_reports_by_idempotency_key ON outage_reports(idempotency_key);
    `,
  },
  {
    version: 8,
    name: 'duty desk: users, sign-in sessions, transcripts, chat handovers',
    sql: `
      CREATE TABLE users (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE,
        role          TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
        password_hash TEXT NOT NULL,
        active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_by    TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL
      );
      CREATE TABLE staff_sessions (
        token_hash    TEXT PRIMARY KEY,
        user_id       TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf_token    TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL,
        expires_at_ms INTEGER NOT NULL
      );
      CREATE INDEX staff_sessions_by_user ON staff_sessions(user_id);

      CREATE TABLE transcripts (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id TEXT NOT NULL,
        at_ms           INTEGER NOT NULL,
        author          TEXT NOT NULL CHECK (author IN ('customer', 'bot', 'agent', 'system')),
        name            TEXT,
        text            TEXT NOT NULL,
        locale          TEXT NOT NULL
      );
      CREATE INDEX transcripts_by_conversation ON transcripts(conversation_id, seq);

      CREATE TABLE handovers (
        id              TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL,
        queue           TEXT NOT NULL CHECK (queue IN ('agent', 'supervisor')),
        reason          TEXT NOT NULL,
        priority        INTEGER NOT NULL,
        escalation_id   TEXT,
        locale          TEXT NOT NULL,
        phone           TEXT,
        summary         TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('waiting', 'taken', 'returned', 'closed', 'timed_out', 'callback', 'abandoned')),
        taken_by        TEXT,
        deadline_ms     INTEGER NOT NULL,
        created_at_ms   INTEGER NOT NULL,
        updated_at_ms   INTEGER NOT NULL
      );
      -- At most one open handover per conversation.
      CREATE UNIQUE INDEX handovers_open ON handovers(conversation_id) WHERE status IN ('waiting', 'taken', 'timed_out');
      CREATE INDEX handovers_queue ON handovers(status, priority DESC, created_at_ms);
      CREATE INDEX handovers_by_conversation ON handovers(conversation_id, created_at_ms);
    `,
  },
  {
    version: 9,
    name: 'ticket numbers past 9,999 a day (10-16 digits); keyset paging; blacklist updates; transcript lines once per turn; retention of the desk',
    // The id CHECK changes, so the table is rebuilt (migrate() runs with foreign keys off and
    // checks them before it commits); rows keep their order (rowid).
    sql: `
      CREATE TABLE work_orders_v3 (
        id                       TEXT PRIMARY KEY CHECK (length(id) BETWEEN 10 AND 16 AND id NOT GLOB '*[^0-9]*'),
        kind                     TEXT NOT NULL CHECK (kind IN ('repair', 'complaint', 'report', 'application')),
        subtype                  TEXT,
        urgent                   INTEGER NOT NULL CHECK (urgent IN (0, 1)),
        danger                   INTEGER NOT NULL CHECK (danger IN (0, 1)),
        scope                    TEXT CHECK (scope IN ('home', 'building', 'area')),
        account                  TEXT,
        phone                    TEXT,
        address                  TEXT NOT NULL,
        area_id                  TEXT,
        description              TEXT NOT NULL,
        details                  TEXT NOT NULL DEFAULT '{}',
        anonymous                INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
        reply_due_at             TEXT,
        channel                  TEXT NOT NULL,
        conversation_id          TEXT NOT NULL,
        status                   TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'abandoned')),
        created_at               TEXT NOT NULL,
        created_at_ms            INTEGER NOT NULL,
        promised_arrival_minutes INTEGER NOT NULL,
        idempotency_key          TEXT,
        CHECK (anonymous = 0 OR (phone IS NULL AND account IS NULL))
      );
      INSERT INTO work_orders_v3 (id, kind, subtype, urgent, danger, scope, account, phone, address, area_id, description,
          details, anonymous, reply_due_at, channel, conversation_id, status, created_at, created_at_ms, promised_arrival_minutes,
          idempotency_key)
        SELECT id, kind, subtype, urgent, danger, scope, account, phone, address, area_id, description,
          details, anonymous, reply_due_at, channel, conversation_id, status, created_at, created_at_ms, promised_arrival_minutes,
          idempotency_key
        FROM work_orders ORDER BY rowid;
      DROP TABLE work_orders;
      ALTER TABLE work_orders_v3 RENAME TO work_orders;
      CREATE INDEX work_orders_by_phone ON work_orders(phone, created_at_ms, id);
      CREATE INDEX work_orders_by_account ON work_orders(account, created_at_ms, id);
      CREATE INDEX work_orders_by_created ON work_orders(created_at_ms, id);
      CREATE UNIQUE INDEX work_orders_by_idempotency_key ON work_orders(idempotency_key);
      CREATE INDEX incidents_by_at ON incidents(at_ms);

      -- A blacklist entry's term changed explicitly (PATCH /blacklist/:number) is 'updated'.
      CREATE TABLE blacklist_history_v2 (
        id     INTEGER PRIMARY KEY,
        phone  TEXT NOT NULL,
        at_ms  INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('added', 'proposed', 'approved', 'updated', 'lifted', 'expired')),
        by     TEXT NOT NULL,
        reason TEXT NOT NULL
      );
      INSERT INTO blacklist_history_v2 (id, phone, at_ms, action, by, reason) SELECT id, phone, at_ms, action, by, reason FROM blacklist_history;
      DROP TABLE blacklist_history;
      ALTER TABLE blacklist_history_v2 RENAME TO blacklist_history;
      CREATE INDEX blacklist_history_by_phone ON blacklist_history(phone, at_ms);

      -- A turn's lines carry <conversation>/<version>/transcript.<n>: recorded once however often
      -- the turn is observed (two starts of one conversation at once). A person's lines have none.
      ALTER TABLE transcripts ADD COLUMN idempotency_key TEXT;
      CREATE UNIQUE INDEX transcripts_by_idempotency_key ON transcripts(idempotency_key);
      CREATE INDEX transcripts_by_at ON transcripts(at_ms);
      CREATE INDEX handovers_by_updated ON handovers(updated_at_ms);
    `,
  },
  {
    version: 10,
    name: 'outbound calls: callback results, the dialler queue and its attempts, campaigns, work-order follow-ups',
    // The callbacks table is rebuilt for its kind CHECK ('result'); rows keep their order (rowid).
    sql: `
      CREATE TABLE callbacks_v2 (
        id              TEXT PRIMARY KEY,
        kind            TEXT NOT NULL CHECK (kind IN ('complaint', 'question', 'dissatisfied', 'escalation', 'abandoned_report', 'result')),
        phone           TEXT NOT NULL,
        account         TEXT,
        work_order_id   TEXT,
        conversation_id TEXT,
        notes           TEXT NOT NULL,
        due_at_ms       INTEGER NOT NULL,
        not_before_ms   INTEGER NOT NULL,
        status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'cancelled')),
        created_at_ms   INTEGER NOT NULL,
        closed_at_ms    INTEGER,
        idempotency_key TEXT,
        result          TEXT,
        business        TEXT CHECK (business IN ('repair', 'complaint', 'report', 'consultation', 'query'))
      );
      INSERT INTO callbacks_v2 (id, kind, phone, account, work_order_id, conversation_id, notes, due_at_ms, not_before_ms,
          status, created_at_ms, closed_at_ms, idempotency_key)
        SELECT id, kind, phone, account, work_order_id, conversation_id, notes, due_at_ms, not_before_ms,
          status, created_at_ms, closed_at_ms, idempotency_key
        FROM callbacks ORDER BY rowid;
      DROP TABLE callbacks;
      ALTER TABLE callbacks_v2 RENAME TO callbacks;
      CREATE INDEX callbacks_by_phone ON callbacks(phone);
      CREATE INDEX callbacks_queue ON callbacks(status, due_at_ms);
      CREATE INDEX callbacks_by_work_order ON callbacks(work_order_id);
      CREATE UNIQUE INDEX callbacks_by_idempotency_key ON callbacks(idempotency_key);

      CREATE TABLE campaigns (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        purpose       TEXT NOT NULL,
        message       TEXT NOT NULL,
        offer         TEXT,
        starts_at_ms  INTEGER NOT NULL,
        ends_at_ms    INTEGER NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('active', 'paused', 'closed')),
        created_by    TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL,
        CHECK (starts_at_ms < ends_at_ms)
      );

      -- One task per callback and per campaign target; callback_id is not a foreign key (a callback
      -- is never refused for its task, nor its task for it).
      CREATE TABLE outbound_tasks (
        id                 TEXT PRIMARY KEY,
        flow               TEXT NOT NULL CHECK (flow IN ('callback', 'proactive')),
        callback_id        TEXT UNIQUE,
        campaign_id        TEXT REFERENCES campaigns(id),
        phone              TEXT NOT NULL,
        account            TEXT,
        name               TEXT,
        locale             TEXT NOT NULL CHECK (locale IN ('zh-CN', 'en-US', 'yue-HK')),
        status             TEXT NOT NULL CHECK (status IN ('pending', 'dialing', 'done', 'failed', 'cancelled')),
        attempts           INTEGER NOT NULL DEFAULT 0,
        max_attempts       INTEGER NOT NULL CHECK (max_attempts >= 1),
        next_attempt_at_ms INTEGER NOT NULL,
        not_after_ms       INTEGER,
        conclusion         TEXT CHECK (conclusion IN ('completed', 'wrong_person', 'declined', 'rescheduled', 'transferred', 'machine')),
        result             TEXT NOT NULL DEFAULT '{}',
        last_outcome       TEXT,
        claimed_by         TEXT,
        claimed_until_ms   INTEGER,
        created_at_ms      INTEGER NOT NULL,
        updated_at_ms      INTEGER NOT NULL,
        CHECK ((flow = 'callback') = (callback_id IS NOT NULL)),
        CHECK ((flow = 'proactive') = (campaign_id IS NOT NULL)),
        UNIQUE (campaign_id, phone)
      );
      CREATE INDEX outbound_tasks_due ON outbound_tasks(status, next_attempt_at_ms);
      CREATE TABLE outbound_attempts (
        task_id      TEXT NOT NULL REFERENCES outbound_tasks(id) ON DELETE CASCADE,
        attempt      INTEGER NOT NULL,
        call_sid     TEXT UNIQUE,
        placed_at_ms INTEGER NOT NULL,
        status       TEXT NOT NULL,
        answered_by  TEXT,
        ended_at_ms  INTEGER,
        duration_s   INTEGER,
        error        TEXT,
        PRIMARY KEY (task_id, attempt)
      );

      CREATE TABLE work_order_followups (
        work_order_id      TEXT PRIMARY KEY REFERENCES work_orders(id),
        result             TEXT,
        resolved_by        TEXT,
        resolved_at_ms     INTEGER,
        satisfaction       TEXT CHECK (satisfaction IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
        opinion            TEXT,
        surveyed_at_ms     INTEGER,
        survey_callback_id TEXT
      );
    `,
  },
  {
    version: 11,
    name: "escalations: the reason 'expedite' (a customer urging an open work order on, 催办)",
    // The escalations table is rebuilt for its reason CHECK; rows keep their order (rowid).
    sql: `
      CREATE TABLE escalations_v2 (
        id              TEXT PRIMARY KEY,
        reason          TEXT NOT NULL CHECK (reason IN ('requested', 'dissatisfied', 'abuse', 'not_understood', 'system_error', 'expedite')),
        priority        INTEGER NOT NULL,
        conversation_id TEXT NOT NULL,
        channel         TEXT NOT NULL,
        phone           TEXT,
        summary         TEXT NOT NULL,
        context         TEXT NOT NULL,
        status          TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'connected', 'callback', 'closed')),
        outcome         TEXT,
        supervisor      TEXT,
        created_at_ms   INTEGER NOT NULL,
        updated_at_ms   INTEGER NOT NULL,
        idempotency_key TEXT
      );
      INSERT INTO escalations_v2 (id, reason, priority, conversation_id, channel, phone, summary, context, status, outcome,
          supervisor, created_at_ms, updated_at_ms, idempotency_key)
        SELECT id, reason, priority, conversation_id, channel, phone, summary, context, status, outcome,
          supervisor, created_at_ms, updated_at_ms, idempotency_key
        FROM escalations ORDER BY rowid;
      DROP TABLE escalations;
      ALTER TABLE escalations_v2 RENAME TO escalations;
      CREATE INDEX escalations_queue ON escalations(status, priority DESC, created_at_ms);
      CREATE INDEX escalations_by_phone ON escalations(phone);
      CREATE UNIQUE INDEX escalations_by_idempotency_key ON escalations(idempotency_key);
    `,
  },
  {
    version: 12,
    name: 'billing: prepaid (费控) accounts',
    sql: `ALTER TABLE billing_accounts ADD COLUMN prepaid INTEGER NOT NULL DEFAULT 0 CHECK (prepaid IN (0, 1));`,
  },
  {
    version: 13,
    name: "transcripts: the unused idempotency key dropped (a turn's lines are written once, after its record's write lands)",
    // Its unique index took a page of every turn's write (issue 15).
    sql: `
      DROP INDEX transcripts_by_idempotency_key;
      ALTER TABLE transcripts DROP COLUMN idempotency_key;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** Readiness (/ready): throws unless every migration of `migrations` is applied. Reads only. */
export function assertMigrated(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  if ((row.v ?? 0) < latest) throw new Error(`migrations not applied: schema version ${row.v ?? 0}, this release needs ${latest}`);
}

export function schemaVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Brings the schema up to date. Runs in one IMMEDIATE transaction so two processes starting
 * together cannot both apply a migration. Refuses a database written by a newer release.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  // Another file (the outbox) has its own list and its own schema_version table.
  const latest = migrations.at(-1)?.version ?? 0;
  // A table rebuilt (a changed CHECK) is dropped and renamed: foreign keys pointing at it must not
  // fire meanwhile. The pragma is a no-op inside a transaction, so it is set around it, and every
  // key is checked before the transaction commits (SQLite's own procedure for ALTER TABLE).
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  if (foreignKeys) db.pragma('foreign_keys = OFF');
  const run = db.transaction(() => {
    const from = schemaVersion(db);
    if (from > latest) {
      throw new Error(
        `database schema version ${from} is newer than this release knows (${latest}); upgrade the application`,
      );
    }
    const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations) {
      if (m.version <= from) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`migration left ${broken.length} broken foreign key(s): ${JSON.stringify(broken.slice(0, 3))}`);
    return { from, to: latest };
  });
  try {
    return run.immediate();
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
}
