/**
 * Every store call bounded in time (STORE_TIMEOUT_MS; issue 10 item 5). The drivers have their own
 * bounds (PostgreSQL statement and query timeouts, the Redis command timeout, SQLite's lock wait);
 * this one holds whatever they miss (a connection that is open but never answers, a pool waiting
 * for a client), so a hung store fails within the turn and the flow takes its save-or-queue path
 * (N21). A write that lands after its timeout is harmless: writes carry idempotency keys, so it and
 * its copy from the outbox are one record (src/services/idempotency.ts).
 */
import { wrapMethods } from '../core/wrap-methods.js';
import type { Services } from '../services/ports.js';

export class StoreTimeout extends Error {
  constructor(readonly store: string, readonly operation: string, readonly timeoutMs: number) {
    super(`${store}.${operation} timed out after ${timeoutMs} ms`);
    this.name = 'StoreTimeout';
  }
}

/** `promise`, or a StoreTimeout after `timeoutMs`. */
export function withinTimeout<T>(promise: Promise<T>, timeoutMs: number, store: string, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeout(store, operation, timeoutMs)), timeoutMs);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `target` with each asynchronous method answering within `timeoutMs` or failing with StoreTimeout. */
export function bounded<T extends object>(target: T, timeoutMs: number, store: string): T {
  return wrapMethods(target, (operation, method) => (...args) => {
    const result = method(...args);
    return result instanceof Promise ? withinTimeout(result, timeoutMs, store, operation) : result;
  });
}

/**
 * The services with every call bounded, except the outbox: it is the local file the bounded calls
 * fall back to, and its delivery rounds bound each handler themselves.
 */
export function boundedServices(services: Services, timeoutMs: number): Services {
  const result = {} as Record<string, unknown>;
  for (const [name, port] of Object.entries(services)) {
    result[name] = name === 'outbox' ? port : bounded(port as object, timeoutMs, name);
  }
  return result as unknown as Services;
}
