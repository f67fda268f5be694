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
    expect(first.sessions).toBeInstanceOf(SqliteSessionStore);
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

  it('says clearly that PostgreSQL is not available yet', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/db' });
    await expect(openStores(config, { dataDir: ':memory:' })).rejects.toThrow(/PostgreSQL adapters are not available yet/);
  });
});
