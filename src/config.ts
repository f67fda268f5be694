/**
 * Configuration by environment, with safe defaults. Every problem is collected and reported
 * at once (ConfigError), so an operator fixes the environment in one pass.
 * Secret values (tokens, URL passwords) never appear in messages: see redactConfig().
 */
import type { ArrivalMinutes } from './services/arrival.js';
import type { BlacklistPolicy } from './services/blacklist-policy.js';
import { TIMEZONE } from './services/local-time.js';
import { LOCALES, type Locale } from './core/locale.js';
import { z } from 'zod';
import { envReaders, oneOfText, read, shown, type Env, type EnvReaders } from './config-readers.js';
import { loadSecurity, productionProblems, type SecurityConfig } from './config-security.js';
import { loadOperationsConfig, type OperationsConfig } from './observability/config.js';
import { loadOutboundConfig, type OutboundConfig } from './config-outbound.js';
import { loadDesignerConfig, type DesignerConfig } from './config-designer.js';
import { DEFAULT_LIVE_ACTORS } from './engine/live-actors.js';
import { DEFAULT_OPENING_HOURS, OPENING_DAYS, parseHoursRange, type OpeningHours } from './prompts/opening-hours.js';

export { TIMEZONE };

export type NodeEnv = 'development' | 'production' | 'test';
export type DurableStore = 'sqlite' | 'postgres';
export type SessionStoreKind = 'sqlite' | 'memory' | 'redis';

export interface StorageConfig {
  /** Customers, outages, work orders, roster: SQLite by default, PostgreSQL when DATABASE_URL is set. */
  durable: DurableStore;
  /** Conversation records between turns. */
  sessions: SessionStoreKind;
  databaseUrl: string | null;
  redisUrl: string | null;
  /**
   * How long one store call may take (STORE_TIMEOUT_MS): PostgreSQL statement and query timeouts,
   * the Redis command timeout, SQLite's lock wait, and a bound on every port call of a turn. A hung
   * store then fails into the save-or-queue path (N21) within the turn.
   */
  timeoutMs: number;
}

/** Ended and idle conversations closed, personal data purged (issue 10 item 7; docs/operations.md). */
export interface RetentionConfig {
  /** An active conversation untouched this long is closed as a hang-up (its draft saved), CONVERSATION_IDLE_MINUTES. */
  idleMinutes: number;
  /** Conversation records, transcripts, handovers and the delivered outbox older than this are purged, CONVERSATION_RETENTION_HOURS. */
  retentionHours: number;
  /** How often each instance sweeps, RETENTION_SWEEP_SECONDS. */
  sweepIntervalMs: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  nodeEnv: NodeEnv;
  /** Seed demo customers/areas/roster on an empty database and refresh the demo outage at start. */
  demoData: boolean;
  /** Said in prompts as {{company}}. */
  companyName: string;
  /** The company's name in the other locales (COMPANY_NAME_EN_US, COMPANY_NAME_YUE_HK); a locale without one falls back (src/prompts/company.ts). */
  companyNames: Partial<Record<'en-US' | 'yue-HK', string>>;
  /** The language the duty supervisors hear the whisper in (WHISPER_LOCALE, N24): the roster's own. */
  whisperLocale: Locale;
  timezone: typeof TIMEZONE;
  arrivalMinutes: ArrivalMinutes;
  twilioAuthToken: string | null;
  /** The Twilio <Say> voice per locale (TWILIO_VOICE_ZH_CN, ...); see docs/twilio.md. */
  twilioVoices: Record<Locale, TwilioVoice>;
  /**
   * The Twilio queue of the emergency dispatch seat (紧急抢修调度), TWILIO_URGENT_QUEUE: where a
   * danger report goes to a person when it cannot be recorded as usual (N10, N21). `{locale}`
   * becomes the caller's language; default 95598-urgent-{locale}.
   */
  twilioUrgentQueue: string;
  /** Public http(s) base URL without trailing slash (Twilio signature checks, callbacks). */
  publicBaseUrl: string | null;
  adminToken: string | null;
  storage: StorageConfig;
  retention: RetentionConfig;
  /** N23: when repeated abusive or silent calls put a number on the blacklist (BLACKLIST_*). */
  blacklist: BlacklistPolicy;
  /** How often the outbox worker retries what was kept during a failure (N21), OUTBOX_INTERVAL_SECONDS. */
  outboxIntervalMs: number;
  /**
   * How many conversations' live actors an instance keeps for their next turn instead of restoring
   * them from the record (src/engine/live-actors.ts, about 6 KB each), LIVE_ACTORS; 0 restores every turn.
   */
  liveActors: number;
  /** Reply deadline told to a complaining customer, and when its callback is due (N14), COMPLAINT_REPLY_HOURS. */
  complaintReplyHours: number;
  /** When a question taken for research is answered by callback (N11), QUESTION_REPLY_HOURS. */
  questionReplyHours: number;
  /** The service centres' opening hours told to callers (kb.businessHours), SERVICE_CENTER_HOURS and SERVICE_CENTER_DAYS. */
  serviceCenterHours: OpeningHours;
  /** Outbound calls: windows (N15), retries, the dialler (src/config-outbound.ts). */
  outbound: OutboundConfig;
  /** Trusted proxies, rate limits, verification codes and SMS (src/config-security.ts). */
  security: SecurityConfig;
  /** Logging, metrics and shutdown (LOG_*, METRICS_*, SHUTDOWN_TIMEOUT_SECONDS): src/observability/config.ts. */
  operations: OperationsConfig;
  /** The duty desk (issue 12): console sign-in and web chat takeover. */
  desk: DeskConfig;
  /** The flow designers' tools (issue 13): live inspection (INSPECT), src/config-designer.ts. */
  designer: DesignerConfig;
}

export interface DeskConfig {
  /** How long a console sign-in lasts (a duty shift), CONSOLE_SESSION_HOURS. */
  sessionHours: number;
  /** Session cookies marked Secure (HTTPS only): always in production, CONSOLE_SECURE_COOKIE elsewhere. */
  secureCookies: boolean;
  /** How long a chat waits for a person before the customer is offered a callback, CHAT_TAKEOVER_TIMEOUT_SECONDS. */
  takeoverTimeoutSeconds: number;
  /** How long a chat whose page was closed may come back (a reload) before it ends as a hang-up, CHAT_LEAVE_GRACE_SECONDS. */
  leaveGraceSeconds: number;
}

/** A Twilio text-to-speech voice and the <Say language> that goes with it. */
export interface TwilioVoice {
  voice: string;
  language: string;
  /**
   * Characters a minute this voice speaks at 100% (Mandarin, Cantonese), measured for the deployed
   * voice: the N2 prosody rate is set from it (TWILIO_VOICE_RATE_ZH_CN, TWILIO_VOICE_RATE_YUE_HK).
   */
  charsPerMinute?: number;
}

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const NODE_ENVS = ['development', 'production', 'test'] as const satisfies readonly NodeEnv[];
const SESSION_STORES = ['sqlite', 'memory', 'redis'] as const satisfies readonly SessionStoreKind[];

/** An http(s) base URL, kept without its trailing slashes (paths are appended to it). */
const publicUrl = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ''));
/** A Twilio queue friendly name (at most 64 characters), `{locale}` allowed. */
const twilioQueueName = z.string().regex(/^(?:[A-Za-z0-9_.-]|\{locale\})+$/).max(64);
export const DEFAULT_URGENT_QUEUE = '95598-urgent-{locale}';
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/./i);
const redisUrlText = z.string().regex(/^rediss?:\/\/./i);

/** A URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<unparseable URL>';
  }
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const readers = envReaders(env, problems);
  const { int, bool } = readers;

  const port = int('PORT', 3000, 1, 65535);
  const host = read(env, 'HOST') ?? '0.0.0.0';
  const dataDir = read(env, 'DATA_DIR') ?? './data';
  const companyName = read(env, 'COMPANY_NAME') ?? '国网示范供电公司';
  const companyNames: Config['companyNames'] = {};
  const englishName = read(env, 'COMPANY_NAME_EN_US') ?? (read(env, 'COMPANY_NAME') === null ? 'State Grid Demo Power Supply Company' : null);
  const cantoneseName = read(env, 'COMPANY_NAME_YUE_HK');
  if (englishName) companyNames['en-US'] = englishName;
  if (cantoneseName) companyNames['yue-HK'] = cantoneseName;

  const whisperLocale = readers.parse('WHISPER_LOCALE', z.enum(LOCALES), `one of ${LOCALES.join(', ')}`) ?? 'zh-CN';

  // Case matters for NODE_ENV: the libraries read it as written.
  const nodeEnv = read(env, 'NODE_ENV') === null ? 'development' : readers.parse('NODE_ENV', z.enum(NODE_ENVS), `one of ${NODE_ENVS.join(', ')}`);
  const production = nodeEnv === 'production';

  // Demo outages are announced to callers (N10): a production deployment must ask for them explicitly.
  const demoData = bool('DEMO_DATA', !production);

  const arrivalMinutes: ArrivalMinutes = {
    urban: int('ARRIVAL_MINUTES_URBAN', 45, 1, 1440),
    rural: int('ARRIVAL_MINUTES_RURAL', 90, 1, 1440),
    remote: int('ARRIVAL_MINUTES_REMOTE', 120, 1, 1440),
  };

  const twilioAuthToken = read(env, 'TWILIO_AUTH_TOKEN');
  const adminToken = read(env, 'ADMIN_TOKEN');
  if (production && !twilioAuthToken) {
    problems.push('TWILIO_AUTH_TOKEN is required when NODE_ENV=production (Twilio webhooks must be verified)');
  }
  if (production && !adminToken) {
    problems.push('ADMIN_TOKEN is required when NODE_ENV=production (the admin API must not be open)');
  }

  const publicBaseUrl = readers.parse('PUBLIC_BASE_URL', publicUrl, 'an http(s) URL such as https://hotline.example.com');

  const blacklist: BlacklistPolicy = {
    abuseCount: int('BLACKLIST_ABUSE_COUNT', 3, 1, 100),
    silentCount: int('BLACKLIST_SILENT_COUNT', 5, 1, 100),
    windowDays: int('BLACKLIST_WINDOW_DAYS', 7, 1, 365),
    days: int('BLACKLIST_DAYS', 30, 1, 3650),
    approval: bool('BLACKLIST_APPROVAL', false),
  };
  const outboxIntervalMs = int('OUTBOX_INTERVAL_SECONDS', 30, 1, 3600) * 1000;
  const liveActors = int('LIVE_ACTORS', DEFAULT_LIVE_ACTORS, 0, 100_000);
  const complaintReplyHours = int('COMPLAINT_REPLY_HOURS', 24, 1, 720);
  const questionReplyHours = int('QUESTION_REPLY_HOURS', 24, 1, 720);
  const serviceCenterHours = loadServiceCenterHours(readers);

  const desk: DeskConfig = {
    sessionHours: int('CONSOLE_SESSION_HOURS', 12, 1, 168),
    secureCookies: production || bool('CONSOLE_SECURE_COOKIE', false),
    takeoverTimeoutSeconds: int('CHAT_TAKEOVER_TIMEOUT_SECONDS', 120, 1, 3600),
    leaveGraceSeconds: int('CHAT_LEAVE_GRACE_SECONDS', 30, 1, 3600),
  };

  const twilioVoices = loadTwilioVoices(readers);
  const twilioUrgentQueue =
    readers.parse('TWILIO_URGENT_QUEUE', twilioQueueName, 'a Twilio queue name (letters, digits, - _ . and {locale}; at most 64), such as 95598-urgent-{locale}') ??
    DEFAULT_URGENT_QUEUE;
  for (const locale of ['zh-CN', 'yue-HK'] as const) {
    const charsPerMinute = readers.optionalInt(`TWILIO_VOICE_RATE_${locale.replace('-', '_').toUpperCase()}`, 60, 600);
    if (charsPerMinute !== null) twilioVoices[locale] = { ...twilioVoices[locale], charsPerMinute };
  }
  const storage = loadStorage(env, problems, readers);
  const retention: RetentionConfig = {
    idleMinutes: int('CONVERSATION_IDLE_MINUTES', 30, 1, 1440),
    retentionHours: int('CONVERSATION_RETENTION_HOURS', 720, 1, 24 * 3650),
    sweepIntervalMs: int('RETENTION_SWEEP_SECONDS', 60, 1, 3600) * 1000,
  };
  if (retention.retentionHours * 60 < retention.idleMinutes) {
    problems.push('CONVERSATION_RETENTION_HOURS must be at least CONVERSATION_IDLE_MINUTES (a conversation is closed before it is purged)');
  }
  const outbound = loadOutboundConfig(env, problems, readers, { publicBaseUrl, twilioAuthToken });
  const security = loadSecurity(env, problems, readers, { accountForDialer: outbound.dialer !== null });
  const operations = loadOperationsConfig(readers, nodeEnv);
  const designer = loadDesignerConfig(readers, problems, production);
  if (production) problems.push(...productionProblems({ publicBaseUrl, twilioAuthToken, adminToken, metricsToken: operations.metrics.token, security }));

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    dataDir,
    nodeEnv: nodeEnv!,
    demoData,
    companyName,
    companyNames,
    whisperLocale,
    timezone: TIMEZONE,
    arrivalMinutes,
    twilioAuthToken,
    twilioVoices,
    twilioUrgentQueue,
    publicBaseUrl,
    adminToken,
    storage,
    retention,
    blacklist,
    outboxIntervalMs,
    liveActors,
    complaintReplyHours,
    questionReplyHours,
    serviceCenterHours,
    desk,
    security,
    operations,
    outbound,
    designer,
  };
}

function loadStorage(env: Env, problems: string[], readers: EnvReaders): StorageConfig {
  // Anything but a PostgreSQL URL is refused rather than silently ignored: data must not land
  // in an unexpected place. URLs are shown without their passwords.
  const databaseUrl = readers.parse('DATABASE_URL', postgresUrl, 'a postgres:// URL (leave it unset for the embedded SQLite)', redactUrl);
  const redisUrl = readers.parse('REDIS_URL', redisUrlText, 'a redis:// or rediss:// URL', redactUrl);
  const durable: DurableStore = databaseUrl !== null ? 'postgres' : 'sqlite';

  // An explicit SESSION_STORE wins; otherwise REDIS_URL means Redis; otherwise SQLite.
  const explicit = readers.parse('SESSION_STORE', oneOfText(SESSION_STORES), `one of ${SESSION_STORES.join(', ')}`);
  const redisAsked = read(env, 'REDIS_URL') !== null;
  const sessions: SessionStoreKind = explicit ?? (redisAsked ? 'redis' : 'sqlite');
  if (sessions === 'redis' && !redisAsked) problems.push('SESSION_STORE=redis needs REDIS_URL (e.g. redis://127.0.0.1:6379)');
  const timeoutMs = readers.int('STORE_TIMEOUT_MS', 3000, 100, 30_000);
  return { durable, sessions, databaseUrl, redisUrl, timeoutMs };
}

/**
 * Standard (not neural) voices by default: they take every SSML tag the prompts emit (prosody
 * rate for N2, say-as digits), where neural voices support only part of them.
 */
export const DEFAULT_TWILIO_VOICES: Readonly<Record<Locale, string>> = {
  'zh-CN': 'Polly.Zhiyu',
  'yue-HK': 'Google.yue-HK-Standard-A',
  'en-US': 'Polly.Joanna',
};

/** Polly voices per locale family and the <Say language> Twilio lists for them. */
const POLLY_CHINESE: Readonly<Record<string, { locale: Locale; language: string }>> = {
  Zhiyu: { locale: 'zh-CN', language: 'cmn-CN' },
  Hiujin: { locale: 'yue-HK', language: 'yue-CN' },
};
/** The language tag a Google voice of each locale carries in its name (Google.cmn-CN-Standard-A). */
const GOOGLE_LANGUAGE: Readonly<Record<Locale, RegExp>> = {
  'zh-CN': /^cmn-CN$/,
  'yue-HK': /^yue-HK$/,
  'en-US': /^en-[A-Z]{2}$/,
};

/** A voice name -> its <Say language>, or a reason it cannot speak the locale. */
export function twilioVoiceFor(locale: Locale, voice: string): TwilioVoice | string {
  const polly = /^Polly\.([A-Z][a-z]+)(-Neural|-Generative)?$/.exec(voice);
  if (polly) {
    const chinese = POLLY_CHINESE[polly[1]!];
    if (chinese) return chinese.locale === locale ? { voice, language: chinese.language } : `${voice} does not speak ${locale}`;
    return locale === 'en-US' ? { voice, language: 'en-US' } : `${voice} does not speak ${locale}`;
  }
  const google = /^Google\.([a-z]{2,3}-[A-Z]{2})-[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.exec(voice);
  if (google) {
    return GOOGLE_LANGUAGE[locale].test(google[1]!) ? { voice, language: google[1]! } : `${voice} does not speak ${locale}`;
  }
  return `${shown(voice)} is not a Twilio voice name such as Polly.Zhiyu or Google.cmn-CN-Standard-A`;
}

/** A voice name that can speak `locale`, as the voice and its <Say language>; the issue says why not. */
const voiceFor = (locale: Locale) =>
  z.string().transform((voice, ctx): TwilioVoice => {
    const resolved = twilioVoiceFor(locale, voice);
    if (typeof resolved !== 'string') return resolved;
    ctx.addIssue({ code: 'custom', message: resolved });
    return z.NEVER;
  });

function loadTwilioVoices(readers: EnvReaders): Record<Locale, TwilioVoice> {
  const voices = {} as Record<Locale, TwilioVoice>;
  for (const locale of LOCALES) {
    const name = `TWILIO_VOICE_${locale.replace('-', '_').toUpperCase()}`;
    voices[locale] = readers.check(name, voiceFor(locale)) ?? (twilioVoiceFor(locale, DEFAULT_TWILIO_VOICES[locale]) as TwilioVoice);
  }
  return voices;
}

/** The configuration as it may be logged: secrets replaced by "set"/null, URL passwords masked. */
export function redactConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    twilioAuthToken: config.twilioAuthToken ? '(set)' : null,
    adminToken: config.adminToken ? '(set)' : null,
    security: {
      ...config.security,
      verification: { ...config.security.verification, secret: config.security.verification.secret ? '(set)' : null },
    },
    storage: {
      ...config.storage,
      databaseUrl: config.storage.databaseUrl && redactUrl(config.storage.databaseUrl),
      redisUrl: config.storage.redisUrl && redactUrl(config.storage.redisUrl),
    },
    operations: { ...config.operations, metrics: { ...config.operations.metrics, token: config.operations.metrics.token ? '(set)' : null } },
  };
}

/**
 * The configuration of a command started from the shell: on a configuration problem, the
 * message for the operator is printed and null returned (the caller exits non-zero).
 */
export function loadConfigForCommand(env: Env = process.env): Config | null {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return null;
    }
    throw error;
  }
}

/**
 * The service centres' opening hours (issue 14 item 6): SERVICE_CENTER_HOURS `HH:MM-HH:MM` (opening
 * before closing, local time) and SERVICE_CENTER_DAYS `daily`, `mon-fri` or `mon-sat`; unset, every
 * day 09:00-17:00. A value that cannot be read stops the start-up (ConfigError), never a wrong hour told.
 */
function loadServiceCenterHours(readers: EnvReaders): OpeningHours {
  const range = readers.parse(
    'SERVICE_CENTER_HOURS',
    z.string().transform((v, ctx) => parseHoursRange(v) ?? (ctx.addIssue({ code: 'custom', message: 'unreadable' }), z.NEVER)),
    'opening and closing times HH:MM-HH:MM, opening first, such as 08:30-17:30',
  );
  const days = readers.parse('SERVICE_CENTER_DAYS', oneOfText(OPENING_DAYS), `one of ${OPENING_DAYS.join(', ')}`);
  return {
    days: days ?? DEFAULT_OPENING_HOURS.days,
    opens: range?.[0] ?? DEFAULT_OPENING_HOURS.opens,
    closes: range?.[1] ?? DEFAULT_OPENING_HOURS.closes,
  };
}
