/**
 * Outbound calls through Twilio's REST API with the twilio helper library (the dialler's
 * CallPlacer, N15): `calls.create` with the answer webhook, a status callback for every step of
 * the call, and answering-machine detection (a machine hears nothing, src/machines/callback.ts).
 * The REST base URL is configurable (TWILIO_API_BASE_URL), so the whole loop runs against a local
 * Twilio stand-in (`npm run call -- --answer`); tests inject the helper's HTTP client.
 */
import twilio from 'twilio';
import type { DialerConfig } from '../../config-outbound.js';
import { CallRefused, type CallPlacer } from '../../services/dialer.js';

import type { TwilioHttpClient } from './sms.js';

type RequestClient = NonNullable<NonNullable<Parameters<typeof twilio>[2]>['httpClient']>;
export type { TwilioHttpClient };

const TWILIO_API = 'https://api.twilio.com';
/** Twilio error codes of a number that cannot be called at all: no retry (21211 invalid, 21214 unreachable, 21215/21216 not permitted, 21217 not a phone number). */
const REFUSED_CODES = new Set([21211, 21214, 21215, 21216, 21217]);
/** Seconds the phone rings before the call is "no-answer". */
const RING_SECONDS = 30;

/** An HTTP client that sends Twilio's API requests to `baseUrl` instead (a local stand-in). */
export function rebasedHttpClient(client: TwilioHttpClient, baseUrl: string): TwilioHttpClient {
  return {
    request: (opts) => client.request({ ...opts, uri: opts.uri.startsWith(TWILIO_API) ? baseUrl + opts.uri.slice(TWILIO_API.length) : opts.uri }),
  };
}

export function twilioCallPlacer(dialer: DialerConfig, authToken: string, options: { httpClient?: TwilioHttpClient } = {}): CallPlacer {
  const base = options.httpClient ?? (dialer.apiBaseUrl ? (new twilio.RequestClient() as unknown as TwilioHttpClient) : null);
  const httpClient = base && dialer.apiBaseUrl ? rebasedHttpClient(base, dialer.apiBaseUrl) : base;
  const client = twilio(dialer.accountSid, authToken, httpClient ? { httpClient: httpClient as unknown as RequestClient } : {});
  return {
    async place(call) {
      try {
        const created = await client.calls.create({
          to: call.to,
          from: dialer.callerId,
          url: call.url,
          method: 'POST',
          statusCallback: call.statusCallback,
          statusCallbackMethod: 'POST',
          statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
          machineDetection: 'Enable',
          timeout: RING_SECONDS,
        });
        return { callSid: created.sid };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'number' && REFUSED_CODES.has(code)) throw new CallRefused(`Twilio refused the call to ${call.to}: ${(error as Error).message} (${code})`);
        throw error;
      }
    },
  };
}
