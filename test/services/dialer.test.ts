/**
 * The dialler (N15): due tasks placed through Twilio's REST API (the real helper library, its HTTP
 * client injected) only inside the windows; no answer, busy or a machine tried again later inside
 * a window with back-off, up to the maximum; every attempt and outcome on the task.
 */
import { describe, expect, it } from 'vitest';
import { clock } from '../store/contracts/harness.js';
import { openTestEngine, ZHANG_WEI } from '../support/call.js';
import { readyCallback, campaignTarget } from '../support/outbound.js';
import { DIALER_CONFIG, FakeTwilioCalls, testDialer } from '../support/twilio-calls-api.js';

const sh = (local: string) => new Date(`${local.replace(' ', 'T')}+08:00`);
const local = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

async function setup(start: string, config: { apiBaseUrl?: string } = {}) {
  const c = clock(sh(start));
  const engine = await openTestEngine({ now: c.now });
  const api = new FakeTwilioCalls();
  const dialer = testDialer(engine, api, { now: c.now, apiBaseUrl: config.apiBaseUrl ?? null });
  return { c, engine, api, dialer, services: engine.stores.services };
}

describe('the dialler places calls through Twilio only inside the windows (N15)', () => {
  it.each([
    ['2026-11-25 11:59', 1],
    ['2026-11-25 12:00', 0],
    ['2026-11-25 14:29', 0],
    ['2026-11-25 14:30', 1],
    ['2026-11-25 20:59', 1],
    ['2026-11-25 21:00', 0],
    ['2026-11-26 00:30', 0],
  ])('a round at %s places %i call(s)', async (at, placed) => {
    const { c, engine, api, dialer } = await setup('2026-11-25 09:30');
    await readyCallback(engine, { now: c.now() });
    c.set(sh(at));
    expect((await dialer.round()).placed).toBe(placed);
    expect(api.calls).toHaveLength(placed);
  });

  it('a task made ready at night waits for 09:00; the call carries the webhook, the status callback and machine detection', async () => {
    const { c, engine, api, dialer, services } = await setup('2026-11-25 23:10', { apiBaseUrl: 'http://127.0.0.1:3191' });
    const { task } = await readyCallback(engine, { now: c.now() });
    expect(local(task.nextAttemptAt)).toBe('2026-11-26 09:00');
    expect((await dialer.round()).placed).toBe(0);
    c.set(sh('2026-11-26 09:00'));
    expect((await dialer.round()).placed).toBe(1);
    const [call] = api.calls;
    expect(call!.uri).toBe(`http://127.0.0.1:3191/2010-04-01/Accounts/${DIALER_CONFIG.accountSid}/Calls.json`);
    expect(call).toMatchObject({ to: ZHANG_WEI.phone, from: '+8657195598', url: `https://hotline.example.com/twilio/outbound?task=${task.id}` });
    expect(call!.statusCallback).toBe(`https://hotline.example.com/twilio/outbound/status?task=${task.id}`);
    expect(call!.data).toMatchObject({ MachineDetection: 'Enable', StatusCallbackMethod: 'POST', Method: 'POST' });
    expect(await services.outbound.get(task.id)).toMatchObject({
      status: 'dialing', attempts: 1, history: [{ attempt: 1, callSid: call!.sid, status: 'queued' }],
    });
    // Claimed: the next round does not dial it again.
    expect((await dialer.round()).placed).toBe(0);
  });
});

describe('retries (N15): no answer, busy, a machine', () => {
  it('no answer twice, then busy: tried again later inside a window with back-off, then given up after the maximum', async () => {
    const { c, engine, api, dialer, services } = await setup('2026-11-25 11:20');
    const { task } = await readyCallback(engine, { now: c.now() });
    await dialer.round();
    await dialer.callStatus(api.calls[0]!.sid, { status: 'no-answer' });
    let after = (await services.outbound.get(task.id))!;
    expect(after).toMatchObject({ status: 'pending', lastOutcome: 'no-answer', attempts: 1 });
    expect(local(after.nextAttemptAt)).toBe('2026-11-25 11:50'); // 30 minutes later, still inside the morning window

    c.set(sh('2026-11-25 11:50'));
    await dialer.round();
    await dialer.callStatus(api.calls[1]!.sid, { status: 'no-answer' });
    after = (await services.outbound.get(task.id))!;
    expect(local(after.nextAttemptAt)).toBe('2026-11-25 14:30'); // 60 minutes later is lunch: the afternoon window

    c.set(sh('2026-11-25 14:30'));
    await dialer.round();
    await dialer.callStatus(api.calls[2]!.sid, { status: 'busy' });
    after = (await services.outbound.get(task.id))!;
    expect(after).toMatchObject({ status: 'failed', lastOutcome: 'busy', attempts: 3 });
    expect(after.history.map((h) => h.status)).toEqual(['no-answer', 'no-answer', 'busy']);
    c.set(sh('2026-11-26 10:00'));
    expect((await dialer.round()).placed).toBe(0);
    expect(api.callsTo(ZHANG_WEI.phone)).toHaveLength(3);
  });

  it('a machine that answered (AnsweredBy) is tried again; a report of an earlier call does not move the task', async () => {
    const { c, engine, api, dialer, services } = await setup('2026-11-25 16:00');
    const { task } = await readyCallback(engine, { now: c.now() });
    await dialer.round();
    await dialer.callStatus(api.calls[0]!.sid, { status: 'completed', answeredBy: 'machine_start', durationSeconds: 4 });
    expect(await services.outbound.get(task.id)).toMatchObject({ status: 'pending', lastOutcome: 'machine', history: [{ answeredBy: 'machine_start', durationSeconds: 4 }] });
    c.advance(30 * 60_000);
    await dialer.round();
    await dialer.callStatus(api.calls[0]!.sid, { status: 'no-answer' }); // late, for attempt 1
    expect((await services.outbound.get(task.id))?.status).toBe('dialing');
  });

  it('a number Twilio refuses is given up at once; a network failure is tried again', async () => {
    const { c, engine, api, dialer, services } = await setup('2026-11-25 10:00');
    api.invalid.add('+8613900139000');
    const refused = await readyCallback(engine, { phone: '+8613900139000', account: null, business: 'query', result: '已核实', now: c.now() });
    await dialer.round();
    expect(await services.outbound.get(refused.task.id)).toMatchObject({ status: 'failed', lastOutcome: 'refused', history: [{ status: 'error', callSid: null }] });

    api.down = true;
    const unreachable = await readyCallback(engine, { now: c.now() });
    await dialer.round();
    expect(await services.outbound.get(unreachable.task.id)).toMatchObject({ status: 'pending', lastOutcome: 'error', attempts: 1 });
  });

  it('N18: a paused campaign calls nobody and keeps its targets; a closed one cancels them; an ended one expires them', async () => {
    const { c, engine, api, dialer, services } = await setup('2026-11-25 10:00');
    const { campaign, task } = await campaignTarget(engine, { now: c.now() });
    await services.campaigns.setStatus(campaign.id, 'paused');
    await dialer.round();
    expect(api.calls).toHaveLength(0);
    expect(await services.outbound.get(task.id)).toMatchObject({ status: 'pending', attempts: 0 });
    await services.campaigns.setStatus(campaign.id, 'closed');
    await dialer.round();
    expect((await services.outbound.get(task.id))?.status).toBe('cancelled');

    const other = await campaignTarget(engine, { phone: '+8613900139000', now: c.now() });
    c.set(new Date(Date.parse(other.campaign.endsAt) + 60_000));
    expect((await dialer.round()).expired).toBe(1);
    expect(await services.outbound.get(other.task.id)).toMatchObject({ status: 'failed', lastOutcome: 'expired' });
  });
});
