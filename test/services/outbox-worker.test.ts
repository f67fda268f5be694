import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { deliverOutbox, startOutboxWorker } from '../../src/services/outbox-worker.js';
import type { NewWorkOrder } from '../../src/services/ports.js';
import { openStores, type Stores } from '../../src/store/open.js';
import { openDatabase } from '../../src/store/sqlite/database.js';
import { tempDir } from '../store/helpers.js';

const NOW = new Date('2026-11-25T03:00:00Z'); // 11:00 in Shanghai
const PHONE = '+8613800138000';

const order: NewWorkOrder = {
  kind: 'report', subtype: 'theft', urgent: false, danger: false, scope: null, account: '3100123456', phone: PHONE,
  address: '', areaId: null, description: '有人私拉电线', channel: 'voice', conversationId: 'CA-o',
};

async function stores(dataDir: string | ':memory:' = ':memory:', now = () => NOW): Promise<Stores> {
  return openStores(loadConfig({ DATA_DIR: dataDir === ':memory:' ? '/unused' : dataDir }), { dataDir, now });
}

describe('outbox delivery to the services (N21)', () => {
  it('delivers each kind where it belongs, reviving dates and keeping when an incident happened', async () => {
    const s = await stores();
    const { services } = s;
    await services.outbox.enqueue('work_order', { ...order, status: 'abandoned' });
    await services.outbox.enqueue('callback', { kind: 'abandoned_report', phone: PHONE, notes: '来电中断', dueAt: new Date('2026-11-25T05:00:00Z') });
    await services.outbox.enqueue('escalation', { reason: 'system_error', conversationId: 'CA-o', channel: 'voice', phone: PHONE, summary: 's', context: {} });
    await services.outbox.enqueue('incident', { kind: 'abuse', phone: PHONE, conversationId: 'CA-o', evidence: ['混蛋'] });

    expect(await deliverOutbox(services, new Date(NOW.getTime() + 3_600_000))).toEqual({ delivered: 4, failed: 0 });
    expect(await services.workOrders.list({ phone: PHONE })).toMatchObject([{ kind: 'report', subtype: 'theft', status: 'abandoned' }]);
    expect(await services.callbacks.list({ phone: PHONE })).toMatchObject([{ kind: 'abandoned_report', dueAt: '2026-11-25T05:00:00.000Z' }]);
    expect(await services.escalations.list({ phone: PHONE })).toMatchObject([{ reason: 'system_error', priority: 20 }]);
    expect(await services.incidents.list({ phone: PHONE })).toMatchObject([{ at: NOW.toISOString(), evidence: ['混蛋'] }]);
    expect(await services.outbox.pending()).toEqual([]);
    await s.close();
  });

  it('a work order that fails for real stays in the outbox and is filed once the store recovers', async () => {
    const dir = tempDir();
    const s = await stores(dir);
    // Another connection makes the table refuse new orders: create() fails like a broken store would.
    const other = openDatabase(dir);
    other.exec("CREATE TRIGGER refuse_orders BEFORE INSERT ON work_orders BEGIN SELECT RAISE(ABORT, 'work orders refused'); END");
    await s.services.outbox.enqueue('work_order', order);

    expect(await deliverOutbox(s.services, NOW)).toEqual({ delivered: 0, failed: 1 });
    const [kept] = await s.services.outbox.pending();
    expect(kept?.lastError).toMatch(/work orders refused/);
    expect(await s.services.workOrders.list({ phone: PHONE })).toEqual([]);

    other.exec('DROP TRIGGER refuse_orders');
    other.prepare("INSERT INTO ticket_sequences (day, last) VALUES ('261125', 10) ON CONFLICT (day) DO UPDATE SET last = 10").run();
    other.close();
    expect(await deliverOutbox(s.services, NOW)).toEqual({ delivered: 0, failed: 0 }); // backing off
    expect(await deliverOutbox(s.services, new Date(Date.parse(kept!.nextAttemptAt)))).toEqual({ delivered: 1, failed: 0 });
    expect((await s.services.workOrders.list({ phone: PHONE })).map((o) => o.id)).toEqual(['2611250011']);
    await s.close();
  });
});

describe('startOutboxWorker', () => {
  it('delivers at start and then periodically; stop() waits for the round in progress and stops', async () => {
    const s = await stores(':memory:', () => new Date());
    const { services } = s;
    await services.outbox.enqueue('escalation', { reason: 'requested', conversationId: 'w1', channel: 'chat', phone: null, summary: 's', context: {} });
    const rounds: { delivered: number; failed: number }[] = [];
    const stop = startOutboxWorker(services.outbox, services, { intervalMs: 20, onRound: (r) => rounds.push(r), onError: (e) => rounds.push(e as never) });
    await waitFor(async () => (await services.escalations.list()).length === 1);

    await services.outbox.enqueue('escalation', { reason: 'requested', conversationId: 'w2', channel: 'chat', phone: null, summary: 's', context: {} });
    await waitFor(async () => (await services.escalations.list()).length === 2);
    await stop();
    const after = rounds.length;
    await services.outbox.enqueue('escalation', { reason: 'requested', conversationId: 'w3', channel: 'chat', phone: null, summary: 's', context: {} });
    await new Promise((r) => setTimeout(r, 80));
    expect(rounds.length).toBe(after);
    expect(await services.outbox.pending()).toHaveLength(1);
    expect(rounds.every((r) => typeof r === 'object' && 'delivered' in r)).toBe(true);
    await s.close();
  });

  it('refuses a non-positive interval', async () => {
    const s = await stores();
    expect(() => startOutboxWorker(s.services.outbox, s.services, { intervalMs: 0 })).toThrow(RangeError);
    await s.close();
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
