/**
 * The supervisors' admin API (JSON, Authorization: Bearer $ADMIN_TOKEN), mounted at /api/admin.
 *   GET   /work-orders?phone&account&kind&status&from&to
 *   GET   /callbacks?phone&status&kind&from&to          (from/to on the due time)
 *   PATCH /callbacks/:id                { status }
 *   GET   /escalations?status&phone&from&to             (queue order: priority, then oldest)
 *   GET   /escalations/:id
 *   PATCH /escalations/:id              { status, outcome?, supervisor?, callbackDueAt? }
 *   GET   /incidents?phone&kind&from&to
 *   ...   /blacklist                    (see blacklist-routes.ts)
 *   GET   /announcement    PUT /announcement   { text: { 'zh-CN': ... } } | {} | null (clears)
 *   GET   /outbox?status&kind
 * from/to: YYYY-MM-DD (a whole Asia/Shanghai day) or a date-time with offset.
 * Lists are paged (?limit=, ?cursor=: { count, total, items, nextCursor }); unknown query
 * parameters and body fields are refused (src/admin/validation.ts).
 */
import { z } from 'zod';
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import type { Engine } from '../bootstrap.js';
import {
  CALLBACK_KINDS,
  CALLBACK_STATUSES,
  ESCALATION_STATUSES,
  INCIDENT_KINDS,
  OUTBOX_KINDS,
  WORK_ORDER_KINDS,
  WORK_ORDER_STATUSES,
} from '../services/ports.js';
import { EscalationClosed } from '../services/escalation-rules.js';
import { BlacklistEntryExists } from '../services/blacklist-entry.js';
import { requireAdminAccess } from './auth.js';
import { authorize } from './policy.js';
import { mountUserRoutes } from './user-routes.js';
import { mountBlacklistRoutes } from './blacklist-routes.js';
import { AdminError, badRequest, notFound } from './errors.js';
import { dateRange, futureInstant, oneOf, phone, requiredSupervisor, supervisorOf, text } from './params.js';
import { page, pageRequest } from './paging.js';
import { actor, checkedBody, checkedQuery, field } from './validation.js';

/** Every list takes these (cursor paging, src/admin/paging.ts). */
export const PAGING = ['limit', 'cursor'] as const;

export interface AdminRouterOptions {
  now?: () => Date;
  /** Refuses a client after repeated failed authentications (src/security/rate-limits.ts). */
  limits?: { adminFailures: RequestHandler };
}

export function adminRouter(engine: Engine, options: AdminRouterOptions = {}): Router {
  const services = engine.stores.services;
  const now = options.now ?? (() => new Date());
  const router = express.Router();
  if (options.limits) router.use(options.limits.adminFailures);
  // Authentication before parsing: an unauthenticated body is never read.
  router.use(requireAdminAccess(engine.config.adminToken, engine.stores.staff, engine.config.desk), authorize);
  // strict: false so that a PUT of a bare `null` clears the announcement.
  router.use(express.json({ limit: '32kb', strict: false }));

  /** One page of a list (?limit=&cursor=, src/admin/paging.ts). */
  const list = <T extends { id: string }>(q: { limit?: string; cursor?: string }, items: T[]) => page(items, pageRequest(q.limit, q.cursor), (item) => item.id);

  router.get('/work-orders', async (req, res) => {
    const q = checkedQuery(req, ['phone', 'account', 'kind', 'type', 'status', 'from', 'to', ...PAGING]);
    const items = await services.workOrders.list({
      ...defined({
        phone: phone(q.phone),
        account: account(q.account),
        kind: oneOf(q.kind ?? q.type, WORK_ORDER_KINDS, 'kind'),
        status: oneOf(q.status, WORK_ORDER_STATUSES, 'status'),
      }),
      ...dateRange(req),
    });
    res.json(list(q, items));
  });

  router.get('/callbacks', async (req, res) => {
    const q = checkedQuery(req, ['phone', 'status', 'kind', 'type', 'from', 'to', ...PAGING]);
    const items = await services.callbacks.list({
      ...defined({
        phone: phone(q.phone),
        status: oneOf(q.status, CALLBACK_STATUSES, 'status'),
        kind: oneOf(q.kind ?? q.type, CALLBACK_KINDS, 'kind'),
      }),
      ...dateRange(req),
    });
    res.json(list(q, items));
  });

  router.patch('/callbacks/:id', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ status: field, ...actor }));
    const status = oneOf(stringField(b.status, 'status'), CALLBACK_STATUSES, 'status');
    if (!status) throw badRequest(`status is required (${CALLBACK_STATUSES.join(', ')})`);
    const task = await services.callbacks.update(req.params.id, { status });
    if (!task) throw notFound(`no callback task ${req.params.id}`);
    res.json(task);
  });

  router.get('/escalations', async (req, res) => {
    const q = checkedQuery(req, ['status', 'phone', 'from', 'to', ...PAGING]);
    const items = await services.escalations.list({
      ...defined({
        status: oneOf(q.status, ESCALATION_STATUSES, 'status'),
        phone: phone(q.phone),
      }),
      ...dateRange(req),
    });
    res.json(list(q, items));
  });

  router.get('/escalations/:id', async (req, res) => {
    checkedQuery(req, []);
    const escalation = await services.escalations.get(req.params.id);
    if (!escalation) throw notFound(`no escalation ${req.params.id}`);
    res.json(escalation);
  });

  router.patch('/escalations/:id', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ status: field, outcome: field, supervisor: field, callbackDueAt: field, ...actor }));
    const status = oneOf(stringField(b.status, 'status'), ESCALATION_STATUSES, 'status');
    if (!status) throw badRequest(`status is required (${ESCALATION_STATUSES.join(', ')})`);
    // Who changes it is audited: the X-Supervisor header, body.by, or the supervisor who took it.
    const supervisor = supervisorOf(req, b) ?? text(b.supervisor, 'supervisor', 100);
    if (!supervisor) throw badRequest("the supervisor's name is required: an X-Supervisor header, body.by or body.supervisor");
    const outcome = text(b.outcome, 'outcome');
    const callbackDueAt = futureInstant(b.callbackDueAt, 'callbackDueAt', now());
    const current = await services.escalations.get(req.params.id);
    if (!current) throw notFound(`no escalation ${req.params.id}`);
    // Idempotent: asking for the state it is already in, with nothing new, changes nothing.
    if (current.status === status && (outcome === undefined || outcome === current.outcome) && !callbackDueAt) {
      res.json(current);
      return;
    }
    const updated = await services.escalations.update(req.params.id, {
      status,
      supervisor,
      ...(outcome !== undefined ? { outcome } : {}),
      ...(callbackDueAt ? { callbackDueAt } : {}),
    });
    if (!updated) throw notFound(`no escalation ${req.params.id}`);
    res.json(updated);
  });

  router.get('/incidents', async (req, res) => {
    const q = checkedQuery(req, ['phone', 'kind', 'type', 'from', 'to', ...PAGING]);
    const items = await services.incidents.list({
      ...defined({
        phone: phone(q.phone),
        kind: oneOf(q.kind ?? q.type, INCIDENT_KINDS, 'kind'),
      }),
      ...dateRange(req),
    });
    res.json(list(q, items));
  });

  mountBlacklistRoutes(router, services.blacklist, now);
  mountUserRoutes(router, engine.stores.staff.users);

  router.get('/announcement', async (req, res) => {
    checkedQuery(req, []);
    res.json({ announcement: await services.announcements.current() });
  });

  router.put('/announcement', async (req, res) => {
    checkedQuery(req, []);
    // A bare null clears it; otherwise only `text` (and who) may be sent: a misspelled field is refused.
    const b: { text?: unknown; by?: string | undefined } = req.body === null ? {} : checkedBody(req, z.strictObject({ text: field, ...actor }));
    if (b.text === undefined || b.text === null) {
      await services.announcements.set(null, supervisorOf(req, b) ?? 'admin API');
      res.json({ announcement: null });
      return;
    }
    const announcement = await services.announcements.set({ text: b.text as Record<string, string>, by: requiredSupervisor(req, b) });
    res.json({ announcement });
  });

  router.get('/outbox', async (req, res) => {
    const q = checkedQuery(req, ['status', 'kind', 'type', ...PAGING]);
    const items = await services.outbox.list(
      defined({
        status: oneOf(q.status, ['pending', 'delivered'] as const, 'status'),
        kind: oneOf(q.kind ?? q.type, OUTBOX_KINDS, 'kind'),
      }),
    );
    res.json(list(q, items));
  });

  router.use(adminErrors);
  return router;
}

/** Refusals as {error, reason}; domain rule violations (RangeError) are bad input, not a 500. */
const adminErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (error instanceof AdminError) {
    res.status(error.status).json({ error: error.code, reason: error.message });
  } else if (error instanceof EscalationClosed || error instanceof BlacklistEntryExists) {
    res.status(409).json({ error: 'conflict', reason: error.message });
  } else if (error instanceof RangeError) {
    res.status(400).json({ error: 'bad_request', reason: error.message });
  } else if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
    // Malformed JSON or an oversized body (express.json).
    res.status(error.status).json({ error: 'bad_request', reason: (error as Error).message });
  } else {
    next(error);
  }
};

function account(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const digits = value.replace(/\s+/g, '');
  if (!/^\d{10}$/.test(digits)) throw badRequest(`account must be a 10-digit account number, got '${value}'`);
  return digits;
}

function stringField(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`${name} must be text`);
  return value;
}

/** Drops undefined values, so a filter only names what was asked for. */
function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
