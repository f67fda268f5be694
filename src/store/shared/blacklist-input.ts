/** Blacklist (N23) input checks and entry rules that do not depend on the store. */
import { BLACKLIST_STATUSES, type BlacklistStatus } from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';
export { BlacklistEntryExists, checkNotListed } from '../../services/blacklist-entry.js';

/** A normalized phone number for the blacklist. */
export function checkedPhone(raw: string): string {
  const phone = normalizePhone(typeof raw === 'string' ? raw : '');
  if (!/^\+?\d{5,15}$/.test(phone)) throw new RangeError(`phone must be a phone number, got '${String(raw)}'`);
  return phone;
}

/** A trimmed, non-empty text. */
export function required(value: string, name: string): string {
  const v = typeof value === 'string' ? value.trim() : '';
  if (!v) throw new RangeError(`${name} is required`);
  return v;
}

/** add()'s input, checked, and the time of the addition (read from `now` once the fields pass): the expiry, if any, must be after it. */
export function checkedAddition(
  e: { phone: string; reason: string; by: string; expiresAt?: Date | null },
  now: () => Date,
): { phone: string; reason: string; by: string; at: Date; expires: Date | null } {
  const phone = checkedPhone(e.phone);
  const reason = required(e.reason, 'reason');
  const by = required(e.by, 'by');
  const at = now();
  const expires = e.expiresAt ?? null;
  if (expires !== null && !(expires.getTime() > at.getTime())) throw new RangeError('expiresAt must be a future date/time');
  return { phone, reason, by, at, expires };
}

/** update()'s input, checked: the new expiry (undefined keeps it) must be after now. */
export function checkedUpdate(
  phone: string,
  change: { reason: string; by: string; expiresAt?: Date | null },
  now: () => Date,
): { phone: string; reason: string; by: string; at: Date; expires: Date | null | undefined } {
  const number = checkedPhone(phone);
  const reason = required(change.reason, 'reason');
  const by = required(change.by, 'by');
  const at = now();
  const expires = change.expiresAt;
  if (expires != null && !(expires.getTime() > at.getTime())) throw new RangeError('expiresAt must be a future date/time');
  return { phone: number, reason, by, at, expires };
}

/** list()'s status filter: absent, or a known status. */
export function checkStatusFilter(status: BlacklistStatus | undefined): void {
  if (status !== undefined && !(BLACKLIST_STATUSES as readonly string[]).includes(status)) {
    throw new RangeError(`unknown blacklist status '${status}'`);
  }
}

/** The proposed duration counts from the approval, not from the proposal (epoch ms). */
export function approvedExpiryMs(addedAtMs: number, expiresAtMs: number | null, approvedAtMs: number): number | null {
  return expiresAtMs === null ? null : approvedAtMs + (expiresAtMs - addedAtMs);
}

/** The history reason recorded when an entry in this status passes its expiry. */
export function expiryReason(status: BlacklistStatus): string {
  return status === 'proposed' ? 'proposal not approved before expiry' : 'expired';
}
