/**
 * Runs against the real Redis at REDIS_URL or 127.0.0.1:6379. Without a server the suite is
 * skipped locally, but must run in CI (CI=true): there an unreachable Redis is a failure.
 */
import { JournaledSessionStore } from '../../../src/store/journaled-sessions.js';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { openStores } from '../../../src/store/open.js';
import { RedisSessionStore } from '../../../src/store/redis/session-store.js';
import { conversation } from '../helpers.js';
import { sessionStoreContract } from '../session-store-contract.js';
import { REDIS_URL, redisUnreachable } from '../../support/redis.js';

const URL = REDIS_URL;
const CI = process.env.CI === 'true';

const unreachable = await redisUnreachable();
if (unreachable && !CI) {
  console.warn(`[redis] skipping RedisSessionStore tests: no Redis at ${URL} (${unreachable}). Start one or set REDIS_URL; CI=true makes this a failure.`);
}

describe.skipIf(unreachable !== null && !CI)(`RedisSessionStore (${URL})`, () => {
  // One key prefix per run, removed afterwards, so runs never see each other's records.
  const prefix = `test:95598:${randomUUID()}:`;
  const stores: RedisSessionStore[] = [];
  const make = async () => {
    const store = await RedisSessionStore.connect(URL, { prefix, ttlSeconds: 600 });
    stores.push(store);
    return store;
  };

  afterAll(async () => {
    const admin = new Redis(URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    admin.on('error', () => {});
    try {
      await admin.connect();
      const keys = await admin.keys(`${prefix}*`);
      if (keys.length) await admin.del(...keys);
    } catch {
      // Unreachable: nothing was written.
    } finally {
      admin.disconnect();
    }
    await Promise.all(stores.map((s) => s.close()));
  });

  it('is reachable (CI requires a Redis server)', () => {
    expect(unreachable, `Redis at ${URL} is unreachable`).toBeNull();
  });

  sessionStoreContract(make);

  it('sets an expiry on written records', async () => {
    const store = await make();
    const id = 'ttl';
    await store.compareAndSet(conversation(id, 1), 0);
    const admin = new Redis(URL);
    try {
      const ttl = await admin.pttl(`${prefix}${id}`);
      expect(ttl).toBeGreaterThan(500_000);
      expect(ttl).toBeLessThanOrEqual(600_000);
    } finally {
      admin.disconnect();
    }
  });

  it('reads a record written before conversations named their flow as an inbound call', async () => {
    const store = await make();
    const { flow: _flow, ...old } = conversation('before-flows', 1);
    const admin = new Redis(URL);
    try {
      await admin.hset(`${prefix}before-flows`, 'version', '1', 'record', JSON.stringify(old));
      await admin.pexpire(`${prefix}before-flows`, 600_000);
    } finally {
      admin.disconnect();
    }
    expect(await store.get('before-flows')).toEqual({ ...old, flow: 'inbound' });
    expect(await store.compareAndSet(conversation('before-flows', 2), 1)).toBe(true);
  });

  it('lets exactly one of two clients win a race for the same version', async () => {
    const [a, b] = [await make(), await make()];
    await a.compareAndSet(conversation('race', 1), 0);
    const results = await Promise.all([
      a.compareAndSet(conversation('race', 2, { caller: 'a' }), 1),
      b.compareAndSet(conversation('race', 2, { caller: 'b' }), 1),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await a.get('race'))?.caller).toBe(results[0] ? 'a' : 'b');
  });

  it('is chosen by openStores when REDIS_URL is set', async () => {
    const stores = await openStores(loadConfig({ REDIS_URL: URL, DEMO_DATA: 'false' }), { dataDir: ':memory:' });
    const id = `open-${randomUUID()}`;
    try {
      expect((stores.sessions as JournaledSessionStore).primary).toBeInstanceOf(RedisSessionStore); // behind the local journal
      expect(await stores.sessions.compareAndSet(conversation(id, 1), 0)).toBe(true);
      const direct = await make();
      expect(await direct.get(id)).toBeNull(); // other prefix: deployments do not see each other
    } finally {
      const admin = new Redis(URL);
      await admin.del(`95598:conversation:${id}`);
      admin.disconnect();
      await stores.close();
    }
  });
});
