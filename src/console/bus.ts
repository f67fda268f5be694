/**
 * Live updates for the duty desk and the customers' chat pages (issue 12): publish on a channel,
 * every listener of that channel hears it, on this instance (LocalBus) or on every instance that
 * shares a Redis (RedisBus, chosen by REDIS_URL: a person on instance A, the customer on B).
 * Delivery is best effort, as server-sent events are: what matters is in the stores, and a
 * reconnecting page reads it back from there.
 */
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { redactUrl } from '../config.js';
import { logger } from '../observability/logger.js';

/** The duty desk's channel (every console); a chat's own channel is chatChannel(id). */
export const DESK = 'desk';
export const chatChannel = (conversationId: string) => `chat:${conversationId}`;

export interface LiveEvent {
  type: string;
  [field: string]: unknown;
}

export type Listener = (event: LiveEvent) => void;

export interface LiveBus {
  publish(channel: string, event: LiveEvent): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(channel: string, listener: Listener): () => void;
  close(): Promise<void>;
}

/** One instance: an in-process emitter. */
export class LocalBus implements LiveBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(channel: string, event: LiveEvent): Promise<void> {
    this.emitter.emit(channel, event);
  }

  subscribe(channel: string, listener: Listener): () => void {
    this.emitter.on(channel, listener);
    return () => this.emitter.off(channel, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/**
 * Several instances: Redis pub/sub. One connection publishes, one subscribes (a subscribed
 * connection can do nothing else); a Redis channel is subscribed while this instance has a
 * listener on it. What an instance publishes comes back to it through Redis like everyone else's,
 * so each listener hears an event once.
 */
export class RedisBus implements LiveBus {
  private readonly local = new LocalBus();
  private readonly counts = new Map<string, number>();
  private readonly pending = new Set<Promise<unknown>>();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
  ) {
    subscriber.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(prefix)) return;
      let event: LiveEvent;
      try {
        event = JSON.parse(message) as LiveEvent;
      } catch {
        return;
      }
      void this.local.publish(channel.slice(prefix.length), event);
    });
  }

  static async connect(url: string, options: { prefix?: string } = {}): Promise<RedisBus> {
    const make = () => new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
    const [publisher, subscriber] = [make(), make()];
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
    } catch (err) {
      publisher.disconnect();
      subscriber.disconnect();
      throw new Error(`cannot reach Redis at ${redactUrl(url)} for live updates: ${(err as Error).message}`);
    }
    for (const r of [publisher, subscriber]) r.on('error', (err: Error) => logger.error({ err, redis: redactUrl(url) }, 'Redis live updates: connection error'));
    return new RedisBus(publisher, subscriber, options.prefix ?? '95598:live:');
  }

  async publish(channel: string, event: LiveEvent): Promise<void> {
    await this.publisher.publish(this.prefix + channel, JSON.stringify(event));
  }

  subscribe(channel: string, listener: Listener): () => void {
    const off = this.local.subscribe(channel, listener);
    const n = (this.counts.get(channel) ?? 0) + 1;
    this.counts.set(channel, n);
    if (n === 1) {
      const subscribed = this.subscriber.subscribe(this.prefix + channel).catch((err: Error) => logger.error({ err, channel }, 'Redis live updates: subscribe failed'));
      this.pending.add(subscribed);
      void subscribed.finally(() => this.pending.delete(subscribed));
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      off();
      const left = (this.counts.get(channel) ?? 1) - 1;
      if (left > 0) this.counts.set(channel, left);
      else {
        this.counts.delete(channel);
        void this.subscriber.unsubscribe(this.prefix + channel).catch(() => {});
      }
    };
  }

  /** Resolves once Redis confirms the subscriptions made so far (tests: publish only after). */
  async ready(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    await this.local.close();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}

export async function openBus(redisUrl: string | null): Promise<LiveBus> {
  return redisUrl ? RedisBus.connect(redisUrl) : new LocalBus();
}
