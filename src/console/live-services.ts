/**
 * The Services bundle, publishing on the desk's live channel after every write (issue 12): an
 * escalation the bot records, a blacklist entry lifted through the admin API, a work order saved
 * from the outbox... every console refreshes what changed, on every instance.
 */
import type { Services } from '../services/ports.js';
import { DESK, type LiveBus } from './bus.js';
import { logger } from '../observability/logger.js';

/** The writing methods of each port, and the topics a write changes. */
const WRITES: { [P in keyof Services]?: Record<string, readonly string[]> } = {
  workOrders: { create: ['workOrders'] },
  callbacks: { create: ['callbacks'], update: ['callbacks'] },
  escalations: { create: ['escalations'], update: ['escalations', 'callbacks'] },
  incidents: { record: ['incidents', 'blacklist'] },
  blacklist: { add: ['blacklist'], approve: ['blacklist'], update: ['blacklist'], lift: ['blacklist'] },
  announcements: { set: ['announcement'] },
};

export function liveServices(services: Services, bus: LiveBus): Services {
  const live = { ...services };
  for (const [port, methods] of Object.entries(WRITES) as [keyof Services, Record<string, readonly string[]>][]) {
    const target = services[port] as unknown as Record<string, unknown>;
    const wrapped = Object.create(target) as Record<string, unknown>;
    for (const [method, topics] of Object.entries(methods)) {
      const original = target[method];
      if (typeof original !== 'function') continue;
      wrapped[method] = async (...args: unknown[]) => {
        const result = await (original as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        // Best effort: a console missing one update reads the lists again when it reconnects.
        bus.publish(DESK, { type: 'changed', topics }).catch((error: Error) => logger.error({ err: error }, 'live update not sent'));
        return result;
      };
    }
    (live as Record<string, unknown>)[port] = wrapped;
  }
  return live;
}
