/**
 * Binds the flows' service actors (see serviceActorStubs) to the domain services.
 * Writes of what the customer reported never fail the call: when a service is down the write goes
 * to the durable outbox and the caller is told it is recorded (N21, src/services/save-or-queue.ts).
 * Every record a turn creates carries its idempotency key (src/services/idempotency.ts), taken
 * before the first await so that a turn run again takes the same keys in the same order.
 */
import { fromPromise } from 'xstate';
import type { NewWorkOrder, Services } from '../services/ports.js';
import { turnKey } from '../services/idempotency.js';
import { saveOrQueue, writeOrQueue, type FollowUp } from '../services/save-or-queue.js';
import { replyDeadline } from '../services/deadlines.js';
import type { OutboundWindow } from '../services/outbound-window.js';
import type { serviceActorStubs } from './setup.js';

export interface ServiceActorSettings {
  now: () => Date;
  /** The reply deadline told to a complaining customer, and the due time of its callback (N14). */
  complaintReplyHours: number;
  /** When a question taken for research is answered by callback (N11). */
  questionReplyHours: number;
  /** The calling windows (N15) a deadline told to a caller falls inside. */
  windows: readonly OutboundWindow[];
}

const HOUR = 3_600_000;
/** How far ahead the outage schedule is read for a query. */
const SCHEDULE_DAYS = 7;
/** How far ahead planned work is told unasked once the caller is identified: what is near, not the week's schedule. */
const NOTICE_DAYS = 2;

/** All but `findArea`, which reads the caller's words (the flow binds it: src/flows/area-in-words.ts). */
export function bindServiceActors(services: Services, settings: ServiceActorSettings): Omit<typeof serviceActorStubs, 'findArea'> {
  const { now } = settings;
  const hoursFromNow = (hours: number) => new Date(now().getTime() + hours * HOUR);
  /** N11, N14, N15: a reply promised within `hours`, at a time the hotline may call and people say. */
  const deadlineIn = (hours: number) => replyDeadline(now(), hours, settings.windows);

  /** The work order of this turn, with its key, and the callback that follows it (with its own). */
  function keyed(order: NewWorkOrder, followUp: Omit<FollowUp, 'idempotencyKey'> | null = null) {
    return {
      order: { ...order, idempotencyKey: turnKey('work_order') },
      followUp: followUp && { ...followUp, idempotencyKey: turnKey('callback') },
    };
  }

  /** The callback that tracks a report to its end, for a caller who left a number. */
  function followUpOf(order: NewWorkOrder, kind: FollowUp['kind'], dueAt: Date): Omit<FollowUp, 'idempotencyKey'> | null {
    if (!order.phone) return null;
    return { kind, phone: order.phone, account: order.account, conversationId: order.conversationId, notes: order.description, dueAt };
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
    findActiveOutage: fromPromise(async ({ input }) => (input.areaId ? services.outages.activeOutage(input.areaId, now()) : null)),
    findScheduledOutage: fromPromise(async ({ input }) => {
      if (!input.areaId) return null;
      const active = await services.outages.activeOutage(input.areaId, now());
      if (active) return { outage: active, inForce: true };
      const [next] = await services.outages.scheduledOutages(input.areaId, now(), SCHEDULE_DAYS);
      return next ? { outage: next, inForce: Date.parse(next.startsAt) <= now().getTime() } : null;
    }),
    findCallerOutage: fromPromise(async ({ input }) => {
      const customers = input.areaId || !input.phone ? [] : await services.customers.findByPhone(input.phone);
      const areas = input.areaId ? [input.areaId] : [...new Set(customers.map((c) => c.areaId))];
      // Accounts in two areas: which one the call is about is not known yet.
      if (areas.length !== 1) return null;
      // An outage in force, else planned work to come (told without an offer: it has not happened).
      const outage = (await services.outages.activeOutage(areas[0]!, now())) ?? (await services.outages.scheduledOutages(areas[0]!, now(), NOTICE_DAYS))[0] ?? null;
      const area = outage && (await services.outages.getArea(outage.areaId));
      if (!outage || !area) return null;
      const upcoming = Date.parse(outage.startsAt) > now().getTime();
      return { outage, area, upcoming, account: customers.length === 1 ? customers[0]!.account : null };
    }),
    registerOnOutage: fromPromise(async ({ input }) =>
      services.outages.registerAffected(input.outageId, {
        phone: input.phone,
        account: input.account,
        conversationId: input.conversationId,
        idempotencyKey: turnKey('outage_registration'),
      }),
    ),
    saveWorkOrder: fromPromise(async ({ input }) => saveOrQueue(services, keyed(input).order)),
    saveComplaint: fromPromise(async ({ input }) => {
      const replyDueAt = deadlineIn(settings.complaintReplyHours);
      // N14: every complaint is tracked to its end by a callback, due when the reply is.
      const { order, followUp } = keyed({ ...input, replyDueAt: replyDueAt.toISOString() }, followUpOf(input, 'complaint', replyDueAt));
      return saveOrQueue(services, order, { followUp });
    }),
    saveAbandoned: fromPromise(async ({ input }) => {
      const abandoned = (draft: NewWorkOrder) => {
        const { order, followUp } = keyed(draft, followUpOf(draft, 'abandoned_report', hoursFromNow(1)));
        return { order, followUp };
      };
      // Keys first, in order, before any await (rule 9).
      const first = abandoned(input.order);
      const second = input.interrupted && abandoned(input.interrupted);
      const saved = await saveOrQueue(services, first.order, { followUp: first.followUp, status: 'abandoned' });
      if (second) await saveOrQueue(services, second.order, { followUp: second.followUp, status: 'abandoned' });
      return saved;
    }),
    requestCallback: fromPromise(async ({ input }) => {
      const dueAt = deadlineIn(settings.questionReplyHours);
      const task = {
        kind: 'question' as const,
        phone: input.phone,
        account: input.account,
        conversationId: input.conversationId,
        notes: input.question,
        dueAt,
        idempotencyKey: turnKey('callback'),
      };
      await writeOrQueue(services, 'callback', task, (t) => services.callbacks.create(t));
      return { dueAt: dueAt.toISOString() };
    }),
    getStatement: fromPromise(async ({ input }) => {
      const statement = await services.billing.statement(input.account);
      return statement ? { balance: statement.balance, prepaid: statement.prepaid, lastBill: statement.lastBill } : null;
    }),
    escalate: fromPromise(async ({ input }) => {
      const escalation = { ...input, idempotencyKey: turnKey('escalation') };
      const shift = await services.roster.onDuty(now());
      const record = await services.escalations.create(escalation);
      return { record, shift };
    }),
    reportSilentCall: fromPromise(async ({ input }) => {
      if (!input.phone) return;
      const incident = { kind: 'silent_call' as const, phone: input.phone, conversationId: input.conversationId, evidence: [], idempotencyKey: turnKey('incident') };
      await writeOrQueue(services, 'incident', incident, (i) => services.incidents.record(i));
    }),
    reportAbuse: fromPromise(async ({ input }) => {
      const incident = { kind: 'abuse' as const, phone: input.phone, conversationId: input.conversationId, evidence: input.evidence, idempotencyKey: turnKey('incident') };
      const escalation = {
        reason: 'abuse' as const,
        conversationId: input.conversationId,
        channel: input.channel,
        phone: input.phone,
        summary: `abusive words: ${input.evidence.join(' / ')}`,
        context: { evidence: input.evidence },
        idempotencyKey: turnKey('escalation'),
      };
      // Each write on its own: the one that fails is queued, the other is not lost with it.
      const recorded = await writeOrQueue(services, 'incident', incident, (i) => services.incidents.record(i));
      await writeOrQueue(services, 'escalation', escalation, (e) => services.escalations.create(e));
      return { blacklisted: recorded?.blacklist.action === 'blacklisted' };
    }),
  };
}
