/** OutageBoard over SQLite: areas (with aliases), outages and affected-caller registrations (N10). */
import type { Area, AreaType, Outage, OutageBoard } from '../../services/ports.js';
import { matchAreaInText } from '../../services/area-match.js';
import { normalizePhone } from '../../services/phone.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { checkedOutageTimes, checkedTime, scheduleWindow, type AffectedReport } from '../shared/outages.js';
import type { Db } from './database.js';

export type { AffectedReport };

interface AreaRow {
  id: string;
  name: string;
  type: AreaType;
}
interface OutageRow {
  id: string;
  area_id: string;
  kind: Outage['kind'];
  reason: string;
  starts_at_ms: number;
  expected_restore_at_ms: number;
}

export class SqliteOutageBoard implements OutageBoard {
  private readonly areas;
  private readonly area;
  private readonly terms;
  private readonly active;
  private readonly outageExists;
  private readonly insertReport;
  private readonly reports;
  private readonly scheduled;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.areas = db.prepare<[], AreaRow>('SELECT id, name, type FROM areas ORDER BY id');
    this.area = db.prepare<[string], AreaRow>('SELECT id, name, type FROM areas WHERE id = ?');
    this.terms = db.prepare<[], { areaId: string; term: string }>(
      `SELECT id AS areaId, name AS term FROM areas
       UNION ALL SELECT area_id AS areaId, alias AS term FROM area_aliases`,
    );
    // Latest-starting outage first: a fresher notice is the better one to announce.
    this.active = db.prepare<[string, number, number], OutageRow>(
      `SELECT * FROM outages
        WHERE area_id = ? AND starts_at_ms <= ? AND ? < expected_restore_at_ms
        ORDER BY starts_at_ms DESC, id LIMIT 1`,
    );
    this.outageExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM outages WHERE id = ?');
    // A retried turn registers the same conversation once (by conversation, and by its key).
    this.insertReport = db.prepare<[string, string | null, string | null, string, string, string | null]>(
      `INSERT INTO outage_reports (outage_id, phone, account, conversation_id, created_at, idempotency_key)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    // Planned outages not over yet and starting before the end of the horizon.
    this.scheduled = db.prepare<[string, number, number], OutageRow>(
      `SELECT * FROM outages
        WHERE area_id = ? AND kind = 'planned' AND expected_restore_at_ms > ? AND starts_at_ms < ?
        ORDER BY starts_at_ms, id`,
    );
    this.reports = db.prepare<[string], AffectedReport>(
      `SELECT phone, account, conversation_id AS conversationId, created_at AS createdAt
         FROM outage_reports WHERE outage_id = ? ORDER BY id`,
    );
  }

  async listAreas(): Promise<Area[]> {
    return this.areas.all().map(toArea);
  }

  async getArea(areaId: string): Promise<Area | null> {
    const row = this.area.get(areaId);
    return row ? toArea(row) : null;
  }

  async findAreaInAddress(address: string): Promise<Area | null> {
    const id = matchAreaInText(address, this.terms.all());
    return id ? this.getArea(id) : null;
  }

  async activeOutage(areaId: string, at: Date): Promise<Outage | null> {
    const ms = checkedTime(at, 'activeOutage');
    const row = this.active.get(areaId, ms, ms);
    return row ? toOutage(row) : null;
  }

  async registerAffected(
    outageId: string,
    report: { phone: string | null; account: string | null; conversationId: string; idempotencyKey?: string | null },
  ): Promise<void> {
    if (!this.outageExists.get(outageId)) throw new Error(`registerAffected: unknown outage '${outageId}'`);
    this.insertReport.run(
      outageId,
      report.phone === null ? null : normalizePhone(report.phone),
      report.account,
      report.conversationId,
      this.now().toISOString(),
      checkedIdempotencyKey(report.idempotencyKey),
    );
  }

  async scheduledOutages(areaId: string, from: Date, days: number): Promise<Outage[]> {
    const { fromMs, toMs } = scheduleWindow(from, days);
    return this.scheduled.all(areaId, fromMs, toMs).map(toOutage);
  }

  /** Callers registered for an outage (for operators and the restore callback); not part of the port. */
  async affected(outageId: string): Promise<AffectedReport[]> {
    return this.reports.all(outageId);
  }
}

function toArea(row: AreaRow): Area {
  return { id: row.id, name: row.name, type: row.type };
}

function toOutage(row: OutageRow): Outage {
  return {
    id: row.id,
    areaId: row.area_id,
    kind: row.kind,
    reason: row.reason,
    startsAt: new Date(row.starts_at_ms).toISOString(),
    expectedRestoreAt: new Date(row.expected_restore_at_ms).toISOString(),
  };
}

/** Writes an outage (insert or replace): for operators, the seed and tests; not part of the port. */
export function upsertOutage(db: Db, outage: Outage): void {
  const { startsMs, restoresMs } = checkedOutageTimes(outage);
  db.prepare(
    `INSERT INTO outages (id, area_id, kind, reason, starts_at_ms, expected_restore_at_ms)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET area_id = excluded.area_id, kind = excluded.kind, reason = excluded.reason,
       starts_at_ms = excluded.starts_at_ms, expected_restore_at_ms = excluded.expected_restore_at_ms`,
  ).run(outage.id, outage.areaId, outage.kind, outage.reason, startsMs, restoresMs);
}
