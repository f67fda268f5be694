import { describe, expect, it } from 'vitest';
import { DEMO_AREAS, DEMO_CUSTOMERS } from '../../src/store/demo-data.js';
import { seedDemoData } from '../../src/store/seed.js';
import { SqliteOutageBoard } from '../../src/store/sqlite/outage-board.js';
import { memoryDb } from './helpers.js';

const count = (db: ReturnType<typeof memoryDb>, table: string) =>
  db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

describe('demo seed', () => {
  it('fills an empty database with every area type, the customers and the roster', () => {
    const db = memoryDb();
    expect(seedDemoData(db, new Date('2026-11-25T06:00:00Z')).seeded).toBe(true);
    expect(new Set(DEMO_AREAS.map((a) => a.type))).toEqual(new Set(['urban', 'rural', 'remote']));
    expect(count(db, 'areas')).toBe(DEMO_AREAS.length);
    expect(count(db, 'customers')).toBe(DEMO_CUSTOMERS.length);
    expect(count(db, 'duty_shifts')).toBe(2);
    expect(count(db, 'duty_chain')).toBe(4);
    // Every demo area has at least one customer to call as.
    for (const area of DEMO_AREAS) expect(DEMO_CUSTOMERS.some((c) => c.areaId === area.id)).toBe(true);
  });

  it('is idempotent: a second start adds nothing and keeps operator edits', () => {
    const db = memoryDb();
    seedDemoData(db);
    db.prepare("UPDATE customers SET name = '张伟伟' WHERE account = '3100123456'").run();
    const second = seedDemoData(db);
    expect(second.seeded).toBe(false);
    expect(count(db, 'customers')).toBe(DEMO_CUSTOMERS.length);
    expect(count(db, 'outages')).toBe(2); // the fault in force and tomorrow's planned outage
    expect(count(db, 'bills')).toBe(DEMO_CUSTOMERS.length);
    expect(db.prepare("SELECT name FROM customers WHERE account = '3100123456'").pluck().get()).toBe('张伟伟');
  });

  it('never seeds a database that already holds data', () => {
    const db = memoryDb();
    db.prepare("INSERT INTO areas (id, name, type) VALUES ('real', '真实区', 'urban')").run();
    const result = seedDemoData(db);
    expect(result).toEqual({ seeded: false, outage: null, planned: null, billed: 0 });
    expect(count(db, 'customers')).toBe(0);
    expect(count(db, 'outages')).toBe(0);
  });

  it('N10: refreshes the demo outage at every start: active now in 东山镇, none in 城关区', async () => {
    const db = memoryDb();
    const board = new SqliteOutageBoard(db);
    const day1 = new Date('2026-11-25T06:07:00Z');
    seedDemoData(db, day1);
    const later = new Date('2026-12-03T13:50:00Z'); // a restart days later: the old window is long over
    const { outage } = seedDemoData(db, later);

    expect(outage?.areaId).toBe('dongshan');
    expect(count(db, 'outages')).toBe(2);
    const active = await board.activeOutage('dongshan', later);
    expect(active?.id).toBe(outage?.id);
    const restoresIn = (Date.parse(active!.expectedRestoreAt) - later.getTime()) / 60_000;
    expect(restoresIn).toBeGreaterThanOrEqual(180);
    expect(restoresIn).toBeLessThan(195);
    expect(new Date(active!.expectedRestoreAt).getUTCMinutes() % 15).toBe(0); // easy to say
    expect(await board.activeOutage('chengguan', later)).toBeNull();
  });

  it('leaves real outages alone when refreshing the demo one', () => {
    const db = memoryDb();
    seedDemoData(db);
    db.prepare("INSERT INTO outages VALUES ('OUT-7', 'xihe', 'planned', '检修', 0, 9999999999999)").run();
    seedDemoData(db);
    expect(db.prepare('SELECT id FROM outages ORDER BY id').pluck().all()).toEqual(['OUT-7', 'demo-chengguan-planned', 'demo-dongshan-fault']);
  });
});
