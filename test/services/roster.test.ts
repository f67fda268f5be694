import { describe, expect, it } from 'vitest';
import { parseTimeOfDay, shiftCovers } from '../../src/services/roster.js';

const at = (hhmm: string) => parseTimeOfDay(hhmm);

describe('shiftCovers', () => {
  it('covers [from, to) within a day', () => {
    expect(shiftCovers('08:00', '20:00', at('08:00'))).toBe(true);
    expect(shiftCovers('08:00', '20:00', at('19:59'))).toBe(true);
    expect(shiftCovers('08:00', '20:00', at('20:00'))).toBe(false);
    expect(shiftCovers('08:00', '20:00', at('07:59'))).toBe(false);
  });

  it('wraps past midnight', () => {
    expect(shiftCovers('20:00', '08:00', at('20:00'))).toBe(true);
    expect(shiftCovers('20:00', '08:00', at('00:00'))).toBe(true);
    expect(shiftCovers('20:00', '08:00', at('07:59'))).toBe(true);
    expect(shiftCovers('20:00', '08:00', at('08:00'))).toBe(false);
    expect(shiftCovers('20:00', '08:00', at('12:00'))).toBe(false);
  });

  it('treats from == to as a 24-hour shift', () => {
    expect(shiftCovers('00:00', '00:00', at('13:37'))).toBe(true);
  });

  it('rejects malformed times', () => {
    expect(() => parseTimeOfDay('24:00')).toThrow(RangeError);
    expect(() => parseTimeOfDay('8:00')).toThrow(RangeError);
  });
});
