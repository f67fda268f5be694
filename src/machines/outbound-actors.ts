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
    saveDangerReport: fromPromise(async ({ input }) => saveOrQueue(services, { ...input, idempotencyKey: turnKey('work_order') })),
    concludeCall: fromPromise(async ({ input }) => {
      await concludeCall(services, input.taskId, input, now(), policy);
    }),
  };
}
