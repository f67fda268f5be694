/** The outage board: outages in force and scheduled, registrations of affected callers (N10). */
import type { Area } from './customers.js';

export interface Outage {
  id: string;
  areaId: string;
  kind: 'planned' | 'fault';
  /** Plain description shown to customers, per locale is not needed: prompts say the restore time. */
  reason: string;
  startsAt: string; // ISO 8601
  expectedRestoreAt: string; // ISO 8601
}

export interface OutageBoard {
  listAreas(): Promise<Area[]>;
  getArea(areaId: string): Promise<Area | null>;
  /** The area whose name (or alias) appears in a free-text address, if any. */
  findAreaInAddress(address: string): Promise<Area | null>;
  /** An outage in force (startsAt <= at < expectedRestoreAt) for the area, if any. */
  activeOutage(areaId: string, at: Date): Promise<Outage | null>;
  /** Register a caller as affected by a known outage instead of a duplicate ticket (N10); once per conversation and key. */
  registerAffected(
    outageId: string,
    report: { phone: string | null; account: string | null; conversationId: string; idempotencyKey?: string | null },
  ): Promise<void>;
  /** Planned outages of the area not over at `from` and starting within `days` days, earliest first. */
  scheduledOutages(areaId: string, from: Date, days: number): Promise<Outage[]>;
}

/** Work-order kinds: repairs (N10), complaints (N13, N14), reports 举报 and business applications (N9). */
