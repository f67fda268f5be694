/** Transcripts and chat handovers over PostgreSQL (issue 12). */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Locale } from '../../core/locale.js';
import {
  OPEN_HANDOVER_STATUSES,
  type Author,
  type Handover,
  type HandoverQueue,
  type Handovers,
  type HandoverChange,
  type HandoverStatus,
  type NewHandover,
  type NewTranscriptEntry,
  type TranscriptEntry,
  type Transcripts,
} from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';
import { checkHandoverChange, checkHandoverStatuses, checkNewHandover, checkTranscriptEntry } from '../shared/chat-input.js';
import { one, rows } from './pool.js';

interface EntryRow {
  seq: number;
  conversation_id: string;
  at: Date;
  author: Author;
  name: string | null;
  text: string;
  locale: Locale;
}

export class PgTranscripts implements Transcripts {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async append(conversationId: string, entries: readonly NewTranscriptEntry[]): Promise<TranscriptEntry[]> {
    entries.forEach(checkTranscriptEntry);
    if (!entries.length) return [];
    const at = this.now();
    // One statement, rows in the order given (identity values follow the VALUES order).
    const values: unknown[] = [];
    const tuples = entries.map((e, i) => {
      values.push(conversationId, e.at ?? at, e.author, e.name?.trim() || null, e.text, e.locale);
      const b = i * 6;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`;
    });
    const inserted = await rows<EntryRow>(
      this.pool,
      `INSERT INTO transcripts (conversation_id, at, author, name, text, locale) VALUES ${tuples.join(', ')}
       RETURNING seq, conversation_id, at, author, name, text, locale`,
      values,
    );
    return inserted.map(entryFromRow).sort((a, b) => a.seq - b.seq);
  }

  async list(conversationId: string, options: { afterSeq?: number } = {}): Promise<TranscriptEntry[]> {
    const found = await rows<EntryRow>(
      this.pool,
      'SELECT seq, conversation_id, at, author, name, text, locale FROM transcripts WHERE conversation_id = $1 AND seq > $2 ORDER BY seq',
      [conversationId, options.afterSeq ?? 0],
    );
    return found.map(entryFromRow);
  }

  async purgeBefore(before: Date): Promise<number> {
    return (await this.pool.query('DELETE FROM transcripts WHERE at < $1', [before])).rowCount ?? 0;
  }
}

function entryFromRow(r: EntryRow): TranscriptEntry {
  return { seq: r.seq, conversationId: r.conversation_id, at: r.at.toISOString(), author: r.author, name: r.name, text: r.text, locale: r.locale };
}

interface HandoverRow {
  id: string;
  conversation_id: string;
  queue: HandoverQueue;
  reason: string;
  priority: number;
  escalation_id: string | null;
  locale: Locale;
  phone: string | null;
  summary: string;
  status: HandoverStatus;
  taken_by: string | null;
  deadline: Date;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, conversation_id, queue, reason, priority, escalation_id, locale, phone, summary, status, taken_by, deadline, created_at, updated_at';
const OPEN = OPEN_HANDOVER_STATUSES.map((s) => `'${s}'`).join(', ');

export class PgHandovers implements Handovers {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async open(h: NewHandover): Promise<Handover> {
    checkNewHandover(h);
    const at = this.now();
    const inserted = await one<HandoverRow>(
      this.pool,
      `INSERT INTO handovers (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'waiting', NULL, $10, $11, $11)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [randomUUID(), h.conversationId, h.queue, h.reason, h.priority, h.escalationId, h.locale, h.phone === null ? null : normalizePhone(h.phone), h.summary, h.deadline, at],
    );
    if (inserted) return fromRow(inserted);
    const existing = await one<HandoverRow>(this.pool, `SELECT ${COLUMNS} FROM handovers WHERE conversation_id = $1 AND status IN (${OPEN})`, [h.conversationId]);
    return fromRow(existing!);
  }

  async get(id: string): Promise<Handover | null> {
    const row = await one<HandoverRow>(this.pool, `SELECT ${COLUMNS} FROM handovers WHERE id = $1`, [id]);
    return row ? fromRow(row) : null;
  }

  async latest(conversationId: string): Promise<Handover | null> {
    const row = await one<HandoverRow>(this.pool, `SELECT ${COLUMNS} FROM handovers WHERE conversation_id = $1 ORDER BY created_at DESC, seq DESC LIMIT 1`, [
      conversationId,
    ]);
    return row ? fromRow(row) : null;
  }

  async list(filter: { statuses?: readonly HandoverStatus[] } = {}): Promise<Handover[]> {
    const statuses = filter.statuses ?? OPEN_HANDOVER_STATUSES;
    checkHandoverStatuses(statuses);
    if (!statuses.length) return [];
    const found = await rows<HandoverRow>(
      this.pool,
      `SELECT ${COLUMNS} FROM handovers WHERE status = ANY($1::text[]) ORDER BY priority DESC, created_at, seq`,
      [statuses],
    );
    return found.map(fromRow);
  }

  async move(id: string, from: readonly HandoverStatus[], to: HandoverStatus, change: HandoverChange = {}): Promise<Handover | null> {
    checkHandoverStatuses([...from, to]);
    checkHandoverChange(change);
    // One statement: the status check and the change are atomic (two people taking one chat: one wins).
    const row = await one<HandoverRow>(
      this.pool,
      `UPDATE handovers SET status = $1, taken_by = COALESCE($2, taken_by), updated_at = $3,
         priority = COALESCE($6, priority), reason = COALESCE($7, reason), deadline = COALESCE($8, deadline)
       WHERE id = $4 AND status = ANY($5::text[]) RETURNING ${COLUMNS}`,
      [to, change.takenBy ?? null, this.now(), id, [...from], change.priority ?? null, change.reason ?? null, change.deadline ?? null],
    );
    return row ? fromRow(row) : null;
  }

  async overdue(now: Date): Promise<Handover[]> {
    const found = await rows<HandoverRow>(this.pool, `SELECT ${COLUMNS} FROM handovers WHERE status = 'waiting' AND deadline <= $1 ORDER BY created_at, seq`, [now]);
    return found.map(fromRow);
  }
  async purgeBefore(before: Date): Promise<number> {
    return (await this.pool.query(`DELETE FROM handovers WHERE updated_at < $1 AND status NOT IN (${OPEN})`, [before])).rowCount ?? 0;
  }

}

function fromRow(r: HandoverRow): Handover {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    queue: r.queue,
    reason: r.reason,
    priority: r.priority,
    escalationId: r.escalation_id,
    locale: r.locale,
    phone: r.phone,
    summary: r.summary,
    status: r.status,
    takenBy: r.taken_by,
    deadline: r.deadline.toISOString(),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
