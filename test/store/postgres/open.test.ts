/** DATABASE_URL alone switches the durable data to PostgreSQL; sessions and the outbox stay where they were. */
import { JournaledSessionStore } from '../../../src/store/journaled-sessions.js';
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { bootstrap } from '../../../src/bootstrap.js';
import { loadConfig } from '../../../src/config.js';
import { MemorySessionStore } from '../../../src/store/memory/session-store.js';
import { openStores } from '../../../src/store/open.js';
import { PgWorkOrders } from '../../../src/store/postgres/work-orders.js';
import { SqliteOutbox } from '../../../src/store/sqlite/outbox.js';
import { SqliteSessionStore } from '../../../src/store/sqlite/session-store.js';
import { Call, ZHANG_WEI } from '../../support/call.js';
import { conversation } from '../helpers.js';
import { emptySchema } from './harness.js';
import { describePg, useTestSchema } from './pg-test.js';

describePg('openStores with DATABASE_URL', () => {
  const schema = useTestSchema({ migrate: false });

  /** Connections of the pool opened with this URL (application_name tells them apart). */
  const tagged = () => {
    const tag = `95598-test-${randomBytes(4).toString('hex')}`;
    const count = async () =>
      Number((await schema.pool.query('SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = $1', [tag])).rows[0].n);
    return { url: `${schema.url}&application_name=${tag}`, count };
  };

  it('two instances starting at once on an empty database migrate and seed it once', async () => {
    const config = loadConfig({ DATABASE_URL: schema.url, SESSION_STORE: 'memory' });
    const [a, b] = await Promise.all([openStores(config, { dataDir: ':memory:' }), openStores(config, { dataDir: ':memory:' })]);
    try {
      expect([a.demo?.seeded, b.demo?.seeded].sort()).toEqual([false, true]);
      expect(a.services.workOrders).toBeInstanceOf(PgWorkOrders);
      expect(a.services.outbox).toBeInstanceOf(SqliteOutbox); // N21: on local SQLite, by design
      expect(a.sessions).toBeInstanceOf(MemorySessionStore);
      const ticket = await a.services.workOrders.create({
        kind: 'repair', urgent: false, danger: false, scope: 'home', account: '3100123456', phone: '+8613800138000',
        address: '城关区人民路88号', areaId: 'chengguan', description: '家里没电', channel: 'voice', conversationId: 'CA-open',
      });
      expect((await b.services.workOrders.get(ticket.id))?.description).toBe('家里没电'); // one database for both
      expect((await b.services.outages.activeOutage('dongshan', new Date()))?.id).toBe('demo-dongshan-fault');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('keeps conversation records on SQLite unless SESSION_STORE says otherwise; close() ends the pool', async () => {
    const { url, count } = tagged();
    const stores = await openStores(loadConfig({ DATABASE_URL: url, DEMO_DATA: 'false' }), { dataDir: ':memory:' });
    expect((stores.sessions as JournaledSessionStore).primary).toBeInstanceOf(SqliteSessionStore); // behind the local journal
    expect(await stores.sessions.compareAndSet(conversation('CA-pg', 1), 0)).toBe(true);
    expect(stores.demo).toBeNull();
    await stores.services.customers.findByPhone('+8613800138000');
    expect(await count()).toBeGreaterThan(0);
    await stores.close();
    await expect.poll(count).toBe(0);
  });

  it('end to end: a fault report on the phone line files its ticket in PostgreSQL', async () => {
    await emptySchema(schema.pool); // the demo data is seeded again by this start
    const engine = await bootstrap(loadConfig({ NODE_ENV: 'test', DATABASE_URL: schema.url, SESSION_STORE: 'memory' }), { dataDir: ':memory:' });
    try {
      expect(engine.stores.demo?.seeded).toBe(true);
      const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
      await call.silence(); // Mandarin
      await call.press('1'); // fault repair
      await call.press('1'); // yes, that is my account
      await call.press('2'); // no danger
      await call.press('1'); // my home only
      await call.press('1'); // at my home address
      await call.say('家里全部没电了');
      await call.press('1'); // the read-back is right
      await call.press('1'); // the number is right
      expect(call.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
      const ticket = String(call.turn.prompts[0]?.values?.ticket);

      const { rows } = await schema.pool.query('SELECT id, account, phone, area_id, promised_arrival_minutes, description FROM work_orders');
      expect(rows).toEqual([
        { id: ticket, account: ZHANG_WEI.account, phone: ZHANG_WEI.phone, area_id: 'chengguan', promised_arrival_minutes: 45, description: expect.stringContaining('家里全部没电了') },
      ]);
    } finally {
      await engine.close();
    }
  });
});
