/**
 * The PostgreSQL adapter set for the durable data (DATABASE_URL): one pool, the schema migrated at
 * start, every port of the Services bundle but the outbox, which stays on local SQLite by design
 * (it must keep working while this database is down, N21).
 */
import type pg from 'pg';
import type { ArrivalMinutes } from '../../services/arrival.js';
import type { BlacklistPolicy } from '../../services/blacklist-policy.js';
import type { Services } from '../../services/ports.js';
import type { SeedResult } from '../seed.js';
import { PgAnnouncements } from './announcements.js';
import { PgBilling } from './billing.js';
import { PgBlacklist } from './blacklist.js';
import { PgCallbacks } from './callbacks.js';
import { PgCustomerDirectory } from './customer-directory.js';
import { PgDutyRoster } from './duty-roster.js';
import { PgEscalations } from './escalations.js';
import { PgIncidents } from './incidents.js';
import { assertPgMigrated, migratePg } from './migrations.js';
import { PgOutageBoard } from './outage-board.js';
import { checkReachable, createPool, type PoolOptions } from './pool.js';
import { seedDemoDataPg } from './seed.js';
import { PgWorkOrders } from './work-orders.js';
import { PgHandovers, PgTranscripts } from './chats.js';
import { PgStaffSessions, PgUsers } from './staff.js';
import type { StaffStores } from '../../services/staff-stores.js';
import { PgCampaigns } from './campaigns.js';
import { PgWorkOrderFollowUps } from './follow-ups.js';
import { PgOutboundTasks } from './outbound-tasks.js';

export type DurableServices = Omit<Services, 'outbox'>;

export interface PgServiceOptions {
  arrivalMinutes: ArrivalMinutes;
  blacklist: BlacklistPolicy;
  now?: () => Date;
}

/** The adapters over an open, migrated pool. */
export function pgServices(pool: pg.Pool, options: PgServiceOptions): DurableServices {
  const now = options.now ?? (() => new Date());
  const callbacks = new PgCallbacks(pool, now);
  const blacklist = new PgBlacklist(pool, now);
  return {
    customers: new PgCustomerDirectory(pool),
    outages: new PgOutageBoard(pool, now),
    workOrders: new PgWorkOrders(pool, { arrivalMinutes: options.arrivalMinutes, now }),
    roster: new PgDutyRoster(pool),
    callbacks,
    escalations: new PgEscalations(pool, callbacks, now),
    incidents: new PgIncidents(pool, blacklist, options.blacklist, now),
    blacklist,
    announcements: new PgAnnouncements(pool, now),
    billing: new PgBilling(pool),
    outbound: new PgOutboundTasks(pool, now),
    campaigns: new PgCampaigns(pool, now),
    followUps: new PgWorkOrderFollowUps(pool, now),
  };
}

/** The duty desk's stores (issue 12) over the same pool. */
export function pgStaff(pool: pg.Pool, now: () => Date = () => new Date()): StaffStores {
  return {
    users: new PgUsers(pool, now),
    signIns: new PgStaffSessions(pool, now),
    transcripts: new PgTranscripts(pool, now),
    handovers: new PgHandovers(pool, now),
  };
}

export interface PgStore {
  pool: pg.Pool;
  services: DurableServices;
  staff: StaffStores;
  /** The demo seed at `at` (idempotent). */
  seed(at: Date): Promise<SeedResult>;
  /** Readiness (/ready): the server answers and the schema is current. */
  assertReady(): Promise<void>;
  close(): Promise<void>;
}

/** Connects (failing fast, password masked, when unreachable), migrates, and builds the adapters. */
export async function openPostgres(url: string, options: PgServiceOptions & { pool?: PoolOptions }): Promise<PgStore> {
  const pool = createPool(url, options.pool);
  // Migrations run on a connection of their own without the statement bound: one may rewrite a big
  // table, and an instance starting beside another waits for the other's migration.
  const migrator = createPool(url, { ...options.pool, max: 1, timeoutMs: null });
  try {
    await checkReachable(pool, url);
    await migratePg(migrator);
  } catch (err) {
    await pool.end();
    throw err;
  } finally {
    await migrator.end();
  }
  return {
    pool,
    services: pgServices(pool, options),
    staff: pgStaff(pool, options.now),
    seed: (at) => seedDemoDataPg(pool, at),
    assertReady: () => assertPgMigrated(pool),
    close: () => pool.end(),
  };
}
