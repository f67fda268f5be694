/**
 * Deadlines told to callers and stored on callback tasks (N11, N14, N15): a reply "within 24 hours"
 * is promised as a time the hotline can keep by calling, and that people say. So a deadline
 * falls inside an outbound window, with at least an hour of that window before it (a deadline at
 * 09:00 could only be kept by calling at night), on a whole hour: a complaint at 00:55 is answered
 * "明天上午10点前", never "明天00:55之前". A deadline that would fall outside moves later, to the
 * next window: the promise is never shorter than the rule it stands for.
 */
import { localDateTime, TIMEZONE, zonedInstant } from './local-time.js';
import { OUTBOUND_WINDOWS, type OutboundWindow } from './outbound-window.js';
import { parseTimeOfDay } from './roster.js';

/** Calling time a deadline leaves inside its window (minutes). */
export const DEADLINE_LEAD_MINUTES = 60;

const HOUR_MS = 3_600_000;

/**
 * The deadline for a reply promised `hours` after `from`: the first whole hour at or after
 * `from + hours` that lies in (window start + lead, window end] of some outbound window.
 */
export function replyDeadline(from: Date, hours: number, windows: readonly OutboundWindow[] = OUTBOUND_WINDOWS, timeZone: string = TIMEZONE): Date {
  if (Number.isNaN(from.getTime())) throw new RangeError('replyDeadline: invalid Date');
  if (!(hours >= 0)) throw new RangeError(`replyDeadline: hours must be >= 0, got ${hours}`);
  return deadlineAtOrAfter(new Date(from.getTime() + hours * HOUR_MS), windows, timeZone);
}

/** The first acceptable deadline (see replyDeadline) at or after `at`. */
export function deadlineAtOrAfter(at: Date, windows: readonly OutboundWindow[] = OUTBOUND_WINDOWS, timeZone: string = TIMEZONE): Date {
  if (windows.length === 0) throw new RangeError('deadlineAtOrAfter: no outbound window configured');
  // Whole hours of the day each window accepts as a deadline (minutes since midnight).
  const accepted = windows.map((w) => ({
    first: Math.ceil((parseTimeOfDay(w.from) + DEADLINE_LEAD_MINUTES) / 60) * 60,
    last: Math.floor(parseTimeOfDay(w.to) / 60) * 60,
  }));
  const t = localDateTime(at, timeZone);
  // Round the wanted time up to the whole hour.
  const wanted = t.hour * 60 + t.minute + (at.getTime() % 60_000 > 0 ? 1 : 0);
  for (let day = 0; day <= 1; day++) {
    for (const { first, last } of accepted) {
      if (first > last) continue; // a window too short to promise anything in
      const minute = day === 0 ? Math.max(first, Math.ceil(wanted / 60) * 60) : first;
      if (minute <= last) return zonedInstant({ year: t.year, month: t.month, day: t.day + day, hour: minute / 60, minute: 0 }, timeZone);
    }
  }
  throw new RangeError('deadlineAtOrAfter: no outbound window is long enough to promise a deadline in (each needs more than an hour)');
}
