/**
 * The dialler's queue over PostgreSQL (N15-N19). A claim takes the due rows with FOR UPDATE SKIP
 * LOCKED inside the UPDATE that marks them: two instances claiming at once each get other tasks,
 * never the same one, and neither waits for the other.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Locale } from '../../core/locale.js';
import type {
  AttemptStatus,
  CallConclusion,
  CallResult,
  NewOutboundTask,
  CallbackTask,
  OutboundAttempt,
  OutboundFlow,
  OutboundTask,
  OutboundTaskChange,
  OutboundTaskFilter,
  OutboundTasks,
  OutboundTaskStatus,
} from '../../services/ports.js';
import { checkedAttemptStatus, checkedOutboundTask, checkedTaskChange } from '../shared/outbound-input.js';
import { Where } from './filter.js';
import { CALLBACK_COLUMNS, callbackFromRow, type CallbackRow } from './callbacks.js';
import { exec, isoOrNull, one, rows, transaction, type Sql } from './pool.js';

interface TaskRow {
  id: string;
  flow: OutboundFlow;
  callback_id: string | null;
  campaign_id: string | null;
  phone: string;
  account: string | null;
  name: string | null;
  locale: Locale;
  status: OutboundTaskStatus;
  attempts: number;
  max_attempts: number;
  next_attempt_at: Date;
  not_after: Date | null;
  conclusion: CallConclusion | null;
  result: CallResult;
  last_outcome: string | null;
  claimed_by: string | null;
  claimed_until: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface AttemptRow {
  task_id: string;
  attempt: number;
  call_sid: string | null;
  placed_at: Date;
  status: AttemptStatus;
  answered_by: string | null;
  ended_at: Date | null;
  duration_s: number | null;
  error: string | null;
}

const COLUMNS = `id, flow, callback_id, campaign_id, phone, account, name, locale, status, attempts, max_attempts, next_attempt_at,
  not_after, conclusion, result, last_outcome, claimed_by, claimed_until, created_at, updated_at`;

export class PgOutboundTasks implements OutboundTasks {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(task: NewOutboundTask): Promise<OutboundTask> {
    const { phone, nextMs, notAfterMs } = checkedOutboundTask(task);
    const at = this.now();
    const inserted = await one<TaskRow>(
      this.pool,
      `INSERT INTO outbound_tasks (${COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', 0, $9, $10, $11, NULL, '{}', NULL, NULL, NULL, $12, $12)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [
        randomUUID(), task.flow, task.callbackId ?? null, task.campaignId ?? null, phone, task.account ?? null, task.name ?? null,
        task.locale ?? 'zh-CN', task.maxAttempts, new Date(nextMs), notAfterMs === null ? null : new Date(notAfterMs), at,
      ],
    );
    const row =
      inserted ??
      (await one<TaskRow>(this.pool, `SELECT ${COLUMNS} FROM outbound_tasks WHERE callback_id = $1 OR (campaign_id = $2 AND phone = $3)`, [
        task.callbackId ?? null,
        task.campaignId ?? null,
        phone,
      ]));
    return this.withHistory(this.pool, row!);
  }

  async get(id: string): Promise<OutboundTask | null> {
    const row = await one<TaskRow>(this.pool, `SELECT ${COLUMNS} FROM outbound_tasks WHERE id = $1`, [id]);
    return row ? this.withHistory(this.pool, row) : null;
  }

  async byCallSid(callSid: string): Promise<OutboundTask | null> {
    const ref = await one<{ task_id: string }>(this.pool, 'SELECT task_id FROM outbound_attempts WHERE call_sid = $1', [callSid]);
    return ref ? this.get(ref.task_id) : null;
  }

  async list(filter: OutboundTaskFilter = {}): Promise<OutboundTask[]> {
    const where = new Where()
      .when(filter.status, 'status = ?')
      .when(filter.flow, 'flow = ?')
      .when(filter.campaignId, 'campaign_id = ?')
      .when(filter.callbackId, 'callback_id = ?')
      .phone('phone', filter.phone);
    const found = await rows<TaskRow>(this.pool, `SELECT ${COLUMNS} FROM outbound_tasks ${where} ORDER BY next_attempt_at, seq`, where.params);
    return Promise.all(found.map((row) => this.withHistory(this.pool, row)));
  }

  async claimDue(now: Date, options: { limit: number; claimant: string; leaseMs: number }): Promise<OutboundTask[]> {
    const claimed = await rows<TaskRow>(
      this.pool,
      `UPDATE outbound_tasks SET status = 'dialing', attempts = attempts + 1, claimed_by = $2, claimed_until = $3, updated_at = $1
       WHERE id IN (
         SELECT id FROM outbound_tasks
         WHERE (status = 'pending' AND next_attempt_at <= $1 AND (not_after IS NULL OR not_after > $1))
            OR (status = 'dialing' AND claimed_until <= $1)
         ORDER BY next_attempt_at, seq
         LIMIT $4
         FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS}`,
      [now, options.claimant, new Date(now.getTime() + options.leaseMs), options.limit],
    );
    claimed.sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime());
    return Promise.all(claimed.map((row) => this.withHistory(this.pool, row)));
  }

  async recordAttempt(id: string, attempt: Pick<OutboundAttempt, 'attempt' | 'callSid' | 'status' | 'error'> & { placedAt: Date }): Promise<void> {
    checkedAttemptStatus(attempt.status);
    await exec(
      this.pool,
      `INSERT INTO outbound_attempts (task_id, attempt, call_sid, placed_at, status, error) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (task_id, attempt) DO UPDATE SET call_sid = excluded.call_sid, status = excluded.status, error = excluded.error`,
      [id, attempt.attempt, attempt.callSid, attempt.placedAt, attempt.status, attempt.error],
    );
  }

  async recordCallStatus(
    callSid: string,
    status: { status: AttemptStatus; answeredBy?: string | null; endedAt?: Date | null; durationSeconds?: number | null },
  ): Promise<OutboundTask | null> {
    checkedAttemptStatus(status.status);
    // Twilio's statuses may arrive out of order: a final status is never overwritten by an earlier one.
    await exec(
      this.pool,
      `UPDATE outbound_attempts SET status = $1, answered_by = COALESCE($2, answered_by), ended_at = COALESCE($3, ended_at),
         duration_s = COALESCE($4, duration_s)
       WHERE call_sid = $5 AND status NOT IN ('completed', 'busy', 'no-answer', 'failed', 'canceled')`,
      [status.status, status.answeredBy ?? null, status.endedAt ?? null, status.durationSeconds ?? null, callSid],
    );
    return this.byCallSid(callSid);
  }

  async update(id: string, change: OutboundTaskChange, expect?: readonly OutboundTaskStatus[]): Promise<OutboundTask | null> {
    checkedTaskChange(change);
    return transaction(this.pool, async (tx) => {
      const row = await one<TaskRow>(tx, `SELECT ${COLUMNS} FROM outbound_tasks WHERE id = $1 FOR UPDATE`, [id]);
      if (!row || (expect && !expect.includes(row.status))) return null;
      const releasing = change.claimedUntil === null;
      const updated = await one<TaskRow>(
        tx,
        `UPDATE outbound_tasks SET status = $2, next_attempt_at = $3, conclusion = $4, result = $5, last_outcome = $6, attempts = $7,
           claimed_by = $8, claimed_until = $9, updated_at = $10
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [
          id,
          change.status ?? row.status,
          change.nextAttemptAt ?? row.next_attempt_at,
          change.conclusion !== undefined ? change.conclusion : row.conclusion,
          JSON.stringify(change.result ?? row.result),
          change.lastOutcome !== undefined ? change.lastOutcome : row.last_outcome,
          change.attempts ?? row.attempts,
          releasing ? null : row.claimed_by,
          change.claimedUntil !== undefined ? change.claimedUntil : row.claimed_until,
          this.now(),
        ],
      );
      return this.withHistory(tx, updated!);
    });
  }

  async expire(now: Date): Promise<number> {
    const result = await this.pool.query(
      `UPDATE outbound_tasks SET status = 'failed', last_outcome = 'expired', updated_at = $1
       WHERE status = 'pending' AND not_after IS NOT NULL AND not_after <= $1`,
      [now],
    );
    return result.rowCount ?? 0;
  }

  async readyCallbacks(limit: number): Promise<CallbackTask[]> {
    const found = await rows<CallbackRow>(
      this.pool,
      `SELECT ${CALLBACK_COLUMNS.split(', ').map((c) => `c.${c}`).join(', ')} FROM callbacks c
       LEFT JOIN work_order_followups f ON f.work_order_id = c.work_order_id
       WHERE c.status = 'pending' AND COALESCE(c.result, f.result) IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM outbound_tasks t WHERE t.callback_id = c.id)
       ORDER BY c.due_at, c.seq LIMIT $1`,
      [limit],
    );
    return found.map(callbackFromRow);
  }

  private async withHistory(db: Sql, row: TaskRow): Promise<OutboundTask> {
    const attempts = await rows<AttemptRow>(db, 'SELECT * FROM outbound_attempts WHERE task_id = $1 ORDER BY attempt', [row.id]);
    return fromRow(row, attempts.map(attemptFromRow));
  }
}

function attemptFromRow(r: AttemptRow): OutboundAttempt {
  return {
    attempt: r.attempt,
    callSid: r.call_sid,
    placedAt: r.placed_at.toISOString(),
    status: r.status,
    answeredBy: r.answered_by,
    endedAt: isoOrNull(r.ended_at),
    durationSeconds: r.duration_s,
    error: r.error,
  };
}

function fromRow(r: TaskRow, history: OutboundAttempt[]): OutboundTask {
  return {
    id: r.id,
    flow: r.flow,
    callbackId: r.callback_id,
    campaignId: r.campaign_id,
    phone: r.phone,
    account: r.account,
    name: r.name,
    locale: r.locale,
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    nextAttemptAt: r.next_attempt_at.toISOString(),
    notAfter: isoOrNull(r.not_after),
    conclusion: r.conclusion,
    result: r.result,
    lastOutcome: r.last_outcome,
    claimedBy: r.claimed_by,
    claimedUntil: isoOrNull(r.claimed_until),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    history,
  };
}
