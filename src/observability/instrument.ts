/**
 * Store errors counted where they happen: every port of the Services bundle and the session store
 * is wrapped once, at start-up, so a failed call (rejected or thrown) is counted in
 * dialogue_store_errors_total{store, operation} and passed on unchanged. The flows, the channels
 * and the admin API then all use the wrapped ports; nothing else changes.
 */
import { wrapMethods } from '../core/wrap-methods.js';
import type { SessionStore } from '../engine/session-store.js';
import type { Services } from '../services/ports.js';
import type { Metrics } from './metrics.js';

type OnError = (operation: string) => void;

/** `target` with each of its methods counting its failures (rejected or thrown); other properties read through. */
export function countingErrors<T extends object>(target: T, onError: OnError): T {
  return wrapMethods(target, (key, method) => (...args) => {
    let result: unknown;
    try {
      result = method(...args);
    } catch (error) {
      onError(key);
      throw error;
    }
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        onError(key);
        throw error;
      });
    }
    return result;
  });
}

/** The services and session store as the engine uses them, with store errors counted. */
export function countStoreErrors(services: Services, sessions: SessionStore, metrics: Metrics): { services: Services; sessions: SessionStore } {
  const counted = {} as Record<string, unknown>;
  for (const [name, port] of Object.entries(services)) {
    counted[name] = countingErrors(port as object, (operation) => metrics.storeErrors.inc({ store: name, operation }));
  }
  return {
    services: counted as unknown as Services,
    sessions: countingErrors(sessions, (operation) => metrics.storeErrors.inc({ store: 'sessions', operation })),
  };
}
