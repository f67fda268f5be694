/**
 * The composition root: configuration -> stores -> services -> flows -> engine. The server, the
 * terminal simulator and the tests all start the engine through here, so they run the same parts.
 */
import type { Config } from './config.js';
import { ConversationHost } from './engine/conversation-host.js';
import { FlowRegistry } from './engine/flows.js';
import { inboundFlow, INBOUND_FLOW } from './flows/inbound.js';
import { openStores, type OpenStoresOptions, type Stores } from './store/open.js';
import { JournaledSessionStore } from './store/journaled-sessions.js';
import { RetentionSweeper } from './engine/retention.js';
import { createRecognizerFromEnv } from './nlu/index.js';
import { hintsFor } from './prompts/hints.js';
import { setCompanyNames } from './prompts/company.js';
import { openingHoursSpec } from './prompts/opening-hours.js';
import { memoryRateLimits, redisRateLimits, type RateLimitBackend } from './security/rate-limits.js';
import { twilioSmsSenderFor, verificationCodes, type VerificationOptions } from './security/verification-codes.js';
import { numberGuesses } from './security/number-guesses.js';
import type { NumberGuesses } from './services/ownership.js';
import { ticketTexts, type TicketTexts } from './services/ticket-texts.js';
import { renderText } from './prompts/render-text.js';
import type { VerificationCodes } from './services/verification.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { countStoreErrors } from './observability/instrument.js';
import { openBus, type LiveBus } from './console/bus.js';
import { Desk } from './console/desk.js';
import { liveServices } from './console/live-services.js';
import { callbackFlow, proactiveFlow } from './flows/outbound.js';
import type { DialPolicy } from './services/outbound-calls.js';
import { Dialer, type CallPlacer } from './services/dialer.js';
import { twilioCallPlacer } from './channels/twilio/call-placer.js';
import { createConversationInspector } from './observability/inspect.js';

export interface Engine {
  config: Config;
  stores: Stores;
  /** The flows the host runs. */
  flows: FlowRegistry;
  host: ConversationHost;
  /** Where the HTTP rate limits count: this process, or Redis when REDIS_URL is set (shared by instances). */
  rateLimits: RateLimitBackend;
  /** Tries at ticket and account numbers per caller or chat client (issue 14), on the rate-limit store. */
  guesses: NumberGuesses;
  /** Prometheus metrics of this engine (/metrics). */
  metrics: Metrics;
  /** Live updates (in-process, or Redis pub/sub with REDIS_URL) and the duty desk (issue 12). */
  bus: LiveBus;
  desk: Desk;
  /** How outbound calls are retried, inside which windows (N15). */
  dialPolicy: DialPolicy;
  /** Closes idle conversations and purges personal data after the retention (src/main.ts starts it). */
  retention: RetentionSweeper;
  /** Places outbound calls; null when DIALER_ENABLED is off and no placer was given (src/main.ts runs its rounds). */
  dialer: Dialer | null;
  close(): Promise<void>;
}

export interface BootstrapOptions extends OpenStoresOptions {
  env?: Record<string, string | undefined>;
  /** Key prefix of the rate-limit counters in Redis (tests keep theirs apart). */
  rateLimitPrefix?: string;
  /** Twilio's REST client's HTTP client, for the verification SMS and the dialler's calls (tests act as Twilio's API). */
  twilioHttpClient?: VerificationOptions['twilioHttpClient'];
  /** Also export the process's own metrics (CPU, memory, event loop): the server does. */
  processMetrics?: boolean;
  /** The live bus to use (tests: one bus with its own Redis prefix for two instances). */
  bus?: LiveBus;
  /** Places the dialler's calls instead of Twilio (tests). */
  callPlacer?: CallPlacer;
}

/**
 * The flows of this deployment. A start request that names no flow is an inbound call: the phone
 * line's and the chat page's callers.
 */
export function registerFlows(
  config: Config,
  verification: VerificationCodes | null = null,
  texts: TicketTexts | null = null,
  guesses: NumberGuesses | null = null,
): FlowRegistry {
  // Prompts carry the Mandarin name; the `company` formatter says it in each locale.
  setCompanyNames(config.companyName, config.companyNames);
  const inbound = inboundFlow({
    verification,
    ticketTexts: texts,
    guesses,
    company: config.companyName,
    serviceHours: openingHoursSpec(config.serviceCenterHours),
    whisperLocale: config.whisperLocale,
    complaintReplyHours: config.complaintReplyHours,
    questionReplyHours: config.questionReplyHours,
    windows: config.outbound.windows,
  });
  // The calls the dialler places (N16-N19), started by the Twilio channel when they are answered.
  const outbound = { company: config.companyName, policy: dialPolicy(config) };
  return new FlowRegistry([inbound, callbackFlow(outbound), proactiveFlow(outbound)], INBOUND_FLOW);
}

export function dialPolicy(config: Config): DialPolicy {
  const { windows, maxAttempts, retryMinutes } = config.outbound;
  return { windows, maxAttempts, backoff: { baseMs: retryMinutes * 60_000, maxMs: 24 * 3_600_000 } };
}

/**
 * The dialler of this instance: Twilio's REST API when DIALER_ENABLED (or a given placer). Its
 * webhooks are on PUBLIC_BASE_URL: POST /twilio/outbound?task=<id> and /twilio/outbound/status.
 */
function createDialer(config: Config, stores: Stores, options: BootstrapOptions): Dialer | null {
  const dialer = config.outbound.dialer;
  const placer = options.callPlacer ?? (dialer && config.twilioAuthToken ? twilioCallPlacer(dialer, config.twilioAuthToken, options.twilioHttpClient ? { httpClient: options.twilioHttpClient } : {}) : null);
  if (!placer) return null;
  const base = config.publicBaseUrl ?? `http://127.0.0.1:${config.port}`;
  return new Dialer(stores.services, placer, {
    policy: dialPolicy(config),
    callsPerRound: dialer?.callsPerRound ?? 5,
    urls: {
      answer: (task) => `${base}/twilio/outbound?task=${encodeURIComponent(task.id)}`,
      status: (task) => `${base}/twilio/outbound/status?task=${encodeURIComponent(task.id)}`,
    },
    ...(options.now ? { now: options.now } : {}),
  });
}

export async function bootstrap(config: Config, options: BootstrapOptions = {}): Promise<Engine> {
  const opened = await openStores(config, options);
  const metrics = createMetrics({ processMetrics: options.processMetrics ?? false });
  // Everyone (flows, channels, admin API) uses the stores with their errors counted.
  const counted = { ...opened, ...countStoreErrors(opened.services, opened.sessions, metrics) };
  // The conversation store's failures count even when its local journal covered them.
  if (opened.sessions instanceof JournaledSessionStore) opened.sessions.onFailure((operation) => metrics.storeErrors.inc({ store: 'sessions', operation }));
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
  // The ticket number by SMS after it was read twice, where Twilio's Messages API is configured.
  const sender = twilioSmsSenderFor(config, options.twilioHttpClient ? { twilioHttpClient: options.twilioHttpClient } : {});
  const texts = sender
    ? ticketTexts(sender, (ticket, locale) => renderText([{ key: 'ticket.sms', values: { ticket, company: config.companyName } }], locale)[0]!)
    : null;
  // Tries at ticket and account numbers per caller or chat client, on the rate-limit store (issue 14).
  const guesses = numberGuesses({ perHour: config.security.rateLimits.numberGuessesPerHour, secret: config.security.verification.secret }, rateLimits);
  const flows = registerFlows(config, verification, texts, guesses);
  // Live inspection for flow designers (INSPECT; refused in production unless allowed, src/config-designer.ts).
  const inspector = config.designer.inspect ? await createConversationInspector(config.designer.inspect) : null;
  const host = new ConversationHost({
    sessions: stores.sessions,
    services: stores.services,
    recognizer: createRecognizerFromEnv(options.env ?? process.env),
    flows,
    hints: hintsFor,
    ...(options.now ? { now: options.now } : {}),
    observe: metrics.observeTurn,
    liveActors: config.liveActors,
    ...(opened.turnWrites ? { turnWrites: opened.turnWrites } : {}),
    ...(inspector ? { inspect: inspector.observer } : {}),
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
  const retention = new RetentionSweeper(
    host,
    {
      sessions: stores.sessions,
      transcripts: stores.staff.transcripts,
      handovers: stores.staff.handovers,
      outbox: stores.services.outbox,
      ...(opened.sessions instanceof JournaledSessionStore ? { journal: opened.sessions } : {}),
    },
    config.retention,
    options.now ? { now: options.now } : {},
  );
  const close = async () => {
    inspector?.stop();
    await desk.stop();
    await rateLimits.close();
    if (!options.bus) await bus.close();
    await stores.close();
  };
  return { config, stores, flows, host, metrics, rateLimits, guesses, bus, desk, retention, dialPolicy: dialPolicy(config), dialer: createDialer(config, stores, options), close };
}
