import { describe, expect, it } from 'vitest';
import { DEMO_BILLS, DEMO_CUSTOMERS } from '../../../src/store/demo-data.js';
import { seedDemoData } from '../../../src/store/seed.js';
import { SqliteAnnouncements } from '../../../src/store/sqlite/announcements.js';
import { SqliteBilling, upsertBilling } from '../../../src/store/sqlite/billing.js';
import { demoDb, memoryDb } from '../helpers.js';

describe('the supervisor\'s announcement (N21)', () => {
  it('is set, read back, replaced and cleared, every change kept', async () => {
    const db = memoryDb();
    let now = new Date('2026-11-25T03:00:00Z');
    const announcements = new SqliteAnnouncements(db, () => now);
    expect(await announcements.current()).toBeNull();
    const set = await announcements.set({ text: { 'zh-CN': ' 城关区大面积停电,正在抢修。 ', 'en-US': 'Outage in Chengguan.' }, by: '王建国' });
    expect(set).toEqual({ text: { 'zh-CN': '城关区大面积停电,正在抢修。', 'en-US': 'Outage in Chengguan.' }, by: '王建国', at: now.toISOString() });
    expect(await announcements.current()).toEqual(set);

    now = new Date('2026-11-25T05:00:00Z');
    expect(await announcements.set(null, '李明')).toBeNull();
    expect(await announcements.current()).toBeNull();
    expect(db.prepare('SELECT by, text IS NULL AS cleared FROM announcements ORDER BY id').all()).toEqual([
      { by: '王建国', cleared: 0 },
      { by: '李明', cleared: 1 },
    ]);
  });

  it('requires the Mandarin text and a name; refuses unknown locales and over-long notices', async () => {
    const announcements = new SqliteAnnouncements(memoryDb());
    await expect(announcements.set({ text: { 'en-US': 'Outage' }, by: '王建国' })).rejects.toThrow(/zh-CN'\] is required/);
    await expect(announcements.set({ text: { 'zh-CN': '停电' }, by: ' ' })).rejects.toThrow(/by is required/);
    await expect(announcements.set({ text: { 'zh-CN': '停电', fr: 'panne' } as never, by: '王建国' })).rejects.toThrow(/unknown locale 'fr'/);
    await expect(announcements.set({ text: { 'zh-CN': '停'.repeat(301) }, by: '王建国' })).rejects.toThrow(/longer than 300/);
    expect(await announcements.current()).toBeNull();
  });
});

describe('billing (N9 information queries)', () => {
  it('gives the balance and the latest bill in yuan, null for an unknown account', async () => {
    const db = memoryDb();
    upsertBilling(db, '3100000001', -42.6, [
      { period: '2026-09', amount: 99.99, kwh: 180.5, dueDate: '2026-10-25' },
      { period: '2026-10', amount: 142.6, kwh: 262, dueDate: '2026-11-25' },
    ]);
    const billing = new SqliteBilling(db);
    expect(await billing.statement('3100 000 001')).toEqual({
      account: '3100000001',
      balance: -42.6,
      prepaid: false,
      lastBill: { period: '2026-10', amount: 142.6, kwh: 262, dueDate: '2026-11-25' },
    });
    expect(await billing.statement('3199999999')).toBeNull();
    upsertBilling(db, '3100000002', 0, []);
    expect(await billing.statement('3100000002')).toEqual({ account: '3100000002', balance: 0, prepaid: false, lastBill: null });
  });

  it('the demo seed bills every demo customer for last month (Shanghai calendar), once', async () => {
    const db = demoDb(new Date('2026-12-31T17:00:00Z')); // already 1 January 2027 in Shanghai
    const billing = new SqliteBilling(db);
    expect(DEMO_BILLS.map((b) => b.account).sort()).toEqual(DEMO_CUSTOMERS.map((c) => c.account).sort());
    for (const c of DEMO_CUSTOMERS) {
      const statement = await billing.statement(c.account);
      expect(statement?.lastBill).toMatchObject({ period: '2026-12', dueDate: '2027-01-25' });
    }
    expect(await billing.statement('3100234561')).toMatchObject({ balance: -42.6, prepaid: true }); // one customer owes, on a prepaid meter
    upsertBilling(db, '3100123456', 1, []);
    expect(seedDemoData(db).billed).toBe(0);
    expect((await billing.statement('3100123456'))?.balance).toBe(1); // an edit is kept
  });
});
