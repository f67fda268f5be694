/**
 * Binds the flows' service actors (see serviceActorStubs) to the domain services.
 * Writes of what the customer reported never fail the call: when a service is down the write goes
 * to the durable outbox and the caller is told it is recorded (N21, emergency mode).
 */
import { fromPromise } from 'xstate';
import type { NewCallbackTask, NewWorkOrder, Services, WorkOrder } from '../services/ports.js';
import type { QueuedWorkOrder } from '../services/outbox-worker.js';
import type { Saved, serviceActorStubs } from './setup.js';
import { logger } from '../observability/logger.js';

export interface ServiceActorSettings {
  now: () => Date;
  /** The reply deadline told to a complaining customer, and the due time of its callback (N14). */
  complaintReplyHours: number;
  /** When a question taken for research is answered by callback (N11). */
  questionReplyHours: number;
}

type FollowUp = Omit<NewCallbackTask, 'workOrderId'>;

const HOUR = 3_600_000;
/** How far ahead the outage schedule is read for a query. */
const SCHEDULE_DAYS = 7;

export function bindServiceActors(services: Services, settings: ServiceActorSettings): typeof serviceActorStubs {
  const { now } = settings;
  const hoursFromNow = (hours: number) => new Date(now().getTime() + hours * HOUR);

  /**
   * Save a work order, and the callback task that follows it; when the store fails both go to the
   * outbox together, so the callback is linked to the ticket when it is delivered.
   */
  async function saveOrQueue(order: NewWorkOrder, followUp: FollowUp | null = null, status?: 'abandoned'): Promise<Saved> {
    let created: WorkOrder;
    try {
      created = await services.workOrders.create(order, status ? { status } : {});
    } catch (error) {
      const queued: QueuedWorkOrder = { ...order, ...(status ? { status } : {}), ...(followUp ? { followUp } : {}) };
      await services.outbox.enqueue('work_order', queued);
      logQueued('work order', error);
      return { status: 'queued' };
    }
    if (followUp) await createOrQueueCallback({ ...followUp, workOrderId: created.id });
    return { status: 'created', order: created };
  }

  /** The callback that tracks a report to its end, for a caller who left a number. */
  function followUpOf(order: NewWorkOrder, kind: FollowUp['kind'], dueAt: Date): FollowUp | null {
    if (!order.phone) return null;
    return { kind, phone: order.phone, account: order.account, conversationId: order.conversationId, notes: order.description, dueAt };
  }

  async function createOrQueueCallback(task: Parameters<Services['callbacks']['create']>[0]): Promise<void> {
    try {
      await services.callbacks.create(task);
    } catch (error) {
      await services.outbox.enqueue('callback', task);
      logQueued('callback', error);
    }
  }

  return {
    checkCaller: fromPromise(async ({ input }) => {
      const [entry, announcement] = await Promise.all([
        input.phone ? services.blacklist.check(input.phone, now()) : null,
        services.announcements.current(),
      ]);
      return { blacklisted: entry !== null, announcement: announcement?.text ?? null };
    }),
    findCustomersByPhone: fromPromise(async ({ input }) => (input.phone ? services.customers.findByPhone(input.phone) : [])),
    findCustomerByAccount: fromPromise(async ({ input }) => services.customers.findByAccount(input.account)),
    findArea: fromPromise(async ({ input }) =>
      input.areaId ? services.outages.getArea(input.areaId) : services.outages.findAreaInAddress(input.address),
    ),
    findActiveOutage: fromPromise(async ({ input }) => (input.areaId ? services.outages.activeOutage(input.areaId, now()) : null)),
    findScheduledOutage: fromPromise(async ({ input }) => {
      if (!input.areaId) return null;
      const active = await services.outages.activeOutage(input.areaId, now());
      if (active) return active;
      const [next] = await services.outages.scheduledOutages(input.areaId, now(), SCHEDULE_DAYS);
      return next ?? null;
    }),
    registerOnOutage: fromPromise(async ({ input }) =>
      services.outages.registerAffected(input.outageId, {
        phone: input.phone,
        account: input.account,
        conversationId: input.conversationId,
      }),
    ),
    saveWorkOrder: fromPromise(async ({ input }) => saveOrQueue(input)),
    saveComplaint: fromPromise(async ({ input }) => {
      const replyDueAt = hoursFromNow(settings.complaintReplyHours);
      // N14: every complaint is tracked to its end by a callback, due when the reply is.
      return saveOrQueue({ ...input, replyDueAt: replyDueAt.toISOString() }, followUpOf(input, 'complaint', replyDueAt));
    }),
    saveAbandoned: fromPromise(async ({ input }) => {
      await saveOrQueue(input, followUpOf(input, 'abandoned_report', hoursFromNow(1)), 'abandoned');
    }),
    requestCallback: fromPromise(async ({ input }) => {
      const dueAt = hoursFromNow(settings.questionReplyHours);
      await createOrQueueCallback({
        kind: 'question',
        phone: input.phone,
        account: input.account,
        conversationId: input.conversationId,
        notes: input.question,
        dueAt,
      });
      return { dueAt: dueAt.toISOString() };
    }),
    getStatement: fromPromise(async ({ input }) => {
      const statement = await services.billing.statement(input.account);
      return statement ? { balance: statement.balance, lastBill: statement.lastBill } : null;
    }),
    escalate: fromPromise(async ({ input }) => {
      const shift = await services.roster.onDuty(now());
      const record = await services.escalations.create(input);
      return { record, shift };
    }),
    reportSilentCall: fromPromise(async ({ input }) => {
      if (!input.phone) return;
      const incident = { kind: 'silent_call' as const, phone: input.phone, conversationId: input.conversationId, evidence: [] };
      try {
        await services.incidents.record(incident);
      } catch (error) {
        await services.outbox.enqueue('incident', incident);
        logQueued('silent-call incident', error);
      }
    }),
    reportAbuse: fromPromise(async ({ input }) => {
      const incident = { kind: 'abuse' as const, phone: input.phone, conversationId: input.conversationId, evidence: input.evidence };
      const escalation = {
        reason: 'abuse' as const,
        conversationId: input.conversationId,
        channel: input.channel,
        phone: input.phone,
        summary: `abusive words: ${input.evidence.join(' / ')}`,
        context: { evidence: input.evidence },
      };
      try {
        const { blacklist } = await services.incidents.record(incident);
        await services.escalations.create(escalation);
        return { blacklisted: blacklist.action === 'blacklisted' };
      } catch (error) {
        await services.outbox.enqueue('incident', incident);
        logQueued('abuse incident', error);
        return { blacklisted: false };
      }
    }),
  };
}

function logQueued(what: string, error: unknown): void {
  logger.warn({ err: error }, `emergency mode: ${what} queued in the outbox`);
}
