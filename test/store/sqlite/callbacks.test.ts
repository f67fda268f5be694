import { describe, expect, it } from 'vitest';
import { SqliteCallbacks } from '../../../src/store/sqlite/callbacks.js';
import { SqliteWorkOrders } from '../../../src/store/sqlite/work-orders.js';
import { ARRIVAL, demoDb } from '../helpers.js';

const sh = (local: string) => new Date(`${local.replace(' ', 'T')}+08:00`);

function setup(start: string) {
  const clock = { now: sh(start) };
  const db = demoDb(clock.now);
  const now = () => clock.now;
  return { clock, callbacks: new SqliteCallbacks(db, now), workOrders: new SqliteWorkOrders(db, { arrivalMinutes: ARRIVAL, now }) };
}

describe('callback tasks (N11, N14, N15)', () => {
  it('N14: a complaint gets a callback task linked to its ticket, due at the reply deadline', async () => {
    const { callbacks, workOrders } = setup('2026-11-25 11:00');
    const replyDueAt = sh('2026-11-26 11:00');
    const order = await workOrders.create({
      kind: 'complaint', urgent: false, danger: false, scope: null, account: '3100123456', phone: '+8613800138000',
      address: '', areaId: null, description: '抢修没来', channel: 'voice', conversationId: 'CA-c', replyDueAt: replyDueAt.toISOString(),
    });
    const task = await callbacks.create({
      kind: 'complaint', phone: '138 0013 8000', account: '3100123456', workOrderId: order.id, conversationId: 'CA-c', notes: '抢修没来', dueAt: replyDueAt,
    });
    expect(task).toEqual({
      id: expect.any(String),
      kind: 'complaint',
      phone: '+8613800138000',
      account: '3100123456',
      workOrderId: order.id,
      conversationId: 'CA-c',
      notes: '抢修没来',
      dueAt: order.replyDueAt,
      notBefore: sh('2026-11-25 11:00').toISOString(), // inside the morning window: callable at once
      status: 'pending',
      result: null,
      business: null,
      createdAt: sh('2026-11-25 11:00').toISOString(),
      closedAt: null,
    });
    expect(await callbacks.list({ phone: '+8613800138000' })).toEqual([task]);
  });

  it.each([
    ['2026-11-25 12:10', '2026-11-25 14:30'],
    ['2026-11-25 22:00', '2026-11-26 09:00'],
    ['2026-11-25 07:00', '2026-11-25 09:00'],
  ])('N15: a task created at %s may not be called before %s', async (created, notBefore) => {
    const { callbacks } = setup(created);
    const task = await callbacks.create({ kind: 'question', phone: '13900139000', notes: '光伏结算', dueAt: sh('2026-11-27 12:00') });
    expect(task.notBefore).toBe(sh(notBefore).toISOString());
    expect(task).toMatchObject({ account: null, workOrderId: null, conversationId: null });
  });

  it('lists the work queue by due time, filtered by status, kind and due date; closes and reopens tasks', async () => {
    const { callbacks, clock } = setup('2026-11-25 10:00');
    const late = await callbacks.create({ kind: 'question', phone: '13900139000', notes: 'q', dueAt: sh('2026-11-27 10:00') });
    const soon = await callbacks.create({ kind: 'complaint', phone: '13800138000', notes: 'c', dueAt: sh('2026-11-26 10:00') });
    expect((await callbacks.list()).map((t) => t.id)).toEqual([soon.id, late.id]);
    expect((await callbacks.list({ kind: 'question' })).map((t) => t.id)).toEqual([late.id]);
    expect((await callbacks.list({ from: sh('2026-11-27 00:00').toISOString() })).map((t) => t.id)).toEqual([late.id]);

    clock.now = sh('2026-11-26 09:30');
    const done = await callbacks.update(soon.id, { status: 'done' });
    expect(done).toMatchObject({ status: 'done', closedAt: clock.now.toISOString() });
    expect((await callbacks.list({ status: 'pending' })).map((t) => t.id)).toEqual([late.id]);
    expect(await callbacks.update(soon.id, { status: 'pending' })).toMatchObject({ status: 'pending', closedAt: null });
    expect(await callbacks.update('nope', { status: 'done' })).toBeNull();
    await expect(callbacks.update(soon.id, { status: 'maybe' as 'done' })).rejects.toThrow(/unknown callback status/);
  });

  it('refuses a task without a number or a valid deadline', async () => {
    const { callbacks } = setup('2026-11-25 10:00');
    await expect(callbacks.create({ kind: 'question', phone: '', notes: 'q', dueAt: new Date() })).rejects.toThrow(/phone number/);
    await expect(callbacks.create({ kind: 'question', phone: '13900139000', notes: 'q', dueAt: new Date(NaN) })).rejects.toThrow(/dueAt/);
  });
});
