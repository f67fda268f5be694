/**
 * Closing the loop (N14, N17): a supervisor records a work order's result (what its callback tells
 * the customer) and closes it; the callback is then dialled. Every complaint stays on the open
 * list, with the stage it is at, until a callback reached the customer and their survey was not
 * dissatisfied (a dissatisfied one waits for the duty supervisor's answer, told by another callback).
 */
import type { CallbackTask, OutboundTask, Services, WorkOrder, WorkOrderFollowUp } from './ports.js';
import { replyDeadline } from './deadlines.js';
import type { OutboundWindow } from './outbound-window.js';

/** Where a complaint is on its way to the end. */
export type LoopStage =
  /** No result recorded yet: the supervisor's turn. */
  | 'awaiting_result'
  /** A result to tell: the callback is queued or being dialled. */
  | 'calling'
  /** Every attempt went unanswered (or Twilio refused the number): a person must reach the customer. */
  | 'not_reached'
  | 'wrong_number'
  /** The customer did not want to talk now and asked for no other call. */
  | 'declined'
  /** The result was told but the customer gave no survey answer. */
  | 'no_survey'
  /** Dissatisfied: waiting for the duty supervisor's answer (PATCH /escalations/:id status callback with an answer). */
  | 'awaiting_supervisor'
  /** No number to call back on (an anonymous or chat complaint). */
  | 'no_phone';

export interface OpenComplaint {
  workOrder: WorkOrder;
  followUp: WorkOrderFollowUp | null;
  stage: LoopStage;
  callbacks: CallbackTask[];
  /** The outbound tasks of those callbacks, latest first. */
  calls: OutboundTask[];
}

/**
 * Records the result of a work order and closes it. The order's pending callbacks will tell it; an
 * order nobody is to call back yet (a repair, a report) gets a callback of kind 'result', due by the
 * next deadline inside the windows, when it has a number to call.
 */
export async function resolveWorkOrder(
  services: Services,
  id: string,
  resolution: { result: string; by: string },
  now: Date,
  windows: readonly OutboundWindow[],
): Promise<{ followUp: WorkOrderFollowUp; callbacks: CallbackTask[] } | null> {
  const order = await services.workOrders.get(id);
  if (!order) return null;
  const followUp = await services.followUps.resolve(id, resolution);
  if (!followUp) return null;
  let callbacks = await services.callbacks.list({ workOrderId: id, status: 'pending' });
  if (callbacks.length === 0 && order.phone && !order.anonymous) {
    callbacks = [
      await services.callbacks.create({
        kind: order.kind === 'complaint' ? 'complaint' : 'result',
        phone: order.phone,
        account: order.account,
        workOrderId: id,
        conversationId: order.conversationId,
        notes: `处理结果回访：${resolution.result}`,
        dueAt: replyDeadline(now, 0, windows),
      }),
    ];
  }
  return { followUp, callbacks };
}

/** Complaints not yet followed to a completed callback (N14), oldest first, each with its stage. */
export async function openComplaints(services: Services): Promise<OpenComplaint[]> {
  const open: OpenComplaint[] = [];
  for (const { workOrderId, followUp } of await services.followUps.openComplaints()) {
    const workOrder = await services.workOrders.get(workOrderId);
    if (!workOrder) continue;
    const callbacks = await services.callbacks.list({ workOrderId });
    const calls = (await Promise.all(callbacks.map((c) => services.outbound.list({ callbackId: c.id })))).flat();
    calls.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    open.push({ workOrder, followUp, callbacks, calls, stage: stageOf(workOrder, followUp, callbacks, calls) });
  }
  return open;
}

function stageOf(order: WorkOrder, followUp: WorkOrderFollowUp | null, callbacks: CallbackTask[], calls: OutboundTask[]): LoopStage {
  const pendingWithAnswer = callbacks.some((c) => c.status === 'pending' && c.result !== null);
  if (followUp?.satisfaction === 'dissatisfied') return pendingWithAnswer ? 'calling' : 'awaiting_supervisor';
  if (!followUp?.result) return 'awaiting_result';
  if (!order.phone || order.anonymous) return 'no_phone';
  const latest = calls[0];
  if (!latest || latest.status === 'pending' || latest.status === 'dialing') return 'calling';
  if (latest.status === 'failed' || latest.status === 'cancelled') return 'not_reached';
  switch (latest.conclusion) {
    case 'wrong_person':
      return 'wrong_number';
    case 'declined':
      return 'declined';
    default:
      return 'no_survey';
  }
}
