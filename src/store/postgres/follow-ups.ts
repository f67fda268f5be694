/** Work orders' follow-up over PostgreSQL (N14, N17): the result a callback tells, and the survey it took. */
import type pg from 'pg';
import type { Satisfaction, WorkOrderFollowUp, WorkOrderFollowUps } from '../../services/ports.js';
import { checkedSatisfaction } from '../shared/outbound-input.js';
import { isoOrNull, one, rows, transaction } from './pool.js';

interface FollowUpRow {
  work_order_id: string;
  result: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  satisfaction: Satisfaction | null;
  opinion: string | null;
  surveyed_at: Date | null;
  survey_callback_id: string | null;
}

export class PgWorkOrderFollowUps implements WorkOrderFollowUps {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(workOrderId: string): Promise<WorkOrderFollowUp | null> {
    const row = await one<FollowUpRow>(this.pool, 'SELECT * FROM work_order_followups WHERE work_order_id = $1', [workOrderId]);
    return row ? fromRow(row) : null;
  }

  async resolve(workOrderId: string, resolution: { result: string; by: string }): Promise<WorkOrderFollowUp | null> {
    const result = resolution.result.trim();
    if (!result) throw new RangeError('a result is required');
    if (!resolution.by.trim()) throw new RangeError('who recorded the result is required');
    return transaction(this.pool, async (tx) => {
      const closed = await one<{ id: string }>(tx, "UPDATE work_orders SET status = 'closed' WHERE id = $1 RETURNING id", [workOrderId]);
      if (!closed) return null;
      const row = await one<FollowUpRow>(
        tx,
        `INSERT INTO work_order_followups (work_order_id, result, resolved_by, resolved_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (work_order_id) DO UPDATE SET result = $2, resolved_by = $3, resolved_at = $4 RETURNING *`,
        [workOrderId, result, resolution.by.trim(), this.now()],
      );
      return fromRow(row!);
    });
  }

  async recordSurvey(workOrderId: string, survey: { satisfaction: Satisfaction; opinion: string | null; callbackId: string | null }): Promise<WorkOrderFollowUp | null> {
    checkedSatisfaction(survey.satisfaction);
    const exists = await one<{ id: string }>(this.pool, 'SELECT id FROM work_orders WHERE id = $1', [workOrderId]);
    if (!exists) return null;
    const row = await one<FollowUpRow>(
      this.pool,
      `INSERT INTO work_order_followups (work_order_id, satisfaction, opinion, surveyed_at, survey_callback_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (work_order_id) DO UPDATE SET satisfaction = $2, opinion = $3, surveyed_at = $4, survey_callback_id = $5 RETURNING *`,
      [workOrderId, survey.satisfaction, survey.opinion, this.now(), survey.callbackId],
    );
    return fromRow(row!);
  }

  async openComplaints(): Promise<{ workOrderId: string; followUp: WorkOrderFollowUp | null }[]> {
    const found = await rows<FollowUpRow & { id: string; has_follow_up: boolean }>(
      this.pool,
      `SELECT w.id, f.*, f.work_order_id IS NOT NULL AS has_follow_up FROM work_orders w
       LEFT JOIN work_order_followups f ON f.work_order_id = w.id
       WHERE w.kind = 'complaint' AND (f.satisfaction IS NULL OR f.satisfaction = 'dissatisfied')
       ORDER BY w.created_at, w.id`,
    );
    return found.map((row) => ({ workOrderId: row.id, followUp: row.has_follow_up ? fromRow({ ...row, work_order_id: row.id }) : null }));
  }
}

function fromRow(r: FollowUpRow): WorkOrderFollowUp {
  return {
    workOrderId: r.work_order_id,
    result: r.result,
    resolvedBy: r.resolved_by,
    resolvedAt: isoOrNull(r.resolved_at),
    satisfaction: r.satisfaction,
    opinion: r.opinion,
    surveyedAt: isoOrNull(r.surveyed_at),
    surveyCallbackId: r.survey_callback_id,
  };
}
