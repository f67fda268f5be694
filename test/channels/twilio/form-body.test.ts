/** Twilio's form bodies, read without body-parser: what it parsed is parsed, what it refused is refused. */
import express from 'express';
import { describe, expect, it } from 'vitest';
import { parseForm, twilioFormBody } from '../../../src/channels/twilio/form-body.js';
import { serve } from '../../support/http.js';

async function server() {
  const app = express();
  app.use(twilioFormBody(1024));
  app.post('/', (req, res) => void res.json({ body: req.body ?? null }));
  app.use(((error, _req, res, _next) => void res.status((error as { status: number }).status).json({ reason: (error as Error).message })) as express.ErrorRequestHandler);
  return serve(app);
}

const post = (base: string, body: string, type = 'application/x-www-form-urlencoded') =>
  fetch(base, { method: 'POST', headers: { 'content-type': type }, body }).then(async (r) => ({ status: r.status, json: (await r.json()) as Record<string, unknown> }));

describe("Twilio's form body", () => {
  it('parses the fields as Twilio encodes them: + and %XX, Chinese speech, an empty value', async () => {
    const base = await server();
    const params = new URLSearchParams({ CallSid: 'CA1', SpeechResult: '家里全部没电了 please', Digits: '', From: '+8613800138000' });
    expect(await post(base, params.toString())).toEqual({ status: 200, json: { body: { CallSid: 'CA1', SpeechResult: '家里全部没电了 please', Digits: '', From: '+8613800138000' } } });
    expect(Object.getPrototypeOf(parseForm('__proto__=x&constructor=y'))).toBeNull();
  });

  it('refuses a body over the limit (413), another charset (415); another type is left unread', async () => {
    const base = await server();
    expect((await post(base, `a=${'x'.repeat(2000)}`)).status).toBe(413);
    expect((await post(base, 'a=1', 'application/x-www-form-urlencoded; charset=iso-8859-1')).status).toBe(415);
    expect((await post(base, 'a=1', 'application/x-www-form-urlencoded; charset=UTF-8')).json).toEqual({ body: { a: '1' } });
    expect((await post(base, '{"a":1}', 'application/json')).json).toEqual({ body: null });
    expect(() => parseForm(Array.from({ length: 1001 }, (_, i) => `f${i}=1`).join('&'))).toThrow(/too many/);
  });
});
