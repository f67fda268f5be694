/** /metrics after real calls: what Prometheus scrapes, and who may scrape it. */
import { describe, expect, it } from 'vitest';
import { TwilioCall, twilioServer, TOKEN, PUBLIC_BASE_URL } from '../channels/twilio/fake-twilio.js';
import { openTestEngine, ZHANG_WEI } from '../support/call.js';
import { serve } from '../support/http.js';
import { createServer } from '../../src/server.js';
import { metricsApp } from '../../src/observability/routes.js';

/** The value of one series in Prometheus text, e.g. sample(text, 'dialogue_turns_total{channel="voice",outcome="ask"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(base: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; type: string }> {
  const answer = await fetch(`${base}/metrics`, { headers });
  return { status: answer.status, text: await answer.text(), type: answer.headers.get('content-type') ?? '' };
}

describe('/metrics', () => {
  it('after a call that asks for the supervisor: turns, latency by channel, the escalation by reason, the queue waiting, no-matches', async () => {
    const server = await twilioServer({ TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL });
    const call = await TwilioCall.dial(server, ZHANG_WEI.phone);
    await call.silence(); // Mandarin
    await call.say('嗯嗯啊啊'); // understood as nothing
    await call.say('我要找你们值班长'); // N24: the supervisor

    const { status, text, type } = await scrape(server.base);
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    expect(sample(text, 'dialogue_turn_duration_seconds_count{channel="voice"}')).toBe(4);
    expect(sample(text, 'dialogue_turns_total{channel="voice",outcome="ask"}')).toBe(3);
    expect(sample(text, 'dialogue_nlu_utterances_total{locale="zh-CN",result="no_match"}')).toBe(1);
    expect(sample(text, 'dialogue_nlu_utterances_total{locale="zh-CN",result="matched"}')).toBe(1);

    const end = (await server.engine.stores.sessions.get(call.callSid))?.lastTurn?.end;
    expect(end).toMatchObject({ type: 'escalate', reason: 'requested' });
    expect(sample(text, 'dialogue_turns_total{channel="voice",outcome="escalate"}')).toBe(1);
    expect(sample(text, 'dialogue_escalations_total{channel="voice",reason="requested"}')).toBe(1);
    expect(sample(text, 'dialogue_escalations_waiting')).toBe(1);
    expect(sample(text, 'dialogue_outbox_pending')).toBe(0);
    expect(sample(text, 'dialogue_outbox_oldest_pending_age_seconds')).toBe(0);
    expect(text).toContain('# TYPE dialogue_store_errors_total counter');
  });

  it('N21: what the outbox keeps is counted, with the age of the oldest item', async () => {
    const engine = await openTestEngine();
    const base = await serve(createServer(engine));
    await engine.stores.services.outbox.enqueue('work_order', { kind: 'repair' });
    const { text } = await scrape(base);
    expect(sample(text, 'dialogue_outbox_pending')).toBe(1);
    expect(sample(text, 'dialogue_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('with METRICS_TOKEN it needs the bearer token; in production without one it is not served', async () => {
    const guarded = await serve(createServer(await openTestEngine({ env: { METRICS_TOKEN: 'scrape-me' } })));
    expect((await scrape(guarded)).status).toBe(401);
    expect((await scrape(guarded, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await scrape(guarded, { authorization: 'Bearer scrape-me' })).status).toBe(200);

    // Production as it must be configured (issue 10 item 6: PUBLIC_BASE_URL, secrets of 32 characters or more).
    const secret = 's'.repeat(32);
    const production = { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://hotline.example.com', TWILIO_AUTH_TOKEN: secret, ADMIN_TOKEN: secret, VERIFICATION_SECRET: secret, DEMO_DATA: 'true' };
    expect((await scrape(await serve(createServer(await openTestEngine({ env: production }))))).status).toBe(404);
  });

  it('with METRICS_PORT it is served on that port alone', async () => {
    const engine = await openTestEngine({ env: { METRICS_PORT: '9464' } });
    expect((await scrape(await serve(createServer(engine)))).status).toBe(404);
    const separate = await serve(metricsApp(engine.metrics));
    const { status, text } = await scrape(separate);
    expect(status).toBe(200);
    expect(text).toContain('# TYPE dialogue_turn_duration_seconds histogram');
  });
});
