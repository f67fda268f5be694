/**
 * WorkOrders over PostgreSQL. The ticket number (YYMMDD + 4 digits, src/services/tickets.ts) is
 * taken from the per-day counter row inside the transaction that inserts the order: the upsert
 * locks that row until commit, so instances sharing the database never hand out the same number,
 * and a failed insert gives its number back. The idempotency key is looked up under that lock, so
 * the same create on two instances at once makes one order (exactly once) and burns no number.
 */
import type pg from 'pg';
import type { AreaType, NewWorkOrder, WorkOrder, WorkOrderFilter, WorkOrders } from '../../services/ports.js';
import { promisedArrivalMinutes, type ArrivalMinutes } from '../../services/arrival.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { allocateTicketId, ticketDay } from '../../services/tickets.js';
import { checkedNewStatus, checkedWorkOrderFields, newWorkOrder } from '../shared/work-order-input.js';
import { Where } from './filter.js';
import { isUniqueViolation, one, rows, transaction, type Sql } from './pool.js';

/** Thrown inside the transaction to roll it back when the order exists already. */
class AlreadyMade extends Error {
  constructor(readonly order: WorkOrder) {
    super('work order already made with this idempotency key');
  }
}

interface WorkOrderRow {
  id: string;
  kind: WorkOrder['kind'];
  subtype: string | null;
  urgent: boolean;
  danger: boolean;
  scope: WorkOrder['scope'];
  account: string | null;
  phone: string | null;
  address: string;
  area_id: string | null;
  description: string;
  details: Record<string, string>;
  anonymous: boolean;
  reply_due_at: Date | null;
  channel: string;
  conversation_id: string;
  status: WorkOrder['status'];
  created_at: Date;
  promised_arrival_minutes: number;
}

export interface PgWorkOrdersOptions {
  arrivalMinutes: ArrivalMinutes;
  /** Clock, injectable for tests (ticket day, createdAt). */
  now?: () => Date;
}

export class PgWorkOrders implements WorkOrders {
  private readonly now: () => Date;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: PgWorkOrdersOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async create(order: NewWorkOrder, options: { status?: 'open' | 'abandoned' } = {}): Promise<WorkOrder> {
    const status = checkedNewStatus(options.status);
    const at = this.now();
    const fields = checkedWorkOrderFields(order);
    const key = checkedIdempotencyKey(order.idempotencyKey);
    const made = key === null ? null : await this.byKey(this.pool, key);
    if (made) return made;
    // Before the transaction: the counter row stays locked for as short a time as possible.
    const area = order.areaId === null ? null : await one<{ type: AreaType }>(this.pool, 'SELECT type FROM areas WHERE id = $1', [order.areaId]);
    const day = ticketDay(at);
    return transaction(this.pool, async (tx) => {
      const counter = await one<{ last: number }>(
        tx,
        `INSERT INTO ticket_sequences (day, last) VALUES ($1, 1)
         ON CONFLICT (day) DO UPDATE SET last = ticket_sequences.last + 1 RETURNING last`,
        [day],
      );
      // Under the counter lock: an instance that made this order a moment ago has committed by now.
      const raced = key === null ? null : await this.byKey(tx, key);
      if (raced) throw new AlreadyMade(raced);
      const created = newWorkOrder(order, fields, {
        id: allocateTicketId(day, counter!.last),
        status,
        createdAt: at.toISOString(),
        promisedArrivalMinutes: promisedArrivalMinutes(area?.type ?? null, this.options.arrivalMinutes),
      });
      await tx.query(
        `INSERT INTO work_orders (id, kind, subtype, urgent, danger, scope, account, phone, address, area_id, description,
           details, anonymous, reply_due_at, channel, conversation_id, status, created_at, promised_arrival_minutes, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
        [
          created.id, created.kind, created.subtype, created.urgent, created.danger, created.scope, created.account,
          created.phone, created.address, created.areaId, created.description, JSON.stringify(created.details),
          created.anonymous, created.replyDueAt, created.channel, created.conversationId, created.status, at,
          created.promisedArrivalMinutes, key,
        ],
      );
      return created;
    }).catch(async (error: unknown) => {
      // Rolled back, so the ticket number taken is given back.
      if (error instanceof AlreadyMade) return error.order;
      // Made at the same moment under another day's counter (midnight): the index kept one.
      const winner = key !== null && isUniqueViolation(error, 'work_orders_by_idempotency_key') ? await this.byKey(this.pool, key) : null;
      if (winner) return winner;
      throw error;
    });
  }

  private async byKey(db: Sql, key: string): Promise<WorkOrder | null> {
    const row = await one<WorkOrderRow>(db, 'SELECT * FROM work_orders WHERE idempotency_key = $1', [key]);
    return row ? fromRow(row) : null;
  }

  async get(id: string): Promise<WorkOrder | null> {
    const row = await one<WorkOrderRow>(this.pool, 'SELECT * FROM work_orders WHERE id = $1', [id.trim()]);
    return row ? fromRow(row) : null;
  }

  async list(filter: WorkOrderFilter = {}): Promise<WorkOrder[]> {
    const where = new Where()
      .phone('phone', filter.phone)
      .when(filter.account, 'account = ?')
      .when(filter.kind, 'kind = ?')
      .when(filter.status, 'status = ?')
      .range('created_at', filter.from, filter.to);
    const found = await rows<WorkOrderRow>(this.pool, `SELECT * FROM work_orders ${where} ORDER BY created_at DESC, id DESC`, where.params);
    return found.map(fromRow);
  }
}

function fromRow(r: WorkOrderRow): WorkOrder {
  return {
    id: r.id,
    kind: r.kind,
    subtype: r.subtype,
    urgent: r.urgent,
    danger: r.danger,
    scope: r.scope,
    account: r.account,
    phone: r.phone,
    address: r.address,
    areaId: r.area_id,
    description: r.description,
    details: r.details,
    anonymous: r.anonymous,
    replyDueAt: r.reply_due_at === null ? null : r.reply_due_at.toISOString(),
    channel: r.channel,
    conversationId: r.conversation_id,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    promisedArrivalMinutes: r.promised_arrival_minutes,
  };
}
