/** Security headers: set once from helmet's own answer, the same on every route as helmet per request. */
import express from 'express';
import { describe, expect, it } from 'vitest';
import { helmetPolicy, securityHeaders } from '../../src/security/headers.js';
import { serve } from '../support/http.js';

async function headersOf(handler: express.RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.use(handler);
  app.post('/twilio/voice', (_req, res) => void res.type('text/xml').send('<Response/>'));
  const base = await serve(app);
  const answer = await fetch(`${base}/twilio/voice`, { method: 'POST' });
  const headers = Object.fromEntries([...answer.headers].filter(([name]) => !['date', 'etag', 'content-length', 'connection', 'keep-alive'].includes(name)));
  return headers;
}

describe('security headers', () => {
  it('are what helmet sets per request, plus no-store; X-Powered-By is removed', async () => {
    const once = await headersOf(securityHeaders());
    const perRequest = await headersOf(helmetPolicy());
    expect(once).toEqual({ ...perRequest, 'cache-control': 'no-store' });
    expect(once).toMatchObject({ 'content-security-policy': "default-src 'none';frame-ancestors 'none'", 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
    expect(once['x-powered-by']).toBeUndefined();
  });
});
