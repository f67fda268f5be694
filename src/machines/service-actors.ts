/** Binds the flows' service actors (see serviceActorStubs) to the domain services. */
import { fromPromise } from 'xstate';
import type { Services } from '../services/ports.js';
import type { serviceActorStubs } from './setup.js';

export function bindServiceActors(services: Services, now: () => Date = () => new Date()): typeof serviceActorStubs {
  return {
    findCustomersByPhone: fromPromise(async ({ input }) => (input.phone ? services.customers.findByPhone(input.phone) : [])),
    findCustomerByAccount: fromPromise(async ({ input }) => services.customers.findByAccount(input.account)),
    findArea: fromPromise(async ({ input }) =>
      input.areaId ? services.outages.getArea(input.areaId) : services.outages.findAreaInAddress(input.address),
    ),
    findActiveOutage: fromPromise(async ({ input }) => (input.areaId ? services.outages.activeOutage(input.areaId, now()) : null)),
    registerOnOutage: fromPromise(async ({ input }) =>
      services.outages.registerAffected(input.outageId, {
        phone: input.phone,
        account: input.account,
        conversationId: input.conversationId,
      }),
    ),
    createWorkOrder: fromPromise(async ({ input }) => services.workOrders.create(input)),
  };
}
