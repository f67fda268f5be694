/**
 * Twilio's REST API as the helper library reaches it: an HTTP client injected into the twilio
 * client (twilio(sid, token, { httpClient })). It records the messages sent and answers as the
 * Messages API does. Only Twilio's cloud is faked; the helper library and our code are real.
 */
export interface SentMessage {
  to: string;
  body: string;
  from?: string;
  uri: string;
  method: string;
}

export class FakeTwilioRest {
  readonly messages: SentMessage[] = [];
  /** The status the next requests are answered with (a 500 tests the unavailable path). */
  status = 201;

  async request(opts: { method: string; uri: string; data?: Record<string, string> }) {
    if (this.status >= 300) return { statusCode: this.status, body: JSON.stringify({ code: 20500, message: 'Internal Server Error', status: this.status }), headers: {} };
    const data = opts.data ?? {};
    this.messages.push({ to: data.To ?? '', body: data.Body ?? '', ...(data.From ? { from: data.From } : {}), uri: opts.uri, method: opts.method });
    return { statusCode: 201, body: JSON.stringify({ sid: `SM${'0'.repeat(32)}`, to: data.To, body: data.Body, status: 'queued' }), headers: {} };
  }

  /** The 6-digit code of the last message to `to`. */
  codeSentTo(to: string): string {
    const message = this.messages.filter((m) => m.to === to).at(-1);
    const code = /\d{6}/.exec(message?.body.replace(/95598/g, '') ?? '')?.[0];
    if (!code) throw new Error(`no code was sent to ${to}`);
    return code;
  }
}

export const SMS_ENV = {
  TWILIO_AUTH_TOKEN: 'test-token',
  TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`,
  TWILIO_SMS_FROM: '+8610095598',
};
