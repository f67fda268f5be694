/**
 * Delivers what the outbox kept during a failure (N21) to the services it was meant for, once they
 * are back. Payloads went through JSON, so dates come back as text and are revived here.
 */
import type { NewCallbackTask, NewEscalation, NewWorkOrder, Outbox, OutboxHandler, OutboxKind, Services } from './ports.js';
import { logger } from '../observability/logger.js';

type Revivable<T, K extends keyof T> = Omit<T, K> & { [P in K]?: string | Date };

/** A work order kept in the outbox, with what must follow it once it has its ticket number. */
export type QueuedWorkOrder = NewWorkOrder & {
  status?: 'abandoned';
  followUp?: Revivable<Omit<NewCallbackTask, 'workOrderId'>, 'dueAt'>;
};

/** The handler per outbox kind: each makes the write the flow could not make at the time. */
export function outboxHandlers(services: Services): Record<OutboxKind, OutboxHandler> {
  return {
    work_order: async (payload) => {
      // An abandoned report (the caller hung up) is queued with its status, and a complaint with
      // the callback that tracks it (N14), linked to the ticket once there is one.
      const { status, followUp, ...order } = payload as QueuedWorkOrder;
      const created = await services.workOrders.create(order, status === 'abandoned' ? { status: 'abandoned' } : {});
      if (followUp) await services.callbacks.create({ ...followUp, workOrderId: created.id, dueAt: revive(followUp.dueAt, 'dueAt') });
      return created;
    },
    callback: async (payload) => {
      const task = payload as Revivable<NewCallbackTask, 'dueAt'>;
      return services.callbacks.create({ ...task, dueAt: revive(task.dueAt, 'dueAt') });
    },
    escalation: async (payload) => services.escalations.create(payload as NewEscalation),
    incident: async (payload, item) => {
      const incident = payload as Revivable<Parameters<Services['incidents']['record']>[0], 'at'>;
      // When it happened, not when it was delivered: the blacklist window counts from there (N23).
      return services.incidents.record({ ...incident, at: revive(incident.at ?? item.createdAt, 'at') });
    },
  };
}

/** One delivery round of `services.outbox` now (tests, and the worker). */
export function deliverOutbox(services: Services, now?: Date): Promise<{ delivered: number; failed: number }> {
  return services.outbox.deliver(outboxHandlers(services), now);
}

export interface OutboxWorkerOptions {
  intervalMs: number;
  /** Where a failed round is reported (default: the log). Failed items are retried regardless. */
  onError?: (error: unknown) => void;
  /** Told after each round that did something (default: a log line). */
  onRound?: (result: { delivered: number; failed: number }) => void;
}

/**
 * Delivers at once (items left from before a restart), then every `intervalMs`. Rounds never
 * overlap. Returns stop(): no new round starts, and it resolves when the current one has finished,
 * so the stores can then be closed.
 */
export function startOutboxWorker(outbox: Outbox, services: Services, options: OutboxWorkerOptions): () => Promise<void> {
  if (!(options.intervalMs > 0)) throw new RangeError(`outbox worker intervalMs must be positive, got ${options.intervalMs}`);
  const handlers = outboxHandlers(services);
  const onError = options.onError ?? ((error: unknown) => logger.error({ err: error }, 'outbox: delivery round failed'));
  const onRound =
    options.onRound ??
    ((r: { delivered: number; failed: number }) => {
      if (r.delivered || r.failed) logger[r.failed ? 'warn' : 'info']({ delivered: r.delivered, failed: r.failed }, `outbox: ${r.delivered} delivered, ${r.failed} to retry`);
    });
  let running: Promise<void> | null = null;
  let stopped = false;
  const round = () => {
    if (running || stopped) return;
    running = outbox
      .deliver(handlers)
      .then(onRound, onError)
      .finally(() => {
        running = null;
      });
  };
  round();
  const timer = setInterval(round, options.intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

function revive(value: string | Date | undefined, name: string): Date {
  const date = value instanceof Date ? value : new Date(value ?? NaN);
  if (Number.isNaN(date.getTime())) throw new RangeError(`outbox payload: ${name} is not a date`);
  return date;
}
