/**
 * Twilio's side of a call, for the tests: signed form posts with the parameters Twilio sends,
 * TwiML read back and followed. Only Twilio's cloud is faked; the server, engine and stores are real.
 */
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { createServer } from '../../../src/server.js';
import { elements, parseTwiml, textOf, type XmlElement } from '../../../src/channels/cli/phone-twiml.js';
import type { Engine } from '../../../src/bootstrap.js';
import { openTestEngine } from '../../support/call.js';
import { serve } from '../../support/http.js';

export const TOKEN = 'test-token';
export const PUBLIC_BASE_URL = 'https://hotline.example.com';

export type Params = Record<string, string>;

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

export const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

export class FakeTwilio {
  readonly accountSid = sid('AC');

  /** `publicBase`: the URL Twilio is configured with (a proxy in front of `localBase`); null = the server's own. */
  constructor(
    readonly localBase: string,
    readonly publicBase: string | null,
    readonly token: string | null = TOKEN,
  ) {}

  /** The URL Twilio would request for a path or a URL taken from TwiML. */
  publicUrl(url: string): string {
    return url.startsWith('/') ? `${this.publicBase ?? this.localBase}${url}` : url;
  }

  /** POST a form as Twilio does, signed over the public URL (or with `signature` as given; null = unsigned). */
  async post(url: string, params: Params, signature?: string | null): Promise<Answer> {
    const publicUrl = this.publicUrl(url);
    const local = this.publicBase ? publicUrl.replace(this.publicBase, this.localBase) : publicUrl;
    const signed = signature === undefined ? (this.token ? twilio.getExpectedTwilioSignature(this.token, publicUrl, params) : null) : signature;
    const response = await fetch(local, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signed ? { 'x-twilio-signature': signed } : {}) },
      body: new URLSearchParams(params),
    });
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
  }
}

/** A server as production runs it, behind a proxy at PUBLIC_BASE_URL, and Twilio in front of it. */
export async function twilioServer(env: Record<string, string> = { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL }) {
  const engine = await openTestEngine({ env });
  const base = await serve(createServer(engine));
  return { engine, base, twilio: new FakeTwilio(base, env.PUBLIC_BASE_URL ?? null, env.TWILIO_AUTH_TOKEN ?? null) };
}

/** One phone call as Twilio runs it: dial, then answer each <Gather> by its action URL. */
export class TwilioCall {
  readonly callSid = sid('CA');
  answer!: Answer;
  twiml!: XmlElement;
  /** Every TwiML document of the call, in order. */
  readonly documents: XmlElement[] = [];

  constructor(
    readonly twilio: FakeTwilio,
    readonly engine: Engine,
    readonly from: string,
  ) {}

  static async dial(setup: { twilio: FakeTwilio; engine: Engine }, from: string): Promise<TwilioCall> {
    const call = new TwilioCall(setup.twilio, setup.engine, from);
    await call.request('/twilio/voice', { CallStatus: 'ringing' });
    return call;
  }

  /** The parameters Twilio sends on every request of this call. */
  params(extra: Params = {}): Params {
    return {
      CallSid: this.callSid,
      AccountSid: this.twilio.accountSid,
      From: this.from,
      To: '+8695598',
      CallStatus: 'in-progress',
      Direction: 'inbound',
      ApiVersion: '2010-04-01',
      ...extra,
    };
  }

  async request(url: string, extra: Params = {}): Promise<Answer> {
    this.answer = await this.twilio.post(url, this.params(extra));
    if (this.answer.status !== 200) throw new Error(`${url} answered ${this.answer.status}: ${this.answer.body}`);
    this.twiml = parseTwiml(this.answer.body);
    this.documents.push(this.twiml);
    return this.answer;
  }

  get verbs(): XmlElement[] {
    return elements(this.twiml);
  }
  get gather(): XmlElement | undefined {
    return this.verbs.find((v) => v.name === 'Gather');
  }
  /** What the caller hears in this document, one string per <Say>, inside the Gather or not. */
  get heard(): string[] {
    return this.verbs.flatMap((v) => (v.name === 'Say' ? [v] : v.name === 'Gather' ? elements(v, 'Say') : [])).map(textOf);
  }
  get version(): Promise<number | undefined> {
    return this.engine.stores.sessions.get(this.callSid).then((r) => r?.version);
  }

  private gatherResult(result: Params) {
    const action = this.gather?.attributes.action;
    if (!action) throw new Error(`no <Gather> to answer in ${this.answer.body}`);
    return this.request(action, result);
  }
  press(digits: string) {
    return this.gatherResult({ Digits: digits });
  }
  /**
   * Keys pressed one after another, as Twilio collects them: each <Gather> takes keys up to its
   * numDigits or its finishOnKey and posts them; the keys left go to the <Gather> it answers with.
   * A <Gather> still waiting after the last key posts what it has when its timeout runs out: call
   * silence() for that (the caller typed no more).
   */
  async type(keys: string) {
    let left = keys;
    while (left) {
      const limit = Number(this.gather?.attributes.numDigits ?? Infinity);
      const finish = this.gather?.attributes.finishOnKey ?? '#';
      let taken = '';
      while (left && taken.length < limit) {
        const key = left[0]!;
        left = left.slice(1);
        if (key === finish) break;
        taken += key;
      }
      await this.gatherResult({ Digits: taken });
    }
  }
  say(transcript: string, confidence = '0.9') {
    return this.gatherResult({ SpeechResult: transcript, Confidence: confidence });
  }
  silence() {
    return this.gatherResult({});
  }
  /** The status callback Twilio sends when the call ends. */
  hangUp(status = 'completed') {
    return this.twilio.post('/twilio/status', this.params({ CallStatus: status, CallDuration: '42' }));
  }
}

/** The digits in what was said, however they were spoken ("二 六 幺 幺", "2 6 1 1"), run together. */
export function digitsHeard(text: string): string {
  const words: Record<string, string> = { 零: '0', 〇: '0', 洞: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
  return text.replace(/[零〇洞一幺二两三四五六七八九]/g, (c) => words[c] ?? c).replace(/(\d)[\s,，、-]+(?=\d)/g, '$1');
}
