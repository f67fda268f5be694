/** Retry delays for the outbox (N21): exponential, capped so a long outage is still retried often enough. */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 10_000, maxMs: 10 * 60_000 };

/** Delay before the next attempt after `failures` failed attempts (1, 2, ...): base, 2 base, 4 base, ... up to max. */
export function retryDelayMs(failures: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  if (!Number.isInteger(failures) || failures < 1) throw new RangeError(`retryDelayMs: failures must be >= 1, got ${failures}`);
  // Math.min before the power would overflow to Infinity after ~1000 failures: cap the exponent.
  const exponent = Math.min(failures - 1, 40);
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** exponent);
}
