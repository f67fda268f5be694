/**
 * What an operator reads: one JSON line per turn with its fields, one audit line per supervisor
 * action, and no personal data in any line (phone numbers, names, addresses, account numbers).
 */
import { describe, expect, it } from 'vitest';
import { adminClient } from '../admin/client.js';
import { TwilioCall, twilioServer } from '../channels/twilio/fake-twilio.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { captureLogs } from '../support/logs.js';
import { createServer } from '../../src/server.js';
import { serve } from '../support/http.js';
import type { WorkOrders } from '../../src/services/ports.js';

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('turn log lines', () => {
  it('every webhook of a call is one line: time, level, request id, conversation id, channel, state, outcome, duration', async () => {
    const logs = captureLogs('info');
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, ZHANG_WEI.phone);
    await call.silence();
    await call.press('1');

    const turns = logs.lines.filter((line) => line.msg === 'turn');
    expect(turns).toHaveLength(3);
    expect(turns.at(-1)!.state).toBe((await server.engine.stores.sessions.get(call.callSid))?.lastTurn?.state);
    for (const line of turns) {
      expect(line).toMatchObject({ level: 'info', conversationId: call.callSid, channel: 'voice', outcome: 'ask', method: 'POST', status: 200 });
      expect(line.time).toMatch(ISO_TIME);
      expect(line.reqId).toEqual(expect.any(String));
      expect(line.durationMs).toEqual(expect.any(Number));
      expect(line.state).toMatch(/^\w+(\.\w+)*$/);
    }
    expect(new Set(turns.map((line) => line.reqId)).size).toBe(3);
  });

  it("a proxy's X-Request-Id is kept and echoed; the end of a chat is logged with its outcome", async () => {
    const logs = captureLogs('info');
    const base = await serve(createServer(await openTestEngine()));
    const opened = await fetch(`${base}/chat/sessions`, { method: 'POST', headers: { 'x-request-id': 'lb-7f3a' } });
    expect(opened.headers.get('x-request-id')).toBe('lb-7f3a');
    const { id } = (await opened.json()) as { id: string };
    await fetch(`${base}/chat/sessions/${id}/end`, { method: 'POST' });

    const [start, end] = logs.lines.filter((line) => line.msg === 'turn');
    expect(start).toMatchObject({ reqId: 'lb-7f3a', conversationId: id, channel: 'chat', status: 201 });
    expect(end).toMatchObject({ conversationId: id, channel: 'chat', outcome: 'abandoned' });
    expect(end!.reqId).not.toBe('lb-7f3a');
  });

  it('a request id that could forge a log line is replaced', async () => {
    const logs = captureLogs('info');
    const base = await serve(createServer(await openTestEngine()));
    const answer = await fetch(`${base}/chat/sessions`, { method: 'POST', headers: { 'x-request-id': 'x" level="fatal' } });
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.lines.find((line) => line.msg === 'turn')?.reqId).toBe(answer.headers.get('x-request-id'));
  });
});

describe('personal data in log lines', () => {
  it('N21: a store error quoting the caller (phone, address) is logged masked when the report goes to the outbox', async () => {
    const logs = captureLogs('info');
    const engine = await openTestEngine();
    // PostgreSQL's unique-violation detail quotes the row: the store itself is what fails here.
    const failing: WorkOrders = {
      ...engine.stores.services.workOrders,
      create: async () => {
        throw Object.assign(new Error(`duplicate key for ${ZHANG_WEI.phone}`), { detail: `Key (phone, address)=(${ZHANG_WEI.phone}, 城关区人民路88号3栋2单元501) already exists.` });
      },
    };
    engine.stores.services.workOrders = failing;
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('1'); // fault report
    await call.press('1'); // my account
    await call.press('1'); // there is danger
    await call.press('1'); // at my home
    await call.press('1'); // the contact number

    const [queued] = logs.about('emergency mode: work order queued in the outbox');
    expect(queued).toMatchObject({ level: 'warn', err: { message: 'duplicate key for +*********8000' } });
    const text = logs.raw.join('');
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('人民路88号');
    expect(text).toContain('[address]');
  });

  it('fields holding personal data are redacted wherever they appear; numbers keep their last four digits', async () => {
    const logs = captureLogs('info');
    const { logger } = await import('../../src/observability/logger.js');
    logger.info({ caller: ZHANG_WEI.phone, customer: { name: ZHANG_WEI.name, account: ZHANG_WEI.account, address: '城关区人民路88号' } }, `call from ${ZHANG_WEI.phone}`);
    expect(logs.lines[0]).toMatchObject({
      msg: 'call from +*********8000',
      caller: '+*********8000',
      customer: { name: '[redacted]', account: '******3456', address: '[redacted]' },
    });
    expect(logs.raw.join('')).not.toContain(ZHANG_WEI.name);
  });
});

describe('audit lines', () => {
  it('one line per supervisor action: who, what, on which record, and the outcome; reads are not audited', async () => {
    const logs = captureLogs('warn'); // an operator who quiets the logs still keeps the audit trail
    const admin = await adminClient();
    expect((await admin.call('PUT', '/announcement', { body: { text: { 'zh-CN': '东山镇线路抢修', 'en-US': 'Repairs in Dongshan', 'yue-HK': '東山鎮線路搶修' }, by: '李值长' } })).status).toBe(200);
    await admin.call('GET', '/announcement');
    expect((await admin.call('PUT', '/announcement', { body: { text: 42, by: '李值长' } })).status).toBe(400);

    const audit = logs.lines.filter((line) => line.audit === 'supervisor');
    expect(audit).toMatchObject([
      { level: 'info', msg: 'supervisor action', actor: 'admin-token', supervisor: '李值长', action: 'PUT /api/admin/announcement', fields: ['text', 'by'], status: 200, outcome: 'done' },
      { action: 'PUT /api/admin/announcement', status: 400, outcome: 'refused' },
    ]);
    expect(audit[0]!.reqId).toEqual(expect.any(String));
  });
});
