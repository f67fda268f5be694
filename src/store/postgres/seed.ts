/**
 * Demo data for PostgreSQL (DEMO_DATA=true), the same world and rules as src/store/seed.ts:
 * base data (areas, customers, roster) only into an empty database, bills only while billing is
 * empty, and the demo outages (id prefix "demo-") refreshed at every start. One transaction under
 * the 'seed' advisory lock: instances starting together seed once.
 */
import type pg from 'pg';
import type { Outage } from '../../services/ports.js';
import { DEMO_AREAS, DEMO_BILLS, DEMO_CUSTOMERS, DEMO_OUTAGE, DEMO_OUTAGE_PREFIX, DEMO_PLANNED_OUTAGE, DEMO_ROSTER } from '../demo-data.js';
import type { SeedResult } from '../seed.js';
import { demoBillDates } from '../shared/demo-bills.js';
import { demoFaultOutage, demoOutageSummary, plannedDemoOutage, type DemoOutage } from '../shared/demo-outages.js';
import { writeBilling } from './billing.js';
import { writeRoster } from './duty-roster.js';
import { upsertOutagePg } from './outage-board.js';
import { advisoryLock, one, transaction, type Sql } from './pool.js';

export async function seedDemoDataPg(pool: pg.Pool, now: Date = new Date()): Promise<SeedResult> {
  return transaction(pool, async (tx) => {
    await advisoryLock(tx, 'seed');
    const seeded = await isEmpty(tx);
    if (seeded) await insertBase(tx);
    const billed = await seedBills(tx, now);
    await tx.query("DELETE FROM outages WHERE id LIKE $1 || '%'", [DEMO_OUTAGE_PREFIX]);
    return { seeded, outage: await refreshDemoOutage(tx, now), planned: await refreshPlannedOutage(tx, now), billed };
  });
}

async function count(tx: Sql, table: 'areas' | 'customers' | 'duty_shifts' | 'billing_accounts'): Promise<number> {
  return (await one<{ n: number }>(tx, `SELECT COUNT(*)::int AS n FROM ${table}`))!.n;
}

async function isEmpty(tx: Sql): Promise<boolean> {
  return (await count(tx, 'areas')) === 0 && (await count(tx, 'customers')) === 0 && (await count(tx, 'duty_shifts')) === 0;
}

// Rows go in as arrays (unnest), one statement per table: a start costs a few round trips, not dozens.
async function insertBase(tx: Sql): Promise<void> {
  await tx.query('INSERT INTO areas (id, name, type) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [
    DEMO_AREAS.map((a) => a.id), DEMO_AREAS.map((a) => a.name), DEMO_AREAS.map((a) => a.type),
  ]);
  const aliases = DEMO_AREAS.flatMap((a) => a.aliases.map((alias) => [alias, a.id] as const));
  await tx.query('INSERT INTO area_aliases (alias, area_id) SELECT * FROM unnest($1::text[], $2::text[])', [
    aliases.map(([alias]) => alias), aliases.map(([, id]) => id),
  ]);
  await tx.query('INSERT INTO customers (account, name, address, area_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])', [
    DEMO_CUSTOMERS.map((c) => c.account), DEMO_CUSTOMERS.map((c) => c.name), DEMO_CUSTOMERS.map((c) => c.address), DEMO_CUSTOMERS.map((c) => c.areaId),
  ]);
  const phones = DEMO_CUSTOMERS.flatMap((c) => c.phones.map((p, i) => [c.account, p, i] as const));
  await tx.query('INSERT INTO customer_phones (account, phone, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])', [
    phones.map(([a]) => a), phones.map(([, p]) => p), phones.map(([, , i]) => i),
  ]);
  await writeRoster(tx, DEMO_ROSTER);
}

async function areaExists(tx: Sql, id: string): Promise<boolean> {
  return (await one(tx, 'SELECT 1 FROM areas WHERE id = $1', [id])) !== null;
}

/** The demo fault in force now in the demo rural area, restoring in about three hours (quarter-hour bounds). */
async function refreshDemoOutage(tx: Sql, now: Date): Promise<DemoOutage | null> {
  if (!(await areaExists(tx, DEMO_OUTAGE.areaId))) return null;
  return write(tx, demoFaultOutage(now));
}

/** The planned demo outage tomorrow (Shanghai date), 09:00-17:00 local. */
async function refreshPlannedOutage(tx: Sql, now: Date): Promise<DemoOutage | null> {
  if (!(await areaExists(tx, DEMO_PLANNED_OUTAGE.areaId))) return null;
  return write(tx, plannedDemoOutage(now));
}

async function write(tx: Sql, outage: Outage): Promise<DemoOutage> {
  await upsertOutagePg(tx, outage);
  return demoOutageSummary(outage);
}

/** Last month's bill for every demo customer present, only while billing is empty (operator data is never touched). */
async function seedBills(tx: Sql, now: Date): Promise<number> {
  if ((await count(tx, 'billing_accounts')) > 0) return 0;
  const { period, dueDate } = demoBillDates(now);
  const { rows: present } = await tx.query<{ account: string }>('SELECT account FROM customers WHERE account = ANY($1::text[])', [
    DEMO_BILLS.map((b) => b.account),
  ]);
  const known = new Set(present.map((r) => r.account));
  let billed = 0;
  for (const b of DEMO_BILLS) {
    if (!known.has(b.account)) continue;
    await writeBilling(tx, b.account, b.balance, [{ period, amount: b.amount, kwh: b.kwh, dueDate }], { prepaid: b.prepaid === true });
    billed++;
  }
  return billed;
}
