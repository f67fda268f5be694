import { describe, expect, it } from 'vitest';
import { deadlineAtOrAfter, replyDeadline } from '../../src/services/deadlines.js';
import { isInOutboundWindow, outboundWindowStart, parseOutboundWindows } from '../../src/services/outbound-window.js';
import { formatTime } from '../../src/prompts/formatters.js';

/** A Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local.replace(' ', 'T')}+08:00`);
const local = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('N15: the window edges', () => {
  it.each([
    ['2026-11-25 11:59', true],
    ['2026-11-25 12:00', false],
    ['2026-11-25 14:29', false],
    ['2026-11-25 14:30', true],
    ['2026-11-25 20:59', true],
    ['2026-11-25 21:00', false],
    ['2026-11-25 23:59', false],
    ['2026-11-26 00:00', false],
    ['2026-11-26 08:59', false],
    ['2026-11-26 09:00', true],
  ])('%s inside a window: %s', (at, inside) => {
    expect(isInOutboundWindow(sh(at))).toBe(inside);
  });

  it('across midnight: a task due at 23:30 waits for 09:00 the next day, at the end of a month too', () => {
    expect(local(outboundWindowStart(sh('2026-11-30 23:30')))).toBe('2026-12-01 09:00');
  });

  it('configured windows are used instead of the default', () => {
    const windows = parseOutboundWindows('08:00-11:00,15:00-20:00');
    expect(isInOutboundWindow(sh('2026-11-25 08:30'), windows)).toBe(true);
    expect(isInOutboundWindow(sh('2026-11-25 11:30'), windows)).toBe(false);
    expect(local(outboundWindowStart(sh('2026-11-25 20:00'), windows))).toBe('2026-11-26 08:00');
  });
});

describe('N11, N14, N15: deadlines told to callers fall inside the windows, on a whole hour', () => {
  it.each([
    // A complaint at 00:30 with a 24-hour reply: not 00:30 tomorrow, but 10:00 (an hour of the morning window to call).
    ['2026-11-25 00:30', '2026-11-26 10:00'],
    ['2026-11-25 00:55', '2026-11-26 10:00'],
    ['2026-11-25 09:20', '2026-11-26 10:00'],
    ['2026-11-25 10:40', '2026-11-26 11:00'],
    ['2026-11-25 11:05', '2026-11-26 12:00'],
    // Lunch: the afternoon window opens at 14:30, so the first deadline is 16:00 (not 14:30 or 15:00).
    ['2026-11-25 12:10', '2026-11-26 16:00'],
    ['2026-11-25 14:29', '2026-11-26 16:00'],
    ['2026-11-25 17:00', '2026-11-26 17:00'],
    ['2026-11-25 20:59', '2026-11-26 21:00'],
    // After the last window: the next morning, across midnight and the month.
    ['2026-11-30 21:01', '2026-12-02 10:00'],
    ['2026-11-25 23:59', '2026-11-27 10:00'],
  ])('asked at %s, a 24-hour reply is promised by %s', (at, deadline) => {
    const d = replyDeadline(sh(at), 24);
    expect(local(d)).toBe(deadline);
    expect(d.getTime()).toBeGreaterThanOrEqual(sh(at).getTime() + 24 * 3_600_000);
  });

  it('a deadline computed at 00:30 is said as people say it, in every locale', () => {
    const now = sh('2026-11-25 00:30');
    const deadline = replyDeadline(now, 24);
    expect(formatTime(deadline, 'zh-CN', now)).toBe('明天上午10点');
    expect(formatTime(deadline, 'yue-HK', now)).toBe('聽日上晝10點');
    expect(formatTime(deadline, 'en-US', now)).toBe('10 a.m. tomorrow');
  });

  it('an instant already acceptable stays; seconds past the hour round up', () => {
    expect(local(deadlineAtOrAfter(sh('2026-11-25 16:00')))).toBe('2026-11-25 16:00');
    expect(local(deadlineAtOrAfter(new Date(sh('2026-11-25 16:00').getTime() + 1000)))).toBe('2026-11-25 17:00');
  });

  it('refuses windows too short to promise anything in, and a negative delay', () => {
    expect(() => deadlineAtOrAfter(sh('2026-11-25 10:00'), parseOutboundWindows('09:00-09:45'))).toThrow(RangeError);
    expect(() => replyDeadline(sh('2026-11-25 10:00'), -1)).toThrow(RangeError);
  });
});
