/**
 * Prometheus metrics (prom-client), one registry per engine. What an operator of a 24-hour
 * hotline watches: how long callers wait for a turn, how calls end (transfers and escalations by
 * reason), the supervisors' queue, the outbox (N21: what is kept while a service is down), how
 * often the recognizer understands nothing, and store errors. Gauges of stored state are read
 * when Prometheus scrapes, not on a turn.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Channel, Input, Turn } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';
import type { OutboxItem, Services } from '../services/ports.js';

/** What a turn came to: asked again, or how the conversation ended. */
export type TurnOutcome = 'ask' | 'hangup' | 'transfer' | 'escalate' | 'abandoned' | 'failed';

export function turnOutcome(turn: Turn): TurnOutcome {
  if (turn.state === 'systemFailure') return 'failed';
  return turn.end?.type ?? 'ask';
}

/** One answered turn, as the conversation host reports it. */
export interface ObservedTurn {
  channel: Channel;
  locale: Locale;
  /** The kind of input, or 'start'. */
  input: Input['type'] | 'start';
  /** The machine event the input was understood as (null for a start). */
  event: string | null;
  turn: Turn;
}

export interface Metrics {
  readonly registry: Registry;
  /** Seconds from a turn's request to its answer, by channel. */
  readonly turnDuration: Histogram<'channel'>;
  readonly storeErrors: Counter<'store' | 'operation'>;
  /** Counts a turn: its outcome, a transfer or escalation by reason, a recognizer no-match. */
  observeTurn(observed: ObservedTurn): void;
  /** Reads the escalations waiting and the outbox when scraped. */
  watch(services: Pick<Services, 'escalations' | 'outbox'>): void;
}

const TURN_BUCKETS = [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const turnDuration = new Histogram({
    name: 'dialogue_turn_duration_seconds',
    help: 'Time from a turn request (Twilio webhook, chat message) to its answer',
    labelNames: ['channel'] as const,
    buckets: TURN_BUCKETS,
    registers,
  });
  const turns = new Counter({ name: 'dialogue_turns_total', help: 'Turns answered, by channel and outcome (ask, hangup, transfer, escalate, abandoned, failed)', labelNames: ['channel', 'outcome'] as const, registers });
  const transfers = new Counter({ name: 'dialogue_transfers_total', help: 'Conversations handed to an agent queue, by reason', labelNames: ['channel', 'reason'] as const, registers });
  const escalations = new Counter({ name: 'dialogue_escalations_total', help: 'Conversations escalated to the duty supervisor (N24), by reason', labelNames: ['channel', 'reason'] as const, registers });
  const utterances = new Counter({
    name: 'dialogue_nlu_utterances_total',
    help: 'Spoken or typed answers, by whether they were understood (result="no_match": the no-match rate)',
    labelNames: ['locale', 'result'] as const,
    registers,
  });
  const storeErrors = new Counter({ name: 'dialogue_store_errors_total', help: 'Failed store operations, by store and operation', labelNames: ['store', 'operation'] as const, registers });

  const observeTurn = ({ channel, locale, input, event, turn }: ObservedTurn) => {
    turns.inc({ channel, outcome: turnOutcome(turn) });
    if (turn.end?.type === 'transfer') transfers.inc({ channel, reason: turn.end.reason });
    if (turn.end?.type === 'escalate') escalations.inc({ channel, reason: turn.end.reason });
    if ((input === 'speech' || input === 'text') && event !== null && event !== 'noInput') {
      utterances.inc({ locale, result: event === 'noMatch' ? 'no_match' : 'matched' });
    }
  };

  const watch = (services: Pick<Services, 'escalations' | 'outbox'>) => {
    // A store that fails here is already counted in storeErrors (instrument.ts); the gauge keeps its last value.
    new Gauge({
      name: 'dialogue_escalations_waiting',
      help: 'Escalations waiting for a supervisor',
      registers,
      async collect() {
        this.set((await services.escalations.list({ status: 'waiting' }).catch(() => null))?.length ?? NaN);
      },
    });
    // Both outbox gauges are collected at once on a scrape: they share one read of the outbox.
    let reading: Promise<OutboxItem[] | null> | null = null;
    const readOutbox = () =>
      (reading ??= services.outbox
        .pending()
        .catch(() => null)
        .finally(() => setImmediate(() => (reading = null))));
    new Gauge({
      name: 'dialogue_outbox_pending',
      help: 'Outbox items not delivered yet (N21)',
      registers,
      async collect() {
        const items = await readOutbox();
        if (items) this.set(items.length);
      },
    });
    new Gauge({
      name: 'dialogue_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest undelivered outbox item (0 when none)',
      registers,
      async collect() {
        const items = await readOutbox();
        if (!items) return;
        const oldest = Math.min(...items.map((item) => Date.parse(item.createdAt)));
        this.set(items.length === 0 ? 0 : Math.max(0, (Date.now() - oldest) / 1000));
      },
    });
  };

  return { registry, turnDuration, storeErrors, observeTurn, watch };
}
