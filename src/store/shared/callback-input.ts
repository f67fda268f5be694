/** Callback-task (回访) input checks, the same for every store. */
import { CALLBACK_KINDS, CALLBACK_STATUSES, type CallbackStatus, type NewCallbackTask } from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';

/** A new task's kind, phone (normalized) and due time (epoch ms), checked. */
export function checkedCallbackTask(task: NewCallbackTask): { phone: string; dueMs: number } {
  if (!(CALLBACK_KINDS as readonly string[]).includes(task.kind)) throw new RangeError(`unknown callback kind '${task.kind}'`);
  const phone = normalizePhone(task.phone ?? '');
  if (!/\d/.test(phone)) throw new RangeError('a callback task needs a phone number');
  const dueMs = task.dueAt instanceof Date ? task.dueAt.getTime() : NaN;
  if (Number.isNaN(dueMs)) throw new RangeError('a callback task needs a valid dueAt');
  return { phone, dueMs };
}

/** When a task moved to `status` is closed: now for done/cancelled, null when reopened (pending). */
export function callbackClosedAt(status: CallbackStatus, now: () => Date): Date | null {
  if (!(CALLBACK_STATUSES as readonly string[]).includes(status)) throw new RangeError(`unknown callback status '${status}'`);
  return status === 'pending' ? null : now();
}
