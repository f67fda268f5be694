/**
 * An instant as `Date.prototype.toISOString()` writes it (2026-12-04T20:13:32.123Z), from its
 * milliseconds. The same string, made in a few dozen instructions instead of the builtin's several
 * thousand (issue 15: a turn writes five or so, its log line, its record and its transcript lines):
 * the text up to the second is kept, and within that second only the milliseconds change.
 */
let second = NaN;
let prefix = '';

export function isoTime(ms: number): string {
  // Whole milliseconds of the years written with four digits; anything else as the builtin does.
  if (!Number.isInteger(ms) || ms < 0 || ms >= 253_402_300_800_000) return new Date(ms).toISOString();
  const at = Math.floor(ms / 1000);
  if (at !== second) {
    second = at;
    prefix = new Date(at * 1000).toISOString().slice(0, 20);
  }
  const millis = ms - at * 1000;
  return `${prefix}${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}
