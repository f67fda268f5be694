/**
 * Exactly once (ARCHITECTURE rule 9, issue 10 item 4): every record a turn creates carries an
 * idempotency key; a create with a key already used returns the record made with it, whether it
 * is repeated later (a retried turn, the outbox) or at the same moment on another instance.
 */
import { expect, it } from 'vitest';
import { sampleOrder as order } from '../helpers.js';
import { clock, type DurableHarness } from './harness.js';

const MORNING = '2026-11-25T02:00:00Z';
const due = new Date('2026-11-26T02:00:00Z');

export function idempotencyContract(h: DurableHarness): void {
  const open = async () => {
    const store = await h.open({ now: clock(MORNING).now });
    return { store, a: store.services, b: await store.second() };
  };

  it('a work order: the same key again, or on two instances at once, is one order and one ticket number', async () => {
    const { store, a, b } = await open();
    const first = await a.workOrders.create(order({ idempotencyKey: 'CA-1/7/work_order' }));
    expect(await b.workOrders.create(order({ idempotencyKey: 'CA-1/7/work_order', description: 'retried' }))).toEqual(first);
    const raced = await Promise.all([
      a.workOrders.create(order({ idempotencyKey: 'CA-2/3/work_order' })),
      b.workOrders.create(order({ idempotencyKey: 'CA-2/3/work_order' }), { status: 'abandoned' }),
      a.workOrders.create(order({ idempotencyKey: 'CA-2/3/work_order' })),
    ]);
    expect(new Set(raced.map((o) => o.id)).size).toBe(1);
    expect(await a.workOrders.list({ phone: order().phone! })).toHaveLength(2);
    // No number burnt by the repeats: the next order takes the third.
    expect((await a.workOrders.create(order())).id).toBe('2611250003');
    expect(await store.ticketSequence('261125')).toBe(3);
    // Without a key nothing is deduplicated (an operator's own entries).
    expect((await a.workOrders.create(order())).id).not.toBe((await a.workOrders.create(order())).id);
  });

  it('a callback task and an escalation: one per key, also at the same moment', async () => {
    const { a, b } = await open();
    const task = { kind: 'question' as const, phone: '13800138000', notes: '电价', dueAt: due, idempotencyKey: 'CA-1/4/callback' };
    const tasks = await Promise.all([a.callbacks.create(task), b.callbacks.create(task), a.callbacks.create({ ...task, notes: 'again' })]);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(1);
    expect(tasks[2]).toEqual(tasks[0]);
    expect(await a.callbacks.list({ phone: '13800138000' })).toHaveLength(1);

    const escalation = { reason: 'requested' as const, conversationId: 'CA-1', channel: 'voice', phone: null, summary: 's', context: {}, idempotencyKey: 'CA-1/5/escalation' };
    const made = await Promise.all([a.escalations.create(escalation), b.escalations.create(escalation)]);
    expect(made[1]).toEqual(made[0]);
    expect(await a.escalations.list()).toHaveLength(1);
  });

  it('an incident counts once toward the blacklist however often it is recorded (N23)', async () => {
    const { a, b } = await open();
    const incident = (n: number) => ({ kind: 'abuse' as const, phone: '+8613900139000', conversationId: `CA-${n}`, evidence: ['骂人'], idempotencyKey: `CA-${n}/2/incident` });
    const first = await a.incidents.record(incident(1));
    const again = await Promise.all([a.incidents.record(incident(1)), b.incidents.record(incident(1))]);
    for (const r of again) expect(r).toEqual({ incident: first.incident, blacklist: { action: 'none' } });
    await a.incidents.record(incident(2));
    // Two distinct incidents: below the default three, so no entry although five records were asked for.
    expect(await a.incidents.list({ phone: '+8613900139000' })).toHaveLength(2);
    expect(await a.blacklist.check('+8613900139000')).toBeNull();
    // Without a phone there is no policy lock: the key alone keeps it once.
    const silent = { kind: 'silent_call' as const, phone: null, conversationId: 'chat-1', evidence: [], idempotencyKey: 'chat-1/3/incident' };
    const both = await Promise.all([a.incidents.record(silent), b.incidents.record(silent)]);
    expect(both[1]!.incident).toEqual(both[0]!.incident);
  });

  it('N10: a registration on an outage is kept once per key', async () => {
    const { store, a, b } = await open();
    await store.upsertOutage({ id: 'F-9', areaId: 'xihe', kind: 'fault', reason: '线路故障', startsAt: '2026-11-25T01:00:00Z', expectedRestoreAt: '2026-11-25T06:00:00Z' });
    const report = { phone: '13500135000', account: null, conversationId: 'CA-9', idempotencyKey: 'CA-9/6/outage_registration' };
    await Promise.all([a.outages.registerAffected('F-9', report), b.outages.registerAffected('F-9', report)]);
    expect(await store.affected('F-9')).toHaveLength(1);
  });

  it('refuses a key that is not short printable text', async () => {
    const { a } = await open();
    await expect(a.workOrders.create(order({ idempotencyKey: 'a b' }))).rejects.toThrow(RangeError);
    await expect(a.callbacks.create({ kind: 'question', phone: '13800138000', notes: '', dueAt: due, idempotencyKey: 'x'.repeat(201) })).rejects.toThrow(RangeError);
  });
}
