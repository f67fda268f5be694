/**
 * Outbound calls for flow tests: a callback or campaign target made ready the way supervisors do
 * (a result recorded, an answer given, a campaign created), its task claimed and its call placed
 * as the dialler does, then answered by the customer (a Call of the task's flow).
 */
import type { Engine } from '../../src/bootstrap.js';
import type { Locale } from '../../src/core/locale.js';
import type { CallbackBusiness, LocalizedText, OutboundTask, WorkOrderKind } from '../../src/services/ports.js';
import { scheduleReadyCallbacks } from '../../src/services/outbound-calls.js';
import { Call, ZHANG_WEI } from './call.js';
import { DEMO_CAMPAIGN } from '../../src/channels/cli/outbound-task.js';

let placed = 0;

export interface ReadyCallbackOptions {
  business?: CallbackBusiness;
  result?: string;
  phone?: string;
  account?: string | null;
  /** The clock of the test engine. */
  now?: Date;
}

const ORDER_KIND: Partial<Record<CallbackBusiness, WorkOrderKind>> = { repair: 'repair', complaint: 'complaint', report: 'report' };

/**
 * A callback with something to tell: for a repair, complaint or report a work order whose result a
 * supervisor recorded; for a consultation or query a question callback with its answer.
 */
export async function readyCallback(engine: Engine, options: ReadyCallbackOptions = {}) {
  const { services } = engine.stores;
  const business = options.business ?? 'complaint';
  const phone = options.phone ?? ZHANG_WEI.phone;
  const account = options.account === undefined ? ZHANG_WEI.account : options.account;
  const result = options.result ?? '已对相关抄表员批评教育，并上门向您致歉';
  const kind = ORDER_KIND[business];
  const order = kind
    ? await services.workOrders.create({
        kind, urgent: false, danger: false, scope: null, account, phone, address: '城关区人民路88号', areaId: 'chengguan',
        description: '抄表员态度不好', channel: 'voice', conversationId: `in-${++placed}`,
      })
    : null;
  const callback = await services.callbacks.create({
    kind: business === 'complaint' ? 'complaint' : order ? 'result' : 'question',
    phone, account, workOrderId: order?.id ?? null, notes: '回访', dueAt: new Date(Date.now() + 86_400_000),
    ...(order ? {} : { business, result }),
  });
  if (order) await services.followUps.resolve(order.id, { result, by: '王建国' });
  const [task] = await scheduleReadyCallbacks(services, options.now ?? new Date(), engine.dialPolicy);
  if (!task) throw new Error('the callback was not scheduled');
  return { order, callback, task: (await services.outbound.get(task.id))! };
}

/** A campaign with one target (N18). */
export async function campaignTarget(engine: Engine, options: { offer?: LocalizedText | null; phone?: string; locale?: Locale; now?: Date } = {}) {
  const { services } = engine.stores;
  const now = options.now ?? new Date();
  const campaign = await services.campaigns.create({
    ...DEMO_CAMPAIGN,
    ...(options.offer !== undefined ? { offer: options.offer } : {}),
    startsAt: new Date(now.getTime() - 3_600_000),
    endsAt: new Date(now.getTime() + 7 * 86_400_000),
    createdBy: '王建国',
  });
  const task = await services.outbound.create({
    flow: 'proactive', campaignId: campaign.id, phone: options.phone ?? ZHANG_WEI.phone, locale: options.locale ?? 'zh-CN',
    maxAttempts: 3, nextAttemptAt: now, notAfter: new Date(campaign.endsAt),
  });
  return { campaign, task };
}

/** The dialler's part: the task claimed and its call placed (the CallSid is the conversation's id). */
export async function placeCall(engine: Engine, task: OutboundTask): Promise<{ task: OutboundTask; callSid: string }> {
  const { outbound } = engine.stores.services;
  const at = new Date(Math.max(Date.parse(task.nextAttemptAt), Date.parse((await outbound.get(task.id))!.nextAttemptAt)));
  const [claimed] = await outbound.claimDue(at, { limit: 1, claimant: 'test', leaseMs: 600_000 });
  if (claimed?.id !== task.id) throw new Error(`task ${task.id} was not due at ${at.toISOString()}`);
  const callSid = `CA${String(++placed).padStart(32, '0')}`;
  await outbound.recordAttempt(task.id, { attempt: claimed.attempts, callSid, status: 'in-progress', error: null, placedAt: at });
  return { task: claimed, callSid };
}

/** The customer (or their answering machine) picks up the call the dialler placed. */
export async function answer(engine: Engine, task: OutboundTask, options: { answeredBy?: string; locale?: Locale } = {}): Promise<Call> {
  const { callSid } = await placeCall(engine, task);
  return Call.dial(engine, {
    id: callSid,
    flow: task.flow,
    from: task.phone,
    locale: options.locale ?? task.locale,
    params: { task: task.id, ...(options.answeredBy ? { answeredBy: options.answeredBy } : {}) },
  });
}
