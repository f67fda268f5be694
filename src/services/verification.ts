/**
 * One-time codes that prove a customer holds the account's registered phone (issue 10 item 1).
 * A 6-digit code goes by SMS to the registered phone; what is kept at rest (in the conversation
 * record) is only its HMAC-SHA256 under VERIFICATION_SECRET, bound to the conversation, with its
 * expiry and the wrong attempts so far. A phone receives at most `maxSendsPerHour` codes across
 * all conversations (no SMS bombing through the hotline).
 */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Locale } from '../core/locale.js';

export const CODE_DIGITS = 6;

/** A code sent and not yet confirmed, as the conversation keeps it. */
export interface PendingCode {
  /** HMAC-SHA256 (hex) of conversation id + code. */
  hash: string;
  expiresAt: string;
  attempts: number;
  /** The registered phone it went to: once confirmed, the verified identity's number. */
  phone: string;
}

export type SendResult = { status: 'sent'; pending: PendingCode } | { status: 'limited' } | { status: 'unavailable' };
export type CheckResult = 'ok' | 'wrong' | 'expired' | 'locked';

/** Sends one text message; the channel to Twilio's Messages API (src/channels/twilio/sms.ts). */
export interface SmsSender {
  send(to: string, body: string): Promise<void>;
}

/** Counts sends per phone within an hour, shared by instances when it can be (the rate-limit store). */
export interface SendQuota {
  /** The number of sends to `phone` in the current hour, this one included. */
  count(phone: string): Promise<number>;
}

export interface VerificationSettings {
  /** HMAC key; null = a random key for this process (development). */
  secret: string | null;
  codeTtlSeconds: number;
  maxAttempts: number;
  maxSendsPerHour: number;
  /** null: codes cannot be sent (production without an SMS sender). */
  sender: SmsSender | null;
  quota: SendQuota;
  /** The SMS text in the customer's language. */
  message: (code: string, minutes: number, locale: Locale) => string;
  now?: () => Date;
}

export class VerificationCodes {
  private readonly key: Buffer;
  private readonly now: () => Date;

  constructor(private readonly settings: VerificationSettings) {
    this.key = settings.secret ? Buffer.from(settings.secret, 'utf8') : randomBytes(32);
    this.now = settings.now ?? (() => new Date());
  }

  get maxAttempts(): number {
    return this.settings.maxAttempts;
  }

  async send(conversationId: string, phone: string, locale: Locale): Promise<SendResult> {
    const { sender } = this.settings;
    if (!sender) return { status: 'unavailable' };
    if ((await this.settings.quota.count(phone)) > this.settings.maxSendsPerHour) return { status: 'limited' };
    const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
    const minutes = Math.round(this.settings.codeTtlSeconds / 60);
    await sender.send(phone, this.settings.message(code, minutes, locale));
    return {
      status: 'sent',
      pending: {
        hash: this.hash(conversationId, code),
        expiresAt: new Date(this.now().getTime() + this.settings.codeTtlSeconds * 1000).toISOString(),
        attempts: 0,
        phone,
      },
    };
  }

  /** Checks a code entered against the pending one (constant time). */
  check(conversationId: string, pending: PendingCode | null, code: string): CheckResult {
    if (!pending) return 'expired';
    if (pending.attempts >= this.settings.maxAttempts) return 'locked';
    if (this.now().getTime() > Date.parse(pending.expiresAt)) return 'expired';
    const given = Buffer.from(this.hash(conversationId, code.replace(/\D/g, '')), 'hex');
    const expected = Buffer.from(pending.hash, 'hex');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return 'ok';
    return pending.attempts + 1 >= this.settings.maxAttempts ? 'locked' : 'wrong';
  }

  private hash(conversationId: string, code: string): string {
    return createHmac('sha256', this.key).update(`${conversationId}:${code}`).digest('hex');
  }
}

/** A phone number as the log may show it: the last four digits only. */
export function maskedPhone(phone: string): string {
  return `${'*'.repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}`;
}

/** Development without an SMS sender: the code is written to the log (never in production). */
export function loggingSmsSender(log: Pick<Console, 'warn'> = console): SmsSender {
  return {
    async send(to, body) {
      log.warn(`verification (development, no SMS sender): to ${maskedPhone(to)}: ${body}`);
    },
  };
}
