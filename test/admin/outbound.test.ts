/** The admin API of outbound calls and closing the loop (N14-N18). */
import { describe, expect, it } from 'vitest';
import { localDateTime, zonedInstant } from '../../src/services/local-time.js';
import { concludeCall, scheduleReadyCallbacks } from '../../src/services/outbound-calls.js';
import { ZHANG_WEI } from '../support/call.js';
import { adminClient } from './client.js';

const WANG = { 'x-supervisor': encodeURIComponent('王建国') };

async function complaint(admin: Awaited<ReturnType<typeof adminClient>>) {
  const { services } = admin.engine.stores;
  const order = await services.workOrders.create({
    kind: 'complaint', urgent: false, danger: false, scope: null, account: ZHANG_WEI.account, phone: ZHANG_WEI.phone,
    address: '', areaId: null, description: '抄表员态度不好', channel: 'voice', conversationId: 'CA-complaint',
  });
  await services.callbacks.create({ kind: 'complaint', phone: ZHANG_WEI.phone, account: ZHANG_WEI.account, workOrderId: order.id, notes: '抄表员态度不好', dueAt: new Date(Date.now() + 86_400_000) });
  return order;
}

describe('admin API: closing the loop (N14)', () => {
  it('N14: a complaint stays on the open list until its callback completes a survey that is not dissatisfied', async () => {
    const admin = await adminClient();
    const { services } = admin.engine.stores;
    const order = await complaint(admin);
    const stage = async () => (await admin.call('GET', '/complaints/open')).body.items.map((i: { workOrder: { id: string }; stage: string }) => [i.workOrder.id, i.stage]);
    expect(await stage()).toEqual([[order.id, 'awaiting_result']]);

    const resolved = await admin.call('POST', `/work-orders/${order.id}/result`, { headers: WANG, body: { result: '已对抄表员批评教育' } });
    expect(resolved).toMatchObject({ status: 200, body: { followUp: { result: '已对抄表员批评教育', resolvedBy: '王建国' }, callbacks: [{ kind: 'complaint' }] } });
    const shown = await admin.call('GET', `/work-orders/${order.id}`);
    expect(shown.body).toMatchObject({ status: 'closed', followUp: { result: '已对抄表员批评教育', satisfaction: null }, callbacks: [{ workOrderId: order.id }] });
    expect(await stage()).toEqual([[order.id, 'calling']]);

    const [task] = await scheduleReadyCallbacks(services, new Date(), admin.engine.dialPolicy);
    expect((await admin.call('GET', `/outbound/tasks?flow=callback&phone=${encodeURIComponent('138 0013 8000')}`)).body.items.map((t: { id: string }) => t.id)).toEqual([task!.id]);
    await services.outbound.claimDue(new Date(Date.parse(task!.nextAttemptAt)), { limit: 1, claimant: 't', leaseMs: 60_000 });
    await concludeCall(services, task!.id, { conclusion: 'completed', result: { satisfaction: 'dissatisfied', opinion: '不满意' }, nextCall: null }, new Date(), admin.engine.dialPolicy);
    expect(await stage()).toEqual([[order.id, 'awaiting_supervisor']]);
    const shownAfter = await admin.call('GET', `/work-orders/${order.id}`);
    expect(shownAfter.body.followUp).toMatchObject({ satisfaction: 'dissatisfied', opinion: '不满意' });
  });

  it('a result needs the supervisor and the text; an unknown order is 404', async () => {
    const admin = await adminClient();
    const order = await complaint(admin);
    expect(await admin.call('POST', `/work-orders/${order.id}/result`, { body: { result: 'x' } })).toMatchObject({ status: 400, body: { reason: expect.stringMatching(/supervisor's name/) } });
    expect(await admin.call('POST', `/work-orders/${order.id}/result`, { headers: WANG, body: {} })).toMatchObject({ status: 400, body: { reason: 'result is required' } });
    expect((await admin.call('POST', '/work-orders/0000000000/result', { headers: WANG, body: { result: 'x' } })).status).toBe(404);
    expect((await admin.call('GET', '/work-orders/0000000000')).status).toBe(404);
  });

  it('N11: the answer to a question callback, and the supervisor\'s answer to an escalation (N17), make callbacks to dial', async () => {
    const admin = await adminClient();
    const { services } = admin.engine.stores;
    const created = await admin.call('POST', '/callbacks', { headers: WANG, body: { phone: '13800138000', business: 'query', notes: '电费为什么涨了' } });
    expect(created).toMatchObject({ status: 201, body: { kind: 'question', business: 'query', result: null } });
    expect(await services.outbound.readyCallbacks(10)).toEqual([]);
    expect(await admin.call('PATCH', `/callbacks/${created.body.id}`, { body: { result: '上月抄表周期多了5天' } })).toMatchObject({ status: 200, body: { result: '上月抄表周期多了5天' } });
    expect((await services.outbound.readyCallbacks(10)).map((c) => c.id)).toEqual([created.body.id]);
    expect((await admin.call('POST', '/callbacks', { body: { phone: '13800138000', business: 'weather' } })).status).toBe(400);

    const escalation = await services.escalations.create({ reason: 'dissatisfied', conversationId: 'CA-x', channel: 'voice', phone: ZHANG_WEI.phone, summary: '回访不满意', context: {} });
    const answered = await admin.call('PATCH', `/escalations/${escalation.id}`, { headers: WANG, body: { status: 'callback', answer: '已安排重新核查' } });
    expect(answered.status).toBe(200);
    expect((await services.callbacks.list({ kind: 'escalation' }))[0]).toMatchObject({ result: '已安排重新核查' });
  });

  it('N15: a task can be moved to a time the customer asked for, inside the windows only, or cancelled', async () => {
    const admin = await adminClient();
    const created = await admin.call('POST', '/callbacks', { body: { phone: '13800138000', business: 'consultation', result: '可以网上办理' } });
    const [task] = await scheduleReadyCallbacks(admin.engine.stores.services, new Date(), admin.engine.dialPolicy);
    expect(task?.callbackId).toBe(created.body.id);
    const day = localDateTime(new Date(Date.now() + 86_400_000));
    const lunch = zonedInstant({ ...day, hour: 12, minute: 10 });
    const refused = await admin.call('PATCH', `/outbound/tasks/${task!.id}`, { body: { at: lunch.toISOString().replace('Z', '+00:00') } });
    expect(refused).toMatchObject({ status: 400, body: { reason: expect.stringMatching(/inside the calling windows/) } });
    const at = zonedInstant({ ...day, hour: 9, minute: 30 });
    const moved = await admin.call('PATCH', `/outbound/tasks/${task!.id}`, { body: { at: at.toISOString().replace('Z', '+00:00') } });
    expect(moved).toMatchObject({ status: 200, body: { status: 'pending', nextAttemptAt: at.toISOString() } });
    expect((await admin.call('PATCH', `/outbound/tasks/${task!.id}`, { body: { status: 'cancelled' } })).body.status).toBe('cancelled');
    expect((await admin.call('PATCH', `/outbound/tasks/${task!.id}`, { body: { status: 'cancelled' } })).status).toBe(409);
    expect((await admin.call('GET', '/outbound/tasks/nope')).status).toBe(404);
  });
});

describe('admin API: campaigns (N18)', () => {
  const campaign = (patch: Record<string, unknown> = {}) => ({
    name: '短信提醒服务',
    purpose: { 'zh-CN': '向您介绍停电短信提醒服务' },
    message: { 'zh-CN': '开通后计划停电会提前短信通知您。' },
    offer: { 'zh-CN': '需要为您开通吗？' },
    from: '2026-01-01',
    to: '2099-12-31',
    targets: [{ phone: '138 0013 8000', account: '3100123456', name: '张伟' }, { phone: '+8613800138000' }, { phone: '13900139000' }],
    ...patch,
  });

  it('a campaign with a target list, a message and a window queues one call per number', async () => {
    const admin = await adminClient();
    const created = await admin.call('POST', '/campaigns', { headers: WANG, body: campaign() });
    expect(created).toMatchObject({ status: 201, body: { name: '短信提醒服务', status: 'active', createdBy: '王建国', targets: 2 } });
    const shown = await admin.call('GET', `/campaigns/${created.body.id}`);
    expect(shown.body).toMatchObject({ targets: 2, byStatus: { pending: 2 }, accepted: 0 });
    const tasks = (await admin.call('GET', `/outbound/tasks?campaign=${created.body.id}`)).body.items;
    expect(tasks.map((t: { phone: string; name: string | null }) => [t.phone, t.name])).toEqual([['+8613800138000', '张伟'], ['+8613900139000', null]]);
    expect(tasks[0].notAfter).toBe(new Date('2100-01-01T00:00:00+08:00').toISOString());
    expect((await admin.call('PATCH', `/campaigns/${created.body.id}`, { body: { status: 'closed' } })).body.status).toBe('closed');
    expect((await admin.call('PATCH', `/campaigns/${created.body.id}`, { body: { status: 'active' } })).status).toBe(409);
    expect((await admin.call('GET', '/campaigns?status=closed')).body.count).toBe(1);
  });

  it.each([
    [{ targets: [] }, /targets is required/],
    [{ targets: [{ phone: '13800138000', locale: 'yue-HK' }] }, /targets\[0\] is in yue-HK, but purpose has no yue-HK text/],
    [{ purpose: { 'en-US': 'x' } }, /purpose needs its zh-CN text/],
    [{ message: { 'fr-FR': 'x' } }, /unknown locale 'fr-FR'/],
    [{ from: '2099-12-31', to: '2099-01-01' }, /from must be before to/],
    [{ to: '2020-01-01', from: '2019-01-01' }, /to must be in the future/],
    [{ targets: [{ phone: 'none' }] }, /targets\[0\]\.phone must be a phone number/],
  ])('refuses %j with a reason', async (patch, reason) => {
    const admin = await adminClient();
    expect(await admin.call('POST', '/campaigns', { headers: WANG, body: campaign(patch) })).toMatchObject({ status: 400, body: { reason: expect.stringMatching(reason) } });
  });
});
