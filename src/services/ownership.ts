/**
 * Who may hear a record found by a number a stranger can guess (issue 14: ticket numbers are
 * sequential; an account number is printed on every bill): its owner only. Ownership is what this
 * conversation proved, never what was typed in it: a phone caller's caller ID, or the registered
 * phone a one-time code was confirmed on (src/services/verification.ts). Anyone else gives a second
 * factor; for a work order, the last four digits of the contact phone on it.
 * Tries at such a number count per caller (voice: the caller ID) or chat client (its address), on
 * the rate-limit store shared by instances (src/security/number-guesses.ts); past the limit nothing
 * is checked, so a right guess gets nothing either. The flows count them per conversation too.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Channel } from '../core/conversation.js';
import { normalizePhone } from './phone.js';
import type { Customer, WorkOrder } from './ports.js';

/** What a conversation knows of the one asking. */
export interface Claimant {
  channel: Channel;
  /** Voice: the caller ID (proof). Chat: a number typed at the start (a claim, never proof). */
  caller: string | null;
  /** The account and registered phone a one-time code was confirmed on in this conversation. */
  codeVerified: { account: string; phone: string } | null;
  /** Chat: the key of the client that opened it (its address, as the HTTP rate limits count it). */
  client?: string | null;
}

/** How a claimant is proven the holder of an account: caller ID (voice), a confirmed code, or not. */
export type Proof = 'caller_id' | 'sms_code' | null;

/** The second factor for a work order: the last digits of its contact phone. */
export const PHONE_TAIL_DIGITS = 4;

/** The phone this conversation proved: the phone caller's own, or the one a code was confirmed on. */
export function provenPhone(claimant: Claimant): string | null {
  if (claimant.channel === 'voice') return claimant.caller ? normalizePhone(claimant.caller) : null;
  return claimant.codeVerified?.phone ?? null;
}

/** How `customer` is proven for this conversation, if at all. */
export function accountProof(claimant: Claimant, customer: Customer | null): Proof {
  if (!customer) return null;
  if (claimant.codeVerified?.account === customer.account) return 'sms_code';
  const phone = claimant.channel === 'voice' ? provenPhone(claimant) : null;
  return phone && customer.phones.includes(phone) ? 'caller_id' : null;
}

/**
 * The claimant owns the order: it was filed with the proven phone, or on an account the claimant
 * is proven for (`accounts`: those the proven phone is registered to, and a code-verified one).
 */
export function ownsOrder(claimant: Claimant, order: WorkOrder, accounts: readonly string[]): boolean {
  const phone = provenPhone(claimant);
  if (phone && order.phone && normalizePhone(order.phone) === phone) return true;
  return order.account !== null && accounts.includes(order.account);
}

/** The accounts the claimant is proven for, given the customers registered to its proven phone. */
export function provenAccounts(claimant: Claimant, onProvenPhone: readonly Customer[]): string[] {
  const accounts = onProvenPhone.filter((c) => accountProof(claimant, c) !== null).map((c) => c.account);
  if (claimant.codeVerified) accounts.push(claimant.codeVerified.account);
  return [...new Set(accounts)];
}

/** The second factor given matches the order's contact phone (an order without one matches nothing). */
export function phoneTailMatches(order: WorkOrder | null, tail: string): boolean {
  const digits = order?.phone?.replace(/\D/g, '') ?? '';
  const given = tail.replace(/\D/g, '');
  if (digits.length < PHONE_TAIL_DIGITS || given.length !== PHONE_TAIL_DIGITS) return false;
  return timingSafeEqual(Buffer.from(digits.slice(-PHONE_TAIL_DIGITS)), Buffer.from(given));
}

/** Whose tries these are: the phone caller's number (withheld numbers share one), or the chat client. */
export function guessKey(claimant: Claimant): string {
  if (claimant.channel === 'voice') return `voice:${provenPhone(claimant) ?? 'withheld'}`;
  return `${claimant.channel}:${claimant.client ?? 'unknown'}`;
}

/** Tries at guessable numbers, per caller or client, across conversations and instances. */
export interface NumberGuesses {
  /** No tries left for this key: nothing more is checked for it until the window ends. */
  exhausted(key: string): Promise<boolean>;
  /** Takes a try before checking (parallel tries cannot overshoot); false when none was left. */
  take(key: string): Promise<boolean>;
  /** The try proved the owner: it does not count. */
  giveBack(key: string): Promise<void>;
}

/** No limit across conversations (a host without the rate-limit store; the flows still count). */
export const UNLIMITED_GUESSES: NumberGuesses = {
  exhausted: async () => false,
  take: async () => true,
  giveBack: async () => {},
};
