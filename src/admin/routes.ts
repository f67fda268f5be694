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
 */
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
import { requireAdminToken } from './auth.js';
import { mountBlacklistRoutes } from './blacklist-routes.js';
import { AdminError, badRequest, notFound } from './errors.js';
import { body, dateRange, futureInstant, oneOf, phone, query, requiredSupervisor, supervisorOf, text } from './params.js';

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
  router.use(requireAdminToken(engine.config.adminToken));
  // strict: false so that a PUT of a bare `null` clears the announcement.
  router.use(express.json({ limit: '32kb', strict: false }));

  const list = <T>(items: T[]) => ({ count: items.length, items });

  router.get('/work-orders', async (req, res) => {
    const items = await services.workOrders.list({
      ...defined({
        phone: phone(query(req, 'phone')),
        account: account(query(req, 'account')),
        kind: oneOf(query(req, 'kind') ?? query(req, 'type'), WORK_ORDER_KINDS, 'kind'),
        status: oneOf(query(req, 'status'), WORK_ORDER_STATUSES, 'status'),
      }),
      ...dateRange(req),
    });
    res.json(list(items));
  });

  router.get('/callbacks', async (req, res) => {
    const items = await services.callbacks.list({
      ...defined({
        phone: phone(query(req, 'phone')),
        status: oneOf(query(req, 'status'), CALLBACK_STATUSES, 'status'),
        kind: oneOf(query(req, 'kind') ?? query(req, 'type'), CALLBACK_KINDS, 'kind'),
      }),
      ...dateRange(req),
    });
    res.json(list(items));
  });

  router.patch('/callbacks/:id', async (req, res) => {
    const status = oneOf(stringField(body(req).status, 'status'), CALLBACK_STATUSES, 'status');
    if (!status) throw badRequest(`status is required (${CALLBACK_STATUSES.join(', ')})`);
    const task = await services.callbacks.update(req.params.id, { status });
    if (!task) throw notFound(`no callback task ${req.params.id}`);
    res.json(task);
  });

  router.get('/escalations', async (req, res) => {
    const items = await services.escalations.list({
      ...defined({
        status: oneOf(query(req, 'status'), ESCALATION_STATUSES, 'status'),
        phone: phone(query(req, 'phone')),
      }),
      ...dateRange(req),
    });
    res.json(list(items));
  });

  router.get('/escalations/:id', async (req, res) => {
    const escalation = await services.escalations.get(req.params.id);
    if (!escalation) throw notFound(`no escalation ${req.params.id}`);
    res.json(escalation);
  });

  router.patch('/escalations/:id', async (req, res) => {
    const b = body(req);
    const status = oneOf(stringField(b.status, 'status'), ESCALATION_STATUSES, 'status');
    if (!status) throw badRequest(`status is required (${ESCALATION_STATUSES.join(', ')})`);
    const supervisor = supervisorOf(req, b) ?? text(b.supervisor, 'supervisor', 100);
    const outcome = text(b.outcome, 'outcome');
    const callbackDueAt = futureInstant(b.callbackDueAt, 'callbackDueAt', now());
    const updated = await services.escalations.update(req.params.id, {
      status,
      ...(outcome !== undefined ? { outcome } : {}),
      ...(supervisor ? { supervisor } : {}),
      ...(callbackDueAt ? { callbackDueAt } : {}),
    });
    if (!updated) throw notFound(`no escalation ${req.params.id}`);
    res.json(updated);
  });

  router.get('/incidents', async (req, res) => {
    const items = await services.incidents.list({
      ...defined({
        phone: phone(query(req, 'phone')),
        kind: oneOf(query(req, 'kind') ?? query(req, 'type'), INCIDENT_KINDS, 'kind'),
      }),
      ...dateRange(req),
    });
    res.json(list(items));
  });

  mountBlacklistRoutes(router, services.blacklist, now);

  router.get('/announcement', async (_req, res) => {
    res.json({ announcement: await services.announcements.current() });
  });

  router.put('/announcement', async (req, res) => {
    const b = body(req);
    if (b.text === undefined || b.text === null) {
      await services.announcements.set(null, supervisorOf(req, b) ?? 'admin API');
      res.json({ announcement: null });
      return;
    }
    const announcement = await services.announcements.set({ text: b.text as Record<string, string>, by: requiredSupervisor(req, b) });
    res.json({ announcement });
  });

  router.get('/outbox', async (req, res) => {
    const items = await services.outbox.list(
      defined({
        status: oneOf(query(req, 'status'), ['pending', 'delivered'] as const, 'status'),
        kind: oneOf(query(req, 'kind') ?? query(req, 'type'), OUTBOX_KINDS, 'kind'),
      }),
    );
    res.json(list(items));
  });

  router.use(adminErrors);
  return router;
}

/** Refusals as {error, reason}; domain rule violations (RangeError) are bad input, not a 500. */
const adminErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (error instanceof AdminError) {
    res.status(error.status).json({ error: error.code, reason: error.message });
  } else if (error instanceof EscalationClosed) {
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
