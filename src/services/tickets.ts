/**
 * Ticket numbers (work-order ids) that a caller can note down or hear read back, digit by digit:
 * YYMMDD (local date, Asia/Shanghai) + the day's sequence, at least 4 digits: "2611250001" is the
 * day's first, "2611259999" its 9,999th; the 10,000th is "26112510000" (11 digits) and so on.
 * A busy day never runs out, and ids stay unique: a sequence below 10,000 is always written with
 * 4 digits and one above never starts with 0, so a length and a day name one sequence.
 */
import { localDateTime, TIMEZONE } from './local-time.js';

/** Sequences up to this are written with 4 digits (the common case: a 10-digit ticket). */
export const FOUR_DIGIT_TICKETS = 9999;
/** The schemas' bound (16 digits: ten billion tickets a day), far beyond any call centre's day. */
export const MAX_TICKET_LENGTH = 16;
const MAX_SEQUENCE = 10 ** (MAX_TICKET_LENGTH - 6) - 1;
const TICKET_RE = /^\d{6}(?:(?!0000)\d{4}|[1-9]\d{4,9})$/;

/** "YYMMDD" of the local date at `at`: the day a sequence belongs to. */
export function ticketDay(at: Date, timeZone: string = TIMEZONE): string {
  const t = localDateTime(at, timeZone);
  return [t.year % 100, t.month, t.day].map((n) => String(n).padStart(2, '0')).join('');
}

export function formatTicketId(day: string, sequence: number): string {
  if (!/^\d{6}$/.test(day)) throw new RangeError(`ticket day must be YYMMDD, got '${day}'`);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`ticket sequence must be 1-${MAX_SEQUENCE}, got ${sequence}`);
  }
  return day + String(sequence).padStart(4, '0');
}

/** The id of the day's `sequence`-th ticket, allocated from the store's daily counter. */
export const allocateTicketId = formatTicketId;

export function isTicketId(value: string): boolean {
  return TICKET_RE.test(value);
}
