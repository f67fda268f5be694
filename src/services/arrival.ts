import type { AreaType } from './ports.js';

/** Promised repair-crew arrival, in minutes, by area type (configured, see src/config.ts). */
export type ArrivalMinutes = Record<AreaType, number>;

/**
 * The arrival promise told to the caller. An unknown area gets the slowest promise:
 * promising too early would be a broken promise, promising late never is.
 */
export function promisedArrivalMinutes(type: AreaType | null, arrival: ArrivalMinutes): number {
  if (type) return arrival[type];
  return Math.max(arrival.urban, arrival.rural, arrival.remote);
}
