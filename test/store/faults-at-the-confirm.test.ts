/**
 * No loss under store faults (issue 10 item 5, N21): a caller confirms a fault report while a
 * store fails (Redis unreachable, PostgreSQL hung, SQLite read-only). The report is saved or
 * queued durably, the caller hears it is recorded (never "transferring you"), and a hang-up
 * during the outage still ends the call. The faults are real: a TCP hop the test cuts or stalls
 * (test/support/tcp-proxy.ts), SQLite refusing writes.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/sqlite/database.js';
import { deliverOutbox } from '../../src/services/outbox-worker.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { REDIS_URL, redisUnreachable } from '../support/redis.js';
import { tcpProxy } from '../support/tcp-proxy.js';
import { describePg, useTestSchema } from './postgres/pg-test.js';

const CI = process.env.CI === 'true';
const noRedis = await redisUnreachable();
if (noRedis && !CI) console.warn(`[faults] skipping the Redis cases: no Redis at ${REDIS_URL} (${noRedis}); CI runs them`);

/** Short store timeouts: a hung store fails within a fraction of a second here. */
const TIMEOUT = { STORE_TIMEOUT_MS: '300' };

/** Dials and goes through the read-back of a power cut at home to the number read back (the confirm is next). */
async function atReadBack(call: Call): Promise<void> {
  await call.silence(); // the language menu passes to the main menu
  await call.press('1'); // a fault
  await call.press('1'); // my account
  await call.press('2'); // no danger
  await call.press('1'); // at home
  await call.press('1'); // at the registered address
  await call.say('家里全部没电了');
  expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
  await call.press('1'); // the read-back is right
  expect(call.keys).toEqual(['common.contactPerson', 'danger.confirmContact']);
}

const proxyTo = (url: string) => {
  const u = new URL(url);
  return tcpProxy({ host: u.hostname, port: Number(u.port || (u.protocol.startsWith('redis') ? 6379 : 5432)) });
};

describe.skipIf(noRedis !== null && !CI)('Redis unreachable at the confirm', () => {
  it('the order is saved, the caller hears the ticket; the hang-up ends the call from the local journal', async () => {
    const proxy = await proxyTo(REDIS_URL);
    const engine = await openTestEngine({ env: { ...TIMEOUT, REDIS_URL: `redis://127.0.0.1:${proxy.port}` } });
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await atReadBack(call);

    await proxy.cut();
    await call.press('1'); // confirmed
    expect(call.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
    const [order] = await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(call.turn.prompts[0]?.values?.ticket).toBe(order!.id);

    await call.hangUp(); // Redis still down: the call ends from what this instance kept
    const record = await engine.stores.sessions.get(call.id);
    expect(record).toMatchObject({ status: 'ended' });
    expect(await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone })).toHaveLength(1);
  });

  it('a hang-up mid-report while Redis is down still saves the draft', async () => {
    const proxy = await proxyTo(REDIS_URL);
    const engine = await openTestEngine({ env: { ...TIMEOUT, REDIS_URL: `redis://127.0.0.1:${proxy.port}` } });
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await atReadBack(call);
    await proxy.cut();
    await call.hangUp();
    expect(await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone })).toMatchObject([{ status: 'abandoned', conversationId: call.id }]);
  });
});

describePg('PostgreSQL hung at the confirm', () => {
  const schema = useTestSchema({ migrate: false });

  it('the write times out into the outbox within the turn; the caller hears it is recorded; one order once it answers again', async () => {
    const proxy = await proxyTo(schema.url);
    const url = new URL(schema.url);
    url.host = `127.0.0.1:${proxy.port}`;
    const engine = await openTestEngine({ env: { ...TIMEOUT, DATABASE_URL: url.toString(), SESSION_STORE: 'memory' } });
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await atReadBack(call);

    proxy.stalled(true); // connections stay open; nothing comes back
    await call.press('1'); // confirmed
    expect(call.keys[0]).toBe('emergency.recorded');
    expect(await engine.stores.services.outbox.pending()).toMatchObject([{ kind: 'work_order' }]);

    proxy.stalled(false);
    await expect.poll(async () => (await deliverOutbox(engine.stores.services)).delivered, { timeout: 5_000 }).toBe(1);
    const orders = await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(orders).toMatchObject([{ conversationId: call.id, scope: 'home' }]);
  });
});

describe('SQLite read-only at the confirm', () => {
  it('the order is queued and the call kept in the local journal; the caller hears it is recorded, not "transferring you"', async () => {
    let db!: Db;
    const engine = await openTestEngine({ env: TIMEOUT, onDatabase: (opened) => (db = opened) });
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await atReadBack(call);

    db.pragma('query_only = ON'); // every write now fails: attempt to write a readonly database
    await call.press('1'); // confirmed
    expect(call.keys[0]).toBe('emergency.recorded');
    expect(call.keys).not.toContain('common.systemError');
    await call.hangUp();
    expect((await engine.stores.sessions.get(call.id))?.status).toBe('ended');

    db.pragma('query_only = OFF');
    expect(await deliverOutbox(engine.stores.services)).toEqual({ delivered: 1, failed: 0 });
    expect(await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone })).toMatchObject([{ conversationId: call.id, status: 'open' }]);
    // The next read hands the journaled call back to the database.
    expect((await engine.stores.sessions.get(call.id))?.status).toBe('ended');
    expect(db.prepare("SELECT status FROM conversations WHERE id = ?").get(call.id)).toEqual({ status: 'ended' });
  });
});
