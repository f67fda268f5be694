/**
 * Callback tasks (回访) over PostgreSQL: N11, N14, N17. `notBefore` keeps outbound calls inside
 * the N15 windows (src/services/outbound-window.ts).
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { CallbackBusiness, CallbackStatus, CallbackTask, Callbacks, NewCallbackTask } from '../../services/ports.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { outboundWindowStart } from '../../services/outbound-window.js';
import { callbackClosedAt, checkedCallbackResult, checkedCallbackTask } from '../shared/callback-input.js';
import { Where } from './filter.js';
import { isoOrNull, one, rows, type Sql } from './pool.js';

export interface CallbackRow {
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
  result: string | null;
  business: CallbackBusiness | null;
}

export const CALLBACK_COLUMNS = 'id, kind, phone, account, work_order_id, conversation_id, notes, due_at, not_before, status, created_at, closed_at, result, business';

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
    const { phone, dueMs, result, business } = checkedCallbackTask(task);
    const key = checkedIdempotencyKey(task.idempotencyKey);
    // A key already used: nothing written (after the other writer commits), and its task read back.
    const row =
      (await one<CallbackRow>(
        db,
        `INSERT INTO callbacks (${CALLBACK_COLUMNS}, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, NULL, $12, $13, $11)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${CALLBACK_COLUMNS}`,
        [
          randomUUID(), task.kind, phone, task.account ?? null, task.workOrderId ?? null, task.conversationId ?? null,
          task.notes, new Date(dueMs), outboundWindowStart(at), at, key, result, business,
        ],
      )) ?? (await one<CallbackRow>(db, `SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE idempotency_key = $1`, [key]));
    return callbackFromRow(row!);
  }

  async list(
    filter: { phone?: string; status?: CallbackStatus; kind?: CallbackTask['kind']; workOrderId?: string; from?: string; to?: string } = {},
  ): Promise<CallbackTask[]> {
    const where = new Where()
      .phone('phone', filter.phone)
      .when(filter.status, 'status = ?')
      .when(filter.kind, 'kind = ?')
      .when(filter.workOrderId, 'work_order_id = ?')
      .range('due_at', filter.from, filter.to);
    const found = await rows<CallbackRow>(this.pool, `SELECT ${CALLBACK_COLUMNS} FROM callbacks ${where} ORDER BY due_at, created_at, seq`, where.params);
    return found.map(callbackFromRow);
  }

  async update(id: string, change: { status?: CallbackStatus; result?: string | null }): Promise<CallbackTask | null> {
    const closedAt = change.status === undefined ? undefined : callbackClosedAt(change.status, this.now);
    const result = change.result === undefined ? undefined : checkedCallbackResult(change.result);
    const row = await one<CallbackRow>(
      this.pool,
      `UPDATE callbacks SET status = COALESCE($1, status), closed_at = CASE WHEN $1::text IS NULL THEN closed_at ELSE $2::timestamptz END,
         result = CASE WHEN $4::boolean THEN $5 ELSE result END
       WHERE id = $3 RETURNING ${CALLBACK_COLUMNS}`,
      [change.status ?? null, closedAt ?? null, id, result !== undefined, result ?? null],
    );
    return row ? callbackFromRow(row) : null;
  }

  async get(id: string): Promise<CallbackTask | null> {
    const row = await one<CallbackRow>(this.pool, `SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE id = $1`, [id]);
    return row ? callbackFromRow(row) : null;
  }
}

export function callbackFromRow(r: CallbackRow): CallbackTask {
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
    result: r.result,
    business: r.business,
    createdAt: r.created_at.toISOString(),
    closedAt: isoOrNull(r.closed_at),
  };
}
