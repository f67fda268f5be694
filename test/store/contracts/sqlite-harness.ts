/** The SQLite adapter set as a durable-store harness (a file database, so a second connection can share it). */
import { DEFAULT_BLACKLIST_POLICY } from '../../../src/services/blacklist-policy.js';
import { seedDemoData } from '../../../src/store/seed.js';
import { SqliteAnnouncements } from '../../../src/store/sqlite/announcements.js';
import { SqliteBilling, upsertBilling } from '../../../src/store/sqlite/billing.js';
import { SqliteBlacklist } from '../../../src/store/sqlite/blacklist.js';
import { SqliteCallbacks } from '../../../src/store/sqlite/callbacks.js';
import { SqliteCustomerDirectory } from '../../../src/store/sqlite/customer-directory.js';
import type { Db } from '../../../src/store/sqlite/database.js';
import { replaceRoster, SqliteDutyRoster } from '../../../src/store/sqlite/duty-roster.js';
import { SqliteEscalations } from '../../../src/store/sqlite/escalations.js';
import { SqliteIncidents } from '../../../src/store/sqlite/incidents.js';
import { SqliteOutageBoard, upsertOutage } from '../../../src/store/sqlite/outage-board.js';
import { SqliteWorkOrders } from '../../../src/store/sqlite/work-orders.js';
import { SqliteCampaigns } from '../../../src/store/sqlite/campaigns.js';
import { SqliteWorkOrderFollowUps } from '../../../src/store/sqlite/follow-ups.js';
import { SqliteOutboundTasks } from '../../../src/store/sqlite/outbound-tasks.js';
import { fileDb, tempDir } from '../helpers.js';
import { ARRIVAL, type DurableHarness, type DurableServices, type OpenOptions } from './harness.js';

function services(db: Db, options: OpenOptions): DurableServices {
  const now = options.now ?? (() => new Date());
  const callbacks = new SqliteCallbacks(db, now);
  const blacklist = new SqliteBlacklist(db, now);
  return {
    customers: new SqliteCustomerDirectory(db),
    outages: new SqliteOutageBoard(db, now),
    workOrders: new SqliteWorkOrders(db, { arrivalMinutes: ARRIVAL, now }),
    roster: new SqliteDutyRoster(db),
    callbacks,
    escalations: new SqliteEscalations(db, callbacks, now),
    incidents: new SqliteIncidents(db, blacklist, options.blacklist ?? DEFAULT_BLACKLIST_POLICY, now),
    blacklist,
    announcements: new SqliteAnnouncements(db, now),
    billing: new SqliteBilling(db),
    outbound: new SqliteOutboundTasks(db, now),
    campaigns: new SqliteCampaigns(db, now),
    followUps: new SqliteWorkOrderFollowUps(db, now),
  };
}

export const sqliteHarness: DurableHarness = {
  name: 'SQLite',
  async open(options = {}) {
    const dir = tempDir();
    const db = fileDb(dir);
    const seedAt = options.seedAt === undefined ? (options.now ?? (() => new Date()))() : options.seedAt;
    if (seedAt) seedDemoData(db, seedAt);
    const outages = new SqliteOutageBoard(db);
    return {
      services: services(db, options),
      second: async () => services(fileDb(dir), options),
      seed: async (at) => seedDemoData(db, at),
      upsertOutage: async (o) => upsertOutage(db, o),
      clearOutages: async () => void db.exec('DELETE FROM outages'),
      affected: (id) => outages.affected(id),
      replaceRoster: async (shifts) => replaceRoster(db, shifts),
      upsertBilling: async (account, balance, bills, options) => upsertBilling(db, account, balance, bills, options),
      setTicketSequence: async (day, last) =>
        void db.prepare('INSERT INTO ticket_sequences (day, last) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET last = excluded.last').run(day, last),
      ticketSequence: async (day) =>
        (db.prepare('SELECT last FROM ticket_sequences WHERE day = ?').get(day) as { last: number } | undefined)?.last ?? null,
    };
  },
};
