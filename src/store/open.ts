/**
 * Composition of the stores chosen by configuration (ARCHITECTURE rule 5).
 * Extension points: openDurable() picks the durable-data adapters, openSessions() the
 * conversation store. A PostgreSQL adapter set (src/store/postgres/) plugs into openDurable().
 */
import type { Config } from '../config.js';
import type { SessionStore } from '../engine/session-store.js';
import type { Services } from '../services/ports.js';
import { MemorySessionStore } from './memory/session-store.js';
import { JournaledSessionStore, SessionJournal } from './journaled-sessions.js';
import { boundedServices } from './timeouts.js';
import { seedDemoData, type SeedResult } from './seed.js';
import { SqliteAnnouncements } from './sqlite/announcements.js';
import { SqliteBilling } from './sqlite/billing.js';
import { SqliteBlacklist } from './sqlite/blacklist.js';
import { SqliteCallbacks } from './sqlite/callbacks.js';
import { SqliteCustomerDirectory } from './sqlite/customer-directory.js';
import { openDatabase, type Db } from './sqlite/database.js';
import { GroupCommit } from './sqlite/group-commit.js';
import { SqliteDutyRoster } from './sqlite/duty-roster.js';
import { SqliteEscalations } from './sqlite/escalations.js';
import { SqliteIncidents } from './sqlite/incidents.js';
import { assertMigrated, migrate } from './sqlite/migrations.js';
import { SqliteOutageBoard } from './sqlite/outage-board.js';
import { openOutbox, type SqliteOutbox } from './sqlite/outbox.js';
import { SqliteSessionStore } from './sqlite/session-store.js';
import { SqliteWorkOrders } from './sqlite/work-orders.js';
import { SqliteHandovers, SqliteTranscripts } from './sqlite/chats.js';
import { SqliteStaffSessions, SqliteUsers } from './sqlite/staff.js';
import type { StaffStores } from '../services/staff-stores.js';
import { SqliteCampaigns } from './sqlite/campaigns.js';
import { SqliteWorkOrderFollowUps } from './sqlite/follow-ups.js';
import { SqliteOutboundTasks } from './sqlite/outbound-tasks.js';

export interface Stores {
  services: Services;
  sessions: SessionStore;
  /** The duty desk: users, their sign-in sessions, transcripts, chat handovers (issue 12). */
  staff: StaffStores;
  /** What the demo seed did at this start, or null when demo data is disabled. */
  demo: SeedResult | null;
  /** Readiness checks (/ready): each throws when its store is unreachable or not migrated. */
  probes: StoreProbe[];
  /**
   * Runs one turn with its writes to the embedded database in one commit, resolving after it
   * (src/store/sqlite/group-commit.ts); absent when no store of this deployment is on SQLite.
   */
  turnWrites?: <T>(turn: () => Promise<T>) => Promise<T>;
  close(): Promise<void>;
}

/** The embedded database and its group commit, opened on first use. */
interface Embedded {
  db: Db;
  group: GroupCommit;
}

export interface StoreProbe {
  store: 'database' | 'sessions' | 'outbox';
  check(): Promise<void> | void;
}

export type StoreConfig = Pick<Config, 'dataDir' | 'demoData' | 'arrivalMinutes' | 'storage' | 'blacklist' | 'retention'>;

export interface OpenStoresOptions {
  /** Clock for ticket days, registrations and the demo outage window (tests). */
  now?: () => Date;
  /** Use this data directory or ':memory:' instead of config.dataDir (tests). */
  dataDir?: string | ':memory:';
  /** Told of the embedded database when it is opened (fault tests make it read-only). */
  onDatabase?: (db: Db) => void;
}

export async function openStores(config: StoreConfig, options: OpenStoresOptions = {}): Promise<Stores> {
  const now = options.now ?? (() => new Date());
  const closers: (() => Promise<void> | void)[] = [];
  const close = async () => {
    // Reverse order: sessions before the database they may live in.
    for (const c of closers.splice(0).reverse()) await c();
  };
  try {
    let sqlite: Embedded | null = null;
    const embedded = (): Embedded => {
      if (!sqlite) {
        const db = openDatabase(options.dataDir ?? config.dataDir, undefined, { busyTimeoutMs: config.storage.timeoutMs });
        const group = new GroupCommit(db);
        closers.push(() => {
          group.flush();
          db.close();
        });
        migrate(db);
        options.onDatabase?.(db);
        sqlite = { db, group };
      }
      return sqlite;
    };
    const sqliteDb = (): Db => embedded().db;

    // The outbox first, on its own file: it must work even when the durable store does not (N21).
    const outbox = openOutbox(options.dataDir ?? config.dataDir, { now });
    closers.push(() => outbox.close());
    const durable = await openDurable(config, sqliteDb, now, outbox);
    if (durable.close) closers.push(durable.close);
    const opened = await openSessions(config, embedded);
    // A store of its own (not memory): its writes fall back to the local journal when it fails, and
    // the journaled store bounds each of its calls (STORE_TIMEOUT_MS).
    const { timeoutMs } = config.storage;
    const sessions: SessionStore =
      opened instanceof MemorySessionStore
        ? opened
        : new JournaledSessionStore(opened, new SessionJournal(outbox.db, now), {
            timeoutMs,
            ...(config.storage.sessions === 'sqlite' ? { synchronous: true, recentLimit: 0 } : {}),
          });
    closers.push(() => sessions.close?.());
    const probes: StoreProbe[] = [{ store: 'database', check: durable.probe }, { store: 'outbox', check: () => outbox.assertReady() }];
    if (opened.ping) probes.push({ store: 'sessions', check: () => sessions.ping!() });
    // Every call to a store that can hang bounded in time (STORE_TIMEOUT_MS), so it fails within
    // the turn. Embedded SQLite answers synchronously: a timer could never win, so it is not wrapped.
    const services = config.storage.durable === 'postgres' ? boundedServices(durable.services, timeoutMs) : durable.services;
    const demo = await durable.seed();
    const group = (sqlite as Embedded | null)?.group;
    return { services, staff: durable.staff, sessions, demo, probes, close, ...(group ? { turnWrites: group.run.bind(group) } : {}) };
  } catch (err) {
    await close();
    throw err;
  }
}

/** The durable adapters; `close` when they hold their own connection (the PostgreSQL pool). */
async function openDurable(
  config: StoreConfig,
  sqliteDb: () => Db,
  now: () => Date,
  outbox: SqliteOutbox,
): Promise<{
  services: Services;
  staff: StaffStores;
  seed: () => SeedResult | null | Promise<SeedResult | null>;
  probe: () => Promise<void> | void;
  close?: () => Promise<void>;
}> {
  switch (config.storage.durable) {
    case 'sqlite': {
      const db = sqliteDb();
      const callbacks = new SqliteCallbacks(db, now);
      const blacklist = new SqliteBlacklist(db, now);
      return {
        services: {
          customers: new SqliteCustomerDirectory(db),
          outages: new SqliteOutageBoard(db, now),
          workOrders: new SqliteWorkOrders(db, { arrivalMinutes: config.arrivalMinutes, now }),
          roster: new SqliteDutyRoster(db),
          callbacks,
          escalations: new SqliteEscalations(db, callbacks, now),
          incidents: new SqliteIncidents(db, blacklist, config.blacklist, now),
          blacklist,
          announcements: new SqliteAnnouncements(db, now),
          billing: new SqliteBilling(db),
          outbox,
          outbound: new SqliteOutboundTasks(db, now),
          campaigns: new SqliteCampaigns(db, now),
          followUps: new SqliteWorkOrderFollowUps(db, now),
        },
        staff: {
          users: new SqliteUsers(db, now),
          signIns: new SqliteStaffSessions(db, now),
          transcripts: new SqliteTranscripts(db, now),
          handovers: new SqliteHandovers(db, now),
        },
        seed: () => (config.demoData ? seedDemoData(db, now()) : null),
        probe: () => assertMigrated(db),
      };
    }
    case 'postgres': {
      // Loaded only when chosen: the embedded default needs no PostgreSQL client. The outbox stays
      // on local SQLite (N21: it must work while PostgreSQL is down).
      const { openPostgres } = await import('./postgres/open.js');
      const pg = await openPostgres(config.storage.databaseUrl!, {
        arrivalMinutes: config.arrivalMinutes,
        blacklist: config.blacklist,
        now,
        pool: { timeoutMs: config.storage.timeoutMs },
      });
      return {
        services: { ...pg.services, outbox },
        staff: pg.staff,
        seed: () => (config.demoData ? pg.seed(now()) : null),
        probe: pg.assertReady,
        close: pg.close,
      };
    }
  }
}

async function openSessions(config: StoreConfig, embedded: () => Embedded): Promise<SessionStore> {
  switch (config.storage.sessions) {
    case 'sqlite': {
      // The rows written last are kept for the next turn's read; those written in a group are kept too.
      const { db, group } = embedded();
      return new SqliteSessionStore(db, { group });
    }
    case 'memory':
      return new MemorySessionStore();
    case 'redis': {
      // Loaded only when chosen: the embedded default needs no Redis client.
      const { RedisSessionStore } = await import('./redis/session-store.js');
      // Records expire after their last write: no later than the retention, and past any idle time.
      const ttlSeconds = Math.min(2 * 24 * 3600, config.retention.retentionHours * 3600);
      return RedisSessionStore.connect(config.storage.redisUrl!, { timeoutMs: config.storage.timeoutMs, ttlSeconds });
    }
  }
}
