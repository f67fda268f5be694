import { expect, it } from 'vitest';
import type { DurableHarness } from './harness.js';

export function billingContract(h: DurableHarness): void {
  it('N9: the demo statement: balance and last month\'s bill, in yuan', async () => {
    const billing = (await h.open({ now: () => new Date('2026-11-25T02:00:00Z') })).services.billing;
    expect(await billing.statement('3100 123 456')).toEqual({
      account: '3100123456',
      balance: 56.8,
      prepaid: false,
      lastBill: { period: '2026-10', amount: 128.45, kwh: 236, dueDate: '2026-11-25' },
    });
    expect(await billing.statement('3100234561')).toMatchObject({ balance: -42.6, prepaid: true }); // 费控, run out
    expect(await billing.statement('3100000000')).toBeNull();
  });

  it('the latest period is the last bill; an account without bills has none; fen keep the sums exact', async () => {
    const store = await h.open({ seedAt: null });
    await store.upsertBilling('3200000001', 0.1 + 0.2, [
      { period: '2026-09', amount: 10.01, kwh: 20.5, dueDate: '2026-10-25' },
      { period: '2026-10', amount: 12.34, kwh: 25, dueDate: '2026-11-25' },
    ]);
    await store.upsertBilling('3200000002', -5, []);
    expect(await store.services.billing.statement('3200000001')).toEqual({
      account: '3200000001',
      balance: 0.3,
      prepaid: false,
      lastBill: { period: '2026-10', amount: 12.34, kwh: 25, dueDate: '2026-11-25' },
    });
    expect(await store.services.billing.statement('3200000002')).toEqual({ account: '3200000002', balance: -5, prepaid: false, lastBill: null });
    await store.upsertBilling('3200000001', 1, [{ period: '2026-10', amount: 13, kwh: 26, dueDate: '2026-11-26' }]); // a corrected bill
    expect((await store.services.billing.statement('3200000001'))?.lastBill).toEqual({ period: '2026-10', amount: 13, kwh: 26, dueDate: '2026-11-26' });
  });

  it('a prepaid (费控) account is kept as one, and a rewrite may change it', async () => {
    const store = await h.open({ seedAt: null });
    await store.upsertBilling('3200000003', -1.5, [], { prepaid: true });
    expect(await store.services.billing.statement('3200000003')).toMatchObject({ balance: -1.5, prepaid: true });
    await store.upsertBilling('3200000003', 20, []);
    expect(await store.services.billing.statement('3200000003')).toMatchObject({ balance: 20, prepaid: false });
  });
}
