/**
 * Outbound calls and closing the loop for supervisors (N14-N19):
 *   GET   /work-orders/:id                 the order with its follow-up (result, survey) and callbacks
 *   POST  /work-orders/:id/result          { result, by? }: what the callback tells; closes the order
 *   GET   /complaints/open                 complaints not yet followed to a completed callback, with their stage
 *   POST  /callbacks                       { phone, business, result?, account?, workOrderId?, notes?, dueAt? }
 *   GET   /outbound/tasks?status&flow&campaign&phone    the dialler's queue, every attempt on each
 *   GET   /outbound/tasks/:id
 *   PATCH /outbound/tasks/:id              { at } call at this time (inside a window, N15) | { status: "cancelled" }
 *   POST  /campaigns                       { name, purpose, message, offer?, from, to, targets: [{ phone, account?, name?, locale? }] }
 *   GET   /campaigns?status, GET /campaigns/:id (with its targets' counts), PATCH /campaigns/:id { status }
 * The answer to a question callback is PATCH /callbacks/:id { result } (routes.ts).
 */
import type { Router } from 'express';
import type { Engine } from '../bootstrap.js';
import { isLocale, LOCALES, type Locale } from '../core/locale.js';
import {
  CALLBACK_BUSINESSES,
  CAMPAIGN_STATUSES,
  OUTBOUND_FLOWS,
  OUTBOUND_TASK_STATUSES,
  type LocalizedText,
  type NewOutboundTask,
} from '../services/ports.js';
import { openComplaints, resolveWorkOrder } from '../services/closing-the-loop.js';
import { replyDeadline } from '../services/deadlines.js';
import { isInOutboundWindow, outboundWindowStart } from '../services/outbound-window.js';
import { z } from 'zod';
import { AdminError, badRequest, notFound } from './errors.js';
import { futureInstant, instant, oneOf, phone, requiredSupervisor, requiredText, text } from './params.js';
import { page, pageRequest } from './paging.js';
import { actor, auditTextProblem, checkedBody, checkedQuery, field } from './validation.js';

/** Targets a campaign takes in one request. */
const MAX_TARGETS = 5000;
const conflict = (reason: string) => new AdminError(409, 'conflict', reason);

export function mountOutboundAdminRoutes(router: Router, engine: Engine, now: () => Date): void {
  const { services } = engine.stores;
  const { windows } = engine.dialPolicy;
  /** One page of a list (?limit=&cursor=, src/admin/paging.ts). */
  const list = <T>(q: { limit?: string; cursor?: string }, items: T[], keyOf: (item: T) => string) => page(items, pageRequest(q.limit, q.cursor), keyOf);
  const byId = (item: { id: string }) => item.id;

  router.get('/work-orders/:id', async (req, res) => {
    checkedQuery(req, []);
    const order = await services.workOrders.get(req.params.id);
    if (!order) throw notFound(`no work order ${req.params.id}`);
    const [followUp, callbacks] = await Promise.all([services.followUps.get(order.id), services.callbacks.list({ workOrderId: order.id })]);
    res.json({ ...order, followUp, callbacks });
  });

  router.post('/work-orders/:id/result', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ result: field, ...actor }));
    const by = requiredSupervisor(req, b);
    const result = said(requiredText(b.result, 'result', 500), 'result');
    const resolved = await resolveWorkOrder(services, req.params.id, { result, by }, now(), windows);
    if (!resolved) throw notFound(`no work order ${req.params.id}`);
    res.json(resolved);
  });

  router.get('/complaints/open', async (req, res) => {
    const q = checkedQuery(req, ['limit', 'cursor']);
    res.json(list(q, await openComplaints(services), (c) => c.workOrder.id));
  });

  router.post('/callbacks', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ phone: field, business: field, result: field, account: field, workOrderId: field, notes: field, dueAt: field, ...actor }));
    const number = phone(typeof b.phone === 'string' ? b.phone : undefined);
    if (!number) throw badRequest('phone is required');
    const business = oneOf(typeof b.business === 'string' ? b.business : undefined, CALLBACK_BUSINESSES, 'business');
    if (!business) throw badRequest(`business is required (${CALLBACK_BUSINESSES.join(', ')})`);
    const workOrderId = text(b.workOrderId, 'workOrderId', 20) || null;
    if (workOrderId && !(await services.workOrders.get(workOrderId))) throw notFound(`no work order ${workOrderId}`);
    const account = text(b.account, 'account', 10) || null;
    if (account && !/^\d{10}$/.test(account)) throw badRequest('account must be a 10-digit account number');
    const task = await services.callbacks.create({
      kind: workOrderId ? 'result' : 'question',
      phone: number,
      account,
      workOrderId,
      business,
      result: said(text(b.result, 'result', 500) || null, 'result'),
      notes: text(b.notes, 'notes', 500) ?? '',
      dueAt: futureInstant(b.dueAt, 'dueAt', now()) ?? replyDeadline(now(), 0, windows),
    });
    res.status(201).json(task);
  });

  router.get('/outbound/tasks', async (req, res) => {
    const q = checkedQuery(req, ['status', 'flow', 'campaign', 'phone', 'limit', 'cursor']);
    const items = await services.outbound.list({
      ...defined({
        status: oneOf(q.status, OUTBOUND_TASK_STATUSES, 'status'),
        flow: oneOf(q.flow, OUTBOUND_FLOWS, 'flow'),
        campaignId: q.campaign || undefined,
        phone: phone(q.phone),
      }),
    });
    res.json(list(q, items, byId));
  });

  router.get('/outbound/tasks/:id', async (req, res) => {
    checkedQuery(req, []);
    const task = await services.outbound.get(req.params.id);
    if (!task) throw notFound(`no outbound task ${req.params.id}`);
    res.json(task);
  });

  router.patch('/outbound/tasks/:id', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ at: field, status: field, ...actor }));
    const task = await services.outbound.get(req.params.id);
    if (!task) throw notFound(`no outbound task ${req.params.id}`);
    if (b.status !== undefined) {
      if (b.status !== 'cancelled') throw badRequest('status can only be set to cancelled (the dialler moves the others)');
      const cancelled = await services.outbound.update(task.id, { status: 'cancelled', claimedUntil: null }, ['pending', 'failed']);
      if (!cancelled) throw conflict(`task ${task.id} is ${task.status}: only a pending or failed task can be cancelled`);
      res.json(cancelled);
      return;
    }
    // The customer asked for a call at a time (N15: it must be a time we may call).
    const at = futureInstant(b.at, 'at', now());
    if (!at) throw badRequest('at (when to call) or status is required');
    if (!isInOutboundWindow(at, windows)) {
      throw badRequest(`at must be inside the calling windows (${windows.map((w) => `${w.from}-${w.to}`).join(', ')} Asia/Shanghai); the next one starts ${outboundWindowStart(at, windows).toISOString()}`);
    }
    const moved = await services.outbound.update(
      task.id,
      { status: 'pending', nextAttemptAt: at, lastOutcome: 'rescheduled by a supervisor', ...(task.status === 'failed' ? { attempts: 0 } : {}) },
      ['pending', 'failed'],
    );
    if (!moved) throw conflict(`task ${task.id} is ${task.status}: only a pending or failed task can be rescheduled`);
    res.json(moved);
  });

  router.post('/campaigns', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ name: field, purpose: field, message: field, offer: field, from: field, to: field, targets: field, ...actor }));
    const createdBy = requiredSupervisor(req, b);
    const name = requiredText(b.name, 'name', 100);
    const purpose = localizedText(b.purpose, 'purpose', true)!;
    const message = localizedText(b.message, 'message', true)!;
    const offer = localizedText(b.offer, 'offer', false);
    const from = instant(typeof b.from === 'string' ? b.from : undefined, 'from', 0);
    const to = instant(typeof b.to === 'string' ? b.to : undefined, 'to', 1);
    if (!from || !to) throw badRequest('from and to (the campaign window: dates YYYY-MM-DD or date-times with offset) are required');
    if (Date.parse(from) >= Date.parse(to)) throw badRequest('from must be before to');
    if (Date.parse(to) <= now().getTime()) throw badRequest('to must be in the future');
    const targets = campaignTargets(b.targets, { purpose, message, offer });
    const campaign = await services.campaigns.create({ name, purpose, message, offer, startsAt: new Date(from), endsAt: new Date(to), createdBy });
    const first = outboundWindowStart(new Date(Math.max(Date.parse(from), now().getTime())), windows);
    for (const target of targets) {
      const task: NewOutboundTask = {
        flow: 'proactive',
        campaignId: campaign.id,
        ...target,
        maxAttempts: engine.dialPolicy.maxAttempts,
        nextAttemptAt: first,
        notAfter: new Date(to),
      };
      await services.outbound.create(task);
    }
    res.status(201).json({ ...campaign, targets: targets.length });
  });

  router.get('/campaigns', async (req, res) => {
    const q = checkedQuery(req, ['status', 'limit', 'cursor']);
    const status = oneOf(q.status, CAMPAIGN_STATUSES, 'status');
    res.json(list(q, await services.campaigns.list(status ? { status } : {}), byId));
  });

  router.get('/campaigns/:id', async (req, res) => {
    checkedQuery(req, []);
    const campaign = await services.campaigns.get(req.params.id);
    if (!campaign) throw notFound(`no campaign ${req.params.id}`);
    const tasks = await services.outbound.list({ campaignId: campaign.id });
    const counts = Object.fromEntries(OUTBOUND_TASK_STATUSES.map((s) => [s, tasks.filter((t) => t.status === s).length]));
    const accepted = tasks.filter((t) => t.result.accepted === true).length;
    res.json({ ...campaign, targets: tasks.length, byStatus: counts, accepted });
  });

  router.patch('/campaigns/:id', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ status: field, ...actor }));
    const status = oneOf(typeof b.status === 'string' ? b.status : undefined, CAMPAIGN_STATUSES, 'status');
    if (!status) throw badRequest(`status is required (${CAMPAIGN_STATUSES.join(', ')})`);
    const current = await services.campaigns.get(req.params.id);
    if (!current) throw notFound(`no campaign ${req.params.id}`);
    if (current.status === 'closed' && status !== 'closed') throw conflict(`campaign ${current.id} is closed`);
    res.json(await services.campaigns.setStatus(current.id, status));
  });
}

/** Text the customer will hear (TTS) or read: plain words, no control characters or markup. */
function said<T extends string | null>(value: T, name: string): T {
  const problem = value === null ? null : auditTextProblem(value);
  if (problem) throw badRequest(`${name} ${problem}`);
  return value;
}

function localizedText(value: unknown, name: string, required: boolean): LocalizedText | null {
  if (value === undefined || value === null) {
    if (required) throw badRequest(`${name} is required: {"zh-CN": "...", "en-US"?: "...", "yue-HK"?: "..."}`);
    return null;
  }
  if (typeof value !== 'object' || Array.isArray(value)) throw badRequest(`${name} must be an object of locale -> text`);
  const entries = Object.entries(value as Record<string, unknown>);
  const out: Partial<Record<Locale, string>> = {};
  for (const [locale, t] of entries) {
    if (!isLocale(locale)) throw badRequest(`${name}: unknown locale '${locale}' (${LOCALES.join(', ')})`);
    out[locale] = said(requiredText(t, `${name}.${locale}`, 300), `${name}.${locale}`);
  }
  if (!out['zh-CN']) throw badRequest(`${name} needs its zh-CN text`);
  return out as LocalizedText;
}

function campaignTargets(value: unknown, texts: { purpose: LocalizedText; message: LocalizedText; offer: LocalizedText | null }) {
  if (!Array.isArray(value) || value.length === 0) throw badRequest('targets is required: [{ "phone": "...", "account"?, "name"?, "locale"? }]');
  if (value.length > MAX_TARGETS) throw badRequest(`at most ${MAX_TARGETS} targets per request`);
  const seen = new Set<string>();
  const targets: Pick<NewOutboundTask, 'phone' | 'account' | 'name' | 'locale'>[] = [];
  value.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw badRequest(`targets[${i}] must be an object`);
    const t = raw as Record<string, unknown>;
    const number = phone(typeof t.phone === 'string' ? t.phone : undefined, `targets[${i}].phone`);
    if (!number) throw badRequest(`targets[${i}].phone is required`);
    const locale = t.locale === undefined ? 'zh-CN' : t.locale;
    if (!isLocale(locale)) throw badRequest(`targets[${i}].locale must be one of ${LOCALES.join(', ')}`);
    // The customer hears the campaign in their locale: its texts must be written in it.
    for (const [name, text] of Object.entries(texts)) {
      if (text && !text[locale]) throw badRequest(`targets[${i}] is in ${locale}, but ${name} has no ${locale} text`);
    }
    const account = text(t.account, `targets[${i}].account`, 10) || null;
    if (account && !/^\d{10}$/.test(account)) throw badRequest(`targets[${i}].account must be a 10-digit account number`);
    if (seen.has(number)) return;
    seen.add(number);
    targets.push({ phone: number, account, name: text(t.name, `targets[${i}].name`, 50) || null, locale });
  });
  return targets;
}

/** Drops undefined values, so a filter only names what was asked for. */
function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
