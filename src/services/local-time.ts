/**
 * Local wall-clock time of the hotline. The service area is in China: tickets, duty
 * shifts and outbound windows (N15) all count in Asia/Shanghai time, whatever the
 * server's own time zone is.
 */
export const TIMEZONE = 'Asia/Shanghai';

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date and time of day at `at` in `timeZone`. */
export function localDateTime(at: Date, timeZone: string = TIMEZONE): LocalDateTime {
  if (Number.isNaN(at.getTime())) throw new RangeError('localDateTime: invalid Date');
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

/** Minutes since local midnight (0-1439). */
export function localMinuteOfDay(at: Date, timeZone: string = TIMEZONE): number {
  const t = localDateTime(at, timeZone);
  return t.hour * 60 + t.minute;
}

/**
 * The instant at which the wall clock in `timeZone` shows `local` (seconds 0). Fields may overflow
 * (day 32, hour 24): they are normalized like Date.UTC does, so "tomorrow" is `day + 1`.
 * Asia/Shanghai has no daylight saving time; for a zone that has, a skipped or repeated wall time
 * resolves to one of its candidate instants.
 */
export function zonedInstant(local: LocalDateTime, timeZone: string = TIMEZONE): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  if (Number.isNaN(wall)) throw new RangeError('zonedInstant: invalid local date/time');
  // The zone's offset at an instant: its wall clock read as UTC, minus the instant.
  const offsetAt = (ms: number) => {
    const t = localDateTime(new Date(ms), timeZone);
    return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) - ms;
  };
  const first = wall - offsetAt(wall);
  // Re-check at the candidate: the offset may differ there (a transition between the two).
  const second = wall - offsetAt(first);
  return new Date(second);
}
