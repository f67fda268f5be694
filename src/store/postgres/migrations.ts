/**
 * PostgreSQL schema migrations: the same tables as the SQLite store (src/store/sqlite/migrations.ts:
 * its version 5 is this version 1, its 7 this 2, its 8 this 3), without conversations (sessions live in SQLite, memory or Redis) and without the
 * outbox (it stays on local SQLite so it works while this database is down, N21).
 * A migration is never edited once shipped: add a new one. Instants are timestamptz.
 */
import type pg from 'pg';
import { advisoryLock, one, transaction } from './pool.js';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

// "HH:MM", 00:00-23:59 (src/services/roster.ts).
const TIME_OF_DAY = `'^([01][0-9]|2[0-3]):[0-5][0-9]$'`;

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'durable data: customers, outages, work orders, roster, callbacks, escalations, incidents, blacklist, announcements, billing',
    sql: `
      CREATE TABLE areas (
        id   text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        type text NOT NULL CHECK (type IN ('urban', 'rural', 'remote'))
      );
      CREATE TABLE area_aliases (
        alias   text PRIMARY KEY,
        area_id text NOT NULL REFERENCES areas(id) ON DELETE CASCADE
      );

      CREATE TABLE customers (
        account text PRIMARY KEY CHECK (account ~ '^[0-9]{10}$'),
        name    text NOT NULL,
        address text NOT NULL,
        area_id text NOT NULL REFERENCES areas(id)
      );
      CREATE TABLE customer_phones (
        account  text NOT NULL REFERENCES customers(account) ON DELETE CASCADE,
        phone    text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        PRIMARY KEY (account, phone)
      );
      CREATE INDEX customer_phones_by_phone ON customer_phones(phone);

      CREATE TABLE outages (
        id                  text PRIMARY KEY,
        area_id             text NOT NULL REFERENCES areas(id),
        kind                text NOT NULL CHECK (kind IN ('planned', 'fault')),
        reason              text NOT NULL,
        starts_at           timestamptz NOT NULL,
        expected_restore_at timestamptz NOT NULL,
        CHECK (starts_at < expected_restore_at)
      );
      CREATE INDEX outages_by_area ON outages(area_id, starts_at);
      -- Callers registered as affected by a known outage instead of a duplicate ticket (N10).
      CREATE TABLE outage_reports (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        outage_id       text NOT NULL REFERENCES outages(id) ON DELETE CASCADE,
        phone           text,
        account         text,
        conversation_id text NOT NULL,
        created_at      timestamptz NOT NULL,
        UNIQUE (outage_id, conversation_id)
      );

      -- area_id is not a foreign key: a caller's area may be unknown to the directory.
      CREATE TABLE work_orders (
        id                       text PRIMARY KEY CHECK (id ~ '^[0-9]{10}$'),
        kind                     text NOT NULL CHECK (kind IN ('repair', 'complaint', 'report', 'application')),
        subtype                  text,
        urgent                   boolean NOT NULL,
        danger                   boolean NOT NULL,
        scope                    text CHECK (scope IN ('home', 'building', 'area')),
        account                  text,
        phone                    text,
        address                  text NOT NULL,
        area_id                  text,
        description              text NOT NULL,
        details                  json NOT NULL DEFAULT '{}',
        anonymous                boolean NOT NULL DEFAULT false,
        reply_due_at             timestamptz,
        channel                  text NOT NULL,
        conversation_id          text NOT NULL,
        status                   text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'abandoned')),
        created_at               timestamptz NOT NULL,
        promised_arrival_minutes integer NOT NULL,
        -- An anonymous report keeps no way back to the reporter.
        CHECK (NOT anonymous OR (phone IS NULL AND account IS NULL))
      );
      CREATE INDEX work_orders_by_phone ON work_orders(phone);
      CREATE INDEX work_orders_by_account ON work_orders(account);
      CREATE INDEX work_orders_by_created ON work_orders(created_at);
      -- Last ticket sequence used per local day (YYMMDD); its row lock orders instances (tickets.ts).
      CREATE TABLE ticket_sequences (
        day  text PRIMARY KEY CHECK (day ~ '^[0-9]{6}$'),
        last integer NOT NULL
      );

      CREATE TABLE duty_shifts (
        id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        from_time text NOT NULL CHECK (from_time ~ ${TIME_OF_DAY}),
        to_time   text NOT NULL CHECK (to_time ~ ${TIME_OF_DAY})
      );
      CREATE TABLE duty_chain (
        shift_id bigint NOT NULL REFERENCES duty_shifts(id) ON DELETE CASCADE,
        position integer NOT NULL,
        name     text NOT NULL,
        phone    text NOT NULL,
        PRIMARY KEY (shift_id, position)
      );

      -- seq: insertion order, the tie-break SQLite gets from rowid.
      -- work_order_id is not a foreign key: a task delivered from the outbox (N21) is never refused.
      CREATE TABLE callbacks (
        seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id              text PRIMARY KEY,
        kind            text NOT NULL CHECK (kind IN ('complaint', 'question', 'dissatisfied', 'escalation', 'abandoned_report')),
        phone           text NOT NULL,
        account         text,
        work_order_id   text,
        conversation_id text,
        notes           text NOT NULL,
        due_at          timestamptz NOT NULL,
        not_before      timestamptz NOT NULL,
        status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'cancelled')),
        created_at      timestamptz NOT NULL,
        closed_at       timestamptz
      );
      CREATE INDEX callbacks_by_phone ON callbacks(phone);
      CREATE INDEX callbacks_queue ON callbacks(status, due_at);

      CREATE TABLE escalations (
        seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id              text PRIMARY KEY,
        reason          text NOT NULL CHECK (reason IN ('requested', 'dissatisfied', 'abuse', 'not_understood', 'system_error')),
        priority        integer NOT NULL,
        conversation_id text NOT NULL,
        channel         text NOT NULL,
        phone           text,
        summary         text NOT NULL,
        context         json NOT NULL,
        status          text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'connected', 'callback', 'closed')),
        outcome         text,
        supervisor      text,
        created_at      timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL
      );
      CREATE INDEX escalations_queue ON escalations(status, priority DESC, created_at);
      CREATE INDEX escalations_by_phone ON escalations(phone);

      CREATE TABLE incidents (
        seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id              text PRIMARY KEY,
        kind            text NOT NULL CHECK (kind IN ('abuse', 'silent_call')),
        phone           text,
        conversation_id text NOT NULL,
        evidence        json NOT NULL,
        at              timestamptz NOT NULL
      );
      CREATE INDEX incidents_by_phone ON incidents(phone, kind, at);

      -- One current entry per number; every change is kept in blacklist_history (N23).
      CREATE TABLE blacklist (
        phone      text PRIMARY KEY,
        reason     text NOT NULL,
        added_by   text NOT NULL,
        added_at   timestamptz NOT NULL,
        expires_at timestamptz,
        status     text NOT NULL CHECK (status IN ('active', 'proposed', 'lifted', 'expired'))
      );
      CREATE TABLE blacklist_history (
        id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        phone  text NOT NULL,
        at     timestamptz NOT NULL,
        action text NOT NULL CHECK (action IN ('added', 'proposed', 'approved', 'lifted', 'expired')),
        actor  text NOT NULL,
        reason text NOT NULL
      );
      CREATE INDEX blacklist_history_by_phone ON blacklist_history(phone, at);

      -- Every notice set or cleared is a row (text NULL = cleared): the current one is the last.
      CREATE TABLE announcements (
        id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        text   json,
        set_by text NOT NULL,
        at     timestamptz NOT NULL
      );

      -- Money in fen (integer): no rounding drift. Billing is its own system: no foreign key to customers.
      CREATE TABLE billing_accounts (
        account     text PRIMARY KEY,
        balance_fen bigint NOT NULL
      );
      CREATE TABLE bills (
        account    text NOT NULL REFERENCES billing_accounts(account) ON DELETE CASCADE,
        period     text NOT NULL CHECK (period ~ '^[0-9]{4}-[01][0-9]$'),
        amount_fen bigint NOT NULL,
        kwh        double precision NOT NULL,
        due_date   text NOT NULL CHECK (due_date ~ '^[0-9]{4}-[01][0-9]-[0-3][0-9]$'),
        PRIMARY KEY (account, period)
      );
    `,
  },
  {
    version: 2,
    name: 'idempotency keys: one record per turn and item (exactly once)',
    // NULL (a record not made by a turn) is never a duplicate: unique indexes let NULLs repeat.
    sql: `
      ALTER TABLE work_orders ADD COLUMN idempotency_key text;
      CREATE UNIQUE INDEX work_orders_by_idempotency_key ON work_orders(idempotency_key);
      ALTER TABLE callbacks ADD COLUMN idempotency_key text;
      CREATE UNIQUE INDEX callbacks_by_idempotency_key ON callbacks(idempotency_key);
      ALTER TABLE escalations ADD COLUMN idempotency_key text;
      CREATE UNIQUE INDEX escalations_by_idempotency_key ON escalations(idempotency_key);
      ALTER TABLE incidents ADD COLUMN idempotency_key text;
      CREATE UNIQUE INDEX incidents_by_idempotency_key ON incidents(idempotency_key);
      ALTER TABLE outage_reports ADD COLUMN idempotency_key text;
      CREATE UNIQUE INDEX outage_reports_by_idempotency_key ON outage_reports(idempotency_key);
    `,
  },
  {
    version: 3,
    name: 'duty desk: users, sign-in sessions, transcripts, chat handovers',
    sql: `
      CREATE TABLE users (
        id            text PRIMARY KEY,
        name          text NOT NULL UNIQUE,
        role          text NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
        password_hash text NOT NULL,
        active        boolean NOT NULL DEFAULT true,
        created_by    text NOT NULL,
        created_at    timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL
      );
      CREATE TABLE staff_sessions (
        token_hash text PRIMARY KEY,
        user_id    text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX staff_sessions_by_user ON staff_sessions(user_id);

      CREATE TABLE transcripts (
        seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        conversation_id text NOT NULL,
        at              timestamptz NOT NULL,
        author          text NOT NULL CHECK (author IN ('customer', 'bot', 'agent', 'system')),
        name            text,
        text            text NOT NULL,
        locale          text NOT NULL
      );
      CREATE INDEX transcripts_by_conversation ON transcripts(conversation_id, seq);

      CREATE TABLE handovers (
        seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id              text PRIMARY KEY,
        conversation_id text NOT NULL,
        queue           text NOT NULL CHECK (queue IN ('agent', 'supervisor')),
        reason          text NOT NULL,
        priority        integer NOT NULL,
        escalation_id   text,
        locale          text NOT NULL,
        phone           text,
        summary         text NOT NULL,
        status          text NOT NULL CHECK (status IN ('waiting', 'taken', 'returned', 'closed', 'timed_out', 'callback', 'abandoned')),
        taken_by        text,
        deadline        timestamptz NOT NULL,
        created_at      timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL
      );
      -- At most one open handover per conversation.
      CREATE UNIQUE INDEX handovers_open ON handovers(conversation_id) WHERE status IN ('waiting', 'taken', 'timed_out');
      CREATE INDEX handovers_queue ON handovers(status, priority DESC, created_at);
      CREATE INDEX handovers_by_conversation ON handovers(conversation_id, created_at);
    `,
  },
  {
    version: 4,
    name: 'ticket numbers past 9,999 a day (10-16 digits); keyset paging; blacklist updates; transcript lines once per turn; retention of the desk',
    sql: `
      ALTER TABLE work_orders DROP CONSTRAINT work_orders_id_check;
      ALTER TABLE work_orders ADD CONSTRAINT work_orders_id_check CHECK (id ~ '^[0-9]{10,16}$');
      -- Keyset paging (newest first, within a phone or an account too) reads one page, not the list.
      DROP INDEX work_orders_by_phone;
      DROP INDEX work_orders_by_account;
      DROP INDEX work_orders_by_created;
      CREATE INDEX work_orders_by_phone ON work_orders(phone, created_at, id);
      CREATE INDEX work_orders_by_account ON work_orders(account, created_at, id);
      CREATE INDEX work_orders_by_created ON work_orders(created_at, id);
      CREATE INDEX incidents_by_at ON incidents(at, seq);
      -- A blacklist entry's term changed explicitly (PATCH /blacklist/:number) is 'updated'.
      ALTER TABLE blacklist_history DROP CONSTRAINT blacklist_history_action_check;
      ALTER TABLE blacklist_history ADD CONSTRAINT blacklist_history_action_check
        CHECK (action IN ('added', 'proposed', 'approved', 'updated', 'lifted', 'expired'));

      -- A turn's lines carry <conversation>/<version>/transcript.<n>: recorded once however often
      -- the turn is observed (two starts of one conversation at once). A person's lines have none.
      ALTER TABLE transcripts ADD COLUMN idempotency_key text;
      CREATE UNIQUE INDEX transcripts_by_idempotency_key ON transcripts(idempotency_key);
      CREATE INDEX transcripts_by_at ON transcripts(at);
      CREATE INDEX handovers_by_updated ON handovers(updated_at);
    `,
  },
  {
    version: 5,
    name: 'outbound calls: callback results, the dialler queue and its attempts, campaigns, work-order follow-ups',
    sql: `
      ALTER TABLE callbacks DROP CONSTRAINT callbacks_kind_check;
      ALTER TABLE callbacks ADD CONSTRAINT callbacks_kind_check
        CHECK (kind IN ('complaint', 'question', 'dissatisfied', 'escalation', 'abandoned_report', 'result'));
      ALTER TABLE callbacks ADD COLUMN result text;
      ALTER TABLE callbacks ADD COLUMN business text CHECK (business IN ('repair', 'complaint', 'report', 'consultation', 'query'));
      CREATE INDEX callbacks_by_work_order ON callbacks(work_order_id);

      CREATE TABLE campaigns (
        seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id         text PRIMARY KEY,
        name       text NOT NULL,
        purpose    json NOT NULL,
        message    json NOT NULL,
        offer      json,
        starts_at  timestamptz NOT NULL,
        ends_at    timestamptz NOT NULL,
        status     text NOT NULL CHECK (status IN ('active', 'paused', 'closed')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK (starts_at < ends_at)
      );

      -- One task per callback and per campaign target; callback_id is not a foreign key (a callback
      -- is never refused for its task, nor its task for it).
      CREATE TABLE outbound_tasks (
        seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id              text PRIMARY KEY,
        flow            text NOT NULL CHECK (flow IN ('callback', 'proactive')),
        callback_id     text UNIQUE,
        campaign_id     text REFERENCES campaigns(id),
        phone           text NOT NULL,
        account         text,
        name            text,
        locale          text NOT NULL CHECK (locale IN ('zh-CN', 'en-US', 'yue-HK')),
        status          text NOT NULL CHECK (status IN ('pending', 'dialing', 'done', 'failed', 'cancelled')),
        attempts        integer NOT NULL DEFAULT 0,
        max_attempts    integer NOT NULL CHECK (max_attempts >= 1),
        next_attempt_at timestamptz NOT NULL,
        not_after       timestamptz,
        conclusion      text CHECK (conclusion IN ('completed', 'wrong_person', 'declined', 'rescheduled', 'transferred', 'machine')),
        result          json NOT NULL DEFAULT '{}',
        last_outcome    text,
        claimed_by      text,
        claimed_until   timestamptz,
        created_at      timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL,
        CHECK ((flow = 'callback') = (callback_id IS NOT NULL)),
        CHECK ((flow = 'proactive') = (campaign_id IS NOT NULL)),
        UNIQUE (campaign_id, phone)
      );
      CREATE INDEX outbound_tasks_due ON outbound_tasks(status, next_attempt_at);
      CREATE TABLE outbound_attempts (
        task_id     text NOT NULL REFERENCES outbound_tasks(id) ON DELETE CASCADE,
        attempt     integer NOT NULL,
        call_sid    text UNIQUE,
        placed_at   timestamptz NOT NULL,
        status      text NOT NULL,
        answered_by text,
        ended_at    timestamptz,
        duration_s  integer,
        error       text,
        PRIMARY KEY (task_id, attempt)
      );

      CREATE TABLE work_order_followups (
        work_order_id      text PRIMARY KEY REFERENCES work_orders(id),
        result             text,
        resolved_by        text,
        resolved_at        timestamptz,
        satisfaction       text CHECK (satisfaction IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
        opinion            text,
        surveyed_at        timestamptz,
        survey_callback_id text
      );
    `,
  },
  {
    version: 6,
    name: "escalations: the reason 'expedite' (a customer urging an open work order on, 催办)",
    sql: `
      ALTER TABLE escalations DROP CONSTRAINT escalations_reason_check;
      ALTER TABLE escalations ADD CONSTRAINT escalations_reason_check
        CHECK (reason IN ('requested', 'dissatisfied', 'abuse', 'not_understood', 'system_error', 'expedite'));
    `,
  },
  {
    version: 7,
    name: 'billing: prepaid (费控) accounts',
    sql: `ALTER TABLE billing_accounts ADD COLUMN prepaid boolean NOT NULL DEFAULT false;`,
  },
  {
    version: 8,
    name: "transcripts: the unused idempotency key dropped (a turn's lines are written once, after its record's write lands)",
    sql: `
      DROP INDEX transcripts_by_idempotency_key;
      ALTER TABLE transcripts DROP COLUMN idempotency_key;
    `,
  },
];

export const PG_LATEST_SCHEMA_VERSION = PG_MIGRATIONS.at(-1)!.version;

const VERSION_TABLE = 'CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)';

/**
 * Brings the schema (the first one on search_path) up to date in one transaction, under an
 * advisory lock: instances starting together wait for each other, and the later ones find the
 * work done. Refuses a schema written by a newer release.
 */
export async function migratePg(pool: pg.Pool, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<{ from: number; to: number }> {
  const latest = migrations.at(-1)?.version ?? 0;
  return transaction(pool, async (tx) => {
    const schema = await one<{ name: string | null }>(tx, 'SELECT current_schema() AS name');
    if (!schema?.name) throw new Error('PostgreSQL: the search_path names no existing schema; create it first');
    // A migration may rewrite a big table, and a second instance waits for the first: no timeout here.
    await tx.query('SET LOCAL statement_timeout = 0');
    await advisoryLock(tx, 'migrations');
    await tx.query(VERSION_TABLE);
    const from = (await one<{ v: number | null }>(tx, 'SELECT MAX(version) AS v FROM schema_version'))?.v ?? 0;
    if (from > latest) {
      throw new Error(`database schema version ${from} is newer than this release knows (${latest}); upgrade the application`);
    }
    for (const m of migrations) {
      if (m.version <= from) continue;
      await tx.query(m.sql);
      await tx.query('INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
    }
    return { from, to: latest };
  });
}

export async function pgSchemaVersion(pool: pg.Pool): Promise<number> {
  const exists = await one<{ t: string | null }>(pool, "SELECT to_regclass('schema_version')::text AS t");
  if (!exists?.t) return 0;
  return (await one<{ v: number | null }>(pool, 'SELECT MAX(version) AS v FROM schema_version'))?.v ?? 0;
}

/** Readiness (/ready): throws unless every migration is applied. */
export async function assertPgMigrated(pool: pg.Pool): Promise<void> {
  const version = await pgSchemaVersion(pool);
  if (version < PG_LATEST_SCHEMA_VERSION) throw new Error(`migrations not applied: schema version ${version}, this release needs ${PG_LATEST_SCHEMA_VERSION}`);
}
