import { describe, expect, it } from 'vitest';
import { isoTime } from '../../src/core/iso-time.js';

describe('isoTime: an instant as toISOString writes it (issue 15: the log line, the record, the transcript)', () => {
  it('is the builtin string for the instants of a call, second after second and within a second', () => {
    const start = Date.UTC(2026, 11, 4, 20, 59, 59, 990);
    for (let ms = start; ms < start + 2_500; ms += 7) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
  });

  it('is the builtin string at the edges: the epoch, a leap day, the last four-digit year, and beyond', () => {
    for (const ms of [0, 1, 999, 1000, Date.UTC(2028, 1, 29, 23, 59, 59, 999), 253_402_300_799_999, 253_402_300_800_000, -1, 1.5]) {
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }
    expect(() => isoTime(NaN)).toThrow(RangeError);
  });
});
