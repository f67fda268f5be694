/**
 * What a progress query (查进度) tells of a work order: only the order's own facts (its ticket, kind,
 * when it was taken, its promise and whether it is done), never a name or an address, so that a
 * ticket number is enough to hear it.
 */
import type { WorkOrder } from './ports.js';

/**
 * closed: done. repair / repairLate: a crew promised within its minutes, not yet or already past.
 * dueBy: a complaint, report or application with a reply deadline. inHand: open, no promise to tell.
 */
export type ProgressStatus = 'closed' | 'repair' | 'repairLate' | 'dueBy' | 'inHand';

export interface OrderProgress {
  ticket: string;
  kind: WorkOrder['kind'];
  status: ProgressStatus;
  /** When it was taken (ISO). */
  raisedAt: string;
  /** A repair: when the crew was promised by (ISO); else null. */
  arriveBy: string | null;
  /** A reply deadline (ISO), else null. */
  replyBy: string | null;
  /** The number it was filed with: the expedite's answer is called back there. */
  phone: string | null;
}

export function orderProgress(order: WorkOrder, now: Date): OrderProgress {
  const arriveBy = order.kind === 'repair' ? new Date(Date.parse(order.createdAt) + order.promisedArrivalMinutes * 60_000) : null;
  const status: ProgressStatus =
    order.status === 'closed'
      ? 'closed'
      : arriveBy
        ? arriveBy.getTime() < now.getTime()
          ? 'repairLate'
          : 'repair'
        : order.replyDueAt
          ? 'dueBy'
          : 'inHand';
  return {
    ticket: order.id,
    kind: order.kind,
    status,
    raisedAt: order.createdAt,
    arriveBy: arriveBy?.toISOString() ?? null,
    replyBy: order.replyDueAt,
    phone: order.phone,
  };
}
