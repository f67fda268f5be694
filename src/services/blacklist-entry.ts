/** The blacklist's rule on additions (N23, issue 10 item 8), the same for every store. */
import type { BlacklistStatus } from './ports.js';

/** add() of a number that is already on the blacklist (active or proposed): lift it first, or approve the proposal. */
export class BlacklistEntryExists extends Error {
  constructor(
    readonly phone: string,
    readonly status: BlacklistStatus,
  ) {
    super(`${phone} is already on the blacklist (${status}); lift it first${status === 'proposed' ? ' or approve the proposal' : ''}`);
    this.name = 'BlacklistEntryExists';
  }
}

/** Refuses an addition over an entry in force (a re-add must never silently change its term). */
export function checkNotListed(phone: string, existing: { status: BlacklistStatus } | null | undefined): void {
  if (existing && (existing.status === 'active' || existing.status === 'proposed')) throw new BlacklistEntryExists(phone, existing.status);
}

