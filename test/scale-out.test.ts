/**
 * Scale-out, chosen by configuration alone: two instances with PostgreSQL for the durable data
 * and Redis for conversation records serve one call between them, turn by turn, and never lose
 * each other's turn. Runs under CI=true; skipped with a message where the servers are missing.
 */
import { describe, expect, it } from 'vitest';
import { ConversationConflict } from '../src/engine/errors.js';
import { Call, openTestEngine, ZHANG_WEI } from './support/call.js';
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
        { type: 'dtmf' as const, digits: '1' },
      ];
      let turn = call.turn;
      for (const [n, input] of inputs.entries()) turn = await (n % 2 === 0 ? b : a).host.handle(call.id, input);
      expect(turn.prompts.map((p) => p.key)).toEqual(['fault.ticketCreated', 'closing.anythingElse']);
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
});
