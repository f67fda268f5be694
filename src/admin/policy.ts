/**
 * What a signed-in person may do through the admin API, by role (issue 12: an agent cannot lift a
 * blacklist entry). The ADMIN_TOKEN bearer may do everything. A change not listed here is for
 * admins only, so a new route is never open by mistake.
 */
import type { RequestHandler } from 'express';
import { signedIn } from '../console/auth.js';
import { can, type Permission } from '../services/users.js';

const CHANGES: { method: string; path: RegExp; permission: Permission }[] = [
  { method: 'PATCH', path: /^\/callbacks\/[^/]+$/, permission: 'callback.update' },
  { method: 'PATCH', path: /^\/escalations\/[^/]+$/, permission: 'escalation.update' },
  { method: 'POST', path: /^\/blacklist$/, permission: 'blacklist.change' },
  { method: 'POST', path: /^\/blacklist\/[^/]+\/approve$/, permission: 'blacklist.change' },
  { method: 'PATCH', path: /^\/blacklist\/[^/]+$/, permission: 'blacklist.change' },
  { method: 'DELETE', path: /^\/blacklist\/[^/]+$/, permission: 'blacklist.change' },
  { method: 'PUT', path: /^\/announcement$/, permission: 'announcement.set' },
  { method: 'POST', path: /^\/work-orders\/[^/]+\/result$/, permission: 'workorder.resolve' },
  { method: 'POST', path: /^\/callbacks$/, permission: 'callback.create' },
  { method: 'PATCH', path: /^\/outbound\/tasks\/[^/]+$/, permission: 'outbound.manage' },
  { method: 'POST', path: /^\/campaigns$/, permission: 'campaign.manage' },
  { method: 'PATCH', path: /^\/campaigns\/[^/]+$/, permission: 'campaign.manage' },
];

export function permissionFor(method: string, path: string): Permission {
  if (method === 'GET' || method === 'HEAD') return path.startsWith('/users') ? 'users.manage' : 'view';
  return CHANGES.find((c) => c.method === method && c.path.test(path))?.permission ?? 'users.manage';
}

export const authorize: RequestHandler = (req, res, next) => {
  const person = signedIn(req);
  if (!person) {
    next(); // the bearer token
    return;
  }
  const permission = permissionFor(req.method, req.path);
  if (!can(person.user.role, permission)) {
    res.status(403).json({ error: 'forbidden', reason: `a${person.user.role === 'agent' || person.user.role === 'admin' ? 'n' : ''} ${person.user.role} may not do this (${permission})` });
    return;
  }
  next();
};
