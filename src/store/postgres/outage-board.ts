/** OutageBoard over PostgreSQL: areas (with aliases), outages and affected-caller registrations (N10). */
import type pg from 'pg';
import type { Area, AreaType, Outage, OutageBoard } from '../../services/ports.js';
import { matchAreaInText, type AreaTerm } from '../../services/area-match.js';
import { normalizePhone } from '../../services/phone.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { checkedOutageTimes, checkedTime, scheduleWindow, type AffectedReport } from '../shared/outages.js';
import { exec, one, rows, type Sql } from './pool.js';

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
  starts_at: Date;
  expected_restore_at: Date;
}

export class PgOutageBoard implements OutageBoard {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async listAreas(): Promise<Area[]> {
    return (await rows<AreaRow>(this.pool, 'SELECT id, name, type FROM areas ORDER BY id COLLATE "C"')).map(toArea);
  }

  async getArea(areaId: string): Promise<Area | null> {
    const row = await one<AreaRow>(this.pool, 'SELECT id, name, type FROM areas WHERE id = $1', [areaId]);
    return row ? toArea(row) : null;
  }

  async findAreaInAddress(address: string): Promise<Area | null> {
    // Matching is the shared rule (area-match.ts), so both stores find the same area.
    const terms = await rows<AreaTerm & pg.QueryResultRow>(
      this.pool,
      `SELECT id AS "areaId", name AS term FROM areas UNION ALL SELECT area_id AS "areaId", alias AS term FROM area_aliases`,
    );
    const id = matchAreaInText(address, terms);
    return id ? this.getArea(id) : null;
  }

  async activeOutage(areaId: string, at: Date): Promise<Outage | null> {
    checkedTime(at, 'activeOutage');
    // Latest-starting outage first: a fresher notice is the better one to announce.
    const row = await one<OutageRow>(
      this.pool,
      `SELECT * FROM outages WHERE area_id = $1 AND starts_at <= $2 AND $2 < expected_restore_at
        ORDER BY starts_at DESC, id COLLATE "C" LIMIT 1`,
      [areaId, at],
    );
    return row ? toOutage(row) : null;
  }

  async registerAffected(
    outageId: string,
    report: { phone: string | null; account: string | null; conversationId: string; idempotencyKey?: string | null },
  ): Promise<void> {
    if (!(await one(this.pool, 'SELECT 1 FROM outages WHERE id = $1', [outageId]))) {
      throw new Error(`registerAffected: unknown outage '${outageId}'`);
    }
    // A retried turn registers the same conversation once (by conversation, and by its key).
    await exec(
      this.pool,
      `INSERT INTO outage_reports (outage_id, phone, account, conversation_id, created_at, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [
        outageId, report.phone === null ? null : normalizePhone(report.phone), report.account, report.conversationId, this.now(),
        checkedIdempotencyKey(report.idempotencyKey),
      ],
    );
  }

  async scheduledOutages(areaId: string, from: Date, days: number): Promise<Outage[]> {
    const { toMs } = scheduleWindow(from, days);
    const found = await rows<OutageRow>(
      this.pool,
      `SELECT * FROM outages WHERE area_id = $1 AND kind = 'planned' AND expected_restore_at > $2 AND starts_at < $3
        ORDER BY starts_at, id COLLATE "C"`,
      [areaId, from, new Date(toMs)],
    );
    return found.map(toOutage);
  }

  /** Callers registered for an outage (for operators and the restore callback); not part of the port. */
  async affected(outageId: string): Promise<AffectedReport[]> {
    const found = await rows<{ phone: string | null; account: string | null; conversation_id: string; created_at: Date }>(
      this.pool,
      'SELECT phone, account, conversation_id, created_at FROM outage_reports WHERE outage_id = $1 ORDER BY id',
      [outageId],
    );
    return found.map((r) => ({ phone: r.phone, account: r.account, conversationId: r.conversation_id, createdAt: r.created_at.toISOString() }));
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
    startsAt: row.starts_at.toISOString(),
    expectedRestoreAt: row.expected_restore_at.toISOString(),
  };
}

/** Writes an outage (insert or replace): for operators, the seed and tests; not part of the port. */
export async function upsertOutagePg(db: Sql, outage: Outage): Promise<void> {
  const { startsMs, restoresMs } = checkedOutageTimes(outage);
  await exec(
    db,
    `INSERT INTO outages (id, area_id, kind, reason, starts_at, expected_restore_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET area_id = excluded.area_id, kind = excluded.kind, reason = excluded.reason,
       starts_at = excluded.starts_at, expected_restore_at = excluded.expected_restore_at`,
    [outage.id, outage.areaId, outage.kind, outage.reason, new Date(startsMs), new Date(restoresMs)],
  );
}
