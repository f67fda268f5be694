/**
 * A turn of the inbound call that failed or timed out (N21) while a danger was being reported
 * (N10): never the ordinary queue. The report as far as it got (the caller's words, the place, the
 * number) goes to the durable outbox, with the business the danger interrupted, and the caller is
 * put through to the urgent (dispatch) seat, told the report is recorded. The danger may also be in
 * the very words of the turn that failed (the recognizer or a service did not answer).
 */
import type { FailedTurn, TurnFailure } from '../engine/flows.js';
import type { InboundCallMachine } from '../machines/inbound-call.js';
import { abandonedOrder, interruptedOrder, repairOrder } from '../machines/work-orders.js';
import { EMPTY_FAULT, type DialogueContext } from '../machines/context.js';
import { findDanger } from '../nlu/danger.js';
import type { Services } from '../services/ports.js';
import { itemKey } from '../services/idempotency.js';
import type { QueuedWorkOrder } from '../services/outbox-worker.js';

const URGENT = { queue: 'urgent', reason: 'danger' } as const;

export async function inboundTurnFailed(failure: TurnFailure<InboundCallMachine>, services: Services): Promise<FailedTurn | null> {
  const context = failure.context as DialogueContext | null;
  if (!context) return null;
  const inReport = context.fault.danger && context.draft === 'repair';
  const saidNow = failure.words !== null && findDanger(failure.words) !== null;
  if (!inReport && !saidNow) return null;

  const fault = inReport ? context.fault : { ...(context.draft === 'repair' ? context.fault : EMPTY_FAULT), danger: true, description: failure.words };
  // The keys of the turn's own writes: a save that timed out but landed and its outbox copy are one record.
  const urgent: QueuedWorkOrder = { ...repairOrder({ ...context, fault }), idempotencyKey: itemKey(failure.turn, 'work_order') };
  const drafts: QueuedWorkOrder[] = [urgent];
  // The business the danger interrupted, or the one being collected when the danger was said.
  const business = inReport ? interruptedOrder(context) : context.draft !== null && context.draft !== 'repair' && Object.keys(context.answers).length > 0 ? abandonedOrder(context) : null;
  if (business) drafts.push({ ...business, status: 'abandoned', idempotencyKey: itemKey(failure.turn, 'work_order', 2) });
  try {
    for (const order of drafts) await services.outbox.enqueue('work_order', order);
  } catch {
    return { prompts: ['common.systemBusy', 'danger.urgentNotRecorded'], ...URGENT };
  }
  return { prompts: ['common.systemBusy', 'danger.urgentTransfer'], ...URGENT };
}
