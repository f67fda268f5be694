/**
 * The composition root: configuration -> stores -> services -> engine. The server, the terminal
 * simulator and the tests all start the engine through here, so they run the same parts.
 */
import type { Config } from './config.js';
import { ConversationHost } from './engine/conversation-host.js';
import { openStores, type OpenStoresOptions, type Stores } from './store/open.js';
import { createRecognizerFromEnv } from './nlu/index.js';
import { hintsFor } from './prompts/hints.js';
import { memoryRateLimits, redisRateLimits, type RateLimitBackend } from './security/rate-limits.js';

export interface Engine {
  config: Config;
  stores: Stores;
  host: ConversationHost;
  /** Where the HTTP rate limits count: this process, or Redis when REDIS_URL is set (shared by instances). */
  rateLimits: RateLimitBackend;
  close(): Promise<void>;
}

export interface BootstrapOptions extends OpenStoresOptions {
  env?: Record<string, string | undefined>;
  /** Key prefix of the rate-limit counters in Redis (tests keep theirs apart). */
  rateLimitPrefix?: string;
}

export async function bootstrap(config: Config, options: BootstrapOptions = {}): Promise<Engine> {
  const stores = await openStores(config, options);
  const host = new ConversationHost({
    sessions: stores.sessions,
    services: stores.services,
    recognizer: createRecognizerFromEnv(options.env ?? process.env),
    company: config.companyName,
    hints: hintsFor,
    complaintReplyHours: config.complaintReplyHours,
    questionReplyHours: config.questionReplyHours,
    ...(options.now ? { now: options.now } : {}),
  });
  const rateLimits = config.storage.redisUrl ? await redisRateLimits(config.storage.redisUrl, options.rateLimitPrefix) : memoryRateLimits;
  return {
    config,
    stores,
    host,
    rateLimits,
    close: async () => {
      await rateLimits.close();
      await stores.close();
    },
  };
}
