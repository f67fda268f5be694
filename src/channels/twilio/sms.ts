/**
 * Text messages through Twilio's Messages API with the twilio helper library (verification codes,
 * issue 10 item 1). The REST client's HTTP client is injectable: tests act as Twilio's API.
 */
import twilio from 'twilio';
import type { SmsConfig } from '../../config-security.js';
import type { SmsSender } from '../../services/verification.js';

type RequestClient = NonNullable<NonNullable<Parameters<typeof twilio>[2]>['httpClient']>;

/** The helper library's HTTP client (twilio's RequestClient): `request(options)` -> { statusCode, body, headers }. */
export interface TwilioHttpClient {
  request(opts: { method: string; uri: string; data?: Record<string, string> }): Promise<{ statusCode: number; body: unknown; headers: unknown }>;
}

export function twilioSmsSender(sms: SmsConfig, authToken: string, options: { httpClient?: TwilioHttpClient } = {}): SmsSender {
  const client = twilio(sms.accountSid, authToken, options.httpClient ? { httpClient: options.httpClient as unknown as RequestClient } : {});
  const sender = sms.from.startsWith('MG') ? { messagingServiceSid: sms.from } : { from: sms.from };
  return {
    async send(to, body) {
      await client.messages.create({ to, body, ...sender });
    },
  };
}
