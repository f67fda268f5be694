/**
 * The dialler's queue over SQLite (N15-N19). SQLite has one writer: a claim is a select and an
 * update inside one IMMEDIATE transaction, so two processes on the same file never claim the same
 * task (the second waits for the first's lock, then finds the task claimed).
 */
import { randomUUID } from 'node:crypto';
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
import type { Db } from './database.js';
import { callbackFromRow, type CallbackRow } from './callbacks.js';
import { iso, isoOrNull, StatementCache, Where } from './filter.js';

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
  next_attempt_at_ms: number;
  not_after_ms: number | null;
  conclusion: CallConclusion | null;
  result: string;
  last_outcome: string | null;
  claimed_by: string | null;
  claimed_until_ms: number | null;
  created_at_ms: number;
  updated_at_ms: number;
}

interface AttemptRow {
  task_id: string;
  attempt: number;
  call_sid: string | null;
  placed_at_ms: number;
  status: AttemptStatus;
  answered_by: string | null;
  ended_at_ms: number | null;
  duration_s: number | null;
  error: string | null;
}

export class SqliteOutboundTasks implements OutboundTasks {
  private readonly insert;
  private readonly byId;
  private readonly existing;
  private readonly attemptsOf;
  private readonly taskOfCall;
  private readonly lists;
  private readonly claim: (nowMs: number, limit: number, claimant: string, untilMs: number) => TaskRow[];
  private readonly change: (id: string, change: OutboundTaskChange, expect: readonly OutboundTaskStatus[] | undefined, nowMs: number) => TaskRow | null;
  private readonly insertAttempt;
  private readonly updateAttempt;
  private readonly expireDue;
  private readonly ready;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insert = db.prepare<TaskRow>(
      `INSERT INTO outbound_tasks (id, flow, callback_id, campaign_id, phone, account, name, locale, status, attempts, max_attempts,
         next_attempt_at_ms, not_after_ms, conclusion, result, last_outcome, claimed_by, claimed_until_ms, created_at_ms, updated_at_ms)
       VALUES (@id, @flow, @callback_id, @campaign_id, @phone, @account, @name, @locale, @status, @attempts, @max_attempts,
         @next_attempt_at_ms, @not_after_ms, @conclusion, @result, @last_outcome, @claimed_by, @claimed_until_ms, @created_at_ms, @updated_at_ms)
       ON CONFLICT DO NOTHING`,
    );
    this.byId = db.prepare<[string], TaskRow>('SELECT * FROM outbound_tasks WHERE id = ?');
    this.existing = db.prepare<[string | null, string | null, string], TaskRow>(
      'SELECT * FROM outbound_tasks WHERE callback_id = ? OR (campaign_id = ? AND phone = ?)',
    );
    this.attemptsOf = db.prepare<[string], AttemptRow>('SELECT * FROM outbound_attempts WHERE task_id = ? ORDER BY attempt');
    this.taskOfCall = db.prepare<[string], { task_id: string }>('SELECT task_id FROM outbound_attempts WHERE call_sid = ?');
    this.lists = new StatementCache(db);

    const due = db.prepare<[number, number, number, number], { id: string }>(
      `SELECT id FROM outbound_tasks
       WHERE (status = 'pending' AND next_attempt_at_ms <= ? AND (not_after_ms IS NULL OR not_after_ms > ?))
          OR (status = 'dialing' AND claimed_until_ms <= ?)
       ORDER BY next_attempt_at_ms, created_at_ms LIMIT ?`,
    );
    const take = db.prepare<[string, number, number, string]>(
      `UPDATE outbound_tasks SET status = 'dialing', attempts = attempts + 1, claimed_by = ?, claimed_until_ms = ?, updated_at_ms = ?
       WHERE id = ?`,
    );
    this.claim = db.transaction((nowMs: number, limit: number, claimant: string, untilMs: number): TaskRow[] => {
      const ids = due.all(nowMs, nowMs, nowMs, limit).map((r) => r.id);
      for (const id of ids) take.run(claimant, untilMs, nowMs, id);
      return ids.map((id) => this.byId.get(id)!);
    }).immediate;

    const write = db.prepare<TaskRow>(
      `UPDATE outbound_tasks SET status = @status, next_attempt_at_ms = @next_attempt_at_ms, conclusion = @conclusion, result = @result,
         last_outcome = @last_outcome, attempts = @attempts, claimed_by = @claimed_by, claimed_until_ms = @claimed_until_ms,
         updated_at_ms = @updated_at_ms WHERE id = @id`,
    );
    this.change = db.transaction((id: string, change: OutboundTaskChange, expect: readonly OutboundTaskStatus[] | undefined, nowMs: number) => {
      const row = this.byId.get(id);
      if (!row || (expect && !expect.includes(row.status))) return null;
      const next: TaskRow = {
        ...row,
        ...(change.status !== undefined ? { status: change.status } : {}),
        ...(change.nextAttemptAt !== undefined ? { next_attempt_at_ms: change.nextAttemptAt.getTime() } : {}),
        ...(change.conclusion !== undefined ? { conclusion: change.conclusion } : {}),
        ...(change.result !== undefined ? { result: JSON.stringify(change.result) } : {}),
        ...(change.lastOutcome !== undefined ? { last_outcome: change.lastOutcome } : {}),
        ...(change.attempts !== undefined ? { attempts: change.attempts } : {}),
        ...(change.claimedUntil !== undefined
          ? change.claimedUntil === null
            ? { claimed_by: null, claimed_until_ms: null }
            : { claimed_until_ms: change.claimedUntil.getTime() }
          : {}),
        updated_at_ms: nowMs,
      };
      write.run(next);
      return next;
    }).immediate;

    this.insertAttempt = db.prepare<AttemptRow>(
      `INSERT INTO outbound_attempts (task_id, attempt, call_sid, placed_at_ms, status, answered_by, ended_at_ms, duration_s, error)
       VALUES (@task_id, @attempt, @call_sid, @placed_at_ms, @status, @answered_by, @ended_at_ms, @duration_s, @error)
       ON CONFLICT (task_id, attempt) DO UPDATE SET call_sid = excluded.call_sid, status = excluded.status, error = excluded.error`,
    );
    // Twilio's statuses may arrive out of order: a final status is never overwritten by an earlier one.
    this.updateAttempt = db.prepare<[AttemptStatus, string | null, number | null, number | null, string]>(
      `UPDATE outbound_attempts SET status = ?, answered_by = COALESCE(?, answered_by), ended_at_ms = COALESCE(?, ended_at_ms),
         duration_s = COALESCE(?, duration_s)
       WHERE call_sid = ? AND status NOT IN ('completed', 'busy', 'no-answer', 'failed', 'canceled')`,
    );
    this.ready = db.prepare<[number], CallbackRow>(
      `SELECT c.* FROM callbacks c LEFT JOIN work_order_followups f ON f.work_order_id = c.work_order_id
       WHERE c.status = 'pending' AND COALESCE(c.result, f.result) IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM outbound_tasks t WHERE t.callback_id = c.id)
       ORDER BY c.due_at_ms, c.rowid LIMIT ?`,
    );
    this.expireDue = db.prepare<[number, number]>(
      `UPDATE outbound_tasks SET status = 'failed', last_outcome = 'expired', updated_at_ms = ?
       WHERE status = 'pending' AND not_after_ms IS NOT NULL AND not_after_ms <= ?`,
    );
  }

  async create(task: NewOutboundTask): Promise<OutboundTask> {
    const { phone, nextMs, notAfterMs } = checkedOutboundTask(task);
    const at = this.now().getTime();
    const row: TaskRow = {
      id: randomUUID(),
      flow: task.flow,
      callback_id: task.callbackId ?? null,
      campaign_id: task.campaignId ?? null,
      phone,
      account: task.account ?? null,
      name: task.name ?? null,
      locale: task.locale ?? 'zh-CN',
      status: 'pending',
      attempts: 0,
      max_attempts: task.maxAttempts,
      next_attempt_at_ms: nextMs,
      not_after_ms: notAfterMs,
      conclusion: null,
      result: '{}',
      last_outcome: null,
      claimed_by: null,
      claimed_until_ms: null,
      created_at_ms: at,
      updated_at_ms: at,
    };
    if (this.insert.run(row).changes === 1) return this.withHistory(row);
    return this.withHistory(this.existing.get(row.callback_id, row.campaign_id, phone)!);
  }

  async get(id: string): Promise<OutboundTask | null> {
    const row = this.byId.get(id);
    return row ? this.withHistory(row) : null;
  }

  async byCallSid(callSid: string): Promise<OutboundTask | null> {
    const ref = this.taskOfCall.get(callSid);
    return ref ? this.get(ref.task_id) : null;
  }

  async list(filter: OutboundTaskFilter = {}): Promise<OutboundTask[]> {
    const where = new Where()
      .when(filter.status, 'status = ?')
      .when(filter.flow, 'flow = ?')
      .when(filter.campaignId, 'campaign_id = ?')
      .when(filter.callbackId, 'callback_id = ?')
      .phone('phone', filter.phone);
    return this.lists
      .all<TaskRow>(`SELECT * FROM outbound_tasks ${where} ORDER BY next_attempt_at_ms, created_at_ms`, where.params)
      .map((row) => this.withHistory(row));
  }

  async claimDue(now: Date, options: { limit: number; claimant: string; leaseMs: number }): Promise<OutboundTask[]> {
    const nowMs = now.getTime();
    return this.claim(nowMs, options.limit, options.claimant, nowMs + options.leaseMs).map((row) => this.withHistory(row));
  }

  async recordAttempt(id: string, attempt: Pick<OutboundAttempt, 'attempt' | 'callSid' | 'status' | 'error'> & { placedAt: Date }): Promise<void> {
    checkedAttemptStatus(attempt.status);
    this.insertAttempt.run({
      task_id: id,
      attempt: attempt.attempt,
      call_sid: attempt.callSid,
      placed_at_ms: attempt.placedAt.getTime(),
      status: attempt.status,
      answered_by: null,
      ended_at_ms: null,
      duration_s: null,
      error: attempt.error,
    });
  }

  async recordCallStatus(
    callSid: string,
    status: { status: AttemptStatus; answeredBy?: string | null; endedAt?: Date | null; durationSeconds?: number | null },
  ): Promise<OutboundTask | null> {
    checkedAttemptStatus(status.status);
    this.updateAttempt.run(status.status, status.answeredBy ?? null, status.endedAt?.getTime() ?? null, status.durationSeconds ?? null, callSid);
    return this.byCallSid(callSid);
  }

  async update(id: string, change: OutboundTaskChange, expect?: readonly OutboundTaskStatus[]): Promise<OutboundTask | null> {
    checkedTaskChange(change);
    const row = this.change(id, change, expect, this.now().getTime());
    return row ? this.withHistory(row) : null;
  }

  async expire(now: Date): Promise<number> {
    return this.expireDue.run(now.getTime(), now.getTime()).changes;
  }

  async readyCallbacks(limit: number): Promise<CallbackTask[]> {
    return this.ready.all(limit).map(callbackFromRow);
  }

  private withHistory(row: TaskRow): OutboundTask {
    return fromRow(row, this.attemptsOf.all(row.id).map(attemptFromRow));
  }
}

function attemptFromRow(r: AttemptRow): OutboundAttempt {
  return {
    attempt: r.attempt,
    callSid: r.call_sid,
    placedAt: iso(r.placed_at_ms),
    status: r.status,
    answeredBy: r.answered_by,
    endedAt: isoOrNull(r.ended_at_ms),
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
    nextAttemptAt: iso(r.next_attempt_at_ms),
    notAfter: isoOrNull(r.not_after_ms),
    conclusion: r.conclusion,
    result: JSON.parse(r.result) as CallResult,
    lastOutcome: r.last_outcome,
    claimedBy: r.claimed_by,
    claimedUntil: isoOrNull(r.claimed_until_ms),
    createdAt: iso(r.created_at_ms),
    updatedAt: iso(r.updated_at_ms),
    history,
  };
}
