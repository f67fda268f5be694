/**
 * The HTTP trust layer (issue 10 items 2, 3, 6, 8): security headers and no-store on every
 * route, rate limits answering 429 with Retry-After (in this process and shared through Redis),
 * forwarded headers trusted only when TRUST_PROXY says so, conversation ids per channel.
 */
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/server.js';
import { bootstrap } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { openTestEngine } from '../support/call.js';
import { postJson, serve } from '../support/http.js';
import { REDIS_URL, redisUnreachable } from '../support/redis.js';
import { sid } from '../channels/twilio/fake-twilio.js';

const TOKEN = 'test-token';
const redisDown = await redisUnreachable();
if (redisDown && process.env.CI !== 'true') console.warn(`skipping the shared rate-limit test: Redis unreachable (${redisDown})`);
const form = (params: Record<string, string>) => new URLSearchParams(params);

async function server(env: Record<string, string> = {}) {
  const engine = await openTestEngine({ env });
  return { engine, base: await serve(createServer(engine)) };
}

describe('security headers (helmet) and no-store on every route', () => {
  it.each([
    ['GET', '/health'],
    ['POST', '/chat/sessions'],
    ['GET', '/api/admin/work-orders'],
    ['POST', '/twilio/voice'],
    ['GET', '/no/such/route'],
  ])('%s %s', async (method, path) => {
    const { base } = await server({ ADMIN_TOKEN: 'adm' });
    const response = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it("the chat page keeps its own 'self' policy and revalidates", async () => {
    const { base } = await server();
    const page = await fetch(`${base}/chat/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('rate limits (issue 10 item 2): 429 with Retry-After', () => {
  it('chat starts per client', async () => {
    const { base } = await server({ RATE_LIMIT_CHAT_STARTS: '3' });
    for (let i = 0; i < 3; i++) expect((await postJson(`${base}/chat/sessions`, {})).status).toBe(201);
    const refused = await fetch(`${base}/chat/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'rate_limited' });
  });

  it('chat messages per client', async () => {
    const { base } = await server({ RATE_LIMIT_CHAT_MESSAGES: '2' });
    const { body } = await postJson(`${base}/chat/sessions`, {});
    const send = () => postJson(`${base}/chat/sessions/${body.id}/messages`, { silence: true });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(429);
  });

  it('admin authentication failures: once reached, even the right token is refused until the window ends', async () => {
    const { base } = await server({ ADMIN_TOKEN: 'right-token', RATE_LIMIT_ADMIN_FAILURES: '3' });
    const get = (token: string) => fetch(`${base}/api/admin/work-orders`, { headers: { authorization: `Bearer ${token}` } });
    // Good requests do not count.
    for (let i = 0; i < 5; i++) expect((await get('right-token')).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await get(`guess-${i}`)).status).toBe(401);
    const refused = await get('right-token');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
  });

  it('bad Twilio signatures; good ones are never counted', async () => {
    const { base } = await server({ TWILIO_AUTH_TOKEN: TOKEN, RATE_LIMIT_TWILIO_FAILURES: '2' });
    const post = (params: Record<string, string>, signature: string) =>
      fetch(`${base}/twilio/status`, { method: 'POST', headers: { 'x-twilio-signature': signature }, body: form(params) });
    const params = { CallSid: sid('CA'), CallStatus: 'ringing' };
    const good = twilio.getExpectedTwilioSignature(TOKEN, `${base}/twilio/status`, params);
    for (let i = 0; i < 4; i++) expect((await post(params, good)).status).toBe(204);
    expect((await post(params, 'forged')).status).toBe(403);
    expect((await post(params, 'forged')).status).toBe(403);
    const refused = await post(params, good);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it.skipIf(redisDown !== null && process.env.CI !== 'true')('with REDIS_URL two instances count one client together', async () => {
    const env = { NODE_ENV: 'test', DATA_DIR: '/nonexistent-unused', REDIS_URL, SESSION_STORE: 'memory', RATE_LIMIT_CHAT_STARTS: '3' };
    const prefix = `test:rl:${randomBytes(4).toString('hex')}:`;
    const engines = await Promise.all([0, 1].map(() => bootstrap(loadConfig(env), { dataDir: ':memory:', env, rateLimitPrefix: prefix })));
    try {
      const [a, b] = await Promise.all(engines.map((e) => serve(createServer(e))));
      expect((await postJson(`${a}/chat/sessions`, {})).status).toBe(201);
      expect((await postJson(`${b}/chat/sessions`, {})).status).toBe(201);
      expect((await postJson(`${a}/chat/sessions`, {})).status).toBe(201);
      expect((await postJson(`${b}/chat/sessions`, {})).status).toBe(429);
    } finally {
      for (const e of engines) await e.close();
    }
  });
});

describe('forwarded headers (issue 10 item 6)', () => {
  const call = { CallSid: sid('CA'), CallStatus: 'ringing' };
  const signedFor = (url: string) => twilio.getExpectedTwilioSignature(TOKEN, url, call);

  it('without TRUST_PROXY a signature for another host sent in X-Forwarded-Host is refused', async () => {
    const { base } = await server({ TWILIO_AUTH_TOKEN: TOKEN });
    const response = await fetch(`${base}/twilio/status`, {
      method: 'POST',
      headers: { 'x-twilio-signature': signedFor('https://evil.example.com/twilio/status'), 'x-forwarded-host': 'evil.example.com', 'x-forwarded-proto': 'https' },
      body: form(call),
    });
    expect(response.status).toBe(403);
  });

  it('with TRUST_PROXY naming the proxy, the forwarded host is the URL Twilio requested', async () => {
    const { base } = await server({ TWILIO_AUTH_TOKEN: TOKEN, TRUST_PROXY: 'loopback' });
    const response = await fetch(`${base}/twilio/status`, {
      method: 'POST',
      headers: { 'x-twilio-signature': signedFor('https://hotline.example.com/twilio/status'), 'x-forwarded-host': 'hotline.example.com', 'x-forwarded-proto': 'https' },
      body: form(call),
    });
    expect(response.status).toBe(204);
  });
});

describe('conversation ids per channel (issue 10 item 3)', () => {
  it('a chat route refuses a phone call, and the phone line refuses a chat', async () => {
    const { engine, base } = await server();
    const callSid = sid('CA');
    const voice = await fetch(`${base}/twilio/voice`, { method: 'POST', body: form({ CallSid: callSid, From: '+8613800138000', To: '+8695598' }) });
    expect(voice.status).toBe(200);
    expect(await postJson(`${base}/chat/sessions/${callSid}/messages`, { text: '1' })).toMatchObject({ status: 404, body: { error: 'conversation_not_found' } });
    expect(await postJson(`${base}/chat/sessions/${callSid}/end`)).toMatchObject({ status: 404 });
    expect((await engine.stores.sessions.get(callSid))?.version).toBe(1);

    const chat = await postJson(`${base}/chat/sessions`, {});
    const gather = await fetch(`${base}/twilio/gather?turn=1`, { method: 'POST', body: form({ CallSid: chat.body.id, Digits: '1' }) });
    expect(await gather.text()).toContain('<Enqueue'); // the apology path: not a chat turn
    await fetch(`${base}/twilio/status`, { method: 'POST', body: form({ CallSid: chat.body.id, CallStatus: 'completed' }) });
    const record = await engine.stores.sessions.get(chat.body.id);
    expect(record).toMatchObject({ version: 1, status: 'active', channel: 'chat' });
    await expect(engine.host.start(chat.body.id, { channel: 'voice' })).rejects.toThrow(/no conversation/);
  });
});
