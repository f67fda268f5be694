/**
 * The service actor that texts the ticket number (issue 14 item 6), bound to the ticket texts
 * service (src/services/ticket-texts.ts). Kept apart from service-actors.ts like the verification
 * actors: a host without Twilio's Messages API texts nothing.
 */
import { fromPromise } from 'xstate';
import type { TicketText, TicketTextResult, TicketTexts } from '../services/ticket-texts.js';

export const ticketActorStubs = {
  textTicket: fromPromise<TicketTextResult, TicketText>(notProvided),
};

async function notProvided(): Promise<never> {
  throw new Error('service actor not provided: the engine binds services with machine.provide()');
}

export function bindTicketActors(texts: TicketTexts | null): typeof ticketActorStubs {
  return {
    textTicket: fromPromise(async ({ input }) => (texts ? texts.send(input) : 'unavailable')),
  };
}
