/**
 * SessionStore over Redis (scale-out: several engine instances share conversations).
 * One hash per conversation: `version` (for the check) and `record` (the JSON record), and a
 * sorted set of the active ones by their last write (the retention sweeper's idle list).
 * compareAndSet is one Lua script, so the check and the write are atomic on the server.
 * Records expire (TTL) after their last write: ended ones are purged that way.
 */
import { Redis } from 'ioredis';
import type { ConversationRecord, SessionStore } from '../../engine/session-store.js';
import { redactUrl } from '../../config.js';
import { checkWrite, LEGACY_FLOW } from '../session-record.js';
import { logger } from '../../observability/logger.js';

// The write both scripts end with. KEYS[2] the active set; ARGV[5] the id, ARGV[6] updatedAt ms or '' when ended.
const WRITE = `
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'record', ARGV[3])
if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
if ARGV[6] == '' then redis.call('ZREM', KEYS[2], ARGV[5]) else redis.call('ZADD', KEYS[2], ARGV[6], ARGV[5]) end
return 1
`;

// KEYS[1] conversation key, KEYS[2] active set; ARGV: expected version, new version, record JSON, ttl ms (0 = none), id, updated ms.
const CAS_SCRIPT = `
local current = redis.call('HGET', KEYS[1], 'version')
if ARGV[1] == '0' then
  if current then return 0 end
elseif current ~= ARGV[1] then
  return 0
end
${WRITE}`;

// The same keys and arguments (ARGV[1] unused): written unless the stored version is as far already.
const RESTORE_SCRIPT = `
local current = redis.call('HGET', KEYS[1], 'version')
if current and tonumber(current) >= tonumber(ARGV[2]) then return 0 end
${WRITE}`;

export interface RedisSessionStoreOptions {
  /** Key prefix, so several deployments can share one Redis. */
  prefix?: string;
  /** Records expire this long after their last write (a call or chat never lasts days). 0 keeps them. */
  ttlSeconds?: number;
}

type WriteArgs = [key: string, active: string, expected: string, next: string, record: string, ttlMs: string, id: string, updatedMs: string];
type CasRedis = Redis & {
  sessionCas(...args: WriteArgs): Promise<number>;
  sessionRestore(...args: WriteArgs): Promise<number>;
};

export class RedisSessionStore implements SessionStore {
  private readonly redis: CasRedis;
  private readonly prefix: string;
  private readonly ttlMs: number;
  /** Ids of the active conversations by their last write ('#' is never in an id). */
  private readonly active: string;

  /** Takes ownership of the client: close() quits it. */
  constructor(redis: Redis, options: RedisSessionStoreOptions = {}) {
    redis.defineCommand('sessionCas', { numberOfKeys: 2, lua: CAS_SCRIPT });
    redis.defineCommand('sessionRestore', { numberOfKeys: 2, lua: RESTORE_SCRIPT });
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
    this.active = `${this.prefix}#active`;
  }

  /** Connects and checks the server answers, so a wrong REDIS_URL fails at start, not on the first call. */
  static async connect(url: string, options: RedisSessionStoreOptions & { timeoutMs?: number } = {}): Promise<RedisSessionStore> {
    const timeoutMs = options.timeoutMs ?? 3000;
    // A command fails after timeoutMs (STORE_TIMEOUT_MS) instead of waiting for a server that is
    // down or hung; while disconnected, commands fail at once rather than queue for the reconnect.
    const redis = new Redis(url, {
      maxRetriesPerRequest: 1,
      lazyConnect: true,
      commandTimeout: timeoutMs,
      connectTimeout: timeoutMs,
      enableOfflineQueue: false,
    });
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
    return (await this.redis.sessionCas(...this.writeArgs(record, expectedVersion))) === 1;
  }

  async restore(record: ConversationRecord): Promise<boolean> {
    return (await this.redis.sessionRestore(...this.writeArgs(record, record.version - 1))) === 1;
  }

  async listIdle(before: string, limit: number): Promise<ConversationRecord[]> {
    const ids = await this.redis.zrangebyscore(this.active, '-inf', `(${Date.parse(before)}`, 'LIMIT', 0, limit);
    const records: ConversationRecord[] = [];
    for (const id of ids) {
      const record = await this.get(id);
      if (record?.status === 'active') records.push(record);
      else await this.redis.zrem(this.active, id); // expired (TTL) or ended meanwhile
    }
    return records;
  }

  private writeArgs(record: ConversationRecord, expectedVersion: number): WriteArgs {
    const json = JSON.stringify({ ...record, snapshot: record.snapshot ?? null });
    const updated = record.status === 'active' ? String(Date.parse(record.updatedAt) || Date.now()) : '';
    return [this.prefix + record.id, this.active, String(expectedVersion), String(record.version), json, String(this.ttlMs), record.id, updated];
  }

  /** Readiness (/ready): the server answers. */
  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect(); // not connected (no offline queue): nothing to say goodbye to
    }
  }
}
