/**
 * The composition root: configuration -> stores -> services -> flows -> engine. The server, the
 * terminal simulator and the tests all start the engine through here, so they run the same parts.
 */
import type { Config } from './config.js';
import { ConversationHost } from './engine/conversation-host.js';
import { FlowRegistry } from './engine/flows.js';
import { inboundFlow, INBOUND_FLOW } from './flows/inbound.js';
import { openStores, type OpenStoresOptions, type Stores } from './store/open.js';
import { createRecognizerFromEnv } from './nlu/index.js';
import { hintsFor } from './prompts/hints.js';
import { memoryRateLimits, redisRateLimits, type RateLimitBackend } from './security/rate-limits.js';
import { verificationCodes, type VerificationOptions } from './security/verification-codes.js';
import type { VerificationCodes } from './services/verification.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { countStoreErrors } from './observability/instrument.js';
import { openBus, type LiveBus } from './console/bus.js';
import { Desk } from './console/desk.js';
import { liveServices } from './console/live-services.js';

export interface Engine {
  config: Config;
  stores: Stores;
  /** The flows the host runs. */
  flows: FlowRegistry;
  host: ConversationHost;
  /** Where the HTTP rate limits count: this process, or Redis when REDIS_URL is set (shared by instances). */
  rateLimits: RateLimitBackend;
  /** Prometheus metrics of this engine (/metrics). */
  metrics: Metrics;
  /** Live updates (in-process, or Redis pub/sub with REDIS_URL) and the duty desk (issue 12). */
  bus: LiveBus;
  desk: Desk;
  close(): Promise<void>;
}

export interface BootstrapOptions extends OpenStoresOptions {
  env?: Record<string, string | undefined>;
  /** Key prefix of the rate-limit counters in Redis (tests keep theirs apart). */
  rateLimitPrefix?: string;
  /** Twilio's REST client's HTTP client, for the verification SMS (tests act as Twilio's API). */
  twilioHttpClient?: VerificationOptions['twilioHttpClient'];
  /** Also export the process's own metrics (CPU, memory, event loop): the server does. */
  processMetrics?: boolean;
  /** The live bus to use (tests: one bus with its own Redis prefix for two instances). */
  bus?: LiveBus;
}

/**
 * The flows of this deployment. A start request that names no flow is an inbound call: the phone
 * line's and the chat page's callers.
 */
export function registerFlows(config: Config, verification: VerificationCodes | null = null): FlowRegistry {
  const inbound = inboundFlow({
    verification,
    company: config.companyName,
    complaintReplyHours: config.complaintReplyHours,
    questionReplyHours: config.questionReplyHours,
  });
  return new FlowRegistry([inbound], INBOUND_FLOW);
}

export async function bootstrap(config: Config, options: BootstrapOptions = {}): Promise<Engine> {
  const opened = await openStores(config, options);
  const metrics = createMetrics({ processMetrics: options.processMetrics ?? false });
  // Everyone (flows, channels, admin API) uses the stores with their errors counted.
  const counted = { ...opened, ...countStoreErrors(opened.services, opened.sessions, metrics) };
  let bus: LiveBus;
  try {
    bus = options.bus ?? (await openBus(config.storage.redisUrl));
  } catch (error) {
    await opened.close();
    throw error;
  }
  // Every write through the services is heard live by the consoles.
  const stores: Stores = { ...counted, services: liveServices(counted.services, bus) };
  metrics.watch(stores.services);
  const rateLimits = config.storage.redisUrl ? await redisRateLimits(config.storage.redisUrl, options.rateLimitPrefix) : memoryRateLimits;
  const verification = verificationCodes(config, rateLimits, {
    ...(options.twilioHttpClient ? { twilioHttpClient: options.twilioHttpClient } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const flows = registerFlows(config, verification);
  const host = new ConversationHost({
    sessions: stores.sessions,
    services: stores.services,
    recognizer: createRecognizerFromEnv(options.env ?? process.env),
    flows,
    hints: hintsFor,
    ...(options.now ? { now: options.now } : {}),
    observe: metrics.observeTurn,
  });
  const desk = new Desk({
    host,
    sessions: stores.sessions,
    services: stores.services,
    staff: stores.staff,
    bus,
    takeoverTimeoutSeconds: config.desk.takeoverTimeoutSeconds,
    leaveGraceSeconds: config.desk.leaveGraceSeconds,
    ...(options.now ? { now: options.now } : {}),
  });
  host.onTurn(desk.observe);
  const close = async () => {
    await desk.stop();
    await rateLimits.close();
    if (!options.bus) await bus.close();
    await stores.close();
  };
  return { config, stores, flows, host, metrics, rateLimits, bus, desk, close };
}
