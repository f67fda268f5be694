/**
 * Callback tasks (回访) over SQLite: N11 questions answered after research, N14 every complaint
 * tracked to the end, N17 the supervisor's answer. `notBefore` keeps outbound calls inside the
 * N15 windows.
 */
import { randomUUID } from 'node:crypto';
import type { CallbackStatus, CallbackTask, Callbacks, NewCallbackTask } from '../../services/ports.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { outboundWindowStart } from '../../services/outbound-window.js';
import { callbackClosedAt, checkedCallbackTask } from '../shared/callback-input.js';
import type { Db } from './database.js';
import { iso, isoOrNull, StatementCache, Where } from './filter.js';

interface CallbackRow {
  id: string;
  kind: CallbackTask['kind'];
  phone: string;
  account: string | null;
  work_order_id: string | null;
  conversation_id: string | null;
  notes: string;
  due_at_ms: number;
  not_before_ms: number;
  status: CallbackStatus;
  created_at_ms: number;
  closed_at_ms: number | null;
}

type NewCallbackRow = CallbackRow & { idempotency_key: string | null };

export class SqliteCallbacks implements Callbacks {
  private readonly insert;
  private readonly byId;
  private readonly byKey;
  private readonly setStatus;
  private readonly lists;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    // A key already used: nothing written, and the task made with it is read back.
    this.insert = db.prepare<NewCallbackRow>(
      `INSERT INTO callbacks (id, kind, phone, account, work_order_id, conversation_id, notes, due_at_ms, not_before_ms,
         status, created_at_ms, closed_at_ms, idempotency_key)
       VALUES (@id, @kind, @phone, @account, @work_order_id, @conversation_id, @notes, @due_at_ms, @not_before_ms,
         @status, @created_at_ms, @closed_at_ms, @idempotency_key)
       ON CONFLICT (idempotency_key) DO NOTHING`,
    );
    this.byId = db.prepare<[string], CallbackRow>('SELECT * FROM callbacks WHERE id = ?');
    this.byKey = db.prepare<[string], CallbackRow>('SELECT * FROM callbacks WHERE idempotency_key = ?');
    this.setStatus = db.prepare<[CallbackStatus, number | null, string]>('UPDATE callbacks SET status = ?, closed_at_ms = ? WHERE id = ?');
    this.lists = new StatementCache(db);
  }

  async create(task: NewCallbackTask): Promise<CallbackTask> {
    return this.createNow(task, this.now());
  }

  /** Synchronous, for a caller already inside a transaction (an escalation moved to 'callback'). */
  createNow(task: NewCallbackTask, at: Date): CallbackTask {
    const { phone, dueMs } = checkedCallbackTask(task);
    const key = checkedIdempotencyKey(task.idempotencyKey);
    const row: NewCallbackRow = {
      id: randomUUID(),
      kind: task.kind,
      phone,
      account: task.account ?? null,
      work_order_id: task.workOrderId ?? null,
      conversation_id: task.conversationId ?? null,
      notes: task.notes,
      due_at_ms: dueMs,
      not_before_ms: outboundWindowStart(at).getTime(),
      status: 'pending',
      created_at_ms: at.getTime(),
      closed_at_ms: null,
      idempotency_key: key,
    };
    if (this.insert.run(row).changes === 0 && key !== null) return fromRow(this.byKey.get(key)!);
    return fromRow(row);
  }

  async list(
    filter: { phone?: string; status?: CallbackStatus; kind?: CallbackTask['kind']; from?: string; to?: string } = {},
  ): Promise<CallbackTask[]> {
    const where = new Where()
      .phone('phone', filter.phone)
      .when(filter.status, 'status = ?')
      .when(filter.kind, 'kind = ?')
      .range('due_at_ms', filter.from, filter.to);
    return this.lists.all<CallbackRow>(`SELECT * FROM callbacks ${where} ORDER BY due_at_ms, created_at_ms, rowid`, where.params).map(fromRow);
  }

  async update(id: string, change: { status: CallbackStatus }): Promise<CallbackTask | null> {
    const closedAt = callbackClosedAt(change.status, this.now);
    if (this.setStatus.run(change.status, closedAt?.getTime() ?? null, id).changes === 0) return null;
    return fromRow(this.byId.get(id)!);
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
    dueAt: iso(r.due_at_ms),
    notBefore: iso(r.not_before_ms),
    status: r.status,
    createdAt: iso(r.created_at_ms),
    closedAt: isoOrNull(r.closed_at_ms),
  };
}
