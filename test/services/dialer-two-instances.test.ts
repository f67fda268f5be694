/**
 * Two instances of the server dialling from one PostgreSQL (N15, scale-out): each round of each
 * instance claims due tasks with row locks (SKIP LOCKED), so every task is dialled exactly once,
 * whichever instance gets it, however the rounds interleave.
 */
import { expect, it } from 'vitest';
import { twilioCallPlacer } from '../../src/channels/twilio/call-placer.js';
import { DEFAULT_DIAL_POLICY } from '../../src/services/outbound-calls.js';
import { Dialer } from '../../src/services/dialer.js';
import type { Services } from '../../src/services/ports.js';
import { pgServices } from '../../src/store/postgres/open.js';
import { ARRIVAL } from '../store/contracts/harness.js';
import { DEFAULT_BLACKLIST_POLICY } from '../../src/services/blacklist-policy.js';
import { describePg, useTestSchema } from '../store/postgres/pg-test.js';
import { DIALER_CONFIG, FakeTwilioCalls } from '../support/twilio-calls-api.js';

const NOW = new Date('2026-11-25T10:00:00+08:00');

describePg('two instances never dial the same task', () => {
  const schema = useTestSchema();

  function instance(api: FakeTwilioCalls, name: string) {
    const services = { ...pgServices(schema.newPool(), { arrivalMinutes: ARRIVAL, blacklist: DEFAULT_BLACKLIST_POLICY, now: () => NOW }) } as unknown as Services;
    const dialer = new Dialer(services, twilioCallPlacer(DIALER_CONFIG, 'test-token', { httpClient: api }), {
      policy: DEFAULT_DIAL_POLICY,
      callsPerRound: 3,
      urls: { answer: (t) => `https://h.example/twilio/outbound?task=${t.id}`, status: (t) => `https://h.example/twilio/outbound/status?task=${t.id}` },
      now: () => NOW,
      claimant: name,
      log: { info: () => {}, warn: () => {}, error: console.error },
    });
    return { services, dialer };
  }

  it('N15: 40 due tasks, two instances dialling at once: 40 calls, one per task', async () => {
    const apiA = new FakeTwilioCalls();
    const apiB = new FakeTwilioCalls();
    const a = instance(apiA, 'instance-a');
    const b = instance(apiB, 'instance-b');
    const campaign = await a.services.campaigns.create({
      name: '计划停电通知', purpose: { 'zh-CN': '通知您计划停电' }, message: { 'zh-CN': '明天上午9点到下午5点计划停电。' },
      startsAt: new Date(NOW.getTime() - 3_600_000), endsAt: new Date(NOW.getTime() + 86_400_000), createdBy: '王建国',
    });
    for (let i = 0; i < 40; i++) {
      await a.services.outbound.create({
        flow: 'proactive', campaignId: campaign.id, phone: `+861380000${String(i).padStart(4, '0')}`, maxAttempts: 3, nextAttemptAt: NOW,
      });
    }
    // Rounds of both instances interleaved, several at once, until nothing is due.
    for (let round = 0; round < 10; round++) await Promise.all([a.dialer.round(), b.dialer.round(), a.dialer.round(), b.dialer.round()]);
    const dialled = [...apiA.calls, ...apiB.calls].map((c) => c.to);
    expect(dialled).toHaveLength(40);
    expect(new Set(dialled).size).toBe(40);
    expect(apiA.calls.length).toBeGreaterThan(0);
    expect(apiB.calls.length).toBeGreaterThan(0);
    const tasks = await a.services.outbound.list({ campaignId: campaign.id });
    expect(tasks.every((t) => t.status === 'dialing' && t.attempts === 1 && t.history.length === 1)).toBe(true);
    expect(new Set(tasks.map((t) => t.claimedBy))).toEqual(new Set(['instance-a', 'instance-b']));
  });
});
