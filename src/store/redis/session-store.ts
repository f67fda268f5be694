/**
 * SessionStore over Redis (scale-out: several engine instances share conversations).
 * One hash per conversation: `version` (for the check) and `record` (the JSON record).
 * compareAndSet is one Lua script, so the check and the write are atomic on the server.
 */
import { Redis } from 'ioredis';
import type { ConversationRecord, SessionStore } from '../../engine/session-store.js';
import { redactUrl } from '../../config.js';
import { checkWrite, LEGACY_FLOW } from '../session-record.js';
import { logger } from '../../observability/logger.js';

// KEYS[1] conversation key; ARGV: expected version, new version, record JSON, ttl ms (0 = none).
const CAS_SCRIPT = `
local current = redis.call('HGET', KEYS[1], 'version')
if ARGV[1] == '0' then
  if current then return 0 end
elseif current ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'record', ARGV[3])
if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return 1
`;

export interface RedisSessionStoreOptions {
  /** Key prefix, so several deployments can share one Redis. */
  prefix?: string;
  /** Records expire this long after their last write (a call or chat never lasts days). 0 keeps them. */
  ttlSeconds?: number;
}

type CasRedis = Redis & {
  sessionCas(key: string, expected: string, next: string, record: string, ttlMs: string): Promise<number>;
};

export class RedisSessionStore implements SessionStore {
  private readonly redis: CasRedis;
  private readonly prefix: string;
  private readonly ttlMs: number;

  /** Takes ownership of the client: close() quits it. */
  constructor(redis: Redis, options: RedisSessionStoreOptions = {}) {
    redis.defineCommand('sessionCas', { numberOfKeys: 1, lua: CAS_SCRIPT });
    // ioredis reports every failed reconnect; one line when Redis goes away and one when it is back.
    let down = false;
    redis.on('error', (err: Error) => {
      if (!down) logger.error({ err }, 'Redis: connection lost; conversation turns fail until it is back');
      down = true;
    });
    redis.on('ready', () => {
      if (down) logger.info('Redis: connection back');
      down = false;
    });
    this.redis = redis as CasRedis;
    this.prefix = options.prefix ?? '95598:conversation:';
    this.ttlMs = (options.ttlSeconds ?? 2 * 24 * 3600) * 1000;
  }

  /** Connects and checks the server answers, so a wrong REDIS_URL fails at start, not on the first call. */
  static async connect(url: string, options: RedisSessionStoreOptions = {}): Promise<RedisSessionStore> {
    const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
    let cause: Error | null = null;
    const remember = (err: Error) => (cause = err);
    redis.on('error', remember);
    try {
      await redis.connect();
      await redis.ping();
    } catch (err) {
      redis.disconnect();
      throw new Error(`cannot reach Redis at ${redactUrl(url)}: ${(cause ?? (err as Error)).message}`);
    } finally {
      redis.off('error', remember);
    }
    return new RedisSessionStore(redis, options);
  }

  async get(id: string): Promise<ConversationRecord | null> {
    const json = await this.redis.hget(this.prefix + id, 'record');
    if (json === null) return null;
    const record = JSON.parse(json) as Omit<ConversationRecord, 'flow'> & { flow?: string };
    return { ...record, flow: record.flow ?? LEGACY_FLOW };
  }

  async compareAndSet(record: ConversationRecord, expectedVersion: number): Promise<boolean> {
    checkWrite(record, expectedVersion);
    const json = JSON.stringify({ ...record, snapshot: record.snapshot ?? null });
    const written = await this.redis.sessionCas(
      this.prefix + record.id,
      String(expectedVersion),
      String(record.version),
      json,
      String(this.ttlMs),
    );
    return written === 1;
  }

  /** Readiness (/ready): the server answers. */
  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
