/**
 * The benchmark's Twilio: signed webhooks (X-Twilio-Signature over URL + parameters, as Twilio
 * signs them), the next URL taken from the TwiML answered. One driver for every server measured,
 * over keep-alive connections, so both pay the same client.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import twilio from 'twilio';
import { BENCH_TOKEN } from './servers.js';

export type Params = Record<string, string>;

/** The fault-report call of the demo customer, one entry per <Gather> answered (docs/performance.md). */
export const FAULT_REPORT: Params[] = [
  {}, // silence at the language menu: Mandarin
  { Digits: '1' }, // fault report
  { Digits: '1' }, // yes, my account
  { Digits: '2' }, // no danger
  { Digits: '1' }, // only my home
  { SpeechResult: '家里全部没电了', Confidence: '0.9' }, // what happened
  { Digits: '1' }, // the read-back is right
  { Digits: '1' }, // the number is right (its own turn since the turn budget, issue 14)
  {}, // the ticket said twice, "press 1 to hear it again": silence goes on
  { Digits: '2' }, // nothing else: goodbye
];
export const CALLER = '+8613800138000';
/** Every CallSid of this run starts with CA<RUN>: what a run leaves in a shared Redis can be found. */
export const RUN = randomBytes(3).toString('hex');
let calls = 0;

export interface Answer {
  status: number;
  body: string;
  ms: number;
}

export class Driver {
  private readonly agent: http.Agent;

  constructor(
    readonly base: string,
    concurrency: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: concurrency + 1 });
  }

  newCallSid(): string {
    return `CA${RUN}${String(++calls).padStart(26, '0')}`;
  }

  post(path: string, params: Params): Promise<Answer> {
    const url = `${this.base}${path}`;
    const body = new URLSearchParams(params).toString();
    const signature = twilio.getExpectedTwilioSignature(BENCH_TOKEN, url, params);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'x-twilio-signature': signature },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

const GATHER_ACTION = /<Gather\b[^>]*\saction="([^"]+)"/;
const unescape = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/** The path of the Gather action in a TwiML document (site-relative, as the servers answer), or null. */
export function gatherAction(twiml: string): string | null {
  const match = GATHER_ACTION.exec(twiml);
  return match ? unescape(match[1]!).replace(/^https?:\/\/[^/]+/, '') : null;
}

export interface CallResult {
  /** Per webhook answered with TwiML, in order: latency in ms. */
  latencies: number[];
  documents: string[];
}

/**
 * Plays one call: /twilio/voice, then each answer of `answers` to the Gather of the last TwiML,
 * then the status callback. Throws when the server's TwiML leaves the script (no Gather where one
 * is expected, a final document that does not hang up).
 */
export async function playCall(driver: Driver, answers: Params[], options: { keep?: boolean; hangUp?: boolean } = {}): Promise<CallResult> {
  const callSid = driver.newCallSid();
  const common: Params = { CallSid: callSid, AccountSid: 'ACbench', From: CALLER, To: '+8695598', CallStatus: 'in-progress', Direction: 'inbound', ApiVersion: '2010-04-01' };
  const latencies: number[] = [];
  const documents: string[] = [];
  let answer = await driver.post('/twilio/voice', { ...common, CallStatus: 'ringing' });
  for (let i = 0; ; i++) {
    if (answer.status !== 200) throw new Error(`turn ${i + 1}: HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
    latencies.push(answer.ms);
    if (options.keep) documents.push(answer.body);
    if (i === answers.length) break;
    const action = gatherAction(answer.body);
    if (!action) throw new Error(`turn ${i + 1}: no <Gather> to answer (the script left the flow): ${answer.body.slice(0, 300)}`);
    answer = await driver.post(action, { ...common, ...answers[i] });
  }
  if (options.hangUp !== false) {
    const last = documents.at(-1) ?? answer.body;
    if (answers === FAULT_REPORT && !last.includes('<Hangup/>')) throw new Error(`the call did not end with <Hangup/>: ${last.slice(0, 300)}`);
    await driver.post('/twilio/status', { ...common, CallStatus: 'completed', CallDuration: '95' });
  }
  return { latencies, documents };
}

export interface RoundResult {
  turns: number;
  seconds: number;
  latencies: number[];
  errors: number;
}

/** `concurrency` callers each playing `answers` calls back to back for `seconds`. */
export async function runRound(driver: Driver, concurrency: number, seconds: number, answers: Params[] = FAULT_REPORT): Promise<RoundResult> {
  const until = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const caller = async () => {
    while (performance.now() < until) {
      try {
        latencies.push(...(await playCall(driver, answers)).latencies);
      } catch (error) {
        if (++errors === 1) console.error(`  ${(error as Error).message}`);
        if (errors > 20) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  return { turns: latencies.length, seconds: (performance.now() - started) / 1000, latencies, errors };
}
