import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SqliteWorkOrders } from '../../../src/store/sqlite/work-orders.js';
import { ARRIVAL, demoDb, fileDb, sampleOrder as order, tempDir } from '../helpers.js';
import { seedDemoData } from '../../../src/store/seed.js';


function workOrders(now: () => Date = () => new Date('2026-11-25T02:00:00Z')) {
  return new SqliteWorkOrders(demoDb(), { arrivalMinutes: ARRIVAL, now });
}

describe('SqliteWorkOrders', () => {
  it('numbers tickets YYMMDD + daily sequence, restarting at local (Shanghai) midnight', async () => {
    let now = new Date('2026-11-25T15:58:00Z'); // 23:58 local
    const orders = workOrders(() => now);
    expect((await orders.create(order())).id).toBe('2611250001');
    expect((await orders.create(order())).id).toBe('2611250002');
    now = new Date('2026-11-25T16:01:00Z'); // 00:01 local, 26 Nov; still 25 Nov in UTC
    expect((await orders.create(order())).id).toBe('2611260001');
  });

  it.each([
    ['chengguan', 45],
    ['dongshan', 90],
    ['qingfeng', 120],
  ])('promises arrival by area type (%s: %i minutes)', async (areaId, minutes) => {
    expect((await workOrders().create(order({ areaId }))).promisedArrivalMinutes).toBe(minutes);
  });

  it('gives an unknown or missing area the slowest (remote) promise', async () => {
    const orders = workOrders();
    expect((await orders.create(order({ areaId: 'atlantis' }))).promisedArrivalMinutes).toBe(120);
    expect((await orders.create(order({ areaId: null }))).promisedArrivalMinutes).toBe(120);
  });

  it('lists by phone and/or account, newest first', async () => {
    let minute = 0;
    const orders = workOrders(() => new Date(Date.UTC(2026, 10, 25, 2, minute++)));
    const a = await orders.create(order());
    const b = await orders.create(order({ account: '3100123457', phone: '13900139000' }));
    const c = await orders.create(order({ account: null }));
    expect((await orders.list({ phone: '13800138000' })).map((o) => o.id)).toEqual([c.id, a.id]);
    expect((await orders.list({ account: '3100123457' })).map((o) => o.id)).toEqual([b.id]);
    expect(b.phone).toBe('+8613900139000');
    expect((await orders.list({ phone: '+8613800138000', account: '3100123456' })).map((o) => o.id)).toEqual([a.id]);
    expect((await orders.list()).map((o) => o.id)).toEqual([c.id, b.id, a.id]);
  });

  it('gives the 10,000th ticket of a day an 11-digit number (the table takes it)', async () => {
    const db = demoDb();
    db.prepare("INSERT INTO ticket_sequences (day, last) VALUES ('261125', 9999)").run();
    const orders = new SqliteWorkOrders(db, { arrivalMinutes: ARRIVAL, now: () => new Date('2026-11-25T02:00:00Z') });
    expect((await orders.create(order())).id).toBe('26112510000');
    expect(db.prepare("SELECT last FROM ticket_sequences WHERE day = '261125'").get()).toEqual({ last: 10000 });
    // The schema still refuses what is not a ticket number.
    expect(() => db.prepare("UPDATE work_orders SET id = '26112' WHERE id = '26112510000'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE work_orders SET id = '26112510000x' WHERE id = '26112510000'").run()).toThrow(/CHECK/);
  });

  it('never gives two processes the same ticket number', async () => {
    const dir = tempDir();
    seedDemoData(fileDb(dir));
    const worker = fileURLToPath(new URL('./ticket-worker.ts', import.meta.url));
    const children: ChildProcess[] = Array.from({ length: 4 }, () =>
      fork(worker, [dir, '40', '2026-11-25T02:00:00Z'], { execArgv: ['--import', 'tsx'] }),
    );
    const message = (child: ChildProcess) =>
      new Promise<unknown>((resolve, reject) => {
        child.once('message', resolve);
        child.once('error', reject);
        child.once('exit', (code) => reject(new Error(`ticket worker exited with ${code}`)));
      });
    await Promise.all(children.map(message)); // all "ready"
    const results = children.map((c) => message(c) as Promise<string[]>);
    for (const c of children) c.send('go');
    const ids = (await Promise.all(results)).flat();
    expect(ids).toHaveLength(160);
    expect(new Set(ids).size).toBe(160);
    expect([...ids].sort()).toEqual(Array.from({ length: 160 }, (_, i) => `261125${String(i + 1).padStart(4, '0')}`));
  });
});
