/**
 * The security part of the configuration (issue 10): which proxies are trusted, rate limits,
 * one-time verification codes and the SMS sender, and the minimums production insists on.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { read, type Env, type EnvReaders } from './config-readers.js';

/** Shortest secret production accepts (ADMIN_TOKEN, TWILIO_AUTH_TOKEN, VERIFICATION_SECRET, METRICS_TOKEN): 32 characters. */
export const MIN_SECRET_LENGTH = 32;

/** Express's `trust proxy`: false (no proxy), a number of hops, or the proxies' addresses. */
export type TrustProxy = boolean | number | string[];

export interface RateLimits {
  /** Chat sessions one client may start a minute (RATE_LIMIT_CHAT_STARTS). */
  chatStartsPerMinute: number;
  /** Chat messages one client may send a minute (RATE_LIMIT_CHAT_MESSAGES). */
  chatMessagesPerMinute: number;
  /** Failed admin authentications from one client in 15 minutes before it is refused (RATE_LIMIT_ADMIN_FAILURES). */
  adminFailuresPer15Minutes: number;
  /** Requests with a bad Twilio signature from one client in 15 minutes (RATE_LIMIT_TWILIO_FAILURES). */
  twilioFailuresPer15Minutes: number;
  /**
   * Tries at a ticket or account number by one caller (voice) or chat client an hour, wrong or not
   * proven (RATE_LIMIT_NUMBER_GUESSES): then nothing more is checked and an agent is offered (issue 14).
   */
  numberGuessesPerHour: number;
}

export interface SmsConfig {
  accountSid: string;
  /** A sender number (E.164) or a Messaging Service SID (MG...). */
  from: string;
}

export interface VerificationConfig {
  /** HMAC key for the codes kept at rest; null outside production = a random key per process. */
  secret: string | null;
  codeTtlSeconds: number;
  maxAttempts: number;
  /** Codes one registered phone may receive an hour, across conversations (no SMS bombing). */
  maxSendsPerHour: number;
  /** Twilio's Messages API; null = no SMS (development logs the code, production cannot verify by code). */
  sms: SmsConfig | null;
}

export interface SecurityConfig {
  trustProxy: TrustProxy;
  rateLimits: RateLimits;
  verification: VerificationConfig;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(value: string): boolean {
  if (PROXY_NAMES.includes(value)) return true;
  const [address, prefix, ...rest] = value.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (!family) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const trustProxySchema = z.string().transform((raw, ctx): TrustProxy => {
  const v = raw.toLowerCase();
  if (['true', 'yes', 'on'].includes(v)) return true;
  if (['false', 'no', 'off'].includes(v)) return false;
  if (/^\d{1,2}$/.test(v)) return Number(v) === 0 ? false : Number(v);
  const list = raw.split(',').map((s) => s.trim());
  if (list.every(isProxyAddress)) return list;
  ctx.addIssue({ code: 'custom', message: 'not a proxy list' });
  return z.NEVER;
});

const accountSidText = z.string().regex(/^AC[0-9a-f]{32}$/i);
const smsSenderText = z.string().regex(/^(\+[1-9]\d{4,14}|MG[0-9a-f]{32})$/i);
/** A secret production accepts. */
const strongSecret = z.string().min(MIN_SECRET_LENGTH);

/** `accountForDialer`: TWILIO_ACCOUNT_SID is there for the dialler's calls (src/config-outbound.ts), not only for SMS. */
export function loadSecurity(env: Env, problems: string[], readers: EnvReaders, options: { accountForDialer?: boolean } = {}): SecurityConfig {
  const { int } = readers;
  const trustProxy =
    readers.parse(
      'TRUST_PROXY',
      trustProxySchema,
      'true/false, a number of proxy hops, or proxy addresses (loopback, 10.0.0.0/8, ...)',
    ) ?? false;
  const rateLimits: RateLimits = {
    chatStartsPerMinute: int('RATE_LIMIT_CHAT_STARTS', 10, 1, 10_000),
    chatMessagesPerMinute: int('RATE_LIMIT_CHAT_MESSAGES', 60, 1, 100_000),
    adminFailuresPer15Minutes: int('RATE_LIMIT_ADMIN_FAILURES', 10, 1, 10_000),
    twilioFailuresPer15Minutes: int('RATE_LIMIT_TWILIO_FAILURES', 20, 1, 10_000),
    numberGuessesPerHour: int('RATE_LIMIT_NUMBER_GUESSES', 6, 1, 1_000),
  };

  const accountSid = readers.parse('TWILIO_ACCOUNT_SID', accountSidText, 'AC followed by 32 hex digits', false);
  const from = readers.parse('TWILIO_SMS_FROM', smsSenderText, 'a sender number in E.164 (+8610...) or a Messaging Service SID (MG...)');
  let sms: SmsConfig | null = null;
  const sidGiven = read(env, 'TWILIO_ACCOUNT_SID') !== null;
  const fromGiven = read(env, 'TWILIO_SMS_FROM') !== null;
  if (sidGiven !== fromGiven && !(sidGiven && options.accountForDialer)) {
    problems.push('TWILIO_ACCOUNT_SID and TWILIO_SMS_FROM go together (verification codes by SMS)');
  } else if (accountSid !== null && from !== null) sms = { accountSid, from };

  const verification: VerificationConfig = {
    secret: read(env, 'VERIFICATION_SECRET'),
    codeTtlSeconds: int('VERIFICATION_CODE_TTL_SECONDS', 300, 60, 3600),
    maxAttempts: int('VERIFICATION_MAX_ATTEMPTS', 3, 1, 10),
    maxSendsPerHour: int('VERIFICATION_MAX_SENDS_PER_HOUR', 3, 1, 20),
    sms,
  };
  return { trustProxy, rateLimits, verification };
}

/** What production refuses (item 6): a missing public URL, short secrets. Secrets are never shown. */
export function productionProblems(c: {
  publicBaseUrl: string | null;
  twilioAuthToken: string | null;
  adminToken: string | null;
  metricsToken: string | null;
  security: SecurityConfig;
}): string[] {
  const problems: string[] = [];
  if (!c.publicBaseUrl) {
    problems.push('PUBLIC_BASE_URL is required when NODE_ENV=production (Twilio signatures are checked against it, never against forwarded headers)');
  }
  const secrets: [string, string | null][] = [
    ['TWILIO_AUTH_TOKEN', c.twilioAuthToken],
    ['ADMIN_TOKEN', c.adminToken],
    ['VERIFICATION_SECRET', c.security.verification.secret],
    ['METRICS_TOKEN', c.metricsToken],
  ];
  for (const [name, value] of secrets) {
    if (value === null) {
      if (name === 'VERIFICATION_SECRET') problems.push(`VERIFICATION_SECRET is required when NODE_ENV=production (at least ${MIN_SECRET_LENGTH} characters; it keys the verification codes kept at rest)`);
      continue; // the required-token messages are the loader's
    }
    if (!strongSecret.safeParse(value).success) problems.push(`${name} is too short: at least ${MIN_SECRET_LENGTH} characters when NODE_ENV=production, got ${value.length}`);
  }
  return problems;
}

/** Said at start-up: how requests are trusted, so an operator sees a weak setting at once. */
export function securityNotes(c: { nodeEnv: string; publicBaseUrl: string | null; security: SecurityConfig }): string[] {
  const notes: string[] = [];
  const proxy = c.security.trustProxy;
  notes.push(
    proxy === false
      ? 'security: TRUST_PROXY unset: X-Forwarded-* headers are ignored (client address = the socket peer)'
      : `security: trusting X-Forwarded-* from ${Array.isArray(proxy) ? proxy.join(', ') : proxy === true ? 'any proxy' : `${proxy} proxy hop(s)`}`,
  );
  notes.push(
    c.publicBaseUrl
      ? `security: Twilio signatures are checked against ${c.publicBaseUrl}`
      : 'security: PUBLIC_BASE_URL unset: Twilio signatures are checked against the request host (development only)',
  );
  const sms = c.security.verification.sms;
  if (!sms) {
    notes.push(
      c.nodeEnv === 'production'
        ? 'security: TWILIO_ACCOUNT_SID/TWILIO_SMS_FROM unset: verification codes cannot be sent; unverified customers hear no account data'
        : 'security: no SMS sender configured: verification codes are written to the log (development only)',
    );
  }
  return notes;
}
