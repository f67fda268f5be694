/**
 * WorkOrders over SQLite. Ticket ids are allocated per local day inside the same IMMEDIATE
 * transaction that inserts the order, so concurrent processes on one file never share a number.
 */
import type { AreaType, NewWorkOrder, WorkOrder, WorkOrders } from '../../services/ports.js';
import { promisedArrivalMinutes, type ArrivalMinutes } from '../../services/arrival.js';
import { normalizePhone } from '../../services/phone.js';
import { formatTicketId, MAX_DAILY_TICKETS, ticketDay } from '../../services/tickets.js';
import type { Db } from './database.js';

interface WorkOrderRow {
  id: string;
  kind: WorkOrder['kind'];
  urgent: 0 | 1;
  danger: 0 | 1;
  scope: WorkOrder['scope'];
  account: string | null;
  phone: string | null;
  address: string;
  area_id: string | null;
  description: string;
  channel: string;
  conversation_id: string;
  status: WorkOrder['status'];
  created_at: string;
  promised_arrival_minutes: number;
}

export interface SqliteWorkOrdersOptions {
  arrivalMinutes: ArrivalMinutes;
  /** Clock, injectable for tests (ticket day, createdAt). */
  now?: () => Date;
}

export class SqliteWorkOrders implements WorkOrders {
  private readonly now: () => Date;
  private readonly insert: (order: NewWorkOrder, at: Date) => WorkOrder;
  private readonly byId;
  private readonly all;
  private readonly byPhone;
  private readonly byAccount;
  private readonly byPhoneAndAccount;

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
    const insertRow = db.prepare(
      `INSERT INTO work_orders (id, kind, urgent, danger, scope, account, phone, address, area_id, description,
         channel, conversation_id, status, created_at, promised_arrival_minutes)
       VALUES (@id, @kind, @urgent, @danger, @scope, @account, @phone, @address, @area_id, @description,
         @channel, @conversation_id, @status, @created_at, @promised_arrival_minutes)`,
    );
    this.insert = db.transaction((order: NewWorkOrder, at: Date): WorkOrder => {
      const day = ticketDay(at);
      const { last } = nextSequence.get(day)!;
      if (last > MAX_DAILY_TICKETS) {
        // Throwing rolls the counter back too; the engine takes its emergency path (N21).
        throw new Error(`ticket numbers for ${day} are exhausted (${MAX_DAILY_TICKETS} a day)`);
      }
      const type = order.areaId === null ? null : (areaType.get(order.areaId)?.type ?? null);
      // Field by field: what is returned is exactly what get() will read back.
      const created: WorkOrder = {
        kind: order.kind,
        urgent: order.urgent,
        danger: order.danger,
        scope: order.scope,
        account: order.account,
        phone: order.phone === null ? null : normalizePhone(order.phone),
        address: order.address,
        areaId: order.areaId,
        description: order.description,
        channel: order.channel,
        conversationId: order.conversationId,
        id: formatTicketId(day, last),
        status: 'open',
        createdAt: at.toISOString(),
        promisedArrivalMinutes: promisedArrivalMinutes(type, this.options.arrivalMinutes),
      };
      insertRow.run(toRow(created));
      return created;
    }).immediate;

    const cols = 'SELECT * FROM work_orders';
    const order = 'ORDER BY created_at DESC, id DESC';
    this.byId = db.prepare<[string], WorkOrderRow>(`${cols} WHERE id = ?`);
    this.all = db.prepare<[], WorkOrderRow>(`${cols} ${order}`);
    this.byPhone = db.prepare<[string], WorkOrderRow>(`${cols} WHERE phone = ? ${order}`);
    this.byAccount = db.prepare<[string], WorkOrderRow>(`${cols} WHERE account = ? ${order}`);
    this.byPhoneAndAccount = db.prepare<[string, string], WorkOrderRow>(
      `${cols} WHERE phone = ? AND account = ? ${order}`,
    );
  }

  async create(order: NewWorkOrder): Promise<WorkOrder> {
    return this.insert(order, this.now());
  }

  async get(id: string): Promise<WorkOrder | null> {
    const row = this.byId.get(id.trim());
    return row ? fromRow(row) : null;
  }

  async list(filter: { phone?: string; account?: string } = {}): Promise<WorkOrder[]> {
    const phone = filter.phone === undefined ? undefined : normalizePhone(filter.phone);
    const { account } = filter;
    const rows =
      phone !== undefined && account !== undefined
        ? this.byPhoneAndAccount.all(phone, account)
        : phone !== undefined
          ? this.byPhone.all(phone)
          : account !== undefined
            ? this.byAccount.all(account)
            : this.all.all();
    return rows.map(fromRow);
  }
}

function toRow(o: WorkOrder): WorkOrderRow {
  return {
    id: o.id,
    kind: o.kind,
    urgent: o.urgent ? 1 : 0,
    danger: o.danger ? 1 : 0,
    scope: o.scope,
    account: o.account,
    phone: o.phone,
    address: o.address,
    area_id: o.areaId,
    description: o.description,
    channel: o.channel,
    conversation_id: o.conversationId,
    status: o.status,
    created_at: o.createdAt,
    promised_arrival_minutes: o.promisedArrivalMinutes,
  };
}

function fromRow(r: WorkOrderRow): WorkOrder {
  return {
    id: r.id,
    kind: r.kind,
    urgent: r.urgent === 1,
    danger: r.danger === 1,
    scope: r.scope,
    account: r.account,
    phone: r.phone,
    address: r.address,
    areaId: r.area_id,
    description: r.description,
    channel: r.channel,
    conversationId: r.conversation_id,
    status: r.status,
    createdAt: r.created_at,
    promisedArrivalMinutes: r.promised_arrival_minutes,
  };
}
