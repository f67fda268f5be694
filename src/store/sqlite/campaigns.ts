/** Proactive-service campaigns (N18) over SQLite. */
import { randomUUID } from 'node:crypto';
import type { Campaign, Campaigns, CampaignStatus, LocalizedText, NewCampaign } from '../../services/ports.js';
import { checkedCampaign, checkedCampaignStatus } from '../shared/outbound-input.js';
import type { Db } from './database.js';
import { iso, StatementCache, Where } from './filter.js';

interface CampaignRow {
  id: string;
  name: string;
  purpose: string;
  message: string;
  offer: string | null;
  starts_at_ms: number;
  ends_at_ms: number;
  status: CampaignStatus;
  created_by: string;
  created_at_ms: number;
}

export class SqliteCampaigns implements Campaigns {
  private readonly insert;
  private readonly byId;
  private readonly setStatusOf;
  private readonly lists;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insert = db.prepare<CampaignRow>(
      `INSERT INTO campaigns (id, name, purpose, message, offer, starts_at_ms, ends_at_ms, status, created_by, created_at_ms)
       VALUES (@id, @name, @purpose, @message, @offer, @starts_at_ms, @ends_at_ms, @status, @created_by, @created_at_ms)`,
    );
    this.byId = db.prepare<[string], CampaignRow>('SELECT * FROM campaigns WHERE id = ?');
    this.setStatusOf = db.prepare<[CampaignStatus, string]>('UPDATE campaigns SET status = ? WHERE id = ?');
    this.lists = new StatementCache(db);
  }

  async create(c: NewCampaign): Promise<Campaign> {
    const { startsMs, endsMs } = checkedCampaign(c);
    const row: CampaignRow = {
      id: randomUUID(),
      name: c.name.trim(),
      purpose: JSON.stringify(c.purpose),
      message: JSON.stringify(c.message),
      offer: c.offer ? JSON.stringify(c.offer) : null,
      starts_at_ms: startsMs,
      ends_at_ms: endsMs,
      status: 'active',
      created_by: c.createdBy.trim(),
      created_at_ms: this.now().getTime(),
    };
    this.insert.run(row);
    return fromRow(row);
  }

  async get(id: string): Promise<Campaign | null> {
    const row = this.byId.get(id);
    return row ? fromRow(row) : null;
  }

  async list(filter: { status?: CampaignStatus } = {}): Promise<Campaign[]> {
    const where = new Where().when(filter.status, 'status = ?');
    return this.lists.all<CampaignRow>(`SELECT * FROM campaigns ${where} ORDER BY created_at_ms DESC, rowid DESC`, where.params).map(fromRow);
  }

  async setStatus(id: string, status: CampaignStatus): Promise<Campaign | null> {
    checkedCampaignStatus(status);
    if (this.setStatusOf.run(status, id).changes === 0) return null;
    return this.get(id);
  }
}

function fromRow(r: CampaignRow): Campaign {
  return {
    id: r.id,
    name: r.name,
    purpose: JSON.parse(r.purpose) as LocalizedText,
    message: JSON.parse(r.message) as LocalizedText,
    offer: r.offer === null ? null : (JSON.parse(r.offer) as LocalizedText),
    startsAt: iso(r.starts_at_ms),
    endsAt: iso(r.ends_at_ms),
    status: r.status,
    createdBy: r.created_by,
    createdAt: iso(r.created_at_ms),
  };
}
