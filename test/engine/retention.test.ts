/**
 * Retention (issue 10 item 7): idle conversations are closed like a hang-up (the draft saved),
 * and what ended is purged of personal data after the retention. The clock is the engine's own.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

const MINUTE = 60_000;

async function engineWithClock(env: Record<string, string> = {}) {
  let at = Date.parse('2030-03-04T02:00:00Z'); // 10:00 in Asia/Shanghai
  const engine = await openTestEngine({ now: () => new Date(at), env: { CONVERSATION_IDLE_MINUTES: '30', CONVERSATION_RETENTION_HOURS: '24', ...env } });
  return { engine, pass: (ms: number) => (at += ms) };
}

describe('idle conversations are closed (CONVERSATION_IDLE_MINUTES)', () => {
  it('a call whose hang-up never came keeps its draft as an abandoned report; a live one is left alone', async () => {
    const { engine, pass } = await engineWithClock();
    const abandoned = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await abandoned.silence();
    await abandoned.press('1'); // a fault
    await abandoned.press('1'); // my account
    await abandoned.press('2'); // no danger
    await abandoned.press('3'); // the whole area: a draft worth keeping
    pass(29 * MINUTE);
    const live = await Call.dial(engine, { from: ZHANG_WEI.phone });
    expect((await engine.retention.sweep()).closed).toBe(0); // 29 minutes is not idle yet

    pass(2 * MINUTE);
    expect((await engine.retention.sweep()).closed).toBe(1);
    expect(await engine.stores.sessions.get(abandoned.id)).toMatchObject({ status: 'ended', lastTurn: { end: { type: 'abandoned' } } });
    expect(await engine.stores.sessions.get(live.id)).toMatchObject({ status: 'active' });
    const orders = await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(orders).toMatchObject([{ status: 'abandoned', scope: 'area', conversationId: abandoned.id }]);
    expect(await engine.stores.services.callbacks.list({ phone: ZHANG_WEI.phone, kind: 'abandoned_report' })).toHaveLength(1);
    expect((await engine.retention.sweep()).closed).toBe(0); // once
  });

  it('an abandoned chat is closed like a hang-up, and its idleness counts against nobody (N23)', async () => {
    const { engine, pass } = await engineWithClock();
    const chat = await Call.dial(engine, { channel: 'chat', from: ZHANG_WEI.phone });
    pass(31 * MINUTE);
    expect((await engine.retention.sweep()).closed).toBe(1);
    expect((await engine.stores.sessions.get(chat.id))?.status).toBe('ended');
    expect(await engine.stores.services.incidents.list({ phone: ZHANG_WEI.phone })).toEqual([]);
    expect(await engine.stores.services.blacklist.list()).toEqual([]);
  });
});

describe('personal data is purged after CONVERSATION_RETENTION_HOURS', () => {
  it('conversation records, transcripts and the delivered outbox go; the work order and what is undelivered stay', async () => {
    const { engine, pass } = await engineWithClock();
    const { services, staff, sessions } = engine.stores;
    const call = await Call.dial(engine, { channel: 'chat', from: ZHANG_WEI.phone });
    await call.hangUp();
    expect(await staff.transcripts.list(call.id)).not.toEqual([]);
    await services.outbox.enqueue('callback', { delivered: true });
    await services.outbox.deliver({ callback: async () => null });
    await services.outbox.enqueue('incident', { pending: true }); // nobody delivers it here

    pass(23 * 60 * MINUTE);
    expect((await engine.retention.sweep()).purged).toEqual({ conversations: 0, transcripts: 0, handovers: 0, outbox: 0 });
    pass(2 * 60 * MINUTE);
    const { purged } = await engine.retention.sweep();
    expect(purged).toMatchObject({ conversations: 1, outbox: 1 });
    expect(purged.transcripts).toBeGreaterThan(0);
    expect(await sessions.get(call.id)).toBeNull();
    expect(await staff.transcripts.list(call.id)).toEqual([]);
    expect(await services.outbox.list()).toMatchObject([{ kind: 'incident', status: 'pending' }]);
  });
});
