/**
 * The terminal phone's side of Twilio: every request a call makes, as Twilio makes it (form
 * parameters of the call, X-Twilio-Signature over the public URL), and the TwiML it gets back.
 */
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import type { PhoneArgs } from './phone-args.js';
import { parseTwiml, type XmlElement } from './phone-twiml.js';

export class PhoneLineError extends Error {}

const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

/** A call the server's dialler placed (through the Twilio stand-in): who calls whom, and where Twilio reports. */
export interface PlacedCall {
  callSid: string;
  accountSid: string;
  from: string;
  to: string;
  /** The webhook to request when answered (calls.create `Url`). */
  url: string;
  statusCallback: string | null;
}

export class PhoneLine {
  readonly callSid: string;
  private readonly accountSid: string;
  /** The public URL of the last TwiML document: relative URLs in it resolve against it. */
  private documentUrl: string;

  constructor(
    private readonly args: PhoneArgs,
    /** An outbound call this phone answers; absent: the phone calls the hotline. */
    private readonly placed: PlacedCall | null = null,
  ) {
    this.callSid = placed?.callSid ?? sid('CA');
    this.accountSid = placed?.accountSid ?? sid('AC');
    this.documentUrl = placed?.url ?? `${args.publicUrl}/twilio/voice`;
  }

  private params(extra: Record<string, string>): Record<string, string> {
    return {
      CallSid: this.callSid,
      AccountSid: this.accountSid,
      From: this.placed?.from ?? this.args.from,
      To: this.placed?.to ?? '+8695598',
      Direction: this.placed ? 'outbound-api' : 'inbound',
      ApiVersion: '2010-04-01',
      CallStatus: 'in-progress',
      ...extra,
    };
  }

  /** POST to a URL of the call (absolute, or relative to the current document) and read the TwiML. */
  async twiml(url: string, extra: Record<string, string> = {}): Promise<XmlElement> {
    const publicUrl = new URL(url, this.documentUrl).toString();
    const body = await this.post(publicUrl, extra);
    this.documentUrl = publicUrl;
    try {
      return parseTwiml(body);
    } catch (error) {
      throw new PhoneLineError(`POST ${publicUrl} did not answer TwiML (${(error as Error).message}): ${body.slice(0, 200)}`);
    }
  }

  /** The status callback Twilio sends when the call is over (an outbound call's own, with AnsweredBy). */
  async ended(status = 'completed', extra: Record<string, string> = {}): Promise<void> {
    await this.status(status, extra);
  }

  /** A status callback: an outbound call's own URL, else the number's (/twilio/status). */
  async status(status: string, extra: Record<string, string> = {}): Promise<void> {
    if (this.placed && !this.placed.statusCallback) return;
    await this.post(this.placed?.statusCallback ?? `${this.args.publicUrl}/twilio/status`, { CallStatus: status, ...extra });
  }

  private async post(publicUrl: string, extra: Record<string, string>): Promise<string> {
    const params = this.params(extra);
    // Requests go to the server; the signature covers the URL Twilio would have used.
    const target = publicUrl.startsWith(this.args.publicUrl) ? this.args.url + publicUrl.slice(this.args.publicUrl.length) : publicUrl;
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (this.args.token) headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(this.args.token, publicUrl, params);
    let response: Response;
    try {
      response = await fetch(target, { method: 'POST', headers, body: new URLSearchParams(params) });
    } catch (error) {
      throw new PhoneLineError(`cannot reach ${target}: ${(error as Error).message} (is the server running? npm start)`);
    }
    const text = await response.text();
    if (response.status === 403) throw new PhoneLineError(`POST ${target} was refused (403): sign with the server's TWILIO_AUTH_TOKEN (--token), and --public-url if it sets PUBLIC_BASE_URL`);
    if (!response.ok) throw new PhoneLineError(`POST ${target} answered ${response.status}: ${text.slice(0, 200)}`);
    return text;
  }
}
