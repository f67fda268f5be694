/** Billing (用电信息查询, N9). */

export interface Statement {
  account: string;
  /** Yuan; negative = owing. */
  balance: number;
  /** 费控 (prepaid smart meter): the meter cuts the power itself when the balance runs out; a top-up brings it back in minutes. */
  prepaid: boolean;
  lastBill: { period: string; amount: number; kwh: number; dueDate: string } | null;
}

export interface Billing {
  /** null for an account billing does not know. */
  statement(account: string): Promise<Statement | null>;
}
