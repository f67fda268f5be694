import { expect, it } from 'vitest';
import type { NewCallbackTask } from '../../../src/services/ports.js';
import { clock, type DurableHarness } from './harness.js';

const task = (patch: Partial<NewCallbackTask> = {}): NewCallbackTask => ({
  kind: 'complaint',
  phone: '13800138000',
  account: '3100123456',
  workOrderId: '2611250001',
  conversationId: 'CA-1',
  notes: '投诉抄表员,需回复处理结果',
  dueAt: new Date('2026-11-27T10:00:00Z'),
  ...patch,
});

export function callbacksContract(h: DurableHarness): void {
  it('N14: a task keeps its fields; the phone is normalized; it waits pending', async () => {
    const c = clock('2026-11-25T02:00:00Z'); // 10:00 local: inside the morning window
    const callbacks = (await h.open({ now: c.now })).services.callbacks;
    const created = await callbacks.create(task());
    expect(created).toEqual({
      id: expect.any(String),
      kind: 'complaint',
      phone: '+8613800138000',
      account: '3100123456',
      workOrderId: '2611250001',
      conversationId: 'CA-1',
      notes: '投诉抄表员,需回复处理结果',
      dueAt: '2026-11-27T10:00:00.000Z',
      notBefore: '2026-11-25T02:00:00.000Z',
      status: 'pending',
      result: null,
      business: null,
      createdAt: '2026-11-25T02:00:00.000Z',
      closedAt: null,
    });
    expect(await callbacks.list()).toEqual([created]);
    const minimal = await callbacks.create({ kind: 'question', phone: '+8613900139000', notes: '', dueAt: new Date('2026-11-26T02:00:00Z') });
    expect(minimal).toMatchObject({ account: null, workOrderId: null, conversationId: null });
  });

  it.each([
    ['2026-11-25T04:30:00Z', '12:30, lunch', '2026-11-25T06:30:00.000Z'],
    ['2026-11-25T00:59:00Z', '08:59, too early', '2026-11-25T01:00:00.000Z'],
    ['2026-11-25T13:00:00Z', '21:00, evening', '2026-11-26T01:00:00.000Z'],
    ['2026-11-25T07:00:00Z', '15:00, inside', '2026-11-25T07:00:00.000Z'],
  ])('N15: created at %s (%s), the call may be placed from %s', async (at, _label, notBefore) => {
    const callbacks = (await h.open({ now: () => new Date(at) })).services.callbacks;
    expect((await callbacks.create(task())).notBefore).toBe(notBefore);
  });

  it('lists by due date (the work queue), filtered by phone, status, kind and due range', async () => {
    const callbacks = (await h.open({ now: () => new Date('2026-11-25T02:00:00Z') })).services.callbacks;
    const late = await callbacks.create(task({ dueAt: new Date('2026-11-28T00:00:00Z') }));
    const soon = await callbacks.create(task({ kind: 'question', phone: '+8613900139000', dueAt: new Date('2026-11-26T00:00:00Z') }));
    const same = await callbacks.create(task({ kind: 'dissatisfied', dueAt: new Date('2026-11-28T00:00:00Z') }));
    expect((await callbacks.list()).map((t) => t.id)).toEqual([soon.id, late.id, same.id]);
    expect((await callbacks.list({ phone: '138 0013 8000' })).map((t) => t.id)).toEqual([late.id, same.id]);
    expect((await callbacks.list({ kind: 'question' })).map((t) => t.id)).toEqual([soon.id]);
    expect((await callbacks.list({ from: '2026-11-27T00:00:00Z' })).map((t) => t.id)).toEqual([late.id, same.id]);
    expect((await callbacks.list({ to: '2026-11-28T00:00:00Z' })).map((t) => t.id)).toEqual([soon.id]);
    await callbacks.update(late.id, { status: 'done' });
    expect((await callbacks.list({ status: 'pending' })).map((t) => t.id)).toEqual([soon.id, same.id]);
  });

  it('closes (done, cancelled) and reopens a task; an unknown one is null; bad input is refused', async () => {
    const c = clock('2026-11-25T02:00:00Z');
    const callbacks = (await h.open({ now: c.now })).services.callbacks;
    const t = await callbacks.create(task());
    c.advance(3_600_000);
    expect(await callbacks.update(t.id, { status: 'done' })).toEqual({ ...t, status: 'done', closedAt: '2026-11-25T03:00:00.000Z' });
    expect(await callbacks.update(t.id, { status: 'pending' })).toEqual({ ...t, status: 'pending', closedAt: null });
    expect((await callbacks.update(t.id, { status: 'cancelled' }))?.status).toBe('cancelled');
    expect(await callbacks.update('no-such-task', { status: 'done' })).toBeNull();
    await expect(callbacks.update(t.id, { status: 'lost' as never })).rejects.toThrow(RangeError);
    await expect(callbacks.create(task({ phone: '' }))).rejects.toThrow(RangeError);
    await expect(callbacks.create(task({ dueAt: new Date('nonsense') }))).rejects.toThrow(RangeError);
    await expect(callbacks.create(task({ kind: 'chat' as never }))).rejects.toThrow(RangeError);
  });
}
