import { describe, expect, it } from 'vitest';
import { formatTicketId, isTicketId, ticketDay } from '../../src/services/tickets.js';
import { localDateTime, localMinuteOfDay } from '../../src/services/local-time.js';

describe('ticket numbers', () => {
  it('use the Asia/Shanghai date, not the server UTC date', () => {
    // 2026-11-24 16:30 UTC is already 2026-11-25 00:30 in Shanghai.
    expect(ticketDay(new Date('2026-11-24T16:30:00Z'))).toBe('261125');
    expect(ticketDay(new Date('2026-11-24T15:59:00Z'))).toBe('261124');
  });

  it('are YYMMDD + a 4-digit sequence, longer past 9,999 tickets a day: they never run out', () => {
    expect(formatTicketId('261125', 1)).toBe('2611250001');
    expect(formatTicketId('261125', 9999)).toBe('2611259999');
    expect(formatTicketId('261125', 10000)).toBe('26112510000');
    expect(formatTicketId('261125', 123456)).toBe('261125123456');
    expect(() => formatTicketId('261125', 0)).toThrow(RangeError);
    expect(() => formatTicketId('2611', 1)).toThrow(RangeError);
  });

  it('name one sequence each: no two sequences of a day share an id', () => {
    const ids = new Set<string>();
    for (const n of [1, 9, 10, 999, 1000, 1001, 9999, 10000, 10001, 99999, 100000, 100001]) ids.add(formatTicketId('261125', n));
    expect(ids.size).toBe(12);
    for (const id of ids) expect(isTicketId(id)).toBe(true);
  });

  it('are recognised by isTicketId', () => {
    expect(isTicketId('2611250001')).toBe(true);
    expect(isTicketId('26112510000')).toBe(true);
    expect(isTicketId('2611250000')).toBe(false);
    expect(isTicketId('261125001')).toBe(false);
    // Past 9,999 the sequence has no leading zero: 26112500001 would shadow 2611250001.
    expect(isTicketId('26112500001')).toBe(false);
  });
});

describe('local time', () => {
  it('is Shanghai wall-clock time', () => {
    expect(localDateTime(new Date('2026-12-31T16:05:00Z'))).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 5 });
    expect(localMinuteOfDay(new Date('2026-06-01T12:00:00Z'))).toBe(20 * 60);
  });
});
