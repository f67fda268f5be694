import { expect, it } from 'vitest';
import type { NewOutboundTask } from '../../../src/services/ports.js';
import { clock, type DurableHarness } from './harness.js';

const at = (local: string) => new Date(`${local}+08:00`);

const callbackTask = (callbackId: string, patch: Partial<NewOutboundTask> = {}): NewOutboundTask => ({
  flow: 'callback',
  callbackId,
  phone: '138 0013 8000',
  account: '3100123456',
  name: '张伟',
  maxAttempts: 3,
  nextAttemptAt: at('2026-11-25T09:00'),
  ...patch,
});

export function outboundContract(h: DurableHarness): void {
  it('N15: a task waits pending for its attempt; one task per callback, creating it again returns it', async () => {
    const c = clock(at('2026-11-25T08:00'));
    const { outbound } = (await h.open({ now: c.now, seedAt: null })).services;
    const task = await outbound.create(callbackTask('cb-1'));
    expect(task).toMatchObject({
      flow: 'callback', callbackId: 'cb-1', campaignId: null, phone: '+8613800138000', locale: 'zh-CN', status: 'pending',
      attempts: 0, maxAttempts: 3, nextAttemptAt: at('2026-11-25T09:00').toISOString(), conclusion: null, result: {}, history: [],
    });
    expect((await outbound.create(callbackTask('cb-1', { phone: '+8613900139000' }))).id).toBe(task.id);
    expect(await outbound.list()).toHaveLength(1);
    expect(await outbound.get(task.id)).toEqual(task);
    await expect(outbound.create({ ...callbackTask('cb-2'), maxAttempts: 0 })).rejects.toThrow(RangeError);
    await expect(outbound.create({ ...callbackTask('cb-2'), phone: 'none' })).rejects.toThrow(RangeError);
  });

  it('a claim takes the due tasks only, counts an attempt, and a task is never claimed twice', async () => {
    const store = await h.open({ seedAt: null });
    const { outbound } = store.services;
    const due = await outbound.create(callbackTask('cb-due'));
    await outbound.create(callbackTask('cb-later', { nextAttemptAt: at('2026-11-25T15:00') }));
    const claimed = await outbound.claimDue(at('2026-11-25T09:30'), { limit: 10, claimant: 'a', leaseMs: 60_000 });
    expect(claimed.map((t) => t.id)).toEqual([due.id]);
    expect(claimed[0]).toMatchObject({ status: 'dialing', attempts: 1, claimedBy: 'a' });
    const other = await store.second();
    expect(await other.outbound.claimDue(at('2026-11-25T09:30'), { limit: 10, claimant: 'b', leaseMs: 60_000 })).toEqual([]);
    // An instance that died holding a claim: once the lease is over, another takes the task.
    const retaken = await other.outbound.claimDue(at('2026-11-25T09:32'), { limit: 10, claimant: 'b', leaseMs: 60_000 });
    expect(retaken.map((t) => [t.id, t.claimedBy, t.attempts])).toEqual([[due.id, 'b', 2]]);
  });

  it('two instances claiming at once share the due tasks without overlap', async () => {
    const store = await h.open({ seedAt: null });
    const a = store.services.outbound;
    const b = (await store.second()).outbound;
    for (let i = 0; i < 24; i++) await a.create(callbackTask(`cb-${i}`, { phone: `+86138000000${String(i).padStart(2, '0')}` }));
    const now = at('2026-11-25T10:00');
    const rounds = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? b : a).claimDue(now, { limit: 4, claimant: i % 2 ? 'b' : 'a', leaseMs: 600_000 })),
    );
    const ids = rounds.flat().map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(24);
  });

  it('attempts and what Twilio said of them are recorded on the task; a final status is never overwritten', async () => {
    const { outbound } = (await h.open({ seedAt: null })).services;
    const task = await outbound.create(callbackTask('cb-1'));
    await outbound.claimDue(at('2026-11-25T09:30'), { limit: 1, claimant: 'a', leaseMs: 60_000 });
    await outbound.recordAttempt(task.id, { attempt: 1, callSid: 'CA1', status: 'queued', error: null, placedAt: at('2026-11-25T09:30') });
    expect((await outbound.byCallSid('CA1'))?.id).toBe(task.id);
    await outbound.recordCallStatus('CA1', { status: 'no-answer', endedAt: at('2026-11-25T09:31'), durationSeconds: 0 });
    const late = await outbound.recordCallStatus('CA1', { status: 'ringing' });
    expect(late?.history).toEqual([
      { attempt: 1, callSid: 'CA1', placedAt: at('2026-11-25T09:30').toISOString(), status: 'no-answer', answeredBy: null,
        endedAt: at('2026-11-25T09:31').toISOString(), durationSeconds: 0, error: null },
    ]);
    expect(await outbound.recordCallStatus('CA-unknown', { status: 'completed' })).toBeNull();
  });

  it('a change can be made conditional on the status (compare-and-set)', async () => {
    const { outbound } = (await h.open({ seedAt: null })).services;
    const task = await outbound.create(callbackTask('cb-1'));
    expect(await outbound.update(task.id, { status: 'done', conclusion: 'completed' }, ['dialing'])).toBeNull();
    const done = await outbound.update(task.id, { status: 'done', conclusion: 'completed', result: { satisfaction: 'satisfied', opinion: '很好' }, lastOutcome: 'completed' }, ['pending']);
    expect(done).toMatchObject({ status: 'done', conclusion: 'completed', result: { satisfaction: 'satisfied', opinion: '很好' } });
    expect(await outbound.update('nope', { status: 'done' })).toBeNull();
    await expect(outbound.update(task.id, { status: 'sleeping' as never })).rejects.toThrow(RangeError);
  });

  it('N18: campaign targets are one task per phone; tasks past the campaign end expire unreached', async () => {
    const { outbound, campaigns } = (await h.open({ seedAt: null })).services;
    const campaign = await campaigns.create({
      name: '短信提醒服务', purpose: { 'zh-CN': '介绍短信提醒服务' }, message: { 'zh-CN': '开通后停电和电费都会短信通知您。' },
      offer: { 'zh-CN': '需要为您开通吗？' }, startsAt: at('2026-11-25T00:00'), endsAt: at('2026-11-28T00:00'), createdBy: '王建国',
    });
    expect(await campaigns.get(campaign.id)).toEqual(campaign);
    expect(campaign).toMatchObject({ status: 'active', offer: { 'zh-CN': '需要为您开通吗？' } });
    const target = { flow: 'proactive' as const, campaignId: campaign.id, phone: '+8613800138000', maxAttempts: 2, nextAttemptAt: at('2026-11-25T09:00'), notAfter: at('2026-11-28T00:00') };
    const first = await outbound.create(target);
    expect((await outbound.create(target)).id).toBe(first.id);
    expect(await outbound.list({ campaignId: campaign.id })).toHaveLength(1);
    expect(await outbound.claimDue(at('2026-11-28T10:00'), { limit: 5, claimant: 'a', leaseMs: 1000 })).toEqual([]);
    expect(await outbound.expire(at('2026-11-28T10:00'))).toBe(1);
    expect(await outbound.get(first.id)).toMatchObject({ status: 'failed', lastOutcome: 'expired' });
    expect((await campaigns.setStatus(campaign.id, 'closed'))?.status).toBe('closed');
    expect(await campaigns.list({ status: 'active' })).toEqual([]);
    await expect(campaigns.create({ ...campaign, startsAt: at('2026-11-28T00:00'), endsAt: at('2026-11-25T00:00') })).rejects.toThrow(RangeError);
  });

  it('N14: a result closes the order; the survey is kept with it; complaints stay on the open list until a survey that is not dissatisfied', async () => {
    const c = clock(at('2026-11-25T10:00'));
    const { workOrders, followUps } = (await h.open({ now: c.now })).services;
    const order = {
      kind: 'complaint' as const, urgent: false, danger: false, scope: null, account: '3100123456', phone: '+8613800138000',
      address: '', areaId: null, description: '抄表员态度不好', channel: 'voice', conversationId: 'CA-c1',
    };
    const complaint = await workOrders.create(order);
    await workOrders.create({ ...order, kind: 'repair', conversationId: 'CA-r1' });
    expect((await followUps.openComplaints()).map((o) => o.workOrderId)).toEqual([complaint.id]);
    const resolved = await followUps.resolve(complaint.id, { result: '已对抄表员进行批评教育', by: '王建国' });
    expect(resolved).toMatchObject({ result: '已对抄表员进行批评教育', resolvedBy: '王建国', satisfaction: null });
    expect((await workOrders.get(complaint.id))?.status).toBe('closed');
    await followUps.recordSurvey(complaint.id, { satisfaction: 'dissatisfied', opinion: '还是不满意', callbackId: 'cb-1' });
    expect((await followUps.openComplaints())[0]).toMatchObject({ workOrderId: complaint.id, followUp: { satisfaction: 'dissatisfied', opinion: '还是不满意' } });
    await followUps.recordSurvey(complaint.id, { satisfaction: 'basically_satisfied', opinion: null, callbackId: 'cb-2' });
    expect(await followUps.openComplaints()).toEqual([]);
    expect(await followUps.get(complaint.id)).toMatchObject({ result: '已对抄表员进行批评教育', satisfaction: 'basically_satisfied', surveyCallbackId: 'cb-2' });
    expect(await followUps.resolve('0000000000', { result: 'x', by: 'y' })).toBeNull();
  });

  it('N17: a callback carries what it tells; the supervisor\'s answer to an escalation becomes a callback with it', async () => {
    const { callbacks, escalations } = (await h.open({ seedAt: null })).services;
    const question = await callbacks.create({ kind: 'question', phone: '+8613800138000', notes: '峰谷电价怎么申请', dueAt: at('2026-11-26T10:00'), business: 'consultation' });
    expect(question).toMatchObject({ result: null, business: 'consultation' });
    expect(await callbacks.update(question.id, { result: ' 可以在网上国网App申请 ' })).toMatchObject({ result: '可以在网上国网App申请', status: 'pending' });
    expect(await callbacks.get(question.id)).toMatchObject({ result: '可以在网上国网App申请' });
    const escalation = await escalations.create({
      reason: 'dissatisfied', conversationId: 'CA-cb', channel: 'voice', phone: '+8613800138000', summary: '回访不满意',
      context: { workOrderId: '2611250001', business: 'complaint', account: '3100123456' },
    });
    await escalations.update(escalation.id, { status: 'callback', answer: '值长已核实，下周一上门致歉', supervisor: '王建国' });
    const [second] = await callbacks.list({ kind: 'escalation' });
    expect(second).toMatchObject({ workOrderId: '2611250001', business: 'complaint', account: '3100123456', result: '值长已核实，下周一上门致歉' });
  });
}
