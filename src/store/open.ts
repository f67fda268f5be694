/**
 * Composition of the stores chosen by configuration (ARCHITECTURE rule 5).
 * Extension points: openDurable() picks the durable-data adapters, openSessions() the
 * conversation store. A PostgreSQL adapter set (src/store/postgres/) plugs into openDurable().
 */
import type { Config } from '../config.js';
import type { SessionStore } from '../engine/session-store.js';
import type { Services } from '../services/ports.js';
import { MemorySessionStore } from './memory/session-store.js';
import { seedDemoData, type SeedResult } from './seed.js';
import { SqliteCustomerDirectory } from './sqlite/customer-directory.js';
import { openDatabase, type Db } from './sqlite/database.js';
import { SqliteDutyRoster } from './sqlite/duty-roster.js';
import { migrate } from './sqlite/migrations.js';
import { SqliteOutageBoard } from './sqlite/outage-board.js';
import { SqliteSessionStore } from './sqlite/session-store.js';
import { SqliteWorkOrders } from './sqlite/work-orders.js';

export interface Stores {
  services: Services;
  sessions: SessionStore;
  /** What the demo seed did at this start, or null when demo data is disabled. */
  demo: SeedResult | null;
  close(): Promise<void>;
}

export type StoreConfig = Pick<Config, 'dataDir' | 'demoData' | 'arrivalMinutes' | 'storage'>;

export interface OpenStoresOptions {
  /** Clock for ticket days, registrations and the demo outage window (tests). */
  now?: () => Date;
  /** Use this data directory or ':memory:' instead of config.dataDir (tests). */
  dataDir?: string | ':memory:';
}

export async function openStores(config: StoreConfig, options: OpenStoresOptions = {}): Promise<Stores> {
  const now = options.now ?? (() => new Date());
  const closers: (() => Promise<void> | void)[] = [];
  const close = async () => {
    // Reverse order: sessions before the database they may live in.
    for (const c of closers.splice(0).reverse()) await c();
  };
  try {
    let sqlite: Db | null = null;
    const sqliteDb = (): Db => {
      if (!sqlite) {
        const db = openDatabase(options.dataDir ?? config.dataDir);
        closers.push(() => {
          db.close();
        });
        migrate(db);
        sqlite = db;
      }
      return sqlite;
    };

    const durable = openDurable(config, sqliteDb, now);
    const sessions = await openSessions(config, sqliteDb);
    closers.push(() => sessions.close?.());
    return { services: durable.services, sessions, demo: durable.seed(), close };
  } catch (err) {
    await close();
    throw err;
  }
}

function openDurable(
  config: StoreConfig,
  sqliteDb: () => Db,
  now: () => Date,
): { services: Services; seed: () => SeedResult | null } {
  switch (config.storage.durable) {
    case 'sqlite': {
      const db = sqliteDb();
      return {
        services: {
          customers: new SqliteCustomerDirectory(db),
          outages: new SqliteOutageBoard(db, now),
          workOrders: new SqliteWorkOrders(db, { arrivalMinutes: config.arrivalMinutes, now }),
          roster: new SqliteDutyRoster(db),
        },
        seed: () => (config.demoData ? seedDemoData(db, now()) : null),
      };
    }
    case 'postgres':
      // Extension point: src/store/postgres/ adapters (same ports, pg Pool on storage.databaseUrl).
      throw new Error('DATABASE_URL selects PostgreSQL, but the PostgreSQL adapters are not available yet; unset DATABASE_URL to use the embedded SQLite');
  }
}

async function openSessions(config: StoreConfig, sqliteDb: () => Db): Promise<SessionStore> {
  switch (config.storage.sessions) {
    case 'sqlite':
      return new SqliteSessionStore(sqliteDb());
    case 'memory':
      return new MemorySessionStore();
    case 'redis': {
      // Loaded only when chosen: the embedded default needs no Redis client.
      const { RedisSessionStore } = await import('./redis/session-store.js');
      return RedisSessionStore.connect(config.storage.redisUrl!);
    }
  }
}
