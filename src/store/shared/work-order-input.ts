/**
 * Work-order input checks and the shape of a new order, the same for every store: what is
 * returned by create() is built here field by field, so it is exactly what get() reads back.
 */
import {
  APPLICATION_SUBTYPES,
  REPORT_SUBTYPES,
  WORK_ORDER_KINDS,
  type NewWorkOrder,
  type WorkOrder,
} from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';
import { instantMs } from './instant.js';

/** The status a new work order may be created with. */
export type NewWorkOrderStatus = 'open' | 'abandoned';

/** create()'s status option with its default; anything but open or abandoned is refused. */
export function checkedNewStatus(status: NewWorkOrderStatus | undefined): NewWorkOrderStatus {
  const s = status ?? 'open';
  if (s !== 'open' && s !== 'abandoned') throw new RangeError(`a new work order is open or abandoned, got '${String(s)}'`);
  return s;
}

export type CheckedWorkOrderFields = Pick<WorkOrder, 'subtype' | 'details' | 'anonymous' | 'replyDueAt' | 'phone' | 'account'>;

/** The optional work-order fields with their defaults, validated; an anonymous report drops phone and account. */
export function checkedWorkOrderFields(order: NewWorkOrder): CheckedWorkOrderFields {
  if (!(WORK_ORDER_KINDS as readonly string[]).includes(order.kind)) throw new RangeError(`unknown work order kind '${order.kind}'`);
  const subtype = order.subtype ?? null;
  const allowed = order.kind === 'report' ? REPORT_SUBTYPES : order.kind === 'application' ? APPLICATION_SUBTYPES : null;
  if (subtype !== null && allowed && !(allowed as readonly string[]).includes(subtype)) {
    throw new RangeError(`${order.kind} subtype must be one of ${allowed.join(', ')}, got '${subtype}'`);
  }
  const details = order.details ?? {};
  for (const [key, value] of Object.entries(details)) {
    if (typeof value !== 'string') throw new RangeError(`work order detail '${key}' must be text`);
  }
  const replyDueAt = order.replyDueAt == null ? null : new Date(instantMs(order.replyDueAt, 'replyDueAt')).toISOString();
  const anonymous = order.anonymous ?? false;
  return {
    subtype,
    details: { ...details },
    anonymous,
    replyDueAt,
    phone: anonymous || order.phone === null ? null : normalizePhone(order.phone),
    account: anonymous ? null : order.account,
  };
}

/** The stored order, field by field: the checked fields plus what the store assigned. */
export function newWorkOrder(
  order: NewWorkOrder,
  fields: CheckedWorkOrderFields,
  assigned: Pick<WorkOrder, 'id' | 'status' | 'createdAt' | 'promisedArrivalMinutes'>,
): WorkOrder {
  return {
    kind: order.kind,
    urgent: order.urgent,
    danger: order.danger,
    scope: order.scope,
    ...fields,
    address: order.address,
    areaId: order.areaId,
    description: order.description,
    channel: order.channel,
    conversationId: order.conversationId,
    id: assigned.id,
    status: assigned.status,
    createdAt: assigned.createdAt,
    promisedArrivalMinutes: assigned.promisedArrivalMinutes,
  };
}
