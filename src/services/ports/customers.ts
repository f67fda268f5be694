/** Areas and the customer directory. */

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
