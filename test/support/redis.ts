/** Is the Redis the suites use reachable? Suites without it skip locally and fail under CI=true. */
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** null when reachable, else why not. */
export async function redisUnreachable(url: string = REDIS_URL): Promise<string | null> {
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let cause: Error | null = null;
  probe.on('error', (err: Error) => (cause = err));
  try {
    await probe.connect();
    await probe.ping();
    return null;
  } catch (err) {
    return (cause ?? (err as Error)).message;
  } finally {
    probe.disconnect();
  }
}
