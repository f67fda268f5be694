/** The duty supervisor's escalation queue over PostgreSQL (N22, N24): highest priority first, then oldest. */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Escalation, EscalationStatus, Escalations, NewEscalation } from '../../services/ports.js';
import {
  checkEscalationStatus,
  escalationChange,
  escalationPriority,
  type EscalationChange,
} from '../../services/escalation-rules.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { normalizePhone } from '../../services/phone.js';
import type { PgCallbacks } from './callbacks.js';
import { Where } from './filter.js';
import { one, rows, transaction } from './pool.js';

interface EscalationRow {
  id: string;
  reason: Escalation['reason'];
  priority: number;
  conversation_id: string;
  channel: string;
  phone: string | null;
  summary: string;
  context: Record<string, unknown>;
  status: EscalationStatus;
  outcome: string | null;
  supervisor: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, reason, priority, conversation_id, channel, phone, summary, context, status, outcome, supervisor, created_at, updated_at';

export class PgEscalations implements Escalations {
  constructor(
    private readonly pool: pg.Pool,
    private readonly callbacks: PgCallbacks,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(e: NewEscalation): Promise<Escalation> {
    const priority = escalationPriority(e);
    const key = checkedIdempotencyKey(e.idempotencyKey);
    const at = this.now();
    // A key already used: nothing written (after the other writer commits), and its escalation read back.
    const row =
      (await one<EscalationRow>(
        this.pool,
        `INSERT INTO escalations (${COLUMNS}, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'waiting', NULL, NULL, $9, $9, $10)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
        [
          randomUUID(), e.reason, priority, e.conversationId, e.channel, e.phone === null ? null : normalizePhone(e.phone),
          e.summary, JSON.stringify(e.context ?? {}), at, key,
        ],
      )) ?? (await one<EscalationRow>(this.pool, `SELECT ${COLUMNS} FROM escalations WHERE idempotency_key = $1`, [key]));
    return fromRow(row!);
  }

  async update(id: string, change: EscalationChange): Promise<Escalation | null> {
    checkEscalationStatus(change.status);
    const at = this.now();
    // One transaction, the row locked: the status change and the callback it asks for land together,
    // and two supervisors closing at once cannot both pass the 'closed is final' check.
    return transaction(this.pool, async (tx) => {
      const row = await one<EscalationRow>(tx, `SELECT ${COLUMNS} FROM escalations WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) return null;
      const { outcome, supervisor, callback } = escalationChange(id, fromRow(row), change, at);
      const updated = await one<EscalationRow>(
        tx,
        `UPDATE escalations SET status = $1, outcome = $2, supervisor = $3, updated_at = $4 WHERE id = $5 RETURNING ${COLUMNS}`,
        [change.status, outcome, supervisor, at, id],
      );
      if (callback) await this.callbacks.createIn(tx, callback, at);
      return fromRow(updated!);
    });
  }

  async list(filter: { status?: EscalationStatus; phone?: string; from?: string; to?: string } = {}): Promise<Escalation[]> {
    const where = new Where().when(filter.status, 'status = ?').phone('phone', filter.phone).range('created_at', filter.from, filter.to);
    const found = await rows<EscalationRow>(
      this.pool,
      `SELECT ${COLUMNS} FROM escalations ${where} ORDER BY priority DESC, created_at, seq`,
      where.params,
    );
    return found.map(fromRow);
  }

  async get(id: string): Promise<Escalation | null> {
    const row = await one<EscalationRow>(this.pool, `SELECT ${COLUMNS} FROM escalations WHERE id = $1`, [id]);
    return row ? fromRow(row) : null;
  }
}

function fromRow(r: EscalationRow): Escalation {
  return {
    id: r.id,
    reason: r.reason,
    priority: r.priority,
    conversationId: r.conversation_id,
    channel: r.channel,
    phone: r.phone,
    summary: r.summary,
    context: r.context,
    status: r.status,
    outcome: r.outcome,
    supervisor: r.supervisor,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
