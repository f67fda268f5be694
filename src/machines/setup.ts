/**
 * The one setup every 95598 flow shares: its context, events, named actions, guards and the
 * service actors the engine provides (ARCHITECTURE rules 1 and 5). Flows reference these by
 * name, so each machine config stays a static literal the Stately visualizer can open.
 */
import { assign, emit, fromPromise, setup } from 'xstate';
import type { Area, Customer, NewWorkOrder, Outage, WorkOrder } from '../services/ports.js';
import type { Locale } from '../engine/locale.js';
import { LADDER_LIMIT, type StateMeta } from './ask.js';
import { EMPTY_FAULT, initialContext, type DialogueContext, type DialogueInput } from './context.js';
import type { DialogueEmitted, DialogueEvent } from './events.js';

/** Service calls the flows make. The engine binds them to real services (src/machines/service-actors.ts). */
export const serviceActorStubs = {
  findCustomersByPhone: fromPromise<Customer[], { phone: string | null }>(notProvided),
  findCustomerByAccount: fromPromise<Customer | null, { account: string }>(notProvided),
  /** The area of the fault: the account's own area when the fault is at home, else found in the spoken address. */
  findArea: fromPromise<Area | null, { address: string; areaId: string | null }>(notProvided),
  findActiveOutage: fromPromise<Outage | null, { areaId: string | null }>(notProvided),
  registerOnOutage: fromPromise<void, { outageId: string; phone: string | null; account: string | null; conversationId: string }>(notProvided),
  createWorkOrder: fromPromise<WorkOrder, NewWorkOrder>(notProvided),
};

async function notProvided(): Promise<never> {
  throw new Error('service actor not provided: the engine binds services with machine.provide()');
}

type Scope = NonNullable<DialogueContext['fault']['scope']>;

export const dialogue = setup({
  types: {
    context: {} as DialogueContext,
    events: {} as DialogueEvent,
    input: {} as DialogueInput,
    emitted: {} as DialogueEmitted,
    meta: {} as StateMeta,
  },
  actors: serviceActorStubs,
  actions: {
    /** Say a prompt from the catalogue; values are interpolated from the context by the engine. */
    say: emit((_, params: { key: string; safety?: boolean }) => ({
      type: 'say' as const,
      key: params.key,
      safety: params.safety ?? false,
    })),
    /** Continue in another language; collected data stays (N4). */
    switchLanguage: emit(({ event }, params: { locale: Locale } | undefined) => ({
      type: 'locale' as const,
      locale: params?.locale ?? (event.type === 'language' ? event.locale : 'zh-CN'),
    })),
    resetMisses: assign({ misses: 0 }),
    countMiss: assign({ misses: ({ context }) => context.misses + 1 }),

    rememberCandidate: assign({
      candidate: (_, params: { customer: Customer | null }) => params.customer,
    }),
    acceptCandidate: assign({ customer: ({ context }) => context.candidate }),
    countAccountAttempt: assign({ accountAttempts: ({ context }) => context.accountAttempts + 1 }),

    startFaultReport: assign({ fault: () => ({ ...EMPTY_FAULT }) }),
    markDanger: assign({
      fault: ({ context, event }) => ({
        ...context.fault,
        danger: true,
        description: event.type === 'danger' || event.type === 'text' ? event.text : context.fault.description,
      }),
    }),
    rememberScope: assign({
      fault: ({ context }, params: { scope: Scope }) => ({ ...context.fault, scope: params.scope }),
    }),
    useHomeAddress: assign({
      fault: ({ context }) => ({ ...context.fault, address: context.customer?.address ?? null }),
    }),
    rememberAddress: assign({
      fault: ({ context, event }) => ({
        ...context.fault,
        address: event.type === 'text' ? event.text : context.fault.address,
        area: null,
      }),
    }),
    rememberArea: assign({
      fault: ({ context }, params: { area: Area | null }) => ({ ...context.fault, area: params.area }),
    }),
    rememberOutage: assign({
      fault: ({ context }, params: { outage: Outage | null }) => ({ ...context.fault, outage: params.outage }),
    }),
    rememberDescription: assign({
      fault: ({ context, event }) => ({
        ...context.fault,
        description: event.type === 'text' ? event.text : context.fault.description,
      }),
    }),
    rememberTicket: assign({
      fault: ({ context }, params: { ticket: WorkOrder }) => ({ ...context.fault, ticket: params.ticket }),
    }),
  },
  guards: {
    ladderExhausted: ({ context }) => context.misses >= LADDER_LIMIT,
    hasCustomer: ({ context }) => context.customer !== null,
    isCustomer: (_, params: { customer: Customer | null }) => params.customer !== null,
    isOneCustomer: (_, params: { customers: Customer[] }) => params.customers.length === 1,
    accountAttemptsExhausted: ({ context }) => context.accountAttempts >= LADDER_LIMIT,
    isOutage: (_, params: { outage: Outage | null }) => params.outage !== null,
    isPlannedOutage: (_, params: { outage: Outage | null }) => params.outage?.kind === 'planned',
    mentionsDanger: ({ event }) => event.type === 'text' && event.intent === 'danger',
  },
});

export { initialContext };
