/**
 * A fault report left as a recording on the fallback route becomes a repair work order (N21:
 * nothing the caller reported is lost). The address is unknown ('') until someone listens.
 */
import { createHash } from 'node:crypto';
import type { NewWorkOrder, Outbox, WorkOrder, WorkOrders } from '../../services/ports.js';
import { callerNumber } from './params.js';

export interface Recording {
  callSid: string;
  from: string;
  recordingUrl: string;
  /** Twilio's RecordingSid, when sent. */
  recordingSid?: string;
}

/**
 * Twilio may retry the action request: the same recording of the same call is one order, by its
 * idempotency key (exactly once), also when it went to the outbox first. When the work-order store
 * is down the order goes to the outbox (delivered later), so the recording is never only in a log line.
 */
export async function recordingWorkOrder(
  services: { workOrders: WorkOrders; outbox: Outbox },
  recording: Recording,
): Promise<WorkOrder | { queued: string }> {
  const order = recordingOrder(recording);
  try {
    return await services.workOrders.create(order);
  } catch {
    return { queued: (await services.outbox.enqueue('work_order', order)).id };
  }
}

/** `<CallSid>/recording/<RecordingSid>`; a digest where either is not a plain Twilio id. */
function recordingKey(recording: Recording): string {
  const sid = /^[A-Za-z0-9]{1,64}$/;
  const { callSid, recordingSid } = recording;
  if (sid.test(callSid) && recordingSid && sid.test(recordingSid)) return `${callSid}/recording/${recordingSid}`;
  return `recording/${createHash('sha256').update(`${recording.callSid}\n${recording.recordingUrl}`).digest('hex')}`;
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
    idempotencyKey: recordingKey(recording),
  };
}
