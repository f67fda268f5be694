/**
 * Security headers on every route (helmet): nosniff, no framing, no referrer, HSTS, and a CSP that
 * allows nothing (the chat page sets its own 'self' policy on its files). Every answer is
 * `Cache-Control: no-store` unless a route says otherwise (the page's static files revalidate):
 * API answers carry personal data and must never sit in a shared cache.
 *
 * The policy is the same for every request (no nonces), so helmet is asked once, at start-up, on a
 * recording response, and its headers are set with one middleware: helmet's chain of a dozen
 * middlewares, the CSP built again per request, was 6% of a turn's CPU in the benchmark.
 */
import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/** Helmet as this server configures it (also run per request by the test that compares the two). */
export const helmetPolicy = () =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });

/** The headers helmet sets and removes, recorded once. */
export function helmetHeaders(): { set: [string, string][]; removed: string[] } {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => void set.push([name, String(value)]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let passed = false;
  helmetPolicy()({ method: 'GET', url: '/', headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    passed = true;
  });
  if (!passed) throw new Error('helmet did not pass the request on: its headers cannot be set once');
  return { set, removed };
}

export function securityHeaders(): RequestHandler {
  const { set, removed } = helmetHeaders();
  set.push(['Cache-Control', 'no-store']);
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
