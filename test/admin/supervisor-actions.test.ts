import { describe, expect, it } from 'vitest';
import { adminClient } from './client.js';

const PHONE = '+8613012340000';
const WANG = { 'x-supervisor': encodeURIComponent('王建国') };

describe('admin API: the blacklist (N23)', () => {
  it('a supervisor adds a number with a reason and expiry; the caller is restricted; lifting is audited', async () => {
    const admin = await adminClient();
    const added = await admin.call('POST', '/blacklist', {
      headers: WANG,
      body: { phone: '130 1234 0000', reason: '反复恶意骚扰', expiresAt: '2099-01-01T00:00:00+08:00' },
    });
    expect(added).toMatchObject({ status: 201, body: { phone: PHONE, reason: '反复恶意骚扰', addedBy: '王建国', status: 'active', expiresAt: '2098-12-31T16:00:00.000Z' } });
    expect(await admin.engine.stores.services.blacklist.check(PHONE)).not.toBeNull();
    expect((await admin.call('GET', '/blacklist?status=active')).body.items.map((e: { phone: string }) => e.phone)).toEqual([PHONE]);

    const noReason = await admin.call('DELETE', `/blacklist/${encodeURIComponent(PHONE)}`, { headers: WANG });
    expect(noReason).toMatchObject({ status: 400, body: { reason: expect.stringContaining('reason') } });
    const lifted = await admin.call('DELETE', `/blacklist/13012340000?reason=${encodeURIComponent('客户致歉')}`, { body: { by: '李明' } });
    expect(lifted).toMatchObject({ status: 200, body: { status: 'lifted' } });
    expect(await admin.engine.stores.services.blacklist.check(PHONE)).toBeNull();
    expect((await admin.call('DELETE', '/blacklist/13012340000', { headers: WANG, body: { reason: 'again' } })).status).toBe(404);

    const history = await admin.call('GET', `/blacklist/${encodeURIComponent(PHONE)}/history`);
    expect(history.body).toMatchObject({
      phone: PHONE,
      items: [
        { action: 'added', by: '王建国', reason: '反复恶意骚扰' },
        { action: 'lifted', by: '李明', reason: '客户致歉' },
      ],
    });
  });

  it('the supervisor\'s name is required, the number and reason checked, a past expiry refused', async () => {
    const admin = await adminClient();
    const cases: [Record<string, string>, unknown, RegExp][] = [
      [{}, { phone: PHONE, reason: 'x' }, /supervisor's name is required/],
      [WANG, { reason: 'x' }, /phone is required/],
      [WANG, { phone: 'none', reason: 'x' }, /phone must be a phone number/],
      [WANG, { phone: PHONE }, /reason is required/],
      [WANG, { phone: PHONE, reason: 'x', expiresAt: '2020-01-01T00:00:00Z' }, /expiresAt must be in the future/],
      [WANG, { phone: PHONE, reason: 'x', expiresAt: 'next week' }, /expiresAt must be a date-time/],
      [WANG, [PHONE], /body must be a JSON object/],
    ];
    for (const [headers, body, reason] of cases) {
      const reply = await admin.call('POST', '/blacklist', { headers, body });
      expect(reply.status).toBe(400);
      expect(reply.body.reason).toMatch(reason);
    }
    const malformed = await admin.call('POST', '/blacklist', { headers: WANG, body: '{"phone":' });
    expect(malformed).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect((await admin.call('GET', '/blacklist')).body.count).toBe(0);
  });

  it('approval mode: the policy proposes after repeated abuse; a supervisor approves over the API', async () => {
    const admin = await adminClient({ ADMIN_TOKEN: 't', BLACKLIST_APPROVAL: 'true' });
    const { incidents, blacklist } = admin.engine.stores.services;
    for (const c of ['c1', 'c2', 'c3']) await incidents.record({ kind: 'abuse', phone: PHONE, conversationId: c, evidence: ['混蛋'] });
    expect((await admin.call('GET', '/blacklist?status=proposed')).body.count).toBe(1);
    expect(await blacklist.check(PHONE)).toBeNull();

    expect((await admin.call('POST', `/blacklist/${PHONE}/approve`)).status).toBe(400); // who approves?
    const approved = await admin.call('POST', `/blacklist/${PHONE}/approve`, { headers: WANG });
    expect(approved).toMatchObject({ status: 200, body: { status: 'active', addedBy: '王建国' } });
    expect(await blacklist.check(PHONE)).not.toBeNull();
    expect((await admin.call('POST', `/blacklist/${PHONE}/approve`, { headers: WANG })).status).toBe(404);
  });
});

describe('admin API: escalations (N24)', () => {
  it('lists the queue by priority and lets the supervisor record the outcome; closed is final', async () => {
    const admin = await adminClient();
    const { escalations, callbacks } = admin.engine.stores.services;
    const requested = await escalations.create({ reason: 'requested', conversationId: 'r', channel: 'voice', phone: PHONE, summary: 'asked', context: {} });
    const dissatisfied = await escalations.create({ reason: 'dissatisfied', conversationId: 'd', channel: 'chat', phone: '+8613800138000', summary: 'still unhappy', context: {} });
    const queue = await admin.call('GET', '/escalations?status=waiting');
    expect(queue.body.items.map((e: { id: string }) => e.id)).toEqual([dissatisfied.id, requested.id]);
    expect((await admin.call('GET', '/escalations?phone=13800138000')).body.items.map((e: { id: string }) => e.id)).toEqual([dissatisfied.id]);
    expect((await admin.call('GET', `/escalations/${requested.id}`)).body.reason).toBe('requested');

    const patched = await admin.call('PATCH', `/escalations/${dissatisfied.id}`, {
      headers: WANG,
      body: { status: 'callback', outcome: '协调抢修班明早处理', callbackDueAt: '2099-01-01T10:00:00+08:00' },
    });
    expect(patched).toMatchObject({ status: 200, body: { status: 'callback', outcome: '协调抢修班明早处理', supervisor: '王建国' } });
    // N17: the supervisor's answer goes back to the customer.
    expect(await callbacks.list({ phone: '+8613800138000' })).toMatchObject([{ kind: 'escalation', notes: '协调抢修班明早处理' }]);

    await admin.call('PATCH', `/escalations/${requested.id}`, { headers: WANG, body: { status: 'closed', outcome: 'done' } });
    const again = await admin.call('PATCH', `/escalations/${requested.id}`, { headers: WANG, body: { status: 'waiting' } });
    expect(again).toMatchObject({ status: 409, body: { error: 'conflict', reason: expect.stringContaining('closed') } });
    expect((await admin.call('PATCH', `/escalations/${requested.id}`, { headers: WANG, body: { status: 'paused' } })).body.reason).toMatch(/status must be one of/);
    expect((await admin.call('PATCH', '/escalations/nope', { headers: WANG, body: { status: 'closed' } })).status).toBe(404);
    expect((await admin.call('PATCH', `/escalations/${dissatisfied.id}`, { headers: WANG, body: { status: 'closed', outcome: 42 } })).body.reason).toMatch(/outcome must be text/);
  });
});

describe('admin API: the announcement (N21)', () => {
  it('is set with the Mandarin text, read back, and cleared with an empty body or null', async () => {
    const admin = await adminClient();
    expect((await admin.call('GET', '/announcement')).body).toEqual({ announcement: null });
    const set = await admin.call('PUT', '/announcement', { headers: WANG, body: { text: { 'zh-CN': '城关区因暴雨停电,正在抢修。' } } });
    expect(set).toMatchObject({ status: 200, body: { announcement: { text: { 'zh-CN': '城关区因暴雨停电,正在抢修。' }, by: '王建国' } } });
    expect(await admin.engine.stores.services.announcements.current()).toMatchObject({ by: '王建国' });
    expect((await admin.call('GET', '/announcement')).body.announcement.text['zh-CN']).toBe('城关区因暴雨停电,正在抢修。');

    expect((await admin.call('PUT', '/announcement', { body: {} })).body).toEqual({ announcement: null });
    expect(await admin.engine.stores.services.announcements.current()).toBeNull();

    await admin.call('PUT', '/announcement', { body: { text: { 'zh-CN': '停电' }, by: '李明' } });
    expect((await admin.call('PUT', '/announcement', { body: 'null' })).body).toEqual({ announcement: null });
    expect(await admin.engine.stores.services.announcements.current()).toBeNull();
  });

  it('refuses a notice without Mandarin, with an unknown language, or without a name', async () => {
    const admin = await adminClient();
    const noZh = await admin.call('PUT', '/announcement', { headers: WANG, body: { text: { 'en-US': 'Outage' } } });
    expect(noZh).toMatchObject({ status: 400, body: { reason: expect.stringContaining("zh-CN'] is required") } });
    expect((await admin.call('PUT', '/announcement', { headers: WANG, body: { text: { 'zh-CN': '停电', de: 'x' } } })).body.reason).toMatch(/unknown locale/);
    expect((await admin.call('PUT', '/announcement', { body: { text: { 'zh-CN': '停电' } } })).body.reason).toMatch(/supervisor's name is required/);
    expect((await admin.call('PUT', '/announcement', { headers: WANG, body: { text: '停电' } })).body.reason).toMatch(/text must be an object/);
  });
});
