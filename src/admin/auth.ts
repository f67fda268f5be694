/**
 * Bearer-token guard of the admin API. The token is compared in constant time (through SHA-256, so
 * neither the content nor the length of the expected token leaks through timing).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

export function requireAdminToken(token: string | null): RequestHandler {
  const expected = token ? digest(token) : null;
  return (req, res, next) => {
    if (!expected) {
      // Only reachable outside production: production refuses to start without ADMIN_TOKEN.
      res.status(503).json({ error: 'admin_disabled', reason: 'admin API disabled: set ADMIN_TOKEN' });
      return;
    }
    if (!bearerMatches(req.get('authorization'), expected)) {
      res.set('WWW-Authenticate', 'Bearer realm="95598-admin"');
      res.status(401).json({ error: 'unauthorized', reason: 'a valid "Authorization: Bearer <ADMIN_TOKEN>" header is required' });
      return;
    }
    next();
  };
}

/** Whether an Authorization header carries the bearer token (`expected`: a token or its digest). */
export function bearerMatches(authorization: string | undefined, expected: string | Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return !!match && timingSafeEqual(digest(match[1]!), typeof expected === 'string' ? digest(expected) : expected);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
