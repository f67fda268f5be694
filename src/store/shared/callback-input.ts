/** Callback-task (回访) input checks, the same for every store. */
import { CALLBACK_BUSINESSES, CALLBACK_KINDS, CALLBACK_STATUSES, type CallbackBusiness, type CallbackStatus, type NewCallbackTask } from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';

/** A new task's kind, phone (normalized), due time (epoch ms), result and business, checked. */
export function checkedCallbackTask(task: NewCallbackTask): { phone: string; dueMs: number; result: string | null; business: CallbackBusiness | null } {
  if (!(CALLBACK_KINDS as readonly string[]).includes(task.kind)) throw new RangeError(`unknown callback kind '${task.kind}'`);
  const phone = normalizePhone(task.phone ?? '');
  if (!/\d/.test(phone)) throw new RangeError('a callback task needs a phone number');
  const dueMs = task.dueAt instanceof Date ? task.dueAt.getTime() : NaN;
  if (Number.isNaN(dueMs)) throw new RangeError('a callback task needs a valid dueAt');
  const business = task.business ?? null;
  if (business !== null && !(CALLBACK_BUSINESSES as readonly string[]).includes(business)) throw new RangeError(`unknown callback business '${business}'`);
  return { phone, dueMs, result: checkedCallbackResult(task.result ?? null), business };
}

/** What a callback tells: trimmed text, or null (nothing to tell yet). */
export function checkedCallbackResult(result: string | null): string | null {
  if (result === null) return null;
  if (typeof result !== 'string') throw new RangeError('a callback result is text');
  return result.trim() || null;
}

/** When a task moved to `status` is closed: now for done/cancelled, null when reopened (pending). */
export function callbackClosedAt(status: CallbackStatus, now: () => Date): Date | null {
  if (!(CALLBACK_STATUSES as readonly string[]).includes(status)) throw new RangeError(`unknown callback status '${status}'`);
  return status === 'pending' ? null : now();
}
