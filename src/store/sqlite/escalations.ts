/** The duty supervisor's escalation queue over SQLite (N22, N24): highest priority first, then oldest. */
import { randomUUID } from 'node:crypto';
import type { Escalation, EscalationStatus, Escalations, NewEscalation } from '../../services/ports.js';
import {
  checkEscalationStatus,
  escalationChange,
  escalationPriority,
  type EscalationChange,
} from '../../services/escalation-rules.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { normalizePhone } from '../../services/phone.js';
import type { SqliteCallbacks } from './callbacks.js';
import type { Db } from './database.js';
import { iso, StatementCache, Where } from './filter.js';

interface EscalationRow {
  id: string;
  reason: Escalation['reason'];
  priority: number;
  conversation_id: string;
  channel: string;
  phone: string | null;
  summary: string;
  context: string;
  status: EscalationStatus;
  outcome: string | null;
  supervisor: string | null;
  created_at_ms: number;
  updated_at_ms: number;
}

export class SqliteEscalations implements Escalations {
  private readonly insert;
  private readonly byId;
  private readonly byKey;
  private readonly lists;
  private readonly change: (id: string, change: EscalationChange, at: Date) => Escalation | null;

  constructor(
    db: Db,
    callbacks: SqliteCallbacks,
    private readonly now: () => Date = () => new Date(),
  ) {
    // A key already used: nothing written, and the escalation made with it is read back.
    this.insert = db.prepare<EscalationRow & { idempotency_key: string | null }>(
      `INSERT INTO escalations (id, reason, priority, conversation_id, channel, phone, summary, context, status, outcome,
         supervisor, created_at_ms, updated_at_ms, idempotency_key)
       VALUES (@id, @reason, @priority, @conversation_id, @channel, @phone, @summary, @context, @status, @outcome,
         @supervisor, @created_at_ms, @updated_at_ms, @idempotency_key)
       ON CONFLICT (idempotency_key) DO NOTHING`,
    );
    this.byId = db.prepare<[string], EscalationRow>('SELECT * FROM escalations WHERE id = ?');
    this.byKey = db.prepare<[string], EscalationRow>('SELECT * FROM escalations WHERE idempotency_key = ?');
    const write = db.prepare<[EscalationStatus, string | null, string | null, number, string]>(
      'UPDATE escalations SET status = ?, outcome = ?, supervisor = ?, updated_at_ms = ? WHERE id = ?',
    );
    this.lists = new StatementCache(db);
    // One transaction: the status change and the callback it asks for land together or not at all.
    this.change = db.transaction((id: string, change: EscalationChange, at: Date): Escalation | null => {
      const row = this.byId.get(id);
      if (!row) return null;
      const { outcome, supervisor, callback } = escalationChange(id, fromRow(row), change, at);
      write.run(change.status, outcome, supervisor, at.getTime(), id);
      if (callback) callbacks.createNow(callback, at);
      return fromRow(this.byId.get(id)!);
    }).immediate;
  }

  async create(e: NewEscalation): Promise<Escalation> {
    const priority = escalationPriority(e);
    const key = checkedIdempotencyKey(e.idempotencyKey);
    const at = this.now().getTime();
    const row: EscalationRow = {
      id: randomUUID(),
      reason: e.reason,
      priority,
      conversation_id: e.conversationId,
      channel: e.channel,
      phone: e.phone === null ? null : normalizePhone(e.phone),
      summary: e.summary,
      context: JSON.stringify(e.context ?? {}),
      status: 'waiting',
      outcome: null,
      supervisor: null,
      created_at_ms: at,
      updated_at_ms: at,
    };
    if (this.insert.run({ ...row, idempotency_key: key }).changes === 0 && key !== null) return fromRow(this.byKey.get(key)!);
    return fromRow(row);
  }

  async update(id: string, change: EscalationChange): Promise<Escalation | null> {
    checkEscalationStatus(change.status);
    return this.change(id, change, this.now());
  }

  async list(filter: { status?: EscalationStatus; phone?: string; from?: string; to?: string } = {}): Promise<Escalation[]> {
    const where = new Where()
      .when(filter.status, 'status = ?')
      .phone('phone', filter.phone)
      .range('created_at_ms', filter.from, filter.to);
    return this.lists
      .all<EscalationRow>(`SELECT * FROM escalations ${where} ORDER BY priority DESC, created_at_ms, rowid`, where.params)
      .map(fromRow);
  }

  async get(id: string): Promise<Escalation | null> {
    const row = this.byId.get(id);
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
    context: JSON.parse(r.context) as Record<string, unknown>,
    status: r.status,
    outcome: r.outcome,
    supervisor: r.supervisor,
    createdAt: iso(r.created_at_ms),
    updatedAt: iso(r.updated_at_ms),
  };
}
