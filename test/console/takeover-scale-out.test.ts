/**
 * Takeover across two instances (issue 12, scale-out): PostgreSQL for the durable data, Redis for
 * conversation records and live updates. The person works on instance A, the customer chats on
 * instance B; they hear each other live. Runs under CI=true; skipped with a message elsewhere.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { bootstrap, type Engine } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { RedisBus } from '../../src/console/bus.js';
import { createServer } from '../../src/server.js';
import { ZHANG_WEI } from '../support/call.js';
import { addUser, events, signIn } from '../support/desk.js';
import { postJson, serve } from '../support/http.js';
import { REDIS_URL, redisUnreachable } from '../support/redis.js';
import { describePg, useTestSchema } from '../store/postgres/pg-test.js';

const noRedis = await redisUnreachable();
const CI = process.env.CI === 'true';
if (noRedis && !CI) console.warn(`[takeover scale-out] skipping: no Redis at ${REDIS_URL} (${noRedis}); CI runs it`);

const opened: Engine[] = [];
const streams: { close(): void }[] = [];
afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  for (const e of opened.splice(0)) await e.close();
});

describePg('chat takeover on two instances', () => {
  const schema = useTestSchema({ migrate: false });
  // Live channels of this run only: the shared Redis also carries other runs'.
  const prefix = `95598:test-${randomBytes(4).toString('hex')}:`;

  async function instance(): Promise<{ engine: Engine; base: string }> {
    const env = { NODE_ENV: 'test', DATABASE_URL: schema.url, REDIS_URL };
    const bus = await RedisBus.connect(REDIS_URL, { prefix });
    const engine = await bootstrap(loadConfig(env), { env, bus });
    const close = engine.close;
    engine.close = async () => {
      await close();
      await bus.close();
    };
    opened.push(engine);
    return { engine, base: await serve(createServer(engine)) };
  }

  describe.skipIf(noRedis !== null && !CI)('a person on A, the customer on B', () => {
    it('the chat waits, is taken on A, messages cross both ways live, and the bot takes it back for the customer on B', async () => {
      const a = await instance();
      const b = await instance();
      const agentName = '李娜';
      await addUser(a.engine, agentName, 'agent');
      const person = await signIn(a.base, agentName);
      const desk = await events(`${a.base}/console/api/events`, { cookie: person.cookie });
      streams.push(desk);
      await desk.next((e) => e.event === 'hello');
      await (a.engine.bus as RedisBus).ready();

      const chat = await postJson(`${b.base}/chat/sessions`, { phone: ZHANG_WEI.phone });
      const id = chat.body.id as string;
      const send = (body: unknown) => postJson(`${b.base}/chat/sessions/${id}/messages`, body);
      await send({ choice: 'language_zh' });
      expect((await send({ choice: 'agent' })).body.end).toMatchObject({ type: 'transfer' });
      const customer = await events(`${b.base}/chat/sessions/${id}/events`);
      streams.push(customer);
      await customer.next((e) => e.event === 'handover');
      // Redis confirms B's subscription before A publishes (a subscription is asynchronous).
      await (b.engine.bus as RedisBus).ready();

      // The queue entry reached the console on A live.
      const queued = await desk.next((e) => e.event === 'handover' && e.data.handover.conversationId === id);
      const handoverId = queued.data.handover.id as string;
      expect((await person.request('POST', `/console/api/handovers/${handoverId}/take`)).status).toBe(200);
      expect((await customer.next((e) => e.event === 'entry' && e.data.author === 'system' && e.data.text.includes(agentName))).data.text).toBe(
        `您好，人工客服${agentName}为您服务。`,
      );

      await person.request('POST', `/console/api/handovers/${handoverId}/messages`, { text: '您好，请讲。' });
      expect((await customer.next((e) => e.event === 'entry' && e.data.author === 'agent')).data).toMatchObject({ name: agentName, text: '您好，请讲。' });
      await send({ text: '我家停电了' });
      await desk.next((e) => e.event === 'entries' && e.data.conversationId === id && e.data.entries.some((x: { text: string }) => x.text === '我家停电了'));

      await person.request('POST', `/console/api/handovers/${handoverId}/return`, { entry: 'fault_report' });
      const reply = (await customer.next((e) => e.event === 'reply')).data.reply;
      expect(reply.state).toBe('faultReport.identity.confirmClaimed');
      expect((await send({ choice: 'yes' })).body.messages.join('')).toContain('危险');
    });
  });
});
