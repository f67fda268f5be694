/**
 * Who may hear what (issue 10 item 1, N8). Account data (the full name, address, balance, bills,
 * account digits) is said only to a caller verified for that account: on the phone, a caller whose
 * caller ID is registered to it; on any channel, a customer who entered the one-time code sent to
 * its registered phone. A typed phone number (chat) is a claim, never a verification. Everyone
 * else hears at most the family name, and can still report faults and danger, complain and ask.
 */
import { normalizePhone } from '../services/phone.js';
import { accountProof, provenPhone, type Claimant, type Proof } from '../services/ownership.js';
import type { Customer } from '../services/ports.js';
import type { DialogueContext } from './context.js';

export type Verification = Proof;

type Who = Pick<DialogueContext, 'channel' | 'caller' | 'codeVerified'>;

/** How `customer` is verified for this conversation, if at all (the rule tickets share: src/services/ownership.ts). */
export function verificationFor(context: Who, customer: Customer | null): Verification {
  return accountProof(context, customer);
}

/** The verification of the customer being served (or found and awaiting confirmation). */
export function verificationOf(context: Who & Pick<DialogueContext, 'customer' | 'candidate'>): Verification {
  return verificationFor(context, context.customer ?? context.candidate);
}

/** Who is asking, as the ownership rule reads it (src/services/ownership.ts). */
export function claimantOf(context: Who & Pick<DialogueContext, 'client'>): Claimant {
  return { channel: context.channel, caller: context.caller, codeVerified: context.codeVerified, client: context.client ?? null };
}

/** The masked form of a holder's name: the family name only (张伟 -> 张). */
export function surnameOf(name: string): string {
  return Array.from(name.trim())[0] ?? '';
}

/**
 * The number incidents may count against (N23, issue 10 item 2): the phone caller's own number,
 * or the registered phone a chat customer proved by code; never a number typed in a chat.
 */
export function attributablePhone(context: Who): string | null {
  return provenPhone(context);
}

/** Where a code for `customer` goes: the number the customer gave, if registered, else the first registered phone. */
export function registeredPhoneFor(context: Pick<DialogueContext, 'caller'>, customer: Customer | null): string | null {
  if (!customer || customer.phones.length === 0) return null;
  const given = context.caller ? normalizePhone(context.caller) : null;
  return given && customer.phones.includes(given) ? given : customer.phones[0]!;
}
