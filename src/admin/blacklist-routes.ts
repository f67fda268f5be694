/**
 * The blacklist (N23) for supervisors: list, add, approve a proposal, lift, and the audit history.
 *   GET    /blacklist?status=active|proposed|lifted|expired
 *   POST   /blacklist                    { phone, reason, expiresAt?, by? }  (+ X-Supervisor)
 *   POST   /blacklist/:number/approve    (X-Supervisor or { by })
 *   DELETE /blacklist/:number            { reason } or ?reason=  (X-Supervisor or { by })
 *   GET    /blacklist/:number/history
 */
import type { Router } from 'express';
import { BLACKLIST_STATUSES, type Blacklist } from '../services/ports.js';
import { badRequest, notFound } from './errors.js';
import { body, futureInstant, oneOf, phone, query, requiredSupervisor, requiredText } from './params.js';

export function mountBlacklistRoutes(router: Router, blacklist: Blacklist, now: () => Date): void {
  router.get('/blacklist', async (req, res) => {
    const status = oneOf(query(req, 'status'), BLACKLIST_STATUSES, 'status');
    const items = await blacklist.list(status ? { status } : {});
    res.json({ count: items.length, items });
  });

  router.post('/blacklist', async (req, res) => {
    const b = body(req);
    const by = requiredSupervisor(req, b);
    const number = phone(typeof b.phone === 'string' ? b.phone : undefined);
    if (!number) throw badRequest('phone is required');
    const reason = requiredText(b.reason, 'reason', 500);
    const expiresAt = futureInstant(b.expiresAt, 'expiresAt', now()) ?? null;
    res.status(201).json(await blacklist.add({ phone: number, reason, by, expiresAt }));
  });

  router.post('/blacklist/:number/approve', async (req, res) => {
    const number = phone(req.params.number, 'number')!;
    const entry = await blacklist.approve(number, requiredSupervisor(req, body(req)));
    if (!entry) throw notFound(`no proposed blacklist entry for ${number}`);
    res.json(entry);
  });

  router.delete('/blacklist/:number', async (req, res) => {
    const b = body(req);
    const number = phone(req.params.number, 'number')!;
    const by = requiredSupervisor(req, b);
    const reason = requiredText(b.reason ?? query(req, 'reason'), 'reason (body or ?reason=)', 500);
    const entry = await blacklist.lift(number, by, reason);
    if (!entry) throw notFound(`${number} is not on the blacklist (no active or proposed entry)`);
    res.json(entry);
  });

  router.get('/blacklist/:number/history', async (req, res) => {
    const number = phone(req.params.number, 'number')!;
    const items = await blacklist.history(number);
    res.json({ phone: number, count: items.length, items });
  });
}
