import { describe, expect, it } from 'vitest';
import { isInOutboundWindow, outboundWindowStart } from '../../src/services/outbound-window.js';
import { zonedInstant } from '../../src/services/local-time.js';

/** A Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local.replace(' ', 'T')}+08:00`);
const start = (local: string) => outboundWindowStart(sh(local)).toISOString();

describe('N15: outbound calls only 09:00-12:00 and 14:30-21:00 Asia/Shanghai', () => {
  it.each([
    ['2026-11-25 08:59', '2026-11-25 09:00'],
    ['2026-11-25 08:59:59', '2026-11-25 09:00'],
    ['2026-11-25 00:00', '2026-11-25 09:00'],
    ['2026-11-25 12:00', '2026-11-25 14:30'], // the lunch break starts at 12:00 sharp
    ['2026-11-25 13:15', '2026-11-25 14:30'],
    ['2026-11-25 14:29:59', '2026-11-25 14:30'],
    ['2026-11-25 21:00', '2026-11-26 09:00'], // night: the next morning
    ['2026-11-25 23:59', '2026-11-26 09:00'],
    ['2026-12-31 21:30', '2027-01-01 09:00'], // across a year
    ['2028-02-28 22:00', '2028-02-29 09:00'], // across a leap day
  ])('%s waits until %s', (at, expected) => {
    expect(start(at)).toBe(sh(expected).toISOString());
  });

  it.each(['2026-11-25 09:00', '2026-11-25 11:59:59', '2026-11-25 14:30', '2026-11-25 20:59:59'])('%s is inside and stays', (at) => {
    expect(start(at)).toBe(sh(at).toISOString());
    expect(isInOutboundWindow(sh(at))).toBe(true);
  });

  it('counts in Shanghai time whatever the instant is written in (01:00Z is 09:00 local)', () => {
    expect(outboundWindowStart(new Date('2026-11-25T00:59:00Z')).toISOString()).toBe('2026-11-25T01:00:00.000Z');
    // 13:00Z = 21:00 local: the next window is 09:00 local on the 26th = 01:00Z.
    expect(outboundWindowStart(new Date('2026-11-25T13:00:00Z')).toISOString()).toBe('2026-11-26T01:00:00.000Z');
  });

  it('refuses an invalid date', () => {
    expect(() => outboundWindowStart(new Date(NaN))).toThrow(RangeError);
  });
});

describe('zonedInstant', () => {
  it('turns a Shanghai wall time into its instant, day overflow included', () => {
    expect(zonedInstant({ year: 2026, month: 11, day: 25, hour: 9, minute: 0 }).toISOString()).toBe('2026-11-25T01:00:00.000Z');
    expect(zonedInstant({ year: 2026, month: 11, day: 31, hour: 0, minute: 0 }).toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('works for a zone with daylight saving time too', () => {
    // New York in July is UTC-4, in January UTC-5.
    expect(zonedInstant({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'America/New_York').toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(zonedInstant({ year: 2026, month: 1, day: 1, hour: 9, minute: 0 }, 'America/New_York').toISOString()).toBe('2026-01-01T14:00:00.000Z');
  });
});
