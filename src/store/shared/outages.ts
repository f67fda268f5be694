/** Outage-board (N10) checks and shapes that do not depend on the store. */
import type { Outage } from '../../services/ports.js';

const DAY_MS = 86_400_000;

/** A caller registered as affected by an outage (for operators and the restore callback). */
export interface AffectedReport {
  phone: string | null;
  account: string | null;
  conversationId: string;
  createdAt: string;
}

/** `at` as epoch ms; a RangeError names the operation when it is not a valid Date. */
export function checkedTime(at: Date, operation: string): number {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${operation}: invalid Date`);
  return ms;
}

/** scheduledOutages()'s window [from, from + days) as epoch ms, checked. */
export function scheduleWindow(from: Date, days: number): { fromMs: number; toMs: number } {
  const fromMs = checkedTime(from, 'scheduledOutages');
  if (!(days > 0)) throw new RangeError(`scheduledOutages: days must be positive, got ${days}`);
  return { fromMs, toMs: fromMs + days * DAY_MS };
}

/** An outage's start and expected restore as epoch ms, checked before it is written. */
export function checkedOutageTimes(outage: Outage): { startsMs: number; restoresMs: number } {
  const startsMs = Date.parse(outage.startsAt);
  const restoresMs = Date.parse(outage.expectedRestoreAt);
  if (Number.isNaN(startsMs) || Number.isNaN(restoresMs)) throw new RangeError(`outage ${outage.id}: invalid time`);
  return { startsMs, restoresMs };
}
