/**
 * The use cases of outbound calls (N14-N19) every adapter shares: the dialler, the flows' service
 * actors and the admin API. Which callbacks are dialled (those with something to tell), what a
 * call tells, how a call's end moves its task (done, tried again later inside a window with
 * back-off, or given up), and how a reached customer's answers are kept (the survey with the work
 * order, a dissatisfied opinion to the duty supervisor).
 */
import type {
  CallbackBusiness,
  CallbackTask,
  CallConclusion,
  CallResult,
  Campaign,
  Customer,
  NewEscalation,
  OutboundTask,
  Services,
  WorkOrder,
  WorkOrderFollowUp,
} from './ports.js';
import { retryDelayMs, type Backoff } from './backoff.js';
import { localDateTime, TIMEZONE, zonedInstant } from './local-time.js';
import { outboundWindowStart, OUTBOUND_WINDOWS, type OutboundWindow } from './outbound-window.js';
import { parseTimeOfDay } from './roster.js';
import { writeOrQueue } from './save-or-queue.js';

export interface DialPolicy {
  /** N15 calling windows (OUTBOUND_WINDOWS). */
  windows: readonly OutboundWindow[];
  /** Attempts a task gets before it is given up (no answer, busy, a machine). */
  maxAttempts: number;
  /** Delay before the next attempt after the n-th failed one (then moved into a window). */
  backoff: Backoff;
}

export const DEFAULT_DIAL_POLICY: DialPolicy = {
  windows: OUTBOUND_WINDOWS,
  maxAttempts: 3,
  backoff: { baseMs: 30 * 60_000, maxMs: 24 * 3_600_000 },
};

const HOUR = 3_600_000;

/** What a callback is about, when the callback does not say: its work order's kind, or a question (a consultation). */
export function callbackBusiness(callback: Pick<CallbackTask, 'business' | 'kind'>, order: Pick<WorkOrder, 'kind'> | null): CallbackBusiness {
  if (callback.business) return callback.business;
  switch (order?.kind) {
    case 'repair':
    case 'complaint':
    case 'report':
      return order.kind;
    default:
      return 'consultation';
  }
}

/** What a callback tells: its own result (an answer, the supervisor's reply), else its work order's. */
export function callbackResult(callback: Pick<CallbackTask, 'result'>, followUp: Pick<WorkOrderFollowUp, 'result'> | null): string | null {
  return callback.result ?? followUp?.result ?? null;
}

/** Creates a task for each callback that has something to tell and none yet (N14: every complaint gets its callback). */
export async function scheduleReadyCallbacks(services: Services, now: Date, policy: DialPolicy, limit = 100): Promise<OutboundTask[]> {
  const ready = await services.outbound.readyCallbacks(limit);
  const created: OutboundTask[] = [];
  for (const callback of ready) {
    const customer = callback.account ? await services.customers.findByAccount(callback.account) : null;
    created.push(
      await services.outbound.create({
        flow: 'callback',
        callbackId: callback.id,
        phone: callback.phone,
        account: callback.account,
        name: customer?.name ?? null,
        maxAttempts: policy.maxAttempts,
        // The configured windows decide (the callback's own notBefore counts in the default ones).
        nextAttemptAt: outboundWindowStart(now, policy.windows),
      }),
    );
  }
  return created;
}

export interface CallbackCall {
  task: OutboundTask;
  callback: CallbackTask;
  order: WorkOrder | null;
  followUp: WorkOrderFollowUp | null;
  customer: Customer | null;
  areaName: string | null;
  business: CallbackBusiness;
  /** What the call tells. */
  result: string;
}

export class NothingToTell extends Error {
  constructor(taskId: string, why: string) {
    super(`outbound task ${taskId}: ${why}`);
    this.name = 'NothingToTell';
  }
}

/** Everything a callback call says, from its task. Throws NothingToTell when the task cannot be a callback call. */
export async function loadCallbackCall(services: Services, taskId: string): Promise<CallbackCall> {
  const task = await services.outbound.get(taskId);
  if (!task || task.flow !== 'callback' || !task.callbackId) throw new NothingToTell(taskId, 'no callback task');
  const callback = await services.callbacks.get(task.callbackId);
  if (!callback) throw new NothingToTell(taskId, `callback ${task.callbackId} is gone`);
  const order = callback.workOrderId ? await services.workOrders.get(callback.workOrderId) : null;
  const followUp = order ? await services.followUps.get(order.id) : null;
  const result = callbackResult(callback, followUp);
  if (!result) throw new NothingToTell(taskId, 'nothing recorded to tell yet');
  const account = callback.account ?? order?.account ?? null;
  const customer = account ? await services.customers.findByAccount(account) : null;
  const area = customer ? await services.outages.getArea(customer.areaId) : null;
  return { task, callback, order, followUp, customer, areaName: area?.name ?? null, business: callbackBusiness(callback, order), result };
}

/** The campaign of a proactive call, from its task. */
export async function loadCampaignCall(services: Services, taskId: string): Promise<{ task: OutboundTask; campaign: Campaign }> {
  const task = await services.outbound.get(taskId);
  if (!task || task.flow !== 'proactive' || !task.campaignId) throw new NothingToTell(taskId, 'no campaign task');
  const campaign = await services.campaigns.get(task.campaignId);
  if (!campaign) throw new NothingToTell(taskId, `campaign ${task.campaignId} is gone`);
  return { task, campaign };
}

/**
 * After a call that did not reach the customer (no answer, busy, a machine, a failure, a hang-up
 * before anything was said): the next attempt inside a window after the back-off, or the task is
 * given up after its last attempt, or when the next one would fall after its `notAfter`.
 */
export async function retryLater(services: Services, task: OutboundTask, outcome: string, now: Date, policy: DialPolicy): Promise<OutboundTask | null> {
  const failures = Math.max(1, task.attempts);
  const next = outboundWindowStart(new Date(now.getTime() + retryDelayMs(failures, policy.backoff)), policy.windows);
  const expired = task.notAfter !== null && next.getTime() >= Date.parse(task.notAfter);
  const giveUp = task.attempts >= task.maxAttempts || expired;
  return services.outbound.update(
    task.id,
    giveUp
      ? { status: 'failed', lastOutcome: expired && task.attempts < task.maxAttempts ? `${outcome}; expired` : outcome, claimedUntil: null }
      : { status: 'pending', nextAttemptAt: next, lastOutcome: outcome, claimedUntil: null },
    ['dialing'],
  );
}

/**
 * How a call with the customer ended, told by the flow. A machine is tried again later; a
 * rescheduled call waits for the time the customer chose (the attempt is given back); otherwise
 * the task is done, its callback closed when the customer was reached (not for a wrong person:
 * the callback waits for a right number), and a survey kept with the work order (N14).
 */
export async function concludeCall(
  services: Services,
  taskId: string,
  outcome: { conclusion: CallConclusion; result: CallResult; nextCall: string | null },
  now: Date,
  policy: DialPolicy,
): Promise<OutboundTask | null> {
  const task = await services.outbound.get(taskId);
  if (!task) return null;
  const { conclusion, result } = outcome;
  if (conclusion === 'machine') return retryLater(services, task, 'machine', now, policy);
  if (conclusion === 'rescheduled') {
    const at = outcome.nextCall ? new Date(outcome.nextCall) : outboundWindowStart(new Date(now.getTime() + 2 * HOUR), policy.windows);
    return services.outbound.update(
      taskId,
      { status: 'pending', nextAttemptAt: at, conclusion, result, lastOutcome: 'rescheduled', attempts: Math.max(0, task.attempts - 1), claimedUntil: null },
      ['dialing'],
    );
  }
  const done = await services.outbound.update(taskId, { status: 'done', conclusion, result, lastOutcome: conclusion, claimedUntil: null }, ['dialing']);
  if (done && task.callbackId && conclusion !== 'wrong_person') {
    const callback = await services.callbacks.update(task.callbackId, { status: 'done' });
    if (callback?.workOrderId && result.satisfaction) {
      await services.followUps.recordSurvey(callback.workOrderId, { satisfaction: result.satisfaction, opinion: result.opinion ?? null, callbackId: callback.id });
    }
  }
  return done;
}

/** When the next call is, for a customer who cannot talk now (inside the windows, N15). */
export function laterSlotTime(slot: 'later_today' | 'tomorrow_morning' | 'tomorrow_afternoon', now: Date, windows: readonly OutboundWindow[], timeZone = TIMEZONE): Date {
  if (slot === 'later_today') return outboundWindowStart(new Date(now.getTime() + 2 * HOUR), windows, timeZone);
  const t = localDateTime(now, timeZone);
  const starts = windows.map((w) => parseTimeOfDay(w.from)).sort((a, b) => a - b);
  const start = slot === 'tomorrow_morning' ? starts[0]! : (starts.find((s) => s >= 12 * 60) ?? starts.at(-1)!);
  return zonedInstant({ year: t.year, month: t.month, day: t.day + 1, hour: Math.floor(start / 60), minute: start % 60 }, timeZone);
}

/**
 * N17: a dissatisfied opinion goes to the duty supervisor, with what it is about; the supervisor's
 * answer (PATCH /escalations/:id, status callback with an answer) becomes another callback.
 */
export async function escalateOpinion(
  services: Services,
  input: { taskId: string; conversationId: string; phone: string | null; opinion: string; idempotencyKey: string | null },
): Promise<{ escalationId: string | null }> {
  const call = await loadCallbackCall(services, input.taskId);
  const escalation: NewEscalation = {
    reason: 'dissatisfied',
    conversationId: input.conversationId,
    channel: 'voice',
    phone: input.phone ?? call.task.phone,
    summary: `回访不满意（${call.business}${call.order ? ` ${call.order.id}` : ''}）：${input.opinion || '未说明原因'}`,
    context: {
      taskId: call.task.id,
      callbackId: call.callback.id,
      workOrderId: call.order?.id ?? null,
      business: call.business,
      account: call.customer?.account ?? call.callback.account,
      opinion: input.opinion,
      told: call.result,
    },
    idempotencyKey: input.idempotencyKey,
  };
  const created = await writeOrQueue(services, 'escalation', escalation, (e) => services.escalations.create(e));
  return { escalationId: created?.id ?? null };
}

/**
 * Takes one task as the dialler would for a call placed outside it (the terminal simulator): the
 * task is dialling, with an attempt under `callSid`, so the call's ending moves it as a real one.
 */
export async function takeTask(services: Services, taskId: string, callSid: string, now: Date): Promise<OutboundTask | null> {
  const task = await services.outbound.get(taskId);
  if (!task || task.status === 'done' || task.status === 'cancelled') return null;
  const attempts = task.attempts + 1;
  const taken = await services.outbound.update(task.id, { status: 'dialing', attempts, claimedUntil: new Date(now.getTime() + 2 * HOUR) }, [task.status]);
  if (!taken) return null;
  await services.outbound.recordAttempt(task.id, { attempt: attempts, callSid, status: 'in-progress', error: null, placedAt: now });
  return services.outbound.get(task.id);
}
