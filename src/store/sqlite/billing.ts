/** Billing over SQLite (用电信息查询, N9): the balance and the last bill of an account. Money is kept in fen. */
import type { Billing, Statement } from '../../services/ports.js';
import type { Db } from './database.js';

interface BillRow {
  period: string;
  amount_fen: number;
  kwh: number;
  due_date: string;
}

export class SqliteBilling implements Billing {
  private readonly balance;
  private readonly lastBill;

  constructor(db: Db) {
    this.balance = db.prepare<[string], { balance_fen: number; prepaid: number }>('SELECT balance_fen, prepaid FROM billing_accounts WHERE account = ?');
    this.lastBill = db.prepare<[string], BillRow>(
      'SELECT period, amount_fen, kwh, due_date FROM bills WHERE account = ? ORDER BY period DESC LIMIT 1',
    );
  }

  async statement(account: string): Promise<Statement | null> {
    const number = account.replace(/\s+/g, '');
    const row = this.balance.get(number);
    if (!row) return null;
    const bill = this.lastBill.get(number);
    return {
      account: number,
      balance: yuan(row.balance_fen),
      prepaid: row.prepaid === 1,
      lastBill: bill ? { period: bill.period, amount: yuan(bill.amount_fen), kwh: bill.kwh, dueDate: bill.due_date } : null,
    };
  }
}

const yuan = (fen: number): number => fen / 100;

/** Writes an account's balance and bills (operators, the demo seed, tests); not part of the port. */
export function upsertBilling(
  db: Db,
  account: string,
  balanceYuan: number,
  bills: readonly { period: string; amount: number; kwh: number; dueDate: string }[],
  options: { prepaid?: boolean } = {},
): void {
  const fen = (yuanValue: number) => Math.round(yuanValue * 100);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO billing_accounts (account, balance_fen, prepaid) VALUES (?, ?, ?)
       ON CONFLICT (account) DO UPDATE SET balance_fen = excluded.balance_fen, prepaid = excluded.prepaid`,
    ).run(account, fen(balanceYuan), options.prepaid ? 1 : 0);
    const bill = db.prepare(
      `INSERT INTO bills (account, period, amount_fen, kwh, due_date) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account, period) DO UPDATE SET amount_fen = excluded.amount_fen, kwh = excluded.kwh, due_date = excluded.due_date`,
    );
    for (const b of bills) bill.run(account, b.period, fen(b.amount), b.kwh, b.dueDate);
  })();
}
