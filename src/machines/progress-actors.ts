/**
 * The service actors of the progress query and 催办 (src/machines/progress.ts), and of an account
 * number typed in (identity.ts): every record found by a number a stranger could guess goes through
 * the ownership rule (src/services/ownership.ts) and the tries per caller or client.
 */
import { fromPromise } from 'xstate';
import type { Customer, Services, WorkOrder } from '../services/ports.js';
import { orderProgress, type OrderProgress } from '../services/progress.js';
import {
  accountProof,
  guessKey,
  ownsOrder,
  phoneTailMatches,
  provenAccounts,
  provenPhone,
  type Claimant,
  type NumberGuesses,
} from '../services/ownership.js';
import { turnKey } from '../services/idempotency.js';
import { normalizePhone } from '../services/phone.js';
import { writeOrQueue } from '../services/save-or-queue.js';

/** owner: the claimant's own order. proof: a second factor is asked (for any other number, found or not). */
export type TicketLookup = { status: 'owner'; progress: OrderProgress } | { status: 'proof' } | { status: 'limited' };
/** notFound is the answer to a wrong number and to a wrong second factor alike (no oracle). */
export type TicketProof = { status: 'owner'; progress: OrderProgress } | { status: 'notFound' } | { status: 'limited' };
export type AccountLookup = { status: 'found'; customer: Customer } | { status: 'notFound' } | { status: 'limited' };

export const progressActorStubs = {
  /** The newest open order of the owner this conversation proved (caller ID, or a confirmed code). */
  findOwnProgress: fromPromise<OrderProgress | null, { claimant: Claimant }>(notProvided),
  /** A ticket number given: its progress when the claimant owns it, else a second factor is asked. */
  findProgressByTicket: fromPromise<TicketLookup, { claimant: Claimant; ticket: string }>(notProvided),
  /** The ticket with the last four digits of its contact phone. */
  proveTicket: fromPromise<TicketProof, { claimant: Claimant; ticket: string; phoneTail: string }>(notProvided),
  /** 催办: the open order goes to the duty supervisor to chase (an escalation `expedite`). */
  expediteOrder: fromPromise<{ escalationId: string | null; reminder: number }, { progress: OrderProgress; conversationId: string; channel: string; phone: string | null }>(notProvided),
  /** The customers on the caller's number: a chat's typed number is a claim, so its lookup is a try. */
  findCustomersOfCaller: fromPromise<Customer[], { claimant: Claimant }>(notProvided),
  /** An account number typed or said: counted as a try unless it is the claimant's own. */
  findCustomerByAccount: fromPromise<AccountLookup, { claimant: Claimant; account: string }>(notProvided),
};

async function notProvided(): Promise<never> {
  throw new Error('service actor not provided: the engine binds services with machine.provide()');
}

const TICKET = /^\d{10}$/;

export function bindProgressActors(services: Services, guesses: NumberGuesses, now: () => Date): typeof progressActorStubs {
  /** The accounts the claimant is proven for (its proven phone's, a code-verified one). */
  async function accountsOf(claimant: Claimant): Promise<string[]> {
    const phone = provenPhone(claimant);
    return provenAccounts(claimant, phone ? await services.customers.findByPhone(phone) : []);
  }
  async function ownedOrder(claimant: Claimant, ticket: string): Promise<WorkOrder | null> {
    const order = TICKET.test(ticket) ? await services.workOrders.get(ticket) : null;
    return order && ownsOrder(claimant, order, await accountsOf(claimant)) ? order : null;
  }

  return {
    findOwnProgress: fromPromise(async ({ input: { claimant } }) => {
      const phone = provenPhone(claimant);
      const accounts = await accountsOf(claimant);
      const lists = await Promise.all([
        phone ? services.workOrders.list({ phone, status: 'open' }) : [],
        ...accounts.map((account) => services.workOrders.list({ account, status: 'open' })),
      ]);
      const [newest] = lists.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      return newest ? orderProgress(newest, now()) : null;
    }),
    findProgressByTicket: fromPromise(async ({ input }) => {
      const own = await ownedOrder(input.claimant, input.ticket);
      if (own) return { status: 'owner', progress: orderProgress(own, now()) };
      // Whether the ticket exists is not told: a second factor is asked for any other number.
      return (await guesses.exhausted(guessKey(input.claimant))) ? { status: 'limited' } : { status: 'proof' };
    }),
    proveTicket: fromPromise(async ({ input }) => {
      const key = guessKey(input.claimant);
      if (!(await guesses.take(key))) return { status: 'limited' };
      const order = TICKET.test(input.ticket) ? await services.workOrders.get(input.ticket) : null;
      if (!order || !phoneTailMatches(order, input.phoneTail)) return { status: 'notFound' };
      await guesses.giveBack(key);
      return { status: 'owner', progress: orderProgress(order, now()) };
    }),
    // 催办 is recorded once per turn (its key), and waits in the outbox when the store is down (N21).
    // The order's progress as the caller was just told it: no second read.
    expediteOrder: fromPromise(async ({ input }) => {
      const { progress } = input;
      // The chases of this ticket before, in other calls too (issue 14 item 5): a second one is a
      // repeat chase (重复催办), told so and put to the duty supervisor as such, not a new one.
      const earlier = await services.escalations
        .list({ from: progress.raisedAt })
        .then((all) => all.filter((e) => e.reason === 'expedite' && e.context['ticket'] === progress.ticket && e.conversationId !== input.conversationId).length)
        .catch(() => 0);
      const reminder = earlier + 1;
      const late = progress.status === 'repairLate' ? '（已超过承诺的到达时间）' : '';
      const escalation = {
        reason: 'expedite' as const,
        conversationId: input.conversationId,
        channel: input.channel,
        phone: input.phone,
        summary: reminder > 1 ? `第${reminder}次催办工单 ${progress.ticket}${late}，重复催办，请值班负责人督办` : `催办工单 ${progress.ticket}${late}`,
        ...(reminder > 1 ? { priority: 20 } : {}),
        context: { ticket: progress.ticket, kind: progress.kind, status: progress.status, raisedAt: progress.raisedAt, arriveBy: progress.arriveBy, reminder },
        idempotencyKey: turnKey('escalation'),
      };
      const record = await writeOrQueue(services, 'escalation', escalation, (e) => services.escalations.create(e));
      return { escalationId: record?.id ?? null, reminder };
    }),
    findCustomersOfCaller: fromPromise(async ({ input: { claimant } }) => {
      if (!claimant.caller) return [];
      const proven = provenPhone(claimant) === normalizePhone(claimant.caller);
      // Past the limit a claimed number finds no one: the caller is asked for the account (counted too).
      if (!proven && !(await guesses.take(guessKey(claimant)))) return [];
      return services.customers.findByPhone(claimant.caller);
    }),
    findCustomerByAccount: fromPromise(async ({ input }) => {
      const key = guessKey(input.claimant);
      if (!(await guesses.take(key))) return { status: 'limited' };
      const customer = await services.customers.findByAccount(input.account);
      if (!customer) return { status: 'notFound' };
      // The claimant's own account (caller ID) is no guess.
      if (accountProof(input.claimant, customer) !== null) await guesses.giveBack(key);
      return { status: 'found', customer };
    }),
  };
}
