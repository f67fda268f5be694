/**
 * Scale-out, chosen by configuration alone: two instances with PostgreSQL for the durable data
 * and Redis for conversation records serve one call between them, turn by turn, and never lose
 * each other's turn. Runs under CI=true; skipped with a message where the servers are missing.
 */
import { describe, expect, it } from 'vitest';
import { elements, parseTwiml, textOf } from '../src/channels/cli/phone-twiml.js';
import { ConversationConflict } from '../src/engine/errors.js';
import { createServer } from '../src/server.js';
import { digitsHeard, FakeTwilio, PUBLIC_BASE_URL, sid, TOKEN, type Params } from './channels/twilio/fake-twilio.js';
import { Call, openTestEngine, ZHANG_WEI } from './support/call.js';
import { postJson, serve } from './support/http.js';
import { describePg, useTestSchema } from './store/postgres/pg-test.js';
import { REDIS_URL, redisUnreachable } from './support/redis.js';

const noRedis = await redisUnreachable();
const CI = process.env.CI === 'true';
if (noRedis && !CI) console.warn(`[scale-out] skipping: no Redis at ${REDIS_URL} (${noRedis}); CI runs it`);

describePg('two instances on PostgreSQL and Redis', () => {
  const schema = useTestSchema({ migrate: false });
  const env = () => ({ DATABASE_URL: schema.url, REDIS_URL });

  describe.skipIf(noRedis !== null && !CI)('one call, served by both', () => {
    it('turns alternate between the instances; the ticket is in the shared database', async () => {
      const [a, b] = [await openTestEngine({ env: env() }), await openTestEngine({ env: env() })];
      const call = await Call.dial(a, { from: ZHANG_WEI.phone });
      const inputs = [
        { type: 'noInput' as const },
        { type: 'dtmf' as const, digits: '1' },
        { type: 'dtmf' as const, digits: '1' },
        { type: 'dtmf' as const, digits: '2' },
        { type: 'dtmf' as const, digits: '1' },
        { type: 'dtmf' as const, digits: '1' },
        { type: 'speech' as const, transcript: '家里全部没电了', confidence: 0.9 },
        { type: 'dtmf' as const, digits: '1' }, // the read-back is right
        { type: 'dtmf' as const, digits: '1' }, // the number is right
      ];
      let turn = call.turn;
      for (const [n, input] of inputs.entries()) turn = await (n % 2 === 0 ? b : a).host.handle(call.id, input);
      expect(turn.prompts.map((p) => p.key)).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
      const ticket = String(turn.prompts[0]?.values?.ticket);
      expect(await a.stores.services.workOrders.get(ticket)).toMatchObject({ account: ZHANG_WEI.account, phone: ZHANG_WEI.phone });
      expect((await b.stores.sessions.get(call.id))?.version).toBe(inputs.length + 1);
    });

    it('the same turn answered on both instances at once lands once', async () => {
      const [a, b] = [await openTestEngine({ env: env() }), await openTestEngine({ env: env() })];
      const call = await Call.dial(a, { from: ZHANG_WEI.phone });
      const results = await Promise.allSettled([
        a.host.handle(call.id, { type: 'dtmf', digits: '2' }),
        b.host.handle(call.id, { type: 'dtmf', digits: '3' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected?.reason).toBeInstanceOf(ConversationConflict);
      expect((await a.stores.sessions.get(call.id))?.version).toBe(2);
    });
  });

  describe.skipIf(noRedis !== null && !CI)('a chat double submit, one copy to each instance (exactly once)', () => {
    it('the confirm sent to both at once makes one order; one answers its ticket, the other 409', async () => {
      const [a, b] = [await openTestEngine({ env: env() }), await openTestEngine({ env: env() })];
      const [baseA, baseB] = [await serve(createServer(a)), await serve(createServer(b))];
      const opened = await postJson(`${baseA}/chat/sessions`, { phone: ZHANG_WEI.phone });
      const id = opened.body.id as string;
      const send = (base: string, body: unknown) => postJson(`${base}/chat/sessions/${id}/messages`, body);
      for (const [n, body] of [{ choice: 'language_zh' }, { text: '家里停电了' }, { choice: 'yes' }, { choice: 'no' }, { choice: 'home' }, { text: '城关区人民路88号3栋2单元501' }, { text: '家里全部没电了' }, { choice: 'yes' }, { text: '我姓张' }].entries()) {
        expect((await send(n % 2 ? baseB : baseA, body)).status).toBe(200);
      }
      const answers = await Promise.all([send(baseA, { choice: 'yes' }), send(baseB, { choice: 'yes' })]);
      // Read at once, the compare-and-set lets one through and the other gets 409. On a loaded machine
      // the second copy may be read after the first landed: then it is a turn at the next question
      // ("anything else?"), never a second confirmation. Either way: one order, told once.
      expect([[200, 409], [200, 200]]).toContainEqual(answers.map((r) => r.status).sort());
      const orders = (await a.stores.services.workOrders.list({ phone: ZHANG_WEI.phone })).filter((o) => o.conversationId === id);
      expect(orders).toHaveLength(1);
      const told = answers.filter((r) => r.status === 200 && (r.body.messages as string[]).join('').replace(/\s/g, '').includes(orders[0]!.id));
      expect(told).toHaveLength(1);
    });
  });

  describe.skipIf(noRedis !== null && !CI)('every webhook twice at the same moment, one copy to each instance (exactly once)', () => {
    /** A call whose every request Twilio sends twice at once, one copy to each instance. */
    class DoubledCall {
      readonly callSid = sid('CA');
      action = '/twilio/voice';
      heard = '';

      constructor(readonly twilios: FakeTwilio[]) {}

      /** Both copies answer the same TwiML (the later one hears the turn the first landed); it is followed. */
      async send(extra: Params = {}, url = this.action): Promise<void> {
        const params = { CallSid: this.callSid, AccountSid: 'AC0', From: ZHANG_WEI.phone, To: '+8695598', CallStatus: 'in-progress', ...extra };
        const answers = await Promise.all(this.twilios.map((t) => t.post(url, params)));
        for (const answer of answers) expect(answer.status, answer.body).toBe(200);
        expect(answers[1]!.body).toBe(answers[0]!.body);
        const verbs = elements(parseTwiml(answers[0]!.body));
        const gather = verbs.find((v) => v.name === 'Gather');
        this.heard = verbs.flatMap((v) => (v.name === 'Say' ? [v] : v.name === 'Gather' ? elements(v, 'Say') : [])).map(textOf).join(' ');
        if (gather) this.action = gather.attributes.action!;
      }
      press = (digits: string) => this.send({ Digits: digits });
      say = (words: string) => this.send({ SpeechResult: words, Confidence: '0.9' });
      /** Twilio's status callback, twice. */
      async hangUp(): Promise<void> {
        const params = { CallSid: this.callSid, AccountSid: 'AC0', From: ZHANG_WEI.phone, CallStatus: 'completed', CallDuration: '42' };
        const answers = await Promise.all(this.twilios.map((t) => t.post('/twilio/status', params)));
        for (const answer of answers) expect(answer.status).toBe(204);
      }
    }

    it('one order per confirmed report, each copy telling its ticket; one abandoned order per call hung up mid-report', async () => {
      const twilioEnv = { ...env(), TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL };
      const [a, b] = [await openTestEngine({ env: twilioEnv }), await openTestEngine({ env: twilioEnv })];
      const twilios = [new FakeTwilio(await serve(createServer(a)), PUBLIC_BASE_URL), new FakeTwilio(await serve(createServer(b)), PUBLIC_BASE_URL)];
      const upToScope = async (call: DoubledCall) => {
        await call.send();
        await call.send(); // silence at the language menu: the main menu
        await call.press('1'); // a fault
        await call.press('1'); // my account
        await call.press('2'); // no danger
      };
      const confirmed = Array.from({ length: 4 }, () => new DoubledCall(twilios));
      const abandoned = Array.from({ length: 2 }, () => new DoubledCall(twilios));
      await Promise.all([
        ...confirmed.map(async (call) => {
          await upToScope(call);
          await call.press('1'); // at home
          await call.press('1'); // the registered address
          await call.say('家里全部没电了');
          await call.press('1'); // the read-back is right
          await call.press('1'); // the number is right: confirmed
          await call.hangUp();
        }),
        ...abandoned.map(async (call) => {
          await upToScope(call);
          await call.press('3'); // the whole area: a draft worth keeping
          await call.hangUp();
        }),
      ]);

      const orders = await a.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
      const ofCall = (call: DoubledCall) => orders.filter((o) => o.conversationId === call.callSid);
      for (const call of confirmed) {
        expect(ofCall(call)).toMatchObject([{ status: 'open', scope: 'home' }]);
        expect(digitsHeard(call.heard)).toContain(ofCall(call)[0]!.id);
      }
      for (const call of abandoned) expect(ofCall(call)).toMatchObject([{ status: 'abandoned', scope: 'area' }]);
      const callbacks = await a.stores.services.callbacks.list({ phone: ZHANG_WEI.phone, kind: 'abandoned_report' });
      for (const call of abandoned) expect(callbacks.filter((c) => c.conversationId === call.callSid)).toHaveLength(1);
      for (const engine of [a, b]) expect(await engine.stores.services.outbox.pending()).toEqual([]);
    });
  });
});
