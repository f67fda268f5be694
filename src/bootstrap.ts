/**
 * The composition root: configuration -> stores -> services -> engine. The server, the terminal
 * simulator and the tests all start the engine through here, so they run the same parts.
 */
import type { Config } from './config.js';
import { ConversationHost } from './engine/conversation-host.js';
import { openStores, type OpenStoresOptions, type Stores } from './store/open.js';
import { createRecognizerFromEnv } from './nlu/index.js';
import { hintsFor } from './prompts/hints.js';

export interface Engine {
  config: Config;
  stores: Stores;
  host: ConversationHost;
  close(): Promise<void>;
}

export interface BootstrapOptions extends OpenStoresOptions {
  env?: Record<string, string | undefined>;
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
  return { config, stores, host, close: () => stores.close() };
}
