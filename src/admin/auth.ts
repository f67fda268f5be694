/**
 * Guard of the admin API: the ADMIN_TOKEN bearer (for scripts and operators: may do everything),
 * or a person signed in to the duty desk (a session cookie and, for changes, its CSRF token; what
 * they may do is their role's, src/admin/policy.ts). The token is compared in constant time
 * (through SHA-256, so neither the content nor the length of the expected token leaks through timing).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { DeskConfig } from '../config.js';
import { csrfOk, loadSession, signedIn } from '../console/auth.js';
import type { StaffStores } from '../services/staff-stores.js';

/** The bearer token, else a signed-in person of the duty desk. */
export function requireAdminAccess(token: string | null, staff: StaffStores, desk: DeskConfig): RequestHandler[] {
  const bearer = requireAdminToken(token);
  const session: RequestHandler = (req, res, next) => {
    const person = signedIn(req);
    if (req.get('authorization') !== undefined || !person) {
      bearer(req, res, next);
      return;
    }
    // The audit trail (src/observability/http.ts) names who acted.
    res.locals.actor = `${person.user.role}:${person.user.name}`;
    if (!csrfOk(req, person)) {
      res.status(403).json({ error: 'csrf', reason: 'a change needs the X-CSRF-Token header of your signed-in session' });
      return;
    }
    next();
  };
  return [loadSession(staff, desk), session];
}

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
