/**
 * Tries at guessable numbers on the rate-limit store (issue 14, src/security/number-guesses.ts):
 * taken before the check, given back when right, refused past the limit, keyed by HMAC.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from 'express-rate-limit';
import { numberGuesses } from '../../src/security/number-guesses.js';
import { redisRateLimits, type RateLimitBackend } from '../../src/security/rate-limits.js';
import { REDIS_URL, redisUnreachable } from '../support/redis.js';

const CI = process.env.CI === 'true';
const noRedis = await redisUnreachable();
if (noRedis && !CI) console.warn(`[redis] skipping the shared guess counter test: no Redis at ${REDIS_URL} (${noRedis}); CI=true makes this a failure.`);

function backend() {
  const store = new MemoryStore();
  const keys: string[] = [];
  const increment = store.increment.bind(store);
  store.increment = (key: string) => (keys.push(key), increment(key));
  const rateLimits: RateLimitBackend = { store: () => store, close: async () => store.shutdown() };
  return { rateLimits, keys };
}

describe('number guesses', () => {
  it('counts tries per key, gives back a right one, and refuses past the limit', async () => {
    const { rateLimits, keys } = backend();
    const guesses = numberGuesses({ perHour: 2, secret: 'a-secret-of-the-test' }, rateLimits);
    expect(await guesses.take('voice:+8613012340000')).toBe(true);
    await guesses.giveBack('voice:+8613012340000'); // that one proved the owner
    expect(await guesses.take('voice:+8613012340000')).toBe(true);
    expect(await guesses.exhausted('voice:+8613012340000')).toBe(false);
    expect(await guesses.take('voice:+8613012340000')).toBe(true);
    expect(await guesses.exhausted('voice:+8613012340000')).toBe(true);
    expect(await guesses.take('voice:+8613012340000')).toBe(false);
    expect(await guesses.take('chat:203.0.113.7')).toBe(true); // another caller is not held up
    expect(keys.join(' ')).not.toMatch(/138|130|203\.0/); // no number or address in the store
    await rateLimits.close();
  });

  it('a failing store lets the try pass (the flows still count per conversation)', async () => {
    const failing: RateLimitBackend = {
      store: () => ({ increment: async () => Promise.reject(new Error('down')), decrement: async () => {}, resetKey: async () => {}, get: async () => Promise.reject(new Error('down')) }),
      close: async () => {},
    };
    const guesses = numberGuesses({ perHour: 1, secret: null }, failing);
    expect(await guesses.exhausted('k')).toBe(false);
    expect(await guesses.take('k')).toBe(true);
  });

  it.skipIf(noRedis !== null && !CI)('on Redis, two instances count the same caller\'s tries together (scale-out)', async () => {
    const prefix = `95598:test:guesses:${Date.now().toString(36)}:`;
    const [one, two] = [await redisRateLimits(REDIS_URL, prefix), await redisRateLimits(REDIS_URL, prefix)];
    const settings = { perHour: 3, secret: 'a-secret-shared-by-the-instances' };
    const [first, second] = [numberGuesses(settings, one), numberGuesses(settings, two)];
    const caller = 'voice:+8613012340000';
    expect(await first.take(caller)).toBe(true);
    expect(await second.take(caller)).toBe(true);
    await first.giveBack(caller); // a right one, on the first instance, is given back for both
    expect(await second.take(caller)).toBe(true);
    expect(await first.take(caller)).toBe(true);
    expect(await second.exhausted(caller)).toBe(true);
    expect(await first.take(caller)).toBe(false); // past the limit on either instance
    expect(await second.take('voice:+8613099990000')).toBe(true); // another caller is not held up
    await Promise.all([one.close(), two.close()]);
  });
});
