/**
 * Callback tasks (回访) over PostgreSQL: N11, N14, N17. `notBefore` keeps outbound calls inside
 * the N15 windows (src/services/outbound-window.ts).
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { CallbackStatus, CallbackTask, Callbacks, NewCallbackTask } from '../../services/ports.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { outboundWindowStart } from '../../services/outbound-window.js';
import { callbackClosedAt, checkedCallbackTask } from '../shared/callback-input.js';
import { Where } from './filter.js';
import { isoOrNull, one, rows, type Sql } from './pool.js';

interface CallbackRow {
  id: string;
  kind: CallbackTask['kind'];
  phone: string;
  account: string | null;
  work_order_id: string | null;
  conversation_id: string | null;
  notes: string;
  due_at: Date;
  not_before: Date;
  status: CallbackStatus;
  created_at: Date;
  closed_at: Date | null;
}

const COLUMNS = 'id, kind, phone, account, work_order_id, conversation_id, notes, due_at, not_before, status, created_at, closed_at';

export class PgCallbacks implements Callbacks {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(task: NewCallbackTask): Promise<CallbackTask> {
    return this.createIn(this.pool, task, this.now());
  }

  /** Through `db`: a transaction already open (an escalation moved to 'callback'), or the pool. */
  async createIn(db: Sql, task: NewCallbackTask, at: Date): Promise<CallbackTask> {
    const { phone, dueMs } = checkedCallbackTask(task);
    const key = checkedIdempotencyKey(task.idempotencyKey);
    // A key already used: nothing written (after the other writer commits), and its task read back.
    const row =
      (await one<CallbackRow>(
        db,
        `INSERT INTO callbacks (${COLUMNS}, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, NULL, $11)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
        [
          randomUUID(), task.kind, phone, task.account ?? null, task.workOrderId ?? null, task.conversationId ?? null,
          task.notes, new Date(dueMs), outboundWindowStart(at), at, key,
        ],
      )) ?? (await one<CallbackRow>(db, `SELECT ${COLUMNS} FROM callbacks WHERE idempotency_key = $1`, [key]));
    return fromRow(row!);
  }

  async list(
    filter: { phone?: string; status?: CallbackStatus; kind?: CallbackTask['kind']; from?: string; to?: string } = {},
  ): Promise<CallbackTask[]> {
    const where = new Where()
      .phone('phone', filter.phone)
      .when(filter.status, 'status = ?')
      .when(filter.kind, 'kind = ?')
      .range('due_at', filter.from, filter.to);
    const found = await rows<CallbackRow>(this.pool, `SELECT ${COLUMNS} FROM callbacks ${where} ORDER BY due_at, created_at, seq`, where.params);
    return found.map(fromRow);
  }

  async update(id: string, change: { status: CallbackStatus }): Promise<CallbackTask | null> {
    const closedAt = callbackClosedAt(change.status, this.now);
    const row = await one<CallbackRow>(
      this.pool,
      `UPDATE callbacks SET status = $1, closed_at = $2 WHERE id = $3 RETURNING ${COLUMNS}`,
      [change.status, closedAt, id],
    );
    return row ? fromRow(row) : null;
  }
}

function fromRow(r: CallbackRow): CallbackTask {
  return {
    id: r.id,
    kind: r.kind,
    phone: r.phone,
    account: r.account,
    workOrderId: r.work_order_id,
    conversationId: r.conversation_id,
    notes: r.notes,
    dueAt: r.due_at.toISOString(),
    notBefore: r.not_before.toISOString(),
    status: r.status,
    createdAt: r.created_at.toISOString(),
    closedAt: isoOrNull(r.closed_at),
  };
}
