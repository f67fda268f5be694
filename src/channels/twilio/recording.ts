/**
 * A fault report left as a recording on the fallback route becomes a repair work order (N21:
 * nothing the caller reported is lost). The address is unknown ('') until someone listens.
 */
import type { NewWorkOrder, Outbox, WorkOrder, WorkOrders } from '../../services/ports.js';
import { callerNumber } from './params.js';

export interface Recording {
  callSid: string;
  from: string;
  recordingUrl: string;
}

/**
 * Twilio may retry the action request: the same recording of the same call is one order.
 * When the work-order store is down the order goes to the outbox (delivered later), so the
 * recording is never only in a log line.
 */
export async function recordingWorkOrder(
  services: { workOrders: WorkOrders; outbox: Outbox },
  recording: Recording,
): Promise<WorkOrder | { queued: string }> {
  const order = recordingOrder(recording);
  try {
    if (order.phone) {
      const existing = (await services.workOrders.list({ phone: order.phone })).find(
        (o) => o.conversationId === recording.callSid && o.description === order.description,
      );
      if (existing) return existing;
    }
    return await services.workOrders.create(order);
  } catch {
    return { queued: (await services.outbox.enqueue('work_order', order)).id };
  }
}

function recordingOrder(recording: Recording): NewWorkOrder {
  return {
    kind: 'repair',
    urgent: false,
    danger: false,
    scope: null,
    account: null,
    phone: callerNumber(recording.from),
    address: '',
    areaId: null,
    description: `voice recording: ${recording.recordingUrl}`,
    channel: 'voice',
    conversationId: recording.callSid,
  };
}
