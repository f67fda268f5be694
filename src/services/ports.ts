/**
 * Domain ports (ARCHITECTURE rule 5): the flows reach data only through these.
 * Adapters live in src/store/<kind>/; SQLite is the embedded default.
 * Every method is async so that a networked adapter (PostgreSQL) fits the same port.
 */

export type AreaType = 'urban' | 'rural' | 'remote';

export interface Area {
  id: string;
  /** Display name, e.g. "城关区" — also matched against spoken addresses. */
  name: string;
  type: AreaType;
}

export interface Customer {
  /** 10-digit account number (户号). */
  account: string;
  /** Account holder name (户名), e.g. "张伟". */
  name: string;
  /** Registered phone numbers, E.164. */
  phones: string[];
  address: string;
  areaId: string;
}

export interface CustomerDirectory {
  /** Customers whose registered phone is this number (a number may hold several accounts). */
  findByPhone(phone: string): Promise<Customer[]>;
  findByAccount(account: string): Promise<Customer | null>;
}

export interface Outage {
  id: string;
  areaId: string;
  kind: 'planned' | 'fault';
  /** Plain description shown to customers, per locale is not needed: prompts say the restore time. */
  reason: string;
  startsAt: string; // ISO 8601
  expectedRestoreAt: string; // ISO 8601
}

export interface OutageBoard {
  listAreas(): Promise<Area[]>;
  getArea(areaId: string): Promise<Area | null>;
  /** The area whose name (or alias) appears in a free-text address, if any. */
  findAreaInAddress(address: string): Promise<Area | null>;
  /** An outage in force (startsAt <= at < expectedRestoreAt) for the area, if any. */
  activeOutage(areaId: string, at: Date): Promise<Outage | null>;
  /** Register a caller as affected by a known outage instead of a duplicate ticket (N10). */
  registerAffected(outageId: string, report: { phone: string | null; account: string | null; conversationId: string }): Promise<void>;
}

export type WorkOrderKind = 'repair';
export type FaultScope = 'home' | 'building' | 'area';

export interface NewWorkOrder {
  kind: WorkOrderKind;
  urgent: boolean;
  danger: boolean;
  scope: FaultScope | null;
  account: string | null;
  phone: string | null;
  address: string;
  areaId: string | null;
  description: string;
  channel: string;
  conversationId: string;
}

export interface WorkOrder extends NewWorkOrder {
  /** Ticket number told to the customer, e.g. "2611250001". */
  id: string;
  status: 'open' | 'closed';
  createdAt: string; // ISO 8601
  /** Minutes within which the repair crew promises to arrive, by area type. */
  promisedArrivalMinutes: number;
}

export interface WorkOrders {
  create(order: NewWorkOrder): Promise<WorkOrder>;
  get(id: string): Promise<WorkOrder | null>;
  list(filter?: { phone?: string; account?: string }): Promise<WorkOrder[]>;
}

export interface DutyShift {
  /** Local time of day, "HH:MM" (Asia/Shanghai); a shift may wrap past midnight. */
  from: string;
  to: string;
  /** Ordered chain: primary first, then backups. */
  chain: { name: string; phone: string }[];
}

export interface DutyRoster {
  /** The shift in force at this instant. */
  onDuty(at: Date): Promise<DutyShift | null>;
}

/** Everything the flows may use, handed to the engine as one bundle. */
export interface Services {
  customers: CustomerDirectory;
  outages: OutageBoard;
  workOrders: WorkOrders;
  roster: DutyRoster;
}
