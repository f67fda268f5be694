import { describe, expect, it } from 'vitest';
import { formatTicketId, isTicketId, ticketDay } from '../../src/services/tickets.js';
import { localDateTime, localMinuteOfDay } from '../../src/services/local-time.js';

describe('ticket numbers', () => {
  it('use the Asia/Shanghai date, not the server UTC date', () => {
    // 2026-11-24 16:30 UTC is already 2026-11-25 00:30 in Shanghai.
    expect(ticketDay(new Date('2026-11-24T16:30:00Z'))).toBe('261125');
    expect(ticketDay(new Date('2026-11-24T15:59:00Z'))).toBe('261124');
  });

  it('are YYMMDD + a 4-digit sequence', () => {
    expect(formatTicketId('261125', 1)).toBe('2611250001');
    expect(formatTicketId('261125', 9999)).toBe('2611259999');
    expect(() => formatTicketId('261125', 10000)).toThrow(RangeError);
    expect(() => formatTicketId('261125', 0)).toThrow(RangeError);
  });

  it('are recognised by isTicketId', () => {
    expect(isTicketId('2611250001')).toBe(true);
    expect(isTicketId('2611250000')).toBe(false);
    expect(isTicketId('261125001')).toBe(false);
  });
});

describe('local time', () => {
  it('is Shanghai wall-clock time', () => {
    expect(localDateTime(new Date('2026-12-31T16:05:00Z'))).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 5 });
    expect(localMinuteOfDay(new Date('2026-06-01T12:00:00Z'))).toBe(20 * 60);
  });
});
