/**
 * What a durable store under contract test offers: the ports (every one of the Services bundle
 * but the outbox, which stays on SQLite by design) plus the operator writes the tests set up with.
 * Each adapter set (SQLite, PostgreSQL) provides one harness; the same contract runs on both.
 */
import type { DutyShift, Outage, Services } from '../../../src/services/ports.js';
import type { BlacklistPolicy } from '../../../src/services/blacklist-policy.js';
import type { SeedResult } from '../../../src/store/seed.js';
import type { AffectedReport } from '../../../src/store/sqlite/outage-board.js';

export type DurableServices = Omit<Services, 'outbox'>;

export interface OpenOptions {
  /** The adapters' clock (ticket day, createdAt...); default: the real one. */
  now?: () => Date;
  /** Seed the demo data at this instant (default: now()); null for an empty store. */
  seedAt?: Date | null;
  blacklist?: BlacklistPolicy;
}

export interface DurableStore {
  services: DurableServices;
  /** The same data through another connection (another instance of the server). */
  second(): Promise<DurableServices>;
  seed(at: Date): Promise<SeedResult>;
  upsertOutage(outage: Outage): Promise<void>;
  clearOutages(): Promise<void>;
  affected(outageId: string): Promise<AffectedReport[]>;
  replaceRoster(shifts: readonly DutyShift[]): Promise<void>;
  upsertBilling(account: string, balance: number, bills: readonly { period: string; amount: number; kwh: number; dueDate: string }[], options?: { prepaid?: boolean }): Promise<void>;
  setTicketSequence(day: string, last: number): Promise<void>;
  ticketSequence(day: string): Promise<number | null>;
}

export interface DurableHarness {
  name: string;
  /** A fresh, empty-or-seeded store for one test. */
  open(options?: OpenOptions): Promise<DurableStore>;
}

export const ARRIVAL = { urban: 45, rural: 90, remote: 120 };

/** A clock the test moves. */
export function clock(start: string | Date): { now: () => Date; set(at: string | Date): void; advance(ms: number): void } {
  let t = new Date(start);
  return {
    now: () => t,
    set: (at) => (t = new Date(at)),
    advance: (ms) => (t = new Date(t.getTime() + ms)),
  };
}
