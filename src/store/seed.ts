/**
 * Demo data for the embedded SQLite store (DEMO_DATA=true). Idempotent:
 * - areas, customers and roster are inserted only into an empty database (first start), so a
 *   database with real data, or demo data an operator edited, is never overwritten;
 * - bills are inserted while billing is empty (so a database seeded before billing existed gets them);
 * - the demo outages are refreshed at every start so the known-outage path (N10) and tomorrow's
 *   planned outage can always be shown.
 */
import { demoBillDates } from './shared/demo-bills.js';
import { demoFaultOutage, demoOutageSummary, plannedDemoOutage, type DemoOutage } from './shared/demo-outages.js';
import { upsertBilling } from './sqlite/billing.js';
import type { Db } from './sqlite/database.js';
import { upsertOutage } from './sqlite/outage-board.js';
import { replaceRoster } from './sqlite/duty-roster.js';
import { DEMO_AREAS, DEMO_BILLS, DEMO_CUSTOMERS, DEMO_OUTAGE, DEMO_OUTAGE_PREFIX, DEMO_PLANNED_OUTAGE, DEMO_ROSTER } from './demo-data.js';

export interface SeedResult {
  /** True when the base demo data was inserted by this call (the database was empty). */
  seeded: boolean;
  /** The demo outage now in force, or null when the demo area is absent. */
  outage: DemoOutage | null;
  /** Tomorrow's planned demo outage, or null when its area is absent. */
  planned: DemoOutage | null;
  /** Demo accounts given a balance and a bill by this call. */
  billed: number;
}

export type { DemoOutage };

export function seedDemoData(db: Db, now: Date = new Date()): SeedResult {
  return db.transaction((): SeedResult => {
    const seeded = isEmpty(db);
    if (seeded) insertBase(db);
    const billed = seedBills(db, now);
    db.prepare('DELETE FROM outages WHERE id LIKE ?').run(`${DEMO_OUTAGE_PREFIX}%`);
    return { seeded, outage: refreshDemoOutages(db, now), planned: refreshPlannedOutage(db, now), billed };
  }).immediate();
}

function isEmpty(db: Db): boolean {
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return count('areas') === 0 && count('customers') === 0 && count('duty_shifts') === 0;
}

function insertBase(db: Db): void {
  const area = db.prepare('INSERT INTO areas (id, name, type) VALUES (?, ?, ?)');
  const alias = db.prepare('INSERT INTO area_aliases (alias, area_id) VALUES (?, ?)');
  for (const a of DEMO_AREAS) {
    area.run(a.id, a.name, a.type);
    for (const al of a.aliases) alias.run(al, a.id);
  }
  const customer = db.prepare('INSERT INTO customers (account, name, address, area_id) VALUES (?, ?, ?, ?)');
  const phone = db.prepare('INSERT INTO customer_phones (account, phone, position) VALUES (?, ?, ?)');
  for (const c of DEMO_CUSTOMERS) {
    customer.run(c.account, c.name, c.address, c.areaId);
    c.phones.forEach((p, i) => phone.run(c.account, p, i));
  }
  replaceRoster(db, DEMO_ROSTER);
}

/**
 * Replaces demo outages (id prefix "demo-") with one in force now in the demo rural area,
 * restoring in about three hours. Nothing is written when that area does not exist.
 */
export function refreshDemoOutages(db: Db, now: Date): SeedResult['outage'] {
  db.prepare('DELETE FROM outages WHERE id = ?').run(DEMO_OUTAGE.id);
  if (!db.prepare('SELECT 1 FROM areas WHERE id = ?').get(DEMO_OUTAGE.areaId)) return null;
  const outage = demoFaultOutage(now);
  upsertOutage(db, outage);
  return demoOutageSummary(outage);
}

/** Replaces the planned demo outage with one tomorrow (Shanghai date), 09:00-17:00 local. */
export function refreshPlannedOutage(db: Db, now: Date): SeedResult['planned'] {
  const p = DEMO_PLANNED_OUTAGE;
  db.prepare('DELETE FROM outages WHERE id = ?').run(p.id);
  if (!db.prepare('SELECT 1 FROM areas WHERE id = ?').get(p.areaId)) return null;
  const outage = plannedDemoOutage(now);
  upsertOutage(db, outage);
  return demoOutageSummary(outage);
}

/**
 * Gives every demo customer present a balance and last month's bill, only while billing is empty:
 * billing data an operator loaded or edited is never touched.
 */
function seedBills(db: Db, now: Date): number {
  if ((db.prepare('SELECT COUNT(*) AS n FROM billing_accounts').get() as { n: number }).n > 0) return 0;
  const { period, dueDate } = demoBillDates(now);
  const exists = db.prepare('SELECT 1 FROM customers WHERE account = ?');
  let billed = 0;
  for (const b of DEMO_BILLS) {
    if (!exists.get(b.account)) continue;
    upsertBilling(db, b.account, b.balance, [{ period, amount: b.amount, kwh: b.kwh, dueDate }], { prepaid: b.prepaid === true });
    billed++;
  }
  return billed;
}
