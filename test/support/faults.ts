/** Fault injection at a port (a service that is down), for the N21 tests. Our own code runs as is. */
import type { WorkOrders } from '../../src/services/ports.js';

export function switchableWorkOrders(workOrders: WorkOrders): { workOrders: WorkOrders; down: (isDown: boolean) => void } {
  let isDown = true;
  return {
    down: (value) => {
      isDown = value;
    },
    workOrders: {
      create: async (order, options) => {
        if (isDown) throw new Error('database is locked');
        return workOrders.create(order, options);
      },
      get: (id) => workOrders.get(id),
      list: (filter) => workOrders.list(filter),
    },
  };
}
