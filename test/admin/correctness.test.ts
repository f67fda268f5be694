/**
 * Admin API correctness (issue 10 item 8): paging, refusal of unknown parameters and fields, the
 * blacklist re-add, the supervisor's name on escalation changes, idempotent state changes, and
 * audit fields free of control characters and markup.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../src/admin/paging.js';
import { adminClient } from './client.js';

const PHONE = '+8613012340000';
const WANG = { 'x-supervisor': encodeURIComponent('王建国') };

describe('admin API paging (issue 10 item 8)', () => {
  it('every list is paged by cursor: limit, nextCursor, total; a page never exceeds the maximum', async () => {
    const admin = await adminClient();
    const { incidents } = admin.engine.stores.services;
    for (let i = 0; i < 7; i++) await incidents.record({ kind: 'silent_call', phone: `+86130000000${i}`, conversationId: `c${i}`, evidence: [] });
    const first = await admin.call('GET', '/incidents?limit=3');
    expect(first.body).toMatchObject({ count: 3, total: 7, nextCursor: expect.any(String) });
    const seen = [...first.body.items];
    let cursor: string | null = first.body.nextCursor;
    while (cursor) {
      const next = await admin.call('GET', `/incidents?limit=3&cursor=${encodeURIComponent(cursor)}`);
      seen.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    expect(seen.map((i) => i.id)).toEqual((await incidents.list()).map((i) => i.id));

    // A new incident at the front does not shift the next page.
    const again = await admin.call('GET', '/incidents?limit=3');
    await incidents.record({ kind: 'silent_call', phone: '+8613000000099', conversationId: 'new', evidence: [] });
    const second = await admin.call('GET', `/incidents?limit=3&cursor=${encodeURIComponent(again.body.nextCursor)}`);
    expect(second.body.items[0].id).toBe(seen[3].id);

    expect((await admin.call('GET', '/incidents')).body.count).toBe(8); // default page holds them
    for (const path of ['/work-orders', '/callbacks', '/escalations', '/incidents', '/blacklist', '/outbox', `/blacklist/${PHONE}/history`]) {
      const tooMany = await admin.call('GET', `${path}?limit=${MAX_PAGE_SIZE + 1}`);
      expect(tooMany, path).toMatchObject({ status: 400, body: { reason: expect.stringContaining(`limit must be an integer 1-${MAX_PAGE_SIZE}`) } });
      expect((await admin.call('GET', `${path}?cursor=forged`)).status, path).toBe(400);
      expect((await admin.call('GET', `${path}?limit=1`)).body, path).toHaveProperty('nextCursor');
    }
  });
});

describe('admin API refuses what it does not take (issue 10 item 8)', () => {
  it('unknown query parameters and repeated ones, all named at once', async () => {
    const admin = await adminClient();
    const reply = await admin.call('GET', '/work-orders?phon=13800138000&statuss=open');
    expect(reply.status).toBe(400);
    expect(reply.body.reason).toContain('unknown query parameter phon');
    expect(reply.body.reason).toContain('unknown query parameter statuss');
    expect((await admin.call('GET', '/escalations?status=waiting&status=closed')).body.reason).toMatch(/status must be given once/);
    expect((await admin.call('GET', '/announcement?x=1')).status).toBe(400);
  });

  it('unknown body fields: a misspelled field never clears the announcement', async () => {
    const admin = await adminClient();
    await admin.call('PUT', '/announcement', { headers: WANG, body: { text: { 'zh-CN': '城关区停电抢修中' } } });
    const typo = await admin.call('PUT', '/announcement', { headers: WANG, body: { txet: { 'zh-CN': '新通知' } } });
    expect(typo).toMatchObject({ status: 400, body: { reason: expect.stringContaining('txet: unknown field') } });
    expect(await admin.engine.stores.services.announcements.current()).toMatchObject({ text: { 'zh-CN': '城关区停电抢修中' } });
    expect((await admin.call('POST', '/blacklist', { headers: WANG, body: { phone: PHONE, reason: 'x', expires: '2099-01-01' } })).status).toBe(400);
    expect((await admin.call('PATCH', '/callbacks/x', { body: { status: 'done', note: 'x' } })).status).toBe(400);
  });
});

describe('admin API changes (issue 10 item 8)', () => {
  it('re-adding a number in force is a 409 and keeps its term', async () => {
    const admin = await adminClient();
    const added = await admin.call('POST', '/blacklist', { headers: WANG, body: { phone: PHONE, reason: '骚扰', expiresAt: '2099-01-01T00:00:00+08:00' } });
    expect(added.status).toBe(201);
    const again = await admin.call('POST', '/blacklist', { headers: WANG, body: { phone: PHONE, reason: '再次骚扰' } });
    expect(again).toMatchObject({ status: 409, body: { error: 'conflict', reason: expect.stringContaining('lift it first') } });
    expect(await admin.engine.stores.services.blacklist.check(PHONE)).toMatchObject({ expiresAt: added.body.expiresAt, reason: '骚扰' });
  });

  it('an entry in force is changed explicitly with PATCH: new term and reason, recorded as updated', async () => {
    const admin = await adminClient();
    const { blacklist } = admin.engine.stores.services;
    await admin.call('POST', '/blacklist', { headers: WANG, body: { phone: PHONE, reason: '骚扰', expiresAt: '2099-01-01T00:00:00+08:00' } });
    const longer = await admin.call('PATCH', `/blacklist/${PHONE}`, { headers: WANG, body: { reason: '多次骚扰，延长', expiresAt: '2099-06-01' } });
    expect(longer).toMatchObject({ status: 200, body: { phone: PHONE, reason: '多次骚扰，延长', expiresAt: '2099-05-31T16:00:00.000Z', status: 'active', addedBy: '王建国' } });
    const forever = await admin.call('PATCH', `/blacklist/${PHONE}`, { body: { reason: '长期骚扰', expiresAt: null, by: '李明' } });
    expect(forever.body).toMatchObject({ expiresAt: null, reason: '长期骚扰' });
    const reasonOnly = await admin.call('PATCH', `/blacklist/${PHONE}`, { headers: WANG, body: { reason: '长期骚扰（已核实）' } });
    expect(reasonOnly.body).toMatchObject({ expiresAt: null, reason: '长期骚扰（已核实）' });
    expect(await blacklist.check(PHONE)).toMatchObject({ expiresAt: null, reason: '长期骚扰（已核实）' });
    const history = (await admin.call('GET', `/blacklist/${PHONE}/history`)).body.items;
    expect(history.map((h: { action: string; by: string }) => [h.action, h.by])).toEqual([['added', '王建国'], ['updated', '王建国'], ['updated', '李明'], ['updated', '王建国']]);

    // What is refused: no reason, no name, a past expiry, a field it does not take, a number not in force.
    expect((await admin.call('PATCH', `/blacklist/${PHONE}`, { headers: WANG, body: { expiresAt: '2099-01-01' } })).status).toBe(400);
    expect((await admin.call('PATCH', `/blacklist/${PHONE}`, { body: { reason: 'x' } })).status).toBe(400);
    expect((await admin.call('PATCH', `/blacklist/${PHONE}`, { headers: WANG, body: { reason: 'x', expiresAt: '2020-01-01' } })).status).toBe(400);
    expect((await admin.call('PATCH', `/blacklist/${PHONE}`, { headers: WANG, body: { reason: 'x', expires: '2099-01-01' } })).status).toBe(400);
    expect((await admin.call('PATCH', '/blacklist/+8613999999999', { headers: WANG, body: { reason: 'x' } })).status).toBe(404);
    await admin.call('DELETE', `/blacklist/${PHONE}`, { headers: WANG, body: { reason: '已解除' } });
    expect((await admin.call('PATCH', `/blacklist/${PHONE}`, { headers: WANG, body: { reason: 'x' } })).status).toBe(404);
  });

  it("an escalation change needs the supervisor's name; moving to callback twice makes one task", async () => {
    const admin = await adminClient();
    const { escalations, callbacks } = admin.engine.stores.services;
    const e = await escalations.create({ reason: 'dissatisfied', conversationId: 'd', channel: 'voice', phone: PHONE, summary: 'unhappy', context: {} });
    const anonymous = await admin.call('PATCH', `/escalations/${e.id}`, { body: { status: 'callback' } });
    expect(anonymous).toMatchObject({ status: 400, body: { reason: expect.stringContaining("supervisor's name is required") } });
    expect((await escalations.get(e.id))?.status).toBe('waiting');

    const first = await admin.call('PATCH', `/escalations/${e.id}`, { headers: WANG, body: { status: 'callback', outcome: '明早回电' } });
    const second = await admin.call('PATCH', `/escalations/${e.id}`, { headers: WANG, body: { status: 'callback', outcome: '明早回电' } });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual(first.body);
    expect(await callbacks.list({ kind: 'escalation' })).toHaveLength(1);
    // Concurrent doubles too.
    const other = await escalations.create({ reason: 'requested', conversationId: 'r', channel: 'voice', phone: PHONE, summary: 'asked', context: {} });
    await Promise.all([1, 2].map(() => admin.call('PATCH', `/escalations/${other.id}`, { body: { status: 'callback', by: '李明' } })));
    expect(await callbacks.list({ kind: 'escalation' })).toHaveLength(2);
  });

  it.each([
    ['CR/LF', '王建国\r\nadded by: admin'],
    ['NUL', '王建国\u0000'],
    ['HTML', '<img src=x onerror=alert(1)>'],
  ])('audit fields with %s are refused, in names and reasons', async (_what, bad) => {
    const admin = await adminClient();
    const byName = await admin.call('POST', '/blacklist', { body: { phone: PHONE, reason: '骚扰', by: bad } });
    expect(byName).toMatchObject({ status: 400, body: { reason: expect.stringMatching(/control characters|< or >/) } });
    const byHeader = await admin.call('POST', '/blacklist', { headers: { 'x-supervisor': encodeURIComponent(bad) }, body: { phone: PHONE, reason: '骚扰' } });
    expect(byHeader.status).toBe(400);
    const reason = await admin.call('POST', '/blacklist', { headers: WANG, body: { phone: PHONE, reason: bad } });
    expect(reason.status).toBe(400);
    expect(await admin.engine.stores.services.blacklist.history(PHONE)).toEqual([]);
  });
});
