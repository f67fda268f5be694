/**
 * WorkOrders over SQLite: repairs, complaints, reports and applications. Ticket ids are allocated
 * per local day inside the same IMMEDIATE transaction that inserts the order, so concurrent
 * processes on one file never share a number; the idempotency key is looked up in it too, so a
 * repeated create (exactly once) finds the order instead of taking a number.
 */
import type { AreaType, NewWorkOrder, WorkOrder, WorkOrderFilter, WorkOrders } from '../../services/ports.js';
import { promisedArrivalMinutes, type ArrivalMinutes } from '../../services/arrival.js';
import { allocateTicketId, ticketDay } from '../../services/tickets.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { checkedNewStatus, checkedWorkOrderFields, newWorkOrder, type NewWorkOrderStatus } from '../shared/work-order-input.js';
import type { Db } from './database.js';
import { StatementCache, Where } from './filter.js';

interface WorkOrderRow {
  id: string;
  kind: WorkOrder['kind'];
  subtype: string | null;
  urgent: 0 | 1;
  danger: 0 | 1;
  scope: WorkOrder['scope'];
  account: string | null;
  phone: string | null;
  address: string;
  area_id: string | null;
  description: string;
  details: string;
  anonymous: 0 | 1;
  reply_due_at: string | null;
  channel: string;
  conversation_id: string;
  status: WorkOrder['status'];
  created_at: string;
  created_at_ms: number;
  promised_arrival_minutes: number;
  idempotency_key: string | null;
}

export interface SqliteWorkOrdersOptions {
  arrivalMinutes: ArrivalMinutes;
  /** Clock, injectable for tests (ticket day, createdAt). */
  now?: () => Date;
}

export class SqliteWorkOrders implements WorkOrders {
  private readonly now: () => Date;
  private readonly insert: (order: NewWorkOrder, key: string | null, status: NewWorkOrderStatus, at: Date) => WorkOrder;
  private readonly byId;
  private readonly lists;

  constructor(
    db: Db,
    private readonly options: SqliteWorkOrdersOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    const areaType = db.prepare<[string], { type: AreaType }>('SELECT type FROM areas WHERE id = ?');
    const nextSequence = db.prepare<[string], { last: number }>(
      `INSERT INTO ticket_sequences (day, last) VALUES (?, 1)
       ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last`,
    );
    const insertRow = db.prepare<WorkOrderRow>(
      `INSERT INTO work_orders (id, kind, subtype, urgent, danger, scope, account, phone, address, area_id, description,
         details, anonymous, reply_due_at, channel, conversation_id, status, created_at, created_at_ms, promised_arrival_minutes,
         idempotency_key)
       VALUES (@id, @kind, @subtype, @urgent, @danger, @scope, @account, @phone, @address, @area_id, @description,
         @details, @anonymous, @reply_due_at, @channel, @conversation_id, @status, @created_at, @created_at_ms, @promised_arrival_minutes,
         @idempotency_key)`,
    );
    const byKey = db.prepare<[string], WorkOrderRow>('SELECT * FROM work_orders WHERE idempotency_key = ?');
    this.insert = db.transaction((order: NewWorkOrder, key: string | null, status: NewWorkOrderStatus, at: Date): WorkOrder => {
      const existing = key === null ? undefined : byKey.get(key);
      if (existing) return fromRow(existing);
      const fields = checkedWorkOrderFields(order);
      const day = ticketDay(at);
      const id = allocateTicketId(day, nextSequence.get(day)!.last);
      const type = order.areaId === null ? null : (areaType.get(order.areaId)?.type ?? null);
      const created = newWorkOrder(order, fields, {
        id,
        status,
        createdAt: at.toISOString(),
        promisedArrivalMinutes: promisedArrivalMinutes(type, this.options.arrivalMinutes),
      });
      insertRow.run(toRow(created, key));
      return created;
    }).immediate;

    this.byId = db.prepare<[string], WorkOrderRow>('SELECT * FROM work_orders WHERE id = ?');
    this.lists = new StatementCache(db);
  }

  async create(order: NewWorkOrder, options: { status?: 'open' | 'abandoned' } = {}): Promise<WorkOrder> {
    const status = checkedNewStatus(options.status);
    return this.insert(order, checkedIdempotencyKey(order.idempotencyKey), status, this.now());
  }

  async get(id: string): Promise<WorkOrder | null> {
    const row = this.byId.get(id.trim());
    return row ? fromRow(row) : null;
  }

  async list(filter: WorkOrderFilter = {}): Promise<WorkOrder[]> {
    const where = new Where()
      .phone('phone', filter.phone)
      .when(filter.account, 'account = ?')
      .when(filter.kind, 'kind = ?')
      .when(filter.status, 'status = ?')
      .range('created_at_ms', filter.from, filter.to);
    return this.lists
      .all<WorkOrderRow>(`SELECT * FROM work_orders ${where} ORDER BY created_at_ms DESC, id DESC`, where.params)
      .map(fromRow);
  }
}

function toRow(o: WorkOrder, key: string | null): WorkOrderRow {
  return {
    id: o.id,
    kind: o.kind,
    subtype: o.subtype,
    urgent: o.urgent ? 1 : 0,
    danger: o.danger ? 1 : 0,
    scope: o.scope,
    account: o.account,
    phone: o.phone,
    address: o.address,
    area_id: o.areaId,
    description: o.description,
    details: JSON.stringify(o.details),
    anonymous: o.anonymous ? 1 : 0,
    reply_due_at: o.replyDueAt,
    channel: o.channel,
    conversation_id: o.conversationId,
    status: o.status,
    created_at: o.createdAt,
    created_at_ms: Date.parse(o.createdAt),
    promised_arrival_minutes: o.promisedArrivalMinutes,
    idempotency_key: key,
  };
}

function fromRow(r: WorkOrderRow): WorkOrder {
  return {
    id: r.id,
    kind: r.kind,
    subtype: r.subtype,
    urgent: r.urgent === 1,
    danger: r.danger === 1,
    scope: r.scope,
    account: r.account,
    phone: r.phone,
    address: r.address,
    areaId: r.area_id,
    description: r.description,
    details: JSON.parse(r.details) as Record<string, string>,
    anonymous: r.anonymous === 1,
    replyDueAt: r.reply_due_at,
    channel: r.channel,
    conversationId: r.conversation_id,
    status: r.status,
    createdAt: r.created_at,
    promisedArrivalMinutes: r.promised_arrival_minutes,
  };
}
