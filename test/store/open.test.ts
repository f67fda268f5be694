import { existsSync } from 'node:fs';
import { JournaledSessionStore } from '../../src/store/journaled-sessions.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MemorySessionStore } from '../../src/store/memory/session-store.js';
import { openStores } from '../../src/store/open.js';
import { SqliteSessionStore } from '../../src/store/sqlite/session-store.js';
import { conversation, tempDir } from './helpers.js';

describe('openStores', () => {
  it('opens the embedded default with demo data, and a conversation survives a restart', async () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    const first = await openStores(config);
    expect((first.sessions as JournaledSessionStore).primary).toBeInstanceOf(SqliteSessionStore); // behind the local journal
    expect(first.demo?.seeded).toBe(true);
    expect((await first.services.customers.findByPhone('+8613800138000'))[0]?.name).toBe('张伟');
    expect(await first.sessions.compareAndSet(conversation('CA-open', 1), 0)).toBe(true);
    const ticket = await first.services.workOrders.create({
      kind: 'repair', urgent: false, danger: false, scope: 'home', account: '3100123456', phone: '+8613800138000',
      address: '城关区人民路88号', areaId: 'chengguan', description: '家里没电', channel: 'voice', conversationId: 'CA-open',
    });
    await first.close();

    const second = await openStores(config);
    expect(second.demo?.seeded).toBe(false);
    expect(await second.sessions.get('CA-open')).toEqual(conversation('CA-open', 1));
    expect((await second.services.workOrders.get(ticket.id))?.description).toBe('家里没电');
    expect(await second.services.outages.activeOutage('dongshan', new Date())).not.toBeNull();
    expect((await second.services.roster.onDuty(new Date()))?.chain.length).toBe(2);
    await second.close();
  });

  it('uses memory sessions when asked, and no demo data when disabled', async () => {
    const stores = await openStores(loadConfig({ SESSION_STORE: 'memory', DEMO_DATA: 'false' }), { dataDir: ':memory:' });
    expect(stores.sessions).toBeInstanceOf(MemorySessionStore);
    expect(stores.demo).toBeNull();
    expect(await stores.services.outages.listAreas()).toEqual([]);
    await stores.close();
  });

  it('fails at start, naming the server but not the password, when Redis is unreachable', async () => {
    const config = loadConfig({ REDIS_URL: 'redis://:s3cret@127.0.0.1:1' });
    const attempt = openStores(config, { dataDir: ':memory:' });
    await expect(attempt).rejects.toThrow(/cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/);
    await expect(attempt).rejects.not.toThrow(/s3cret/);
  });

  it('fails at start, naming the server but not the password, when PostgreSQL is unreachable', async () => {
    // The PostgreSQL adapters themselves are tested in test/store/postgres/.
    const attempt = openStores(loadConfig({ DATABASE_URL: 'postgres://u:s3cret@127.0.0.1:1/db' }), { dataDir: ':memory:' });
    await expect(attempt).rejects.toThrow(/cannot reach PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db/);
    await expect(attempt).rejects.not.toThrow(/s3cret/);
  });
});

describe('openStores: issue 4 services', () => {
  it('keeps the outbox in its own file next to the database, and it survives a restart', async () => {
    const dir = tempDir();
    const config = loadConfig({ DATA_DIR: dir });
    const first = await openStores(config);
    await first.services.outbox.enqueue('work_order', { description: '家里没电' });
    await first.close();
    expect(existsSync(join(dir, '95598.db'))).toBe(true);
    expect(existsSync(join(dir, 'outbox.db'))).toBe(true);

    const second = await openStores(config);
    expect((await second.services.outbox.pending()).map((i) => i.payload)).toEqual([{ description: '家里没电' }]);
    await second.close();
  });

  it('the outbox still takes writes when the main database has failed (N21)', async () => {
    const stores = await openStores(loadConfig({ DEMO_DATA: 'false' }), { dataDir: ':memory:' });
    const db = (stores.services.workOrders as unknown as { byId: { database: { close(): void } } }).byId.database;
    db.close(); // the durable store is gone
    await expect(stores.services.workOrders.get('2611250001')).rejects.toThrow(/not open/);
    await expect(stores.services.outbox.enqueue('callback', { phone: '+8613800138000' })).resolves.toEqual({ id: '1' });
    await stores.close().catch(() => undefined);
  });

  it('applies the configured blacklist policy', async () => {
    const stores = await openStores(loadConfig({ BLACKLIST_ABUSE_COUNT: '1', BLACKLIST_APPROVAL: 'true' }), { dataDir: ':memory:' });
    const { blacklist } = await stores.services.incidents.record({ kind: 'abuse', phone: '+8613012340000', conversationId: 'c', evidence: ['x'] });
    expect(blacklist.action).toBe('proposed');
    await stores.close();
  });
});
