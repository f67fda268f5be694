/**
 * Builds the verification-code service from the configuration (issue 10 item 1): the SMS sender
 * (Twilio's Messages API when TWILIO_ACCOUNT_SID/TWILIO_SMS_FROM are set; the log in development;
 * none in production without them), the per-phone hourly quota on the rate-limit store (shared
 * through Redis when REDIS_URL is set), and the SMS text from the prompt catalogue.
 */
import { MemoryStore, type Options } from 'express-rate-limit';
import type { Config } from '../config.js';
import { twilioSmsSender, type TwilioHttpClient } from '../channels/twilio/sms.js';
import { renderText } from '../prompts/render-text.js';
import { loggingSmsSender, VerificationCodes, type SmsSender } from '../services/verification.js';
import type { RateLimitBackend } from './rate-limits.js';

const HOUR = 3_600_000;

export interface VerificationOptions {
  /** Twilio's REST client's HTTP client (tests act as Twilio's API). */
  twilioHttpClient?: TwilioHttpClient;
  now?: () => Date;
}

/** Twilio's Messages API when TWILIO_ACCOUNT_SID/TWILIO_SMS_FROM (and the auth token) are set, else none. */
export function twilioSmsSenderFor(config: Config, options: VerificationOptions = {}): SmsSender | null {
  const { sms } = config.security.verification;
  if (!sms || !config.twilioAuthToken) return null;
  return twilioSmsSender(sms, config.twilioAuthToken, options.twilioHttpClient ? { httpClient: options.twilioHttpClient } : {});
}

/** The sender of verification codes: Twilio's, else the log in development (none in production). */
export function smsSenderFor(config: Config, options: VerificationOptions = {}): SmsSender | null {
  return twilioSmsSenderFor(config, options) ?? (config.nodeEnv === 'production' ? null : loggingSmsSender());
}

export function verificationCodes(config: Config, backend: RateLimitBackend, options: VerificationOptions = {}): VerificationCodes {
  const settings = config.security.verification;
  const store = backend.store('verification-sms') ?? new MemoryStore();
  store.init?.({ windowMs: HOUR } as Options);
  return new VerificationCodes({
    secret: settings.secret,
    codeTtlSeconds: settings.codeTtlSeconds,
    maxAttempts: settings.maxAttempts,
    maxSendsPerHour: settings.maxSendsPerHour,
    sender: smsSenderFor(config, options),
    quota: { count: async (phone) => (await store.increment(phone)).totalHits },
    message: (code, minutes, locale) => renderText([{ key: 'verify.sms', values: { code, minutes, company: config.companyName } }], locale)[0]!,
    ...(options.now ? { now: options.now } : {}),
  });
}
