/**
 * Security headers on every route (helmet): nosniff, no framing, no referrer, HSTS, and a CSP that
 * allows nothing (the chat page sets its own 'self' policy on its files). Every answer is
 * `Cache-Control: no-store` unless a route says otherwise (the page's static files revalidate):
 * API answers carry personal data and must never sit in a shared cache.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
    }),
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
  ];
}
