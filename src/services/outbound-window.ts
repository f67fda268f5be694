/**
 * N15: outbound calls (callbacks 回访, proactive service) only 09:00-12:00 and 14:30-21:00
 * Asia/Shanghai time, avoiding meal, nap and night hours. A task due outside waits for the next window.
 */
import { localDateTime, TIMEZONE, zonedInstant } from './local-time.js';
import { parseTimeOfDay } from './roster.js';

/** Half-open [from, to) local times of day: 12:00 itself is already the lunch break. */
export interface OutboundWindow {
  from: string;
  to: string;
}

export const OUTBOUND_WINDOWS: readonly OutboundWindow[] = [
  { from: '09:00', to: '12:00' },
  { from: '14:30', to: '21:00' },
];

/**
 * Windows from configuration: "09:00-12:00,14:30-21:00" (OUTBOUND_WINDOWS). Each window is a
 * half-open range inside one day, and the windows do not overlap. Throws a RangeError saying what
 * is wrong.
 */
export function parseOutboundWindows(text: string): OutboundWindow[] {
  const windows = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(part);
      if (!m) throw new RangeError(`an outbound window is "HH:MM-HH:MM", got '${part}'`);
      const [from, to] = [m[1]!, m[2]!];
      if (parseTimeOfDay(from) >= parseTimeOfDay(to)) throw new RangeError(`an outbound window must end after it starts (same day), got '${part}'`);
      return { from, to };
    })
    .sort((a, b) => parseTimeOfDay(a.from) - parseTimeOfDay(b.from));
  if (windows.length === 0) throw new RangeError('at least one outbound window is needed, e.g. 09:00-12:00,14:30-21:00');
  windows.forEach((w, i) => {
    const next = windows[i + 1];
    if (next && parseTimeOfDay(next.from) < parseTimeOfDay(w.to)) throw new RangeError(`outbound windows ${w.from}-${w.to} and ${next.from}-${next.to} overlap`);
  });
  return windows;
}

/** Whether an outbound call may be placed at `at`. */
export function isInOutboundWindow(at: Date, windows: readonly OutboundWindow[] = OUTBOUND_WINDOWS, timeZone: string = TIMEZONE): boolean {
  const t = localDateTime(at, timeZone);
  const minute = t.hour * 60 + t.minute;
  // Window bounds are whole minutes, so the minute alone decides (08:59:59 is outside, 11:59:59 inside).
  return windows.some((w) => minute >= parseTimeOfDay(w.from) && minute < parseTimeOfDay(w.to));
}

/** The first instant at or after `at` inside an outbound window: `at` itself when already inside. */
export function outboundWindowStart(at: Date, windows: readonly OutboundWindow[] = OUTBOUND_WINDOWS, timeZone: string = TIMEZONE): Date {
  if (Number.isNaN(at.getTime())) throw new RangeError('outboundWindowStart: invalid Date');
  const starts = windows.map((w) => parseTimeOfDay(w.from)).sort((a, b) => a - b);
  if (starts.length === 0) throw new RangeError('outboundWindowStart: no outbound window configured');
  if (isInOutboundWindow(at, windows, timeZone)) return at;
  const t = localDateTime(at, timeZone);
  const minute = t.hour * 60 + t.minute;
  const later = starts.find((s) => s > minute);
  // After the last window of the day: the first window of the next local day.
  const [dayOffset, start] = later === undefined ? [1, starts[0]!] : [0, later];
  return zonedInstant({ year: t.year, month: t.month, day: t.day + dayOffset, hour: Math.floor(start / 60), minute: start % 60 }, timeZone);
}
