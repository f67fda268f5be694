/**
 * Retention (issue 10 item 7; docs/operations.md): every instance sweeps periodically.
 * - An active conversation untouched for CONVERSATION_IDLE_MINUTES is closed as a hang-up: an
 *   abandoned chat (the page closed without a word) or a call whose final status never came is
 *   ended the way a phone hang-up is, so its draft is saved as an abandoned report with a callback.
 *   A conversation that cannot take a hang-up (its flow gone, a broken record) is marked ended.
 * - After CONVERSATION_RETENTION_HOURS the personal data of what ended is purged: conversation
 *   records (name, address, account, what was said), transcripts, closed handovers, and the
 *   delivered outbox items (their payloads are copies of reports). Work orders, callbacks and
 *   escalations are the utility's service records and stay.
 * - What the local journal kept while the conversation store failed is handed back.
 * Instances sweep independently: closing is a turn (compare-and-set), so two never close one twice,
 * and purges delete what is already gone without harm.
 */
import type { Outbox } from '../services/ports.js';
import type { Handovers, Transcripts } from '../services/ports.js';
import { logger } from '../observability/logger.js';
import type { ConversationHost } from './conversation-host.js';
import { ConversationConflict } from './errors.js';
import type { ConversationRecord, SessionStore } from './session-store.js';

export interface RetentionSettings {
  idleMinutes: number;
  retentionHours: number;
}

export interface RetentionStores {
  sessions: SessionStore;
  transcripts: Pick<Transcripts, 'purgeBefore'>;
  handovers: Pick<Handovers, 'purgeBefore'>;
  outbox: Pick<Outbox, 'purgeDelivered'>;
  /** The conversation store's local journal, handed back on every sweep (src/store/journaled-sessions.ts). */
  journal?: { flush(): Promise<number> };
}

export interface SweepResult {
  closed: number;
  purged: { conversations: number; transcripts: number; handovers: number; outbox: number };
  /** Records the local journal still holds (their store still fails). */
  journaled: number;
}

/** Conversations closed per sweep at most (the next sweep takes the rest). */
const BATCH = 200;

export class RetentionSweeper {
  private readonly now: () => Date;

  constructor(
    private readonly host: ConversationHost,
    private readonly stores: RetentionStores,
    private readonly settings: RetentionSettings,
    options: { now?: () => Date } = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** One sweep now. */
  async sweep(): Promise<SweepResult> {
    const now = this.now().getTime();
    const journaled = (await this.stores.journal?.flush()) ?? 0;
    let closed = 0;
    const idleBefore = new Date(now - this.settings.idleMinutes * 60_000).toISOString();
    for (const record of (await this.stores.sessions.listIdle?.(idleBefore, BATCH)) ?? []) {
      if (await this.close(record)) closed++;
    }
    const before = new Date(now - this.settings.retentionHours * 3_600_000);
    const purged = {
      conversations: (await this.stores.sessions.purgeEnded?.(before.toISOString())) ?? 0,
      transcripts: await this.stores.transcripts.purgeBefore(before),
      handovers: await this.stores.handovers.purgeBefore(before),
      outbox: await this.stores.outbox.purgeDelivered(before),
    };
    return { closed, purged, journaled };
  }

  /**
   * Sweeps now and every `intervalMs`; sweeps never overlap. Returns stop(): no new sweep starts,
   * and it resolves when the current one has finished (the stores can then be closed).
   */
  start(intervalMs: number): () => Promise<void> {
    if (!(intervalMs > 0)) throw new RangeError(`retention sweep intervalMs must be positive, got ${intervalMs}`);
    let running: Promise<void> | null = null;
    let stopped = false;
    const round = () => {
      if (running || stopped) return;
      running = this.sweep()
        .then(
          (r) => {
            const purged = Object.values(r.purged).reduce((a, b) => a + b, 0);
            if (r.closed || purged) logger.info({ closed: r.closed, purged: r.purged }, `retention: ${r.closed} idle conversations closed, ${purged} records purged`);
            if (r.journaled) logger.warn({ journaled: r.journaled }, 'retention: conversations still in the local journal (their store fails)');
          },
          (error: unknown) => logger.error({ err: error }, 'retention: sweep failed; retried next round'),
        )
        .finally(() => {
          running = null;
        });
    };
    round();
    const timer = setInterval(round, intervalMs);
    timer.unref();
    return async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    };
  }

  /** Ends an idle conversation as a hang-up (its draft saved); true when this sweep ended it. */
  private async close(record: ConversationRecord): Promise<boolean> {
    try {
      await this.host.handle(record.id, { type: 'hangup' }, { channel: record.channel, atVersion: record.version });
      return true;
    } catch (error) {
      if (error instanceof ConversationConflict) return false; // a turn came in meanwhile: no longer idle
      logger.warn({ err: error, conversationId: record.id }, 'retention: an idle conversation could not take a hang-up; marked ended');
    }
    const ended: ConversationRecord = { ...record, version: record.version + 1, status: 'ended', updatedAt: this.now().toISOString() };
    return this.stores.sessions.compareAndSet(ended, record.version);
  }
}
