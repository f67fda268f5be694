/** Proactive-service campaigns (N18) over PostgreSQL. */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Campaign, Campaigns, CampaignStatus, LocalizedText, NewCampaign } from '../../services/ports.js';
import { checkedCampaign, checkedCampaignStatus } from '../shared/outbound-input.js';
import { Where } from './filter.js';
import { one, rows } from './pool.js';

interface CampaignRow {
  id: string;
  name: string;
  purpose: LocalizedText;
  message: LocalizedText;
  offer: LocalizedText | null;
  starts_at: Date;
  ends_at: Date;
  status: CampaignStatus;
  created_by: string;
  created_at: Date;
}

const COLUMNS = 'id, name, purpose, message, offer, starts_at, ends_at, status, created_by, created_at';

export class PgCampaigns implements Campaigns {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(c: NewCampaign): Promise<Campaign> {
    const { startsMs, endsMs } = checkedCampaign(c);
    const row = await one<CampaignRow>(
      this.pool,
      `INSERT INTO campaigns (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', $8, $9) RETURNING ${COLUMNS}`,
      [
        randomUUID(), c.name.trim(), JSON.stringify(c.purpose), JSON.stringify(c.message), c.offer ? JSON.stringify(c.offer) : null,
        new Date(startsMs), new Date(endsMs), c.createdBy.trim(), this.now(),
      ],
    );
    return fromRow(row!);
  }

  async get(id: string): Promise<Campaign | null> {
    const row = await one<CampaignRow>(this.pool, `SELECT ${COLUMNS} FROM campaigns WHERE id = $1`, [id]);
    return row ? fromRow(row) : null;
  }

  async list(filter: { status?: CampaignStatus } = {}): Promise<Campaign[]> {
    const where = new Where().when(filter.status, 'status = ?');
    return (await rows<CampaignRow>(this.pool, `SELECT ${COLUMNS} FROM campaigns ${where} ORDER BY created_at DESC, seq DESC`, where.params)).map(fromRow);
  }

  async setStatus(id: string, status: CampaignStatus): Promise<Campaign | null> {
    checkedCampaignStatus(status);
    const row = await one<CampaignRow>(this.pool, `UPDATE campaigns SET status = $1 WHERE id = $2 RETURNING ${COLUMNS}`, [status, id]);
    return row ? fromRow(row) : null;
  }
}

function fromRow(r: CampaignRow): Campaign {
  return {
    id: r.id,
    name: r.name,
    purpose: r.purpose,
    message: r.message,
    offer: r.offer,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    status: r.status,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
  };
}
