/**
 * The webhook contract with Twilio: signatures, retries, status callbacks, the fallback URL.
 * The test acts as Twilio; the server, engine and stores are real.
 */
import { describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { elements, parseTwiml, textOf } from '../../../src/channels/cli/phone-twiml.js';
import { deliverOutbox } from '../../../src/services/outbox-worker.js';
import { UNKNOWN_PHONE } from '../../support/call.js';
import { captureLogs } from '../../support/logs.js';
import { switchableWorkOrders } from '../../support/faults.js';
import { FakeTwilio, PUBLIC_BASE_URL, sid, TOKEN, TwilioCall, twilioServer } from './fake-twilio.js';


describe('Twilio signatures', () => {
  it('a request without a valid signature gets 403 and changes nothing', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    expect(await call.version).toBe(1);
    const action = call.gather!.attributes.action!;
    const press = call.params({ Digits: '2' });

    const forged = [
      await server.twilio.post(action, press, null), // unsigned
      await server.twilio.post(action, press, 'bm90IGEgc2lnbmF0dXJl'), // garbage
      await server.twilio.post(action, press, twilio.getExpectedTwilioSignature('another-token', action, press)), // wrong account
      await server.twilio.post(action, press, twilio.getExpectedTwilioSignature(TOKEN, action, { ...press, Digits: '1' })), // tampered body
      await server.twilio.post(action, press, twilio.getExpectedTwilioSignature(TOKEN, action.replace('turn=1', 'turn=7'), press)), // other URL
    ];
    expect(forged.map((a) => a.status)).toEqual([403, 403, 403, 403, 403]);
    expect(await call.version).toBe(1);
    expect((await server.engine.stores.sessions.get(call.callSid))?.locale).toBe('zh-CN');

    const unsignedCall = sid('CA');
    expect((await server.twilio.post('/twilio/voice', { CallSid: unsignedCall, From: UNKNOWN_PHONE }, null)).status).toBe(403);
    expect(await server.engine.stores.sessions.get(unsignedCall)).toBeNull();
    const status = await server.twilio.post('/twilio/status', call.params({ CallStatus: 'completed' }), null);
    expect(status.status).toBe(403);
    expect((await server.engine.stores.sessions.get(call.callSid))?.status).toBe('active');
  });

  it('without PUBLIC_BASE_URL the signed URL is the one the request reached; actions are site-relative', async () => {
    const server = await twilioServer({ TWILIO_AUTH_TOKEN: TOKEN });
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    expect(call.gather?.attributes.action).toBe('/twilio/gather?turn=1');
    await call.press('2');
    expect(call.gather?.attributes.language).toBe('en-US');

    // Signed for the public host while the server thinks it is 127.0.0.1: refused.
    const behindProxy = new FakeTwilio(server.base, PUBLIC_BASE_URL);
    expect((await behindProxy.post('/twilio/voice', { CallSid: sid('CA'), From: UNKNOWN_PHONE })).status).toBe(403);
  });

  it('without TWILIO_AUTH_TOKEN (development) requests pass unchecked, with one warning', async () => {
    const logs = captureLogs();
    const server = await twilioServer({});
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await call.press('1');
    expect(await call.version).toBe(2);
    expect(logs.about('TWILIO_AUTH_TOKEN').map((line) => line.level)).toEqual(['warn']);
  });
});

describe('retries are harmless', () => {
  it('a repeated incoming-call webhook answers the same TwiML and starts nothing new', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    const first = call.answer.body;
    await call.request('/twilio/voice', { CallStatus: 'ringing' });
    expect(call.answer.body).toBe(first);
    expect(await call.version).toBe(1);
  });

  it('a retried gather is applied once: same TwiML, same stored version', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    const action = call.gather!.attributes.action!;
    await call.press('1'); // Mandarin -> menu
    const menu = call.answer.body;
    expect(await call.version).toBe(2);

    await call.request(action, { Digits: '1' }); // Twilio retries the same request
    expect(call.answer.body).toBe(menu);
    expect(await call.version).toBe(2);

    // Had it been applied twice, "1" at the menu would have opened a fault report.
    expect((await server.engine.stores.sessions.get(call.callSid))?.lastTurn?.state).toMatch(/^menu/);
  });

  it('a stale gather from an older turn hears the current question again, changing nothing', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    const firstAction = call.gather!.attributes.action!;
    await call.press('1');
    await call.press('1'); // fault report: account question, version 3
    const current = call.answer.body;
    await call.request(firstAction, { Digits: '3' });
    expect(call.answer.body).toBe(current);
    expect(await call.version).toBe(3);
  });
});

describe('status callbacks', () => {
  it('a call that ends mid-flow ends the conversation (stored status ended); a late gather hears the end', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await call.press('1');
    await call.press('1'); // in the fault report
    const action = call.gather!.attributes.action!;
    const answer = await call.hangUp('completed');
    expect(answer.status).toBe(204);
    const record = await server.engine.stores.sessions.get(call.callSid);
    expect(record?.status).toBe('ended');
    expect(record?.lastTurn?.end).toEqual({ type: 'abandoned' });

    await call.request(action, { Digits: '9' });
    expect(call.verbs.map((v) => v.name)).toEqual(['Hangup']);
    expect(await call.version).toBe(record?.version);
  });

  it('a caller who hangs up mid-report keeps what they gave: an abandoned report with their number and a callback', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await call.press('1'); // Mandarin
    await call.press('1'); // fault repair
    await call.press('9'); // no account number
    await call.silence(); // no more keys: the 9 alone
    await call.press('2'); // no danger
    await call.press('1'); // my home only
    await call.say('西河乡河口村20号');
    await call.hangUp('completed');
    const { workOrders, callbacks } = server.engine.stores.services;
    const [order] = await workOrders.list({ phone: UNKNOWN_PHONE });
    expect(order).toMatchObject({ status: 'abandoned', scope: 'home', address: '西河乡河口村20号', conversationId: call.callSid });
    expect(await callbacks.list({ phone: UNKNOWN_PHONE })).toMatchObject([{ kind: 'abandoned_report', workOrderId: order?.id }]);
  });

  it.each(['busy', 'no-answer', 'failed', 'canceled'])('CallStatus %s also ends it', async (status) => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    expect((await call.hangUp(status)).status).toBe(204);
    expect((await server.engine.stores.sessions.get(call.callSid))?.status).toBe('ended');
  });

  it('a progress status changes nothing; an unknown call is logged and answered 204', async () => {
    const logs = captureLogs();
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    expect((await call.hangUp('in-progress')).status).toBe(204);
    expect(await server.engine.stores.sessions.get(call.callSid)).toMatchObject({ status: 'active', version: 1 });

    const unknown = sid('CA');
    const answer = await server.twilio.post('/twilio/status', { CallSid: unknown, CallStatus: 'completed', From: UNKNOWN_PHONE });
    expect(answer.status).toBe(204);
    expect(await server.engine.stores.sessions.get(unknown)).toBeNull();
    expect(logs.about('status of an unknown call')).toMatchObject([{ level: 'info', callSid: unknown }]);
  });
});

describe('the fallback URL (N21: nothing the caller reported is lost)', () => {
  it('apologizes in Mandarin and English, records the report, and the recording becomes a repair work order', async () => {
    const server = await twilioServer();
    const callSid = sid('CA');
    const base = { CallSid: callSid, AccountSid: sid('AC'), From: UNKNOWN_PHONE, To: '+8695598', CallStatus: 'in-progress', Direction: 'inbound' };
    const fallback = await server.twilio.post('/twilio/fallback', { ...base, ErrorCode: '11200', ErrorUrl: `${PUBLIC_BASE_URL}/twilio/voice` });
    expect(fallback.status).toBe(200);
    const verbs = elements(parseTwiml(fallback.body));
    expect(verbs.map((v) => v.name)).toEqual(['Say', 'Say', 'Record', 'Say', 'Say', 'Pause', 'Hangup']);
    expect(verbs.slice(0, 2).map((v) => v.attributes.language)).toEqual(['cmn-CN', 'en-US']);
    expect(textOf(verbs[0]!)).toContain('很抱歉');
    expect(textOf(verbs[1]!)).toMatch(/sorry/i);
    const record = verbs[2]!;
    expect(record.attributes).toMatchObject({ action: `${PUBLIC_BASE_URL}/twilio/fallback/recording`, method: 'POST', finishOnKey: '#' });

    const recordingUrl = `https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/${sid('RE')}`;
    const recorded = { ...base, RecordingUrl: recordingUrl, RecordingSid: sid('RE'), RecordingDuration: '17', Digits: '#' };
    const thanks = await server.twilio.post(record.attributes.action!, recorded);
    expect(elements(parseTwiml(thanks.body)).map((v) => v.name)).toEqual(['Say', 'Say', 'Pause', 'Hangup']);
    expect(textOf(parseTwiml(thanks.body))).toContain('已经记录');

    const orders = await server.engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      kind: 'repair',
      urgent: false,
      address: '',
      phone: UNKNOWN_PHONE,
      description: `voice recording: ${recordingUrl}`,
      conversationId: callSid,
    });

    // Twilio retries the action: still one order.
    await server.twilio.post(record.attributes.action!, recorded);
    expect(await server.engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE })).toHaveLength(1);
  });

  it('a recording retried by Twilio while the store fails, then delivered by the outbox, is one order (exactly once)', async () => {
    const server = await twilioServer();
    const { services } = server.engine.stores;
    const store = switchableWorkOrders(services.workOrders);
    const working = services.workOrders;
    services.workOrders = store.workOrders; // the database fails at the first request
    const callSid = sid('CA');
    // A withheld number: no phone to tell the copies apart by.
    const recorded = { CallSid: callSid, AccountSid: sid('AC'), From: 'anonymous', To: '+8695598', RecordingSid: sid('RE'), RecordingUrl: `https://api.twilio.com/r/${sid('RE')}` };
    for (const down of [true, false, false]) {
      store.down(down);
      const thanks = await server.twilio.post('/twilio/fallback/recording', recorded);
      expect(textOf(parseTwiml(thanks.body))).toContain('已经记录');
    }
    services.workOrders = working;
    expect(await deliverOutbox(services)).toEqual({ delivered: 1, failed: 0 });
    const orders = (await services.workOrders.list()).filter((o) => o.conversationId === callSid);
    expect(orders).toMatchObject([{ phone: null, description: `voice recording: ${recorded.RecordingUrl}` }]);
  });

  it('the recording action is signed like every route', async () => {
    const server = await twilioServer();
    const forged = await server.twilio.post('/twilio/fallback/recording', { CallSid: sid('CA'), From: UNKNOWN_PHONE, RecordingUrl: 'https://evil.example/x' }, null);
    expect(forged.status).toBe(403);
    expect(await server.engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE })).toEqual([]);
  });
});
