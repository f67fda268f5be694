/**
 * Domain ports (ARCHITECTURE rule 5): the flows reach data only through these. One file per
 * domain under ports/; this module gathers them and the bundle the engine is given.
 * Adapters live in src/store/<kind>/; SQLite is the embedded default.
 * Every method is async so that a networked adapter (PostgreSQL) fits the same port.
 * Phone numbers are normalized (src/services/phone.ts) by the adapters, on write and in filters.
 */
export * from './ports/customers.js';
export * from './ports/outages.js';
export * from './ports/work-orders.js';
export * from './ports/callbacks.js';
export * from './ports/escalations.js';
export * from './ports/incidents-blacklist.js';
export * from './ports/announcements.js';
export * from './ports/billing.js';
export * from './ports/outbox.js';
export * from './ports/duty-roster.js';

import type { Announcements } from './ports/announcements.js';
import type { Billing } from './ports/billing.js';
import type { Callbacks } from './ports/callbacks.js';
import type { CustomerDirectory } from './ports/customers.js';
import type { DutyRoster } from './ports/duty-roster.js';
import type { Escalations } from './ports/escalations.js';
import type { Blacklist, Incidents } from './ports/incidents-blacklist.js';
import type { OutageBoard } from './ports/outages.js';
import type { Outbox } from './ports/outbox.js';
import type { WorkOrders } from './ports/work-orders.js';

/** Everything the flows may use, handed to the engine as one bundle. */
export interface Services {
  customers: CustomerDirectory;
  outages: OutageBoard;
  workOrders: WorkOrders;
  roster: DutyRoster;
  callbacks: Callbacks;
  escalations: Escalations;
  incidents: Incidents;
  blacklist: Blacklist;
  announcements: Announcements;
  billing: Billing;
  /** On its own file, so it keeps working when the durable store fails (N21). */
  outbox: Outbox;
}
export * from './ports/staff.js';
export * from './ports/chats.js';
