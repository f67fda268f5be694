import { describe, expect, it } from 'vitest';
import { EscalationClosed } from '../../../src/services/escalation-rules.js';
import type { NewEscalation } from '../../../src/services/ports.js';
import { SqliteCallbacks } from '../../../src/store/sqlite/callbacks.js';
import { SqliteEscalations } from '../../../src/store/sqlite/escalations.js';
import { demoDb } from '../helpers.js';

function setup() {
  const clock = { now: new Date('2026-11-25T03:00:00Z') };
  const db = demoDb(clock.now);
  const now = () => clock.now;
  const callbacks = new SqliteCallbacks(db, now);
  const tick = () => {
    clock.now = new Date(clock.now.getTime() + 60_000);
  };
  return { clock, tick, callbacks, escalations: new SqliteEscalations(db, callbacks, now) };
}

const escalation = (patch: Partial<NewEscalation> = {}): NewEscalation => ({
  reason: 'requested',
  conversationId: 'CA-e',
  channel: 'voice',
  phone: '13800138000',
  summary: 'caller asked for the supervisor',
  context: { state: 'menu', attempts: 2 },
  ...patch,
});

describe('the escalation queue (N22, N24)', () => {
  it('records who, why, what was said, with the context, waiting', async () => {
    const { escalations } = setup();
    const e = await escalations.create(escalation());
    expect(e).toMatchObject({
      reason: 'requested',
      priority: 10,
      phone: '+8613800138000',
      context: { state: 'menu', attempts: 2 },
      status: 'waiting',
      outcome: null,
      supervisor: null,
      createdAt: '2026-11-25T03:00:00.000Z',
    });
    expect(await escalations.get(e.id)).toEqual(e);
    expect(await escalations.get('nope')).toBeNull();
  });

  it('orders by priority (dissatisfied and abuse above a plain request), then oldest first', async () => {
    const { escalations, tick } = setup();
    const requested1 = await escalations.create(escalation({ conversationId: 'r1' }));
    tick();
    const abuse = await escalations.create(escalation({ reason: 'abuse', conversationId: 'a' }));
    tick();
    const requested2 = await escalations.create(escalation({ conversationId: 'r2' }));
    tick();
    const dissatisfied = await escalations.create(escalation({ reason: 'dissatisfied', conversationId: 'd' }));
    tick();
    const urgent = await escalations.create(escalation({ conversationId: 'u', priority: 90 }));
    expect((await escalations.list()).map((e) => e.conversationId)).toEqual(['u', 'd', 'a', 'r1', 'r2']);
    expect([dissatisfied.priority, abuse.priority].every((p) => p > requested1.priority)).toBe(true);
    expect(requested2.priority).toBe(requested1.priority);
    expect(urgent.priority).toBe(90);
  });

  it('filters by status, phone and creation date', async () => {
    const { escalations, tick } = setup();
    const a = await escalations.create(escalation());
    tick();
    const b = await escalations.create(escalation({ phone: '+8613900139000' }));
    await escalations.update(a.id, { status: 'connected' });
    expect((await escalations.list({ status: 'waiting' })).map((e) => e.id)).toEqual([b.id]);
    expect((await escalations.list({ phone: '139 0013 9000' })).map((e) => e.id)).toEqual([b.id]);
    expect((await escalations.list({ from: '2026-11-25T03:00:30Z' })).map((e) => e.id)).toEqual([b.id]);
  });

  it('a supervisor updates the status and the outcome; closed is final', async () => {
    const { escalations, clock, tick } = setup();
    const e = await escalations.create(escalation());
    tick();
    const connected = await escalations.update(e.id, { status: 'connected', supervisor: '王建国' });
    expect(connected).toMatchObject({ status: 'connected', supervisor: '王建国', updatedAt: clock.now.toISOString() });
    const closed = await escalations.update(e.id, { status: 'closed', outcome: '已解释抢修安排,客户接受' });
    expect(closed).toMatchObject({ status: 'closed', supervisor: '王建国', outcome: '已解释抢修安排,客户接受' });
    await expect(escalations.update(e.id, { status: 'waiting' })).rejects.toBeInstanceOf(EscalationClosed);
    expect(await escalations.update('nope', { status: 'closed' })).toBeNull();
  });

  it('N17: moving to callback creates the callback task that brings the answer back to the customer', async () => {
    const { escalations, callbacks } = setup();
    const e = await escalations.create(escalation({ reason: 'dissatisfied' }));
    const dueAt = new Date('2026-11-25T08:00:00Z');
    await escalations.update(e.id, { status: 'callback', outcome: '与抢修班协调,明早复电', callbackDueAt: dueAt });
    await escalations.update(e.id, { status: 'callback' }); // a repeated PATCH makes no second task
    const tasks = await callbacks.list({ phone: '+8613800138000' });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: 'escalation', conversationId: 'CA-e', notes: '与抢修班协调,明早复电', dueAt: dueAt.toISOString() });

    const anonymous = await escalations.create(escalation({ phone: null }));
    await escalations.update(anonymous.id, { status: 'callback' });
    expect(await callbacks.list()).toHaveLength(1);
  });

  it('refuses an unknown reason, status or an out-of-range priority', async () => {
    const { escalations } = setup();
    await expect(escalations.create(escalation({ reason: 'bored' as 'requested' }))).rejects.toThrow(/unknown escalation reason/);
    await expect(escalations.create(escalation({ priority: 101 }))).rejects.toThrow(/priority/);
    const e = await escalations.create(escalation());
    await expect(escalations.update(e.id, { status: 'done' as 'closed' })).rejects.toThrow(/unknown escalation status/);
  });
});
