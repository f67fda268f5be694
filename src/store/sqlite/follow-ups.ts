/** Work orders' follow-up over SQLite (N14, N17): the result a callback tells, and the survey it took. */
import type { Satisfaction, WorkOrderFollowUp, WorkOrderFollowUps } from '../../services/ports.js';
import { checkedSatisfaction } from '../shared/outbound-input.js';
import type { Db } from './database.js';
import { isoOrNull } from './filter.js';

interface FollowUpRow {
  work_order_id: string;
  result: string | null;
  resolved_by: string | null;
  resolved_at_ms: number | null;
  satisfaction: Satisfaction | null;
  opinion: string | null;
  surveyed_at_ms: number | null;
  survey_callback_id: string | null;
}

export class SqliteWorkOrderFollowUps implements WorkOrderFollowUps {
  private readonly byOrder;
  private readonly orderExists;
  private readonly open;
  private readonly resolveOrder: (id: string, result: string, by: string, atMs: number) => boolean;
  private readonly survey;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.byOrder = db.prepare<[string], FollowUpRow>('SELECT * FROM work_order_followups WHERE work_order_id = ?');
    this.orderExists = db.prepare<[string], { id: string }>('SELECT id FROM work_orders WHERE id = ?');
    const upsertResult = db.prepare<{ id: string; result: string; by: string; at: number }>(
      `INSERT INTO work_order_followups (work_order_id, result, resolved_by, resolved_at_ms) VALUES (@id, @result, @by, @at)
       ON CONFLICT (work_order_id) DO UPDATE SET result = @result, resolved_by = @by, resolved_at_ms = @at`,
    );
    const close = db.prepare<[string]>("UPDATE work_orders SET status = 'closed' WHERE id = ?");
    this.resolveOrder = db.transaction((id: string, result: string, by: string, atMs: number) => {
      if (!this.orderExists.get(id)) return false;
      upsertResult.run({ id, result, by, at: atMs });
      close.run(id);
      return true;
    }).immediate;
    this.survey = db.prepare<{ id: string; satisfaction: Satisfaction; opinion: string | null; at: number; callback: string | null }>(
      `INSERT INTO work_order_followups (work_order_id, satisfaction, opinion, surveyed_at_ms, survey_callback_id)
       VALUES (@id, @satisfaction, @opinion, @at, @callback)
       ON CONFLICT (work_order_id) DO UPDATE SET satisfaction = @satisfaction, opinion = @opinion, surveyed_at_ms = @at, survey_callback_id = @callback`,
    );
    this.open = db.prepare<[], FollowUpRow & { id: string; has_follow_up: number }>(
      `SELECT w.id, f.*, f.work_order_id IS NOT NULL AS has_follow_up FROM work_orders w
       LEFT JOIN work_order_followups f ON f.work_order_id = w.id
       WHERE w.kind = 'complaint' AND (f.satisfaction IS NULL OR f.satisfaction = 'dissatisfied')
       ORDER BY w.created_at_ms, w.id`,
    );
  }

  async get(workOrderId: string): Promise<WorkOrderFollowUp | null> {
    const row = this.byOrder.get(workOrderId);
    return row ? fromRow(row) : null;
  }

  async resolve(workOrderId: string, resolution: { result: string; by: string }): Promise<WorkOrderFollowUp | null> {
    const result = resolution.result.trim();
    if (!result) throw new RangeError('a result is required');
    if (!resolution.by.trim()) throw new RangeError('who recorded the result is required');
    if (!this.resolveOrder(workOrderId, result, resolution.by.trim(), this.now().getTime())) return null;
    return this.get(workOrderId);
  }

  async recordSurvey(workOrderId: string, survey: { satisfaction: Satisfaction; opinion: string | null; callbackId: string | null }): Promise<WorkOrderFollowUp | null> {
    checkedSatisfaction(survey.satisfaction);
    if (!this.orderExists.get(workOrderId)) return null;
    this.survey.run({ id: workOrderId, satisfaction: survey.satisfaction, opinion: survey.opinion, at: this.now().getTime(), callback: survey.callbackId });
    return this.get(workOrderId);
  }

  async openComplaints(): Promise<{ workOrderId: string; followUp: WorkOrderFollowUp | null }[]> {
    return this.open.all().map((row) => ({ workOrderId: row.id, followUp: row.has_follow_up ? fromRow({ ...row, work_order_id: row.id }) : null }));
  }
}

function fromRow(r: FollowUpRow): WorkOrderFollowUp {
  return {
    workOrderId: r.work_order_id,
    result: r.result,
    resolvedBy: r.resolved_by,
    resolvedAt: isoOrNull(r.resolved_at_ms),
    satisfaction: r.satisfaction,
    opinion: r.opinion,
    surveyedAt: isoOrNull(r.surveyed_at_ms),
    surveyCallbackId: r.survey_callback_id,
  };
}
