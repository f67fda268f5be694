import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../src/services/backoff.js';

describe('outbox retry back-off (N21)', () => {
  it('doubles after each failure up to the cap, and never overflows', () => {
    const b = { baseMs: 1000, maxMs: 60_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n, b))).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
    expect(retryDelayMs(100_000, b)).toBe(60_000);
  });

  it('refuses a failure count below one', () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
  });
});
