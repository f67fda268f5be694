/**
 * Rate limits (issue 10 item 2) with express-rate-limit: chat starts and messages per client, and
 * failures only (admin authentication, Twilio signatures) per client. With REDIS_URL the counters
 * live in Redis (rate-limit-redis), so every instance counts the same client together. A refused
 * request is a 429 with Retry-After. A failure limit counts only failed requests, but once reached
 * it refuses every request of that client until the window ends (a right guess must not get through). When the counter store fails, requests pass: the hotline
 * stays open (the guards behind the limits still apply).
 */
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit, type Options, type Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import type { RateLimits } from '../config-security.js';
import { logger } from '../observability/logger.js';

const MINUTE = 60_000;

export interface RateLimiters {
  chatStarts: RequestHandler;
  chatMessages: RequestHandler;
  /** Counts only requests answered 401. */
  adminFailures: RequestHandler;
  /** Counts only requests answered 403 (a bad or missing Twilio signature). */
  twilioFailures: RequestHandler;
}

export interface RateLimitBackend {
  /** A counter store for one limiter; undefined = in this process (express-rate-limit's memory store). */
  store(name: string): Store | undefined;
  close(): Promise<void>;
}

export const memoryRateLimits: RateLimitBackend = { store: () => undefined, close: async () => {} };

/** Counters in Redis, shared by every instance; `prefix` separates deployments (and test runs). */
export async function redisRateLimits(url: string, prefix = '95598:rl:'): Promise<RateLimitBackend> {
  const { Redis } = await import('ioredis');
  const client: Redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
  client.on('error', (error: Error) => logger.warn({ err: error }, 'rate limits: Redis error'));
  return {
    store: (name) =>
      new RedisStore({
        prefix: `${prefix}${name}:`,
        sendCommand: (command: string, ...args: string[]) => client.call(command, ...args) as Promise<RedisReply>,
      }),
    close: async () => {
      client.disconnect();
    },
  };
}

function refuse(format: 'json' | 'text'): Options['handler'] {
  return (_req, res: Response, _next, options) => {
    const reason = 'too many requests from this client; retry after the time in the Retry-After header';
    res.status(options.statusCode);
    if (format === 'json') res.json({ error: 'rate_limited', reason });
    else res.type('text/plain').send(`Too Many Requests: ${reason}`);
  };
}

export function createRateLimiters(limits: RateLimits, backend: RateLimitBackend = memoryRateLimits): RateLimiters {
  const limiter = (name: string, options: Partial<Options>) => {
    const store = backend.store(name);
    return rateLimit({
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      passOnStoreError: true,
      identifier: name,
      ...(store ? { store } : {}),
      ...options,
    });
  };
  return {
    chatStarts: limiter('chat-starts', { windowMs: MINUTE, limit: limits.chatStartsPerMinute, handler: refuse('json') }),
    chatMessages: limiter('chat-messages', { windowMs: MINUTE, limit: limits.chatMessagesPerMinute, handler: refuse('json') }),
    adminFailures: failureLimiter(backend.store('admin-failures'), limits.adminFailuresPer15Minutes, 401, 'json'),
    twilioFailures: failureLimiter(backend.store('twilio-failures'), limits.twilioFailuresPer15Minutes, 403, 'text'),
  };
}

/**
 * Counts the answers with `failedStatus` per client and, at `limit`, refuses the client's requests
 * until the window ends. Unlike skipSuccessfulRequests it never counts requests in flight, so a
 * burst of good webhooks from one Twilio address is never refused.
 */
function failureLimiter(given: Store | undefined, limit: number, failedStatus: number, format: 'json' | 'text'): RequestHandler {
  const windowMs = 15 * MINUTE;
  const store = given ?? new MemoryStore();
  store.init?.({ windowMs } as Options);
  const keyOf = (req: Request) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');
  const handler = refuse(format)!;
  return async (req, res, next) => {
    const key = keyOf(req);
    let info: Awaited<ReturnType<NonNullable<Store['get']>>>;
    try {
      info = await store.get?.(key);
    } catch (error) {
      logger.warn({ err: error }, 'rate limits: store unavailable, request passed');
      info = undefined;
    }
    if (info && info.totalHits >= limit) {
      const seconds = info.resetTime ? Math.max(1, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000)) : windowMs / 1000;
      res.setHeader('Retry-After', String(seconds));
      handler(req, res, next, { statusCode: 429 } as Options);
      return;
    }
    res.on('finish', () => {
      if (res.statusCode === failedStatus) {
        Promise.resolve(store.increment(key)).catch((error: Error) => logger.warn({ err: error }, 'rate limits: failure not counted'));
      }
    });
    next();
  };
}
