/**
 * Binds the outbound flows' service actors (outboundActorStubs) to the services, through the use
 * cases of src/services/outbound-calls.ts. The escalation a dissatisfied survey creates carries its
 * turn's idempotency key, taken before the first await (exactly once, rule 9).
 */
import { fromPromise } from 'xstate';
import type { Services } from '../services/ports.js';
import { turnKey } from '../services/idempotency.js';
import { saveOrQueue } from '../services/save-or-queue.js';
import { concludeCall, escalateOpinion, laterSlotTime, loadCallbackCall, loadCampaignCall, type DialPolicy } from '../services/outbound-calls.js';
import type { outboundActorStubs } from './outbound-setup.js';

export function bindOutboundActors(services: Services, settings: { now: () => Date; policy: DialPolicy }): typeof outboundActorStubs {
  const { now, policy } = settings;
  return {
    loadCallback: fromPromise(async ({ input }) => {
      const call = await loadCallbackCall(services, input.taskId);
      return {
        callbackId: call.callback.id,
        business: call.business,
        customerName: call.task.name ?? call.customer?.name ?? null,
        area: call.areaName,
        result: call.result,
        ticket: call.order?.id ?? null,
        raisedAt: call.order?.createdAt ?? call.callback.createdAt,
        account: call.customer?.account ?? call.callback.account,
        supervisorAnswer: call.callback.kind === 'escalation' || call.callback.kind === 'dissatisfied',
      };
    }),
    loadCampaign: fromPromise(async ({ input }) => {
      const { campaign } = await loadCampaignCall(services, input.taskId);
      return { campaignId: campaign.id, purpose: campaign.purpose, message: campaign.message, offer: campaign.offer };
    }),
    reschedule: fromPromise(async ({ input }) => ({ nextCall: laterSlotTime(input.slot, now(), policy.windows).toISOString() })),
    escalateOpinion: fromPromise(async ({ input }) => {
      const idempotencyKey = turnKey('escalation');
      return escalateOpinion(services, { ...input, idempotencyKey });
    }),
    // N10: the callee's account gives the crew's area (its promise, its dispatch) and the registered
    // address for the dispatch seat to confirm with the caller it takes over; the place itself is
    // not taken as said (N8: confirmed first).
    saveDangerReport: fromPromise(async ({ input }) => {
      const idempotencyKey = turnKey('work_order');
      const customer = input.account && !input.address ? await services.customers.findByAccount(input.account).catch(() => null) : null;
      const order = customer
        ? { ...input, areaId: input.areaId ?? customer.areaId, details: { ...input.details, registeredAddress: customer.address, place: 'to be confirmed by the dispatch seat' } }
        : input;
      return saveOrQueue(services, { ...order, idempotencyKey });
    }),
    concludeCall: fromPromise(async ({ input }) => {
      await concludeCall(services, input.taskId, input, now(), policy);
    }),
  };
}
