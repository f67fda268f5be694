/**
 * Signing in to the duty desk (issue 12). A session is a random token in a cookie (HttpOnly,
 * SameSite=Strict, Secure in production, __Host- prefixed when Secure); the store keeps only its
 * SHA-256, so a copy of the database signs nobody in. Every state-changing request of a signed-in
 * browser carries the session's synchronizer token in X-CSRF-Token; sign-in itself is JSON only
 * and refuses a foreign Origin (a cross-site form can send neither).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { parseCookie } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';
import type { DeskConfig } from '../config.js';
import type { StaffSession, User } from '../services/ports.js';
import { verifySignIn } from '../services/users.js';
import type { StaffStores } from '../services/staff-stores.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function cookieName(config: DeskConfig): string {
  return config.secureCookies ? '__Host-95598-desk' : '95598-desk';
}

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

const sessions = new WeakMap<Request, StaffSession>();

/** The signed-in person of this request (after loadSession), or null. */
export function signedIn(req: Request): StaffSession | null {
  return sessions.get(req) ?? null;
}

/** Reads the session cookie, if any, and remembers the session for signedIn(). Never refuses. */
export function loadSession(staff: StaffStores, config: DeskConfig): RequestHandler {
  const name = cookieName(config);
  return async (req, _res, next) => {
    try {
      const token = parseCookie(req.get('cookie') ?? '')[name];
      if (token && /^[A-Za-z0-9_-]{20,100}$/.test(token)) {
        const session = await staff.signIns.get(hash(token));
        if (session) sessions.set(req, session);
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** A state-changing request of a signed-in browser must carry its CSRF token. */
export function csrfOk(req: Request, session: StaffSession): boolean {
  if (SAFE_METHODS.has(req.method)) return true;
  const sent = req.get('x-csrf-token') ?? '';
  const a = Buffer.from(hash(sent));
  const b = Buffer.from(hash(session.csrfToken));
  return sent.length > 0 && timingSafeEqual(a, b);
}

/** A request whose Origin (when the browser sends one) is not this site. */
export function foreignOrigin(req: Request): boolean {
  const origin = req.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.get('host');
  } catch {
    return true;
  }
}

/** Checks the name and password; on success a new session and its cookie. Answers the user and CSRF token, or null. */
export async function signIn(
  staff: StaffStores,
  config: DeskConfig,
  res: Response,
  name: string,
  password: string,
): Promise<{ user: User; csrfToken: string; expiresAt: string } | null> {
  const user = await verifySignIn(staff.users, name, password);
  if (!user) return null;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionHours * 3_600_000);
  await staff.signIns.create({ tokenHash: hash(token), userId: user.id, csrfToken, expiresAt });
  res.cookie(cookieName(config), token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
  return { user, csrfToken, expiresAt: expiresAt.toISOString() };
}

export async function signOut(staff: StaffStores, config: DeskConfig, req: Request, res: Response): Promise<void> {
  const session = signedIn(req);
  if (session) await staff.signIns.delete(session.tokenHash);
  res.clearCookie(cookieName(config), { httpOnly: true, sameSite: 'strict', secure: config.secureCookies, path: '/' });
}
