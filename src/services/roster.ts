/** Duty shifts by local time of day ("HH:MM", Asia/Shanghai), possibly wrapping past midnight. */
import type { DutyShift } from './ports.js';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: string): boolean {
  return HHMM.test(value);
}

/** "20:30" -> 1230 (minutes since midnight). */
export function parseTimeOfDay(value: string): number {
  const m = HHMM.exec(value);
  if (!m) throw new RangeError(`time of day must be "HH:MM" (00:00-23:59), got '${value}'`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Whether a shift [from, to) covers `minute`. from > to wraps past midnight
 * (20:00-08:00 covers 23:00 and 07:59); from == to is a 24-hour shift.
 */
export function shiftCovers(from: string, to: string, minute: number): boolean {
  const f = parseTimeOfDay(from);
  const t = parseTimeOfDay(to);
  if (f === t) return true;
  return f < t ? minute >= f && minute < t : minute >= f || minute < t;
}

/** A roster fit to store: every shift's times are "HH:MM" and it has at least one supervisor. */
export function checkRoster(shifts: readonly DutyShift[]): void {
  for (const s of shifts) {
    parseTimeOfDay(s.from);
    parseTimeOfDay(s.to);
    if (s.chain.length === 0) throw new RangeError(`shift ${s.from}-${s.to} needs at least one supervisor`);
  }
}
