import { describe, expect, it } from 'vitest';
import type { NewWorkOrder } from '../../src/services/ports.js';
import { adminClient } from './client.js';

const PHONE = '+8613800138000';
const order = (patch: Partial<NewWorkOrder> = {}): NewWorkOrder => ({
  kind: 'repair', urgent: false, danger: false, scope: 'home', account: '3100123456', phone: PHONE,
  address: '城关区人民路88号', areaId: 'chengguan', description: '家里没电', channel: 'voice', conversationId: 'CA-a', ...patch,
});

describe('admin API authentication', () => {
  it('answers 401 without a token or with a wrong one, and says how to authenticate', async () => {
    const admin = await adminClient();
    for (const token of [null, 'wrong', 'tt', '']) {
      const reply = await admin.call('GET', '/work-orders', { token });
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ error: 'unauthorized', reason: expect.stringContaining('Authorization: Bearer') });
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await admin.call('GET', '/work-orders', { headers: { authorization: 'Basic dDp0' }, token: null })).status).toBe(401);
    expect((await admin.call('GET', '/work-orders')).status).toBe(200);
  });

  it('never reads a body before the token is checked', async () => {
    const admin = await adminClient();
    const reply = await admin.call('PUT', '/announcement', { token: null, body: '{not json' });
    expect(reply.status).toBe(401);
  });

  it('is disabled (503) with the reason when ADMIN_TOKEN is not set', async () => {
    const admin = await adminClient({});
    const reply = await admin.call('GET', '/blacklist');
    expect(reply).toMatchObject({ status: 503, body: { error: 'admin_disabled', reason: 'admin API disabled: set ADMIN_TOKEN' } });
  });
});

describe('admin API lists and filters', () => {
  it('work orders by phone (any writing), kind, status and Shanghai date', async () => {
    const admin = await adminClient();
    const { services } = admin.engine.stores;
    const repair = await services.workOrders.create(order());
    const complaint = await services.workOrders.create(order({ kind: 'complaint', phone: '+8613900139000' }));
    const abandoned = await services.workOrders.create(order({ kind: 'report', subtype: 'other' }), { status: 'abandoned' });

    const all = await admin.call('GET', '/work-orders');
    expect(all.body.count).toBe(3);
    const byPhone = await admin.call('GET', `/work-orders?phone=${encodeURIComponent('138 0013 8000')}`);
    expect(byPhone.body.items.map((o: { id: string }) => o.id).sort()).toEqual([repair.id, abandoned.id].sort());
    expect((await admin.call('GET', '/work-orders?kind=complaint')).body.items.map((o: { id: string }) => o.id)).toEqual([complaint.id]);
    expect((await admin.call('GET', '/work-orders?type=complaint')).body.count).toBe(1);
    expect((await admin.call('GET', '/work-orders?status=abandoned')).body.items[0].id).toBe(abandoned.id);
    expect((await admin.call('GET', '/work-orders?account=3100123456&kind=repair')).body.count).toBe(1);

    // Today in Shanghai includes them; a day in the past does not.
    const today = repair.id.slice(0, 6).replace(/^(\d\d)(\d\d)(\d\d)$/, '20$1-$2-$3');
    expect((await admin.call('GET', `/work-orders?from=${today}&to=${today}`)).body.count).toBe(3);
    expect((await admin.call('GET', '/work-orders?to=2020-01-01')).body.count).toBe(0);
    expect((await admin.call('GET', '/work-orders?from=2020-01-01T00:00:00%2B08:00')).body.count).toBe(3);
    // An unencoded + (read as a space in a query string) is still the offset.
    expect((await admin.call('GET', '/work-orders?from=2020-01-01T00:00:00+08:00&to=2099-01-01T00:00:00+08:00')).body.count).toBe(3);
  });

  it('bad filters get a 400 with the reason, never a 500', async () => {
    const admin = await adminClient();
    const cases: [string, RegExp][] = [
      ['/work-orders?kind=wish', /kind must be one of repair, complaint, report, application, got 'wish'/],
      ['/work-orders?phone=abc', /phone must be a phone number, got 'abc'/],
      ['/work-orders?account=12', /account must be a 10-digit account number/],
      ['/work-orders?from=yesterday', /from must be a date \(YYYY-MM-DD, Asia\/Shanghai\)/],
      ['/work-orders?from=2026-02-30', /from is not a calendar date/],
      ['/work-orders?from=2026-11-25T09:00:00', /from must be a date/], // no offset: ambiguous
      ['/work-orders?from=2026-11-26&to=2026-11-25', /from must be before to/],
      ['/work-orders?phone=1&phone=2', /phone must be given once/],
      ['/callbacks?status=later', /status must be one of pending, done, cancelled/],
      ['/escalations?status=open', /status must be one of waiting, connected, callback, closed/],
      ['/incidents?kind=rude', /kind must be one of abuse, silent_call/],
      ['/blacklist?status=banned', /status must be one of active, proposed, lifted, expired/],
      ['/outbox?status=lost', /status must be one of pending, delivered/],
    ];
    for (const [path, reason] of cases) {
      const reply = await admin.call('GET', path);
      expect({ path, status: reply.status, error: reply.body.error }).toEqual({ path, status: 400, error: 'bad_request' });
      expect(reply.body.reason).toMatch(reason);
    }
  });

  it('callbacks (N14) by phone, kind and due date; a task can be closed', async () => {
    const admin = await adminClient();
    const { callbacks } = admin.engine.stores.services;
    const complaint = await callbacks.create({ kind: 'complaint', phone: PHONE, notes: '投诉回访', dueAt: new Date('2030-01-02T03:00:00Z') });
    await callbacks.create({ kind: 'question', phone: '+8613900139000', notes: '咨询', dueAt: new Date('2030-01-05T03:00:00Z') });
    const reply = await admin.call('GET', '/callbacks?phone=13800138000&kind=complaint&from=2030-01-02&to=2030-01-02');
    expect(reply.body.items).toEqual([complaint]);
    expect((await admin.call('GET', '/callbacks?from=2030-01-03')).body.count).toBe(1);

    const done = await admin.call('PATCH', `/callbacks/${complaint.id}`, { body: { status: 'done' } });
    expect(done).toMatchObject({ status: 200, body: { id: complaint.id, status: 'done' } });
    expect((await admin.call('GET', '/callbacks?status=pending')).body.count).toBe(1);
    expect((await admin.call('PATCH', '/callbacks/nope', { body: { status: 'done' } })).status).toBe(404);
    expect((await admin.call('PATCH', `/callbacks/${complaint.id}`, { body: {} })).body).toMatchObject({ error: 'bad_request', reason: expect.stringContaining('status is required') });
  });

  it('incidents with their evidence, by phone and kind', async () => {
    const admin = await adminClient();
    const { incidents } = admin.engine.stores.services;
    await incidents.record({ kind: 'abuse', phone: PHONE, conversationId: 'CA-1', evidence: ['你们这帮废物'] });
    await incidents.record({ kind: 'silent_call', phone: '+8613900139000', conversationId: 'CA-2', evidence: [] });
    const reply = await admin.call('GET', '/incidents?phone=%2B8613800138000&kind=abuse');
    expect(reply.body).toMatchObject({ count: 1, items: [{ kind: 'abuse', conversationId: 'CA-1', evidence: ['你们这帮废物'] }] });
  });

  it('the outbox: what is waiting, with its attempts and last error', async () => {
    const admin = await adminClient();
    const { outbox } = admin.engine.stores.services;
    await outbox.enqueue('work_order', order());
    await outbox.deliver({ work_order: async () => Promise.reject(new Error('database is locked')) });
    const reply = await admin.call('GET', '/outbox?status=pending');
    expect(reply.body).toMatchObject({ count: 1, items: [{ kind: 'work_order', attempts: 1, lastError: 'database is locked', status: 'pending' }] });
    expect((await admin.call('GET', '/outbox?status=delivered')).body.count).toBe(0);
  });
});
