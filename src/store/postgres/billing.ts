/** Billing over PostgreSQL (用电信息查询, N9): the balance and the last bill of an account. Money is kept in fen. */
import type pg from 'pg';
import type { Billing, Statement } from '../../services/ports.js';
import { one, transaction, type Sql } from './pool.js';

interface BillRow {
  period: string;
  amount_fen: number;
  kwh: number;
  due_date: string;
}

export class PgBilling implements Billing {
  constructor(private readonly pool: pg.Pool) {}

  async statement(account: string): Promise<Statement | null> {
    const number = account.replace(/\s+/g, '');
    const row = await one<{ balance_fen: number; prepaid: boolean }>(this.pool, 'SELECT balance_fen, prepaid FROM billing_accounts WHERE account = $1', [number]);
    if (!row) return null;
    const bill = await one<BillRow>(
      this.pool,
      'SELECT period, amount_fen, kwh, due_date FROM bills WHERE account = $1 ORDER BY period COLLATE "C" DESC LIMIT 1',
      [number],
    );
    return {
      account: number,
      balance: yuan(row.balance_fen),
      prepaid: row.prepaid,
      lastBill: bill ? { period: bill.period, amount: yuan(bill.amount_fen), kwh: bill.kwh, dueDate: bill.due_date } : null,
    };
  }
}

const yuan = (fen: number): number => fen / 100;

export type BillInput = { period: string; amount: number; kwh: number; dueDate: string };

/** Writes an account's balance and bills in one transaction (operators, tests); not part of the port. */
export async function upsertBillingPg(pool: pg.Pool, account: string, balanceYuan: number, bills: readonly BillInput[], options: { prepaid?: boolean } = {}): Promise<void> {
  await transaction(pool, (tx) => writeBilling(tx, account, balanceYuan, bills, options));
}

/** The billing write itself, inside the caller's transaction (the demo seed). */
export async function writeBilling(tx: Sql, account: string, balanceYuan: number, bills: readonly BillInput[], options: { prepaid?: boolean } = {}): Promise<void> {
  const fen = (yuanValue: number) => Math.round(yuanValue * 100);
  await tx.query(
    `INSERT INTO billing_accounts (account, balance_fen, prepaid) VALUES ($1, $2, $3)
     ON CONFLICT (account) DO UPDATE SET balance_fen = excluded.balance_fen, prepaid = excluded.prepaid`,
    [account, fen(balanceYuan), options.prepaid === true],
  );
  for (const b of bills) {
    await tx.query(
      `INSERT INTO bills (account, period, amount_fen, kwh, due_date) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (account, period) DO UPDATE SET amount_fen = excluded.amount_fen, kwh = excluded.kwh, due_date = excluded.due_date`,
      [account, b.period, fen(b.amount), b.kwh, b.dueDate],
    );
  }
}
