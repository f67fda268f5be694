/** CustomerDirectory over SQLite: customers and their registered phones. */
import type { Customer, CustomerDirectory } from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';
import type { Db } from './database.js';

interface CustomerRow {
  account: string;
  name: string;
  address: string;
  area_id: string;
}

export class SqliteCustomerDirectory implements CustomerDirectory {
  private readonly byPhone;
  private readonly byAccount;
  private readonly phonesOf;

  constructor(db: Db) {
    this.byPhone = db.prepare<[string], CustomerRow>(
      `SELECT c.account, c.name, c.address, c.area_id
         FROM customers c JOIN customer_phones p ON p.account = c.account
        WHERE p.phone = ? ORDER BY c.account`,
    );
    this.byAccount = db.prepare<[string], CustomerRow>(
      'SELECT account, name, address, area_id FROM customers WHERE account = ?',
    );
    this.phonesOf = db.prepare<[string], { phone: string }>(
      'SELECT phone FROM customer_phones WHERE account = ? ORDER BY position, phone',
    );
  }

  async findByPhone(phone: string): Promise<Customer[]> {
    return this.byPhone.all(normalizePhone(phone)).map((row) => this.toCustomer(row));
  }

  async findByAccount(account: string): Promise<Customer | null> {
    const trimmed = account.replace(/\s+/g, '');
    if (!/^\d{10}$/.test(trimmed)) return null;
    const row = this.byAccount.get(trimmed);
    return row ? this.toCustomer(row) : null;
  }

  private toCustomer(row: CustomerRow): Customer {
    return {
      account: row.account,
      name: row.name,
      phones: this.phonesOf.all(row.account).map((p) => p.phone),
      address: row.address,
      areaId: row.area_id,
    };
  }
}
