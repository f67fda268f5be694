/** CustomerDirectory over PostgreSQL: customers and their registered phones (one query per lookup). */
import type pg from 'pg';
import type { Customer, CustomerDirectory } from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';
import { one, rows } from './pool.js';

interface CustomerRow {
  account: string;
  name: string;
  address: string;
  area_id: string;
  phones: string[];
}

// The customer's phones in registration order; COLLATE "C" sorts like SQLite (byte order).
const COLUMNS = `c.account, c.name, c.address, c.area_id,
  ARRAY(SELECT p.phone FROM customer_phones p WHERE p.account = c.account ORDER BY p.position, p.phone COLLATE "C") AS phones`;

export class PgCustomerDirectory implements CustomerDirectory {
  constructor(private readonly pool: pg.Pool) {}

  async findByPhone(phone: string): Promise<Customer[]> {
    const found = await rows<CustomerRow>(
      this.pool,
      `SELECT ${COLUMNS} FROM customers c
        WHERE c.account IN (SELECT account FROM customer_phones WHERE phone = $1)
        ORDER BY c.account COLLATE "C"`,
      [normalizePhone(phone)],
    );
    return found.map(toCustomer);
  }

  async findByAccount(account: string): Promise<Customer | null> {
    const trimmed = account.replace(/\s+/g, '');
    if (!/^\d{10}$/.test(trimmed)) return null;
    const row = await one<CustomerRow>(this.pool, `SELECT ${COLUMNS} FROM customers c WHERE c.account = $1`, [trimmed]);
    return row ? toCustomer(row) : null;
  }
}

function toCustomer(row: CustomerRow): Customer {
  return { account: row.account, name: row.name, phones: row.phones, address: row.address, areaId: row.area_id };
}
