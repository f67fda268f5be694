/**
 * The ticket number by text message (issue 14 item 6): after the phone caller heard it twice, the
 * number goes to their mobile, to quote when they ask after the repair or expedite it (催办). Only
 * where Twilio's Messages API is configured; only to a mainland mobile (a landline gets no text).
 * A send never fails the call: what went wrong is the result, and the caller is told nothing.
 */
import type { Locale } from '../core/locale.js';
import { normalizePhone } from './phone.js';
import type { SmsSender } from './verification.js';

export type TicketTextResult = 'sent' | 'unavailable' | 'failed';

export interface TicketText {
  conversationId: string;
  phone: string | null;
  ticket: string;
  locale: Locale;
}

export interface TicketTexts {
  send(text: TicketText): Promise<TicketTextResult>;
}

/** A mainland mobile number (+86 1[3-9]…), the only kind a text can reach. */
export function isMobile(phone: string): boolean {
  return /^\+861[3-9]\d{9}$/.test(normalizePhone(phone));
}

/** Tickets texted by this process: a turn run again (a retried webhook) sends no second text. */
const REMEMBERED = 10_000;

export function ticketTexts(sender: SmsSender | null, message: (ticket: string, locale: Locale) => string): TicketTexts {
  const sent = new Set<string>();
  return {
    async send({ conversationId, phone, ticket, locale }) {
      if (!sender || !phone || !isMobile(phone)) return 'unavailable';
      const key = `${conversationId}/${ticket}`;
      if (sent.has(key)) return 'sent';
      try {
        await sender.send(normalizePhone(phone), message(ticket, locale));
      } catch {
        return 'failed';
      }
      if (sent.size >= REMEMBERED) sent.clear();
      sent.add(key);
      return 'sent';
    },
  };
}
