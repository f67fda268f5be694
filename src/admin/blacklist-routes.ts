/**
 * The blacklist (N23) for supervisors: list, add, approve a proposal, lift, and the audit history.
 *   GET    /blacklist?status=active|proposed|lifted|expired
 *   POST   /blacklist                    { phone, reason, expiresAt?, by? }  (+ X-Supervisor)
 *   POST   /blacklist/:number/approve    (X-Supervisor or { by })
 *   PATCH  /blacklist/:number            { reason, expiresAt? (null: until lifted), by? }  an active entry's term, explicitly
 *   DELETE /blacklist/:number            { reason } or ?reason=  (X-Supervisor or { by })
 *   GET    /blacklist/:number/history
 * Lists are paged (?limit=&cursor=); unknown query parameters and body fields are refused.
 */
import type { Router } from 'express';
import { BLACKLIST_STATUSES, type Blacklist } from '../services/ports.js';
import { badRequest, notFound } from './errors.js';
import { z } from 'zod';
import { futureInstant, oneOf, phone, requiredSupervisor, requiredText } from './params.js';
import { page, pageRequest } from './paging.js';
import { actor, checkedBody, checkedQuery, field } from './validation.js';

const PAGING = ['limit', 'cursor'] as const;

export function mountBlacklistRoutes(router: Router, blacklist: Blacklist, now: () => Date): void {
  router.get('/blacklist', async (req, res) => {
    const q = checkedQuery(req, ['status', ...PAGING]);
    const status = oneOf(q.status, BLACKLIST_STATUSES, 'status');
    const items = await blacklist.list(status ? { status } : {});
    res.json(page(items, pageRequest(q.limit, q.cursor), (entry) => entry.phone));
  });

  // A number in force is not added again (409, BlacklistEntryExists): lift it first, or approve the proposal.
  router.post('/blacklist', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ phone: field, reason: field, expiresAt: field, ...actor }));
    const by = requiredSupervisor(req, b);
    const number = phone(typeof b.phone === 'string' ? b.phone : undefined);
    if (!number) throw badRequest('phone is required');
    const reason = requiredText(b.reason, 'reason', 500);
    const expiresAt = futureInstant(b.expiresAt, 'expiresAt', now()) ?? null;
    res.status(201).json(await blacklist.add({ phone: number, reason, by, expiresAt }));
  });

  router.post('/blacklist/:number/approve', async (req, res) => {
    checkedQuery(req, []);
    const number = phone(req.params.number, 'number')!;
    const entry = await blacklist.approve(number, requiredSupervisor(req, checkedBody(req, z.strictObject(actor))));
    if (!entry) throw notFound(`no proposed blacklist entry for ${number}`);
    res.json(entry);
  });

  // The explicit way to change an active entry's term (a re-add is 409): the history says 'updated'.
  router.patch('/blacklist/:number', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ reason: field, expiresAt: field, ...actor }));
    const number = phone(req.params.number, 'number')!;
    const by = requiredSupervisor(req, b);
    const reason = requiredText(b.reason, 'reason', 500);
    const expiresAt = b.expiresAt === null ? null : futureInstant(b.expiresAt, 'expiresAt', now());
    const entry = await blacklist.update(number, { reason, by, ...(expiresAt !== undefined ? { expiresAt } : {}) });
    if (!entry) throw notFound(`${number} has no active blacklist entry (add it, or approve its proposal)`);
    res.json(entry);
  });

  router.delete('/blacklist/:number', async (req, res) => {
    const q = checkedQuery(req, ['reason']);
    const b = checkedBody(req, z.strictObject({ reason: field, ...actor }));
    const number = phone(req.params.number, 'number')!;
    const by = requiredSupervisor(req, b);
    const reason = requiredText(b.reason ?? q.reason, 'reason (body or ?reason=)', 500);
    const entry = await blacklist.lift(number, by, reason);
    if (!entry) throw notFound(`${number} is not on the blacklist (no active or proposed entry)`);
    res.json(entry);
  });

  router.get('/blacklist/:number/history', async (req, res) => {
    const q = checkedQuery(req, PAGING);
    const number = phone(req.params.number, 'number')!;
    const history = (await blacklist.history(number)).map((item, index) => ({ item, key: String(index) }));
    const { items, ...rest } = page(history, pageRequest(q.limit, q.cursor), (h) => h.key);
    res.json({ phone: number, ...rest, items: items.map((h) => h.item) });
  });
}
