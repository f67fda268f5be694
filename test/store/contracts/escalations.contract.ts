import { expect, it } from 'vitest';
import { EscalationClosed } from '../../../src/services/escalation-rules.js';
import type { NewEscalation } from '../../../src/services/ports.js';
import { clock, type DurableHarness } from './harness.js';

const escalation = (patch: Partial<NewEscalation> = {}): NewEscalation => ({
  reason: 'requested',
  conversationId: 'CA-1',
  channel: 'voice',
  phone: '13800138000',
  summary: '客户要求转值班长',
  context: { state: 'menu', attempts: 2, words: ['值班长'] },
  ...patch,
});

export function escalationsContract(h: DurableHarness): void {
  const open = async () => {
    const c = clock('2026-11-25T02:00:00Z');
    return { c, services: (await h.open({ now: c.now })).services };
  };

  it('N22: records reason, context and a default priority by reason, waiting', async () => {
    const { services } = await open();
    const e = await services.escalations.create(escalation());
    expect(e).toEqual({
      id: expect.any(String),
      reason: 'requested',
      priority: 10,
      conversationId: 'CA-1',
      channel: 'voice',
      phone: '+8613800138000',
      summary: '客户要求转值班长',
      context: { state: 'menu', attempts: 2, words: ['值班长'] },
      status: 'waiting',
      outcome: null,
      supervisor: null,
      createdAt: '2026-11-25T02:00:00.000Z',
      updatedAt: '2026-11-25T02:00:00.000Z',
    });
    expect(await services.escalations.get(e.id)).toEqual(e);
    expect(await services.escalations.get('no-such-escalation')).toBeNull();
    await expect(services.escalations.create(escalation({ priority: 101 }))).rejects.toThrow(RangeError);
    await expect(services.escalations.create(escalation({ reason: 'bored' as never }))).rejects.toThrow(RangeError);
  });

  it('N24: the queue is highest priority first, then oldest first; filters by status, phone and time', async () => {
    const { c, services } = await open();
    const requested = await services.escalations.create(escalation());
    c.advance(60_000);
    const dissatisfied = await services.escalations.create(escalation({ reason: 'dissatisfied', phone: null }));
    c.advance(60_000);
    const abuse = await services.escalations.create(escalation({ reason: 'abuse', phone: '+8613900139000' }));
    c.advance(60_000);
    const urgent = await services.escalations.create(escalation({ priority: 40 }));
    const order = (list: { id: string }[]) => list.map((e) => e.id);
    expect(order(await services.escalations.list())).toEqual([dissatisfied.id, urgent.id, abuse.id, requested.id]);
    expect(order(await services.escalations.list({ phone: '13800138000' }))).toEqual([urgent.id, requested.id]);
    expect(order(await services.escalations.list({ from: '2026-11-25T02:01:00Z', to: '2026-11-25T02:03:00Z' }))).toEqual([dissatisfied.id, abuse.id]);
    await services.escalations.update(abuse.id, { status: 'connected', supervisor: '王建国' });
    expect(order(await services.escalations.list({ status: 'waiting' }))).toEqual([dissatisfied.id, urgent.id, requested.id]);
  });

  it('N17: moving to callback records the outcome and creates one callback task to the customer', async () => {
    const { c, services } = await open();
    const e = await services.escalations.create(escalation());
    c.advance(600_000);
    const updated = await services.escalations.update(e.id, { status: 'callback', outcome: '核实后回电答复', supervisor: '王建国' });
    expect(updated).toEqual({ ...e, status: 'callback', outcome: '核实后回电答复', supervisor: '王建国', updatedAt: '2026-11-25T02:10:00.000Z' });
    await services.escalations.update(e.id, { status: 'callback' }); // again: no second task, outcome kept
    expect((await services.escalations.get(e.id))?.outcome).toBe('核实后回电答复');
    expect(await services.callbacks.list()).toEqual([
      expect.objectContaining({ kind: 'escalation', phone: '+8613800138000', conversationId: 'CA-1', notes: '核实后回电答复', dueAt: '2026-11-26T03:00:00.000Z' }), // 24 h later, on the whole hour inside a window (N15)
    ]);
    const chat = await services.escalations.create(escalation({ phone: null }));
    await services.escalations.update(chat.id, { status: 'callback', callbackDueAt: new Date('2026-11-25T08:00:00Z') });
    expect(await services.callbacks.list()).toHaveLength(1); // no phone, no call back
  });

  it('closed is final; an unknown escalation is null', async () => {
    const { services } = await open();
    const e = await services.escalations.create(escalation());
    await services.escalations.update(e.id, { status: 'closed', outcome: '已解释' });
    await expect(services.escalations.update(e.id, { status: 'waiting' })).rejects.toThrow(EscalationClosed);
    expect((await services.escalations.get(e.id))?.status).toBe('closed');
    expect(await services.escalations.update('no-such-escalation', { status: 'closed' })).toBeNull();
    await expect(services.escalations.update(e.id, { status: 'gone' as never })).rejects.toThrow(RangeError);
  });
}
