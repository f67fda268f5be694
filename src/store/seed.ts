/**
 * Demo data for the embedded SQLite store (DEMO_DATA=true). Idempotent:
 * - areas, customers and roster are inserted only into an empty database (first start), so a
 *   database with real data, or demo data an operator edited, is never overwritten;
 * - the demo outage is refreshed at every start so the known-outage path (N10) can always be shown.
 */
import type { Db } from './sqlite/database.js';
import { upsertOutage } from './sqlite/outage-board.js';
import { replaceRoster } from './sqlite/duty-roster.js';
import { DEMO_AREAS, DEMO_CUSTOMERS, DEMO_OUTAGE, DEMO_OUTAGE_PREFIX, DEMO_ROSTER } from './demo-data.js';

export interface SeedResult {
  /** True when the base demo data was inserted by this call (the database was empty). */
  seeded: boolean;
  /** The demo outage now in force, or null when the demo area is absent. */
  outage: { id: string; areaId: string; startsAt: string; expectedRestoreAt: string } | null;
}

const QUARTER_HOUR_MS = 15 * 60_000;

export function seedDemoData(db: Db, now: Date = new Date()): SeedResult {
  return db.transaction((): SeedResult => {
    const seeded = isEmpty(db);
    if (seeded) insertBase(db);
    return { seeded, outage: refreshDemoOutages(db, now) };
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
  db.prepare('DELETE FROM outages WHERE id LIKE ?').run(`${DEMO_OUTAGE_PREFIX}%`);
  if (!db.prepare('SELECT 1 FROM areas WHERE id = ?').get(DEMO_OUTAGE.areaId)) return null;
  const starts = new Date(floorTo(now.getTime() - DEMO_OUTAGE.startedMinutesAgo * 60_000, QUARTER_HOUR_MS));
  const restores = new Date(ceilTo(now.getTime() + DEMO_OUTAGE.restoresInMinutes * 60_000, QUARTER_HOUR_MS));
  const outage = {
    id: DEMO_OUTAGE.id,
    areaId: DEMO_OUTAGE.areaId,
    kind: DEMO_OUTAGE.kind,
    reason: DEMO_OUTAGE.reason,
    startsAt: starts.toISOString(),
    expectedRestoreAt: restores.toISOString(),
  };
  upsertOutage(db, outage);
  return { id: outage.id, areaId: outage.areaId, startsAt: outage.startsAt, expectedRestoreAt: outage.expectedRestoreAt };
}

function floorTo(ms: number, step: number): number {
  return Math.floor(ms / step) * step;
}
function ceilTo(ms: number, step: number): number {
  return Math.ceil(ms / step) * step;
}
