/**
 * Ticket numbers (work-order ids) that a caller can note down or hear read back:
 * 10 digits = YYMMDD (local date, Asia/Shanghai) + a 4-digit daily sequence, e.g. "2611250001".
 */
import { localDateTime, TIMEZONE } from './local-time.js';

export const MAX_DAILY_TICKETS = 9999;
const TICKET_RE = /^\d{6}(?!0000)\d{4}$/;

/** "YYMMDD" of the local date at `at`: the day a sequence belongs to. */
export function ticketDay(at: Date, timeZone: string = TIMEZONE): string {
  const t = localDateTime(at, timeZone);
  return [t.year % 100, t.month, t.day].map((n) => String(n).padStart(2, '0')).join('');
}

export function formatTicketId(day: string, sequence: number): string {
  if (!/^\d{6}$/.test(day)) throw new RangeError(`ticket day must be YYMMDD, got '${day}'`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DAILY_TICKETS) {
    throw new RangeError(`ticket sequence must be 1-${MAX_DAILY_TICKETS}, got ${sequence}`);
  }
  return day + String(sequence).padStart(4, '0');
}

/**
 * The id of the day's `sequence`-th ticket, allocated from the store's daily counter. Past
 * MAX_DAILY_TICKETS the day is exhausted: the error rolls the counter back with the transaction,
 * and the engine takes its emergency path (N21).
 */
export function allocateTicketId(day: string, sequence: number): string {
  if (sequence > MAX_DAILY_TICKETS) throw new Error(`ticket numbers for ${day} are exhausted (${MAX_DAILY_TICKETS} a day)`);
  return formatTicketId(day, sequence);
}

export function isTicketId(value: string): boolean {
  return TICKET_RE.test(value);
}
