/** Fault injection at a port (a service that is down), for the N21 tests. Our own code runs as is. */
import type { SessionStore } from '../../src/engine/session-store.js';
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

/**
 * A session store on an instance that is killed (kill -9) after its turn's service calls and
 * before it writes the conversation record: reads pass, and the write never happens.
 */
export function killedBeforeWrite(sessions: SessionStore): SessionStore & { reachedWrite: Promise<void> } {
  let reached!: () => void;
  const reachedWrite = new Promise<void>((resolve) => (reached = resolve));
  return {
    reachedWrite,
    get: (id) => sessions.get(id),
    compareAndSet: () => {
      reached();
      return new Promise<boolean>(() => {});
    },
  };
}

/** A session store whose server can be made to fail every call (down), for the journal's tests. */
export function switchableSessions(sessions: SessionStore): { sessions: SessionStore; down: (isDown: boolean) => void } {
  let isDown = false;
  const guard = <T>(call: () => Promise<T>): Promise<T> => (isDown ? Promise.reject(new Error('connect ECONNREFUSED')) : call());
  return {
    down: (value) => {
      isDown = value;
    },
    sessions: {
      get: (id) => guard(() => sessions.get(id)),
      compareAndSet: (record, expected) => guard(() => sessions.compareAndSet(record, expected)),
      restore: (record) => guard(() => sessions.restore!(record)),
    },
  };
}

/** A work-order store that stops answering (a hung connection): every create waits forever. */
export function hangingWorkOrders(workOrders: WorkOrders): WorkOrders {
  return {
    create: () => new Promise(() => {}),
    get: (id) => workOrders.get(id),
    list: (filter) => workOrders.list(filter),
  };
}
