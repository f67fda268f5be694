/**
 * Tries at guessable numbers (ticket numbers with their second factor, account numbers: issue 14,
 * src/services/ownership.ts) counted per caller or chat client on the rate-limit store: this
 * process's memory, or Redis with REDIS_URL so that every instance counts the same caller. The
 * keys are HMACs (no phone number or address in the store). When the store fails, tries pass (the
 * hotline stays open): the flows still count them per conversation.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { MemoryStore, type Options, type Store } from 'express-rate-limit';
import type { NumberGuesses } from '../services/ownership.js';
import type { RateLimitBackend } from './rate-limits.js';
import { logger } from '../observability/logger.js';

const HOUR = 3_600_000;

export interface NumberGuessSettings {
  /** Tries one caller or client may make an hour (RATE_LIMIT_NUMBER_GUESSES). */
  perHour: number;
  /** HMAC key of the counter keys; null = a random key for this process (development). */
  secret: string | null;
}

export function numberGuesses(settings: NumberGuessSettings, backend: RateLimitBackend): NumberGuesses {
  const store: Store = backend.store('number-guesses') ?? new MemoryStore();
  store.init?.({ windowMs: HOUR } as Options);
  const hmac = settings.secret ? Buffer.from(settings.secret, 'utf8') : randomBytes(32);
  const keyOf = (key: string) => createHmac('sha256', hmac).update(`number-guesses:${key}`).digest('hex').slice(0, 32);
  const passing = <T>(fallback: T) => (error: Error): T => {
    logger.warn({ err: error }, 'number guesses: store unavailable, try passed');
    return fallback;
  };
  return {
    exhausted: async (key) => {
      const info = await Promise.resolve(store.get?.(keyOf(key))).catch(passing(undefined));
      return (info?.totalHits ?? 0) >= settings.perHour;
    },
    take: async (key) => {
      const info = await Promise.resolve(store.increment(keyOf(key))).catch(passing(null));
      return info === null || info.totalHits <= settings.perHour;
    },
    giveBack: async (key) => {
      await Promise.resolve(store.decrement(keyOf(key))).catch(passing(undefined));
    },
  };
}
