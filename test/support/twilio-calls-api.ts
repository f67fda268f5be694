/**
 * Twilio's Calls API as the helper library reaches it: an HTTP client injected into the twilio
 * client (twilio(sid, token, { httpClient })). It records every call created and answers as the
 * API does (201 with the call's sid), or with Twilio's error for a number it cannot call. Only
 * Twilio's cloud is faked; the helper library and our code are real.
 */
import { randomBytes } from 'node:crypto';

export interface CreatedCall {
  sid: string;
  uri: string;
  to: string;
  from: string;
  url: string;
  statusCallback: string;
  data: Record<string, unknown>;
}

export class FakeTwilioCalls {
  readonly calls: CreatedCall[] = [];
  /** Numbers Twilio refuses (error 21211, "invalid To number"). */
  readonly invalid = new Set<string>();
  /** When set, every request fails as the network would. */
  down = false;

  async request(opts: { method: string; uri: string; data?: Record<string, unknown> }) {
    if (this.down) throw new Error('connect ECONNREFUSED api.twilio.com');
    const data = opts.data ?? {};
    const to = String(data.To ?? '');
    if (this.invalid.has(to)) {
      return { statusCode: 400, body: JSON.stringify({ code: 21211, message: `The 'To' number ${to} is not a valid phone number.`, status: 400 }), headers: {} };
    }
    const sid = `CA${randomBytes(16).toString('hex')}`;
    this.calls.push({ sid, uri: opts.uri, to, from: String(data.From ?? ''), url: String(data.Url ?? ''), statusCallback: String(data.StatusCallback ?? ''), data });
    return { statusCode: 201, body: JSON.stringify({ sid, to, from: data.From, status: 'queued' }), headers: {} };
  }

  callsTo(to: string): CreatedCall[] {
    return this.calls.filter((c) => c.to === to);
  }
}

export const DIALER_CONFIG = {
  accountSid: `AC${'1'.repeat(32)}`,
  callerId: '+8657195598',
  apiBaseUrl: null,
  intervalMs: 1000,
  callsPerRound: 10,
};

import type { Engine } from '../../src/bootstrap.js';
import { twilioCallPlacer } from '../../src/channels/twilio/call-placer.js';
import { Dialer } from '../../src/services/dialer.js';

/** The dialler of `engine` placing its calls through the fake API; its webhooks on `publicBase`. */
export function testDialer(engine: Engine, api: FakeTwilioCalls, options: { now?: () => Date; publicBase?: string; apiBaseUrl?: string | null } = {}) {
  const base = options.publicBase ?? 'https://hotline.example.com';
  const placer = twilioCallPlacer({ ...DIALER_CONFIG, apiBaseUrl: options.apiBaseUrl ?? null }, 'test-token', { httpClient: api });
  return new Dialer(engine.stores.services, placer, {
    policy: engine.dialPolicy,
    callsPerRound: 10,
    urls: { answer: (t) => `${base}/twilio/outbound?task=${t.id}`, status: (t) => `${base}/twilio/outbound/status?task=${t.id}` },
    ...(options.now ? { now: options.now } : {}),
    log: { info: () => {}, warn: () => {}, error: console.error },
  });
}
