/**
 * N21 emergency mode, the use case every flow shares (ARCHITECTURE rule 10): a write of what the
 * customer reported is made, or, when the store fails or does not answer in time, kept in the
 * outbox (a local file) and delivered when the store is back. Either way the customer can be told
 * it is recorded. Writes carry their idempotency keys, so a write that timed out but landed after
 * all, and its copy delivered from the outbox, are one record (src/services/idempotency.ts).
 * Only when the outbox itself fails does the write fail: the flow then hands the caller to a person.
 */
import type { NewCallbackTask, NewWorkOrder, OutboxKind, Services, WorkOrder } from './ports.js';
import type { QueuedWorkOrder } from './outbox-worker.js';
import { logger } from '../observability/logger.js';

/** A save either lands, or goes to the outbox to be delivered when the service is back (N21). */
export type Saved = { status: 'created'; order: WorkOrder } | { status: 'queued' };

/** The callback that follows a work order, linked to its ticket once there is one. */
export type FollowUp = Omit<NewCallbackTask, 'workOrderId'>;

type Writer = Pick<Services, 'workOrders' | 'callbacks' | 'outbox'>;

/**
 * Save a work order and the callback task that follows it; when the store fails both go to the
 * outbox together, so the callback is linked to the ticket when it is delivered.
 */
export async function saveOrQueue(
  services: Writer,
  order: NewWorkOrder,
  options: { followUp?: FollowUp | null; status?: 'abandoned' } = {},
): Promise<Saved> {
  const { followUp, status } = options;
  let created: WorkOrder;
  try {
    created = await services.workOrders.create(order, status ? { status } : {});
  } catch (error) {
    const queued: QueuedWorkOrder = { ...order, ...(status ? { status } : {}), ...(followUp ? { followUp } : {}) };
    await services.outbox.enqueue('work_order', queued);
    logQueued('work order', error);
    return { status: 'queued' };
  }
  if (followUp) await writeOrQueue(services, 'callback', { ...followUp, workOrderId: created.id }, (task) => services.callbacks.create(task));
  return { status: 'created', order: created };
}

/**
 * One write, or its payload in the outbox under `kind` (delivered by outboxHandlers) when it fails.
 * Returns what the write returned, or null when it was queued.
 */
export async function writeOrQueue<P, R>(
  services: Pick<Services, 'outbox'>,
  kind: OutboxKind,
  payload: P,
  write: (payload: P) => Promise<R>,
): Promise<R | null> {
  try {
    return await write(payload);
  } catch (error) {
    await services.outbox.enqueue(kind, payload);
    logQueued(kind.replace('_', ' '), error);
    return null;
  }
}

function logQueued(what: string, error: unknown): void {
  logger.warn({ err: error }, `emergency mode: ${what} queued in the outbox`);
}
