/**
 * The calls the dialler places, end to end over HTTP (N15-N19): the dialler creates the call
 * through Twilio's REST API (helper library, injected HTTP client); Twilio, acting here, requests
 * the answer webhook with AnsweredBy (signed), follows the TwiML, and posts the status callback.
 */
import { describe, expect, it } from 'vitest';
import { elements, parseTwiml, textOf } from '../../../src/channels/cli/phone-twiml.js';
import { readyCallback } from '../../support/outbound.js';
import { FakeTwilioCalls, testDialer, type CreatedCall } from '../../support/twilio-calls-api.js';
import { openTestEngine, ZHANG_WEI } from '../../support/call.js';
import { serve } from '../../support/http.js';
import { createServer } from '../../../src/server.js';
import { FakeTwilio, PUBLIC_BASE_URL, TOKEN, type Params } from './fake-twilio.js';

/** Twilio's side of a call the dialler placed. */
class PlacedCall {
  twiml = parseTwiml('<Response/>');
  constructor(
    private readonly twilio: FakeTwilio,
    readonly created: CreatedCall,
  ) {}
  params(extra: Params = {}): Params {
    return { CallSid: this.created.sid, AccountSid: this.twilio.accountSid, From: this.created.from, To: this.created.to, Direction: 'outbound-api', ApiVersion: '2010-04-01', ...extra };
  }
  async post(url: string, extra: Params) {
    const answer = await this.twilio.post(url, this.params(extra));
    expect(answer.status, answer.body).toBe(200);
    this.twiml = parseTwiml(answer.body);
  }
  pickUp(answeredBy = 'human') {
    return this.post(this.created.url, { CallStatus: 'in-progress', AnsweredBy: answeredBy });
  }
  press(digits: string) {
    const action = elements(this.twiml).find((v) => v.name === 'Gather')?.attributes.action;
    if (!action) throw new Error('no <Gather> to answer');
    return this.post(action, { Digits: digits });
  }
  get heard(): string {
    return elements(this.twiml)
      .flatMap((v) => (v.name === 'Say' ? [v] : v.name === 'Gather' ? elements(v, 'Say') : []))
      .map(textOf)
      .join(' ');
  }
  get verbs(): string[] {
    return elements(this.twiml).map((v) => v.name);
  }
  status(status: string, extra: Params = {}) {
    return this.twilio.post(this.created.statusCallback, this.params({ CallStatus: status, ...extra }));
  }
}

async function setup() {
  // Inside the morning window: 10:00 Shanghai.
  const now = () => new Date('2026-11-25T10:00:00+08:00');
  const engine = await openTestEngine({ env: { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL }, now });
  const twilio = new FakeTwilio(await serve(createServer(engine)), PUBLIC_BASE_URL);
  const api = new FakeTwilioCalls();
  return { engine, twilio, api, dialer: testDialer(engine, api, { now }), now };
}

describe('Twilio: the calls the dialler places', () => {
  it('N16, N17, N19: answered by the customer, the callback is heard, answered by key, and closed; the status callback ends it', async () => {
    const { engine, twilio, api, dialer, now } = await setup();
    const { task, callback } = await readyCallback(engine, { now: now() });
    expect((await dialer.round()).placed).toBe(1);
    const call = new PlacedCall(twilio, api.calls[0]!);
    expect(call.created.url).toBe(`https://hotline.example.com/twilio/outbound?task=${task.id}`);
    await call.pickUp();
    expect(call.heard).toMatch(/95598.*张伟/);
    expect(call.verbs).toEqual(['Gather']);
    for (const key of ['1', '1', '1', '1']) await call.press(key);
    expect(call.heard).toMatch(/您还有什么意见或建议吗/);
    await call.press('2'); // a key at a free-text question: no opinion, the call closes
    expect(call.heard).toContain('很抱歉占用您宝贵时间，谢谢您！再见');
    expect(call.verbs.at(-1)).toBe('Hangup');
    expect((await call.status('completed', { CallDuration: '95', AnsweredBy: 'human' })).status).toBe(204);
    expect(await engine.stores.services.outbound.get(task.id)).toMatchObject({
      status: 'done', conclusion: 'completed', result: { satisfaction: 'satisfied' },
      history: [{ attempt: 1, status: 'completed', answeredBy: 'human', durationSeconds: 95 }],
    });
    expect((await engine.stores.services.callbacks.get(callback.id))?.status).toBe('done');
  });

  it('a machine that answers hears nothing (no <Say>), and the task is tried again later', async () => {
    const { engine, twilio, api, dialer, now } = await setup();
    const { task } = await readyCallback(engine, { now: now() });
    await dialer.round();
    const call = new PlacedCall(twilio, api.calls[0]!);
    await call.pickUp('machine_start');
    expect(call.verbs).toEqual(['Hangup']);
    await call.status('completed', { AnsweredBy: 'machine_start' });
    expect(await engine.stores.services.outbound.get(task.id)).toMatchObject({ status: 'pending', lastOutcome: 'machine', attempts: 1 });
  });

  it('no answer: the status callback alone records it and the task is tried again', async () => {
    const { engine, twilio, api, dialer, now } = await setup();
    const { task } = await readyCallback(engine, { now: now() });
    await dialer.round();
    const call = new PlacedCall(twilio, api.calls[0]!);
    await call.status('ringing');
    await call.status('no-answer');
    expect(await engine.stores.services.outbound.get(task.id)).toMatchObject({ status: 'pending', lastOutcome: 'no-answer', history: [{ status: 'no-answer' }] });
  });

  it('an answer for a task we are not dialling on that call hangs up without a word; unsigned requests are refused', async () => {
    const { engine, twilio, api, dialer, now } = await setup();
    const { task } = await readyCallback(engine, { now: now() });
    await dialer.round();
    const forged = new PlacedCall(twilio, { ...api.calls[0]!, sid: `CA${'9'.repeat(32)}` });
    await forged.pickUp();
    expect(forged.verbs).toEqual(['Hangup']);
    expect(await engine.stores.sessions.get(forged.created.sid)).toBeNull();
    expect((await twilio.post(`/twilio/outbound?task=${task.id}`, { CallSid: api.calls[0]!.sid, To: ZHANG_WEI.phone }, null)).status).toBe(403);
  });
});
