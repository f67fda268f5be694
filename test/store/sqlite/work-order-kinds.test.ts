import { describe, expect, it } from 'vitest';
import type { NewWorkOrder } from '../../../src/services/ports.js';
import { openDatabase } from '../../../src/store/sqlite/database.js';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS } from '../../../src/store/sqlite/migrations.js';
import { SqliteWorkOrders } from '../../../src/store/sqlite/work-orders.js';
import { ARRIVAL, demoDb } from '../helpers.js';

const base: NewWorkOrder = {
  kind: 'repair',
  urgent: false,
  danger: false,
  scope: null,
  account: '3100123456',
  phone: '13800138000',
  address: '',
  areaId: null,
  description: '',
  channel: 'voice',
  conversationId: 'CA-k',
};

function orders(clock: { now: Date } = { now: new Date('2026-11-25T02:00:00Z') }) {
  return new SqliteWorkOrders(demoDb(), { arrivalMinutes: ARRIVAL, now: () => clock.now });
}

describe('work orders of every kind (N9, N13, N14)', () => {
  it('a complaint keeps what/when/where/who and the reply deadline told to the customer (N14)', async () => {
    const o = orders();
    const created = await o.create({
      ...base,
      kind: 'complaint',
      description: '抢修人员没来',
      details: { what: '抢修人员没来', when: '昨天下午', where: '人民路', who: '' },
      replyDueAt: '2026-11-26T10:00:00+08:00',
    });
    expect(created).toMatchObject({ kind: 'complaint', subtype: null, anonymous: false, replyDueAt: '2026-11-26T02:00:00.000Z' });
    expect(await o.get(created.id)).toEqual(created);
  });

  it('an anonymous report stores neither the phone nor the account, whatever is passed', async () => {
    const o = orders();
    const created = await o.create({ ...base, kind: 'report', subtype: 'theft', anonymous: true, description: '有人偷电' });
    expect(created).toMatchObject({ kind: 'report', subtype: 'theft', anonymous: true, phone: null, account: null });
    expect(await o.get(created.id)).toEqual(created);
    expect(await o.list({ phone: base.phone! })).toEqual([]);
  });

  it('an abandoned report is kept with the caller\'s number for a callback', async () => {
    const o = orders();
    const created = await o.create({ ...base, kind: 'report', subtype: 'misconduct' }, { status: 'abandoned' });
    expect(created).toMatchObject({ status: 'abandoned', phone: '+8613800138000' });
    expect((await o.list({ status: 'abandoned' })).map((w) => w.id)).toEqual([created.id]);
  });

  it('checks subtypes of reports and applications, and the new status', async () => {
    const o = orders();
    await expect(o.create({ ...base, kind: 'report', subtype: 'gossip' })).rejects.toThrow(/report subtype must be one of theft, misconduct, other/);
    await expect(o.create({ ...base, kind: 'application', subtype: 'solar' })).rejects.toThrow(/application subtype/);
    expect((await o.create({ ...base, kind: 'application', subtype: 'ev_charger' })).subtype).toBe('ev_charger');
    expect((await o.create({ ...base, kind: 'application', subtype: null })).subtype).toBeNull();
    await expect(o.create({ ...base, kind: 'wish' as 'repair' })).rejects.toThrow(/unknown work order kind/);
    await expect(o.create(base, { status: 'closed' as 'open' })).rejects.toThrow(/open or abandoned/);
  });

  it('filters by kind and by creation date (from inclusive, to exclusive)', async () => {
    const clock = { now: new Date('2026-11-24T02:00:00Z') };
    const o = orders(clock);
    const old = await o.create(base);
    clock.now = new Date('2026-11-25T02:00:00Z');
    const complaint = await o.create({ ...base, kind: 'complaint' });
    const repair = await o.create(base);
    expect((await o.list({ kind: 'complaint' })).map((w) => w.id)).toEqual([complaint.id]);
    expect((await o.list({ from: '2026-11-25T00:00:00Z' })).map((w) => w.id)).toEqual([repair.id, complaint.id]);
    expect((await o.list({ to: '2026-11-25T02:00:00Z' })).map((w) => w.id)).toEqual([old.id]);
    expect((await o.list({ kind: 'repair', phone: '+86 138 0013 8000', from: '2026-11-25T00:00:00Z' })).map((w) => w.id)).toEqual([repair.id]);
    await expect(o.list({ from: 'yesterday' })).rejects.toThrow(/from must be an ISO 8601/);
  });
});

describe('migration to work order kinds', () => {
  it('keeps the repair orders of a version-1 database, with their dates searchable', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      `INSERT INTO work_orders (id, kind, urgent, danger, scope, account, phone, address, area_id, description, channel,
         conversation_id, status, created_at, promised_arrival_minutes)
       VALUES ('2611250001', 'repair', 1, 1, 'home', '3100123456', '+8613800138000', '人民路88号', NULL, '冒火花', 'voice',
         'CA-old', 'open', '2026-11-25T02:00:00.123Z', 45)`,
    ).run();
    expect(migrate(db)).toEqual({ from: 1, to: LATEST_SCHEMA_VERSION });
    const row = db.prepare('SELECT * FROM work_orders').get() as Record<string, unknown>;
    expect(row).toMatchObject({ id: '2611250001', urgent: 1, description: '冒火花', details: '{}', anonymous: 0, subtype: null });
    expect(row.created_at_ms).toBe(Date.parse('2026-11-25T02:00:00.123Z'));
    db.close();
  });

  it('the schema refuses an anonymous order that keeps a phone', () => {
    const db = demoDb();
    expect(() =>
      db.prepare(
        `INSERT INTO work_orders (id, kind, urgent, danger, address, description, channel, conversation_id, created_at, created_at_ms,
           promised_arrival_minutes, anonymous, phone) VALUES ('2611250009', 'report', 0, 0, '', '', 'voice', 'c', '', 0, 45, 1, '+86138')`,
      ).run(),
    ).toThrow(/CHECK/);
  });
});
