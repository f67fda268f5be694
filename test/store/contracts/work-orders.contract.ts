import { expect, it } from 'vitest';
import { clock, type DurableHarness } from './harness.js';
import { sampleOrder as order } from '../helpers.js';


const MORNING = '2026-11-25T02:00:00Z'; // 10:00 in Shanghai

export function workOrdersContract(h: DurableHarness): void {
  const open = async (at: string | Date = MORNING) => {
    const c = clock(at);
    return { c, store: await h.open({ now: c.now }) };
  };

  it('stores every field and returns the ticket to tell the caller, read back the same', async () => {
    const { store } = await open();
    const orders = store.services.workOrders;
    const created = await orders.create(order());
    expect(created).toEqual({
      ...order(),
      id: '2611250001',
      subtype: null,
      details: {},
      anonymous: false,
      replyDueAt: null,
      status: 'open',
      createdAt: '2026-11-25T02:00:00.000Z',
      promisedArrivalMinutes: 45,
    });
    expect(await orders.get('2611250001')).toEqual(created);
    expect(await orders.get(' 2611250001 ')).toEqual(created);
    expect(await orders.get('2611250002')).toBeNull();
  });

  it('keeps complaint details and reply deadline; an anonymous report keeps no phone or account', async () => {
    const { store } = await open();
    const orders = store.services.workOrders;
    const complaint = await orders.create(
      order({ kind: 'complaint', details: { what: '抄表员态度差', when: '昨天' }, replyDueAt: '2026-11-27T18:00:00+08:00' }),
    );
    expect(complaint).toMatchObject({ details: { what: '抄表员态度差', when: '昨天' }, replyDueAt: '2026-11-27T10:00:00.000Z' });
    const report = await orders.create(order({ kind: 'report', subtype: 'theft', anonymous: true }));
    expect(report).toMatchObject({ subtype: 'theft', anonymous: true, phone: null, account: null });
    const abandoned = await orders.create(order(), { status: 'abandoned' });
    for (const o of [complaint, report, abandoned]) expect(await orders.get(o.id)).toEqual(o);
    expect(abandoned.status).toBe('abandoned');
    await expect(orders.create(order({ kind: 'report', subtype: 'gossip' }))).rejects.toThrow(RangeError);
    await expect(orders.create(order({ kind: 'nonsense' as never }))).rejects.toThrow(RangeError);
    await expect(orders.create(order(), { status: 'closed' as never })).rejects.toThrow(RangeError);
  });

  it('numbers tickets YYMMDD + daily sequence, restarting at local (Shanghai) midnight', async () => {
    const { c, store } = await open('2026-11-25T15:58:00Z'); // 23:58 local
    const orders = store.services.workOrders;
    expect((await orders.create(order())).id).toBe('2611250001');
    expect((await orders.create(order())).id).toBe('2611250002');
    c.set('2026-11-25T16:01:00Z'); // 00:01 local, 26 Nov; still 25 Nov in UTC
    expect((await orders.create(order())).id).toBe('2611260001');
  });

  it('never runs out: past 9,999 tickets a day the number grows a digit; a refused order takes none', async () => {
    const { store } = await open();
    const orders = store.services.workOrders;
    await expect(orders.create(order({ details: { n: 1 as never } }))).rejects.toThrow(RangeError);
    expect(await store.ticketSequence('261125')).toBeNull();
    await store.setTicketSequence('261125', 9998);
    expect((await orders.create(order())).id).toBe('2611259999');
    const tenThousandth = await orders.create(order());
    expect(tenThousandth.id).toBe('26112510000');
    expect(await orders.get('26112510000')).toMatchObject({ id: '26112510000', conversationId: tenThousandth.conversationId });
    await store.setTicketSequence('261125', 999_998);
    expect((await orders.create(order())).id).toBe('261125999999');
    expect((await orders.create(order())).id).toBe('2611251000000');
    expect(await store.ticketSequence('261125')).toBe(1_000_000);
  });

  it('never gives two instances the same ticket number, even all at once', async () => {
    const { store } = await open();
    const other = await store.second();
    const burst = (orders: typeof other.workOrders, tag: string) =>
      Promise.all(Array.from({ length: 15 }, (_, i) => orders.create(order({ conversationId: `${tag}${i}` }))));
    const ids = (await Promise.all([burst(store.services.workOrders, 'a'), burst(other.workOrders, 'b')])).flat().map((o) => o.id);
    expect([...ids].sort()).toEqual(Array.from({ length: 30 }, (_, i) => `261125${String(i + 1).padStart(4, '0')}`));
  });

  it.each([
    ['chengguan', 45],
    ['dongshan', 90],
    ['qingfeng', 120],
    ['atlantis', 120],
    [null, 120],
  ])('promises arrival by area type (%s: %i minutes); unknown or missing area: the slowest', async (areaId, minutes) => {
    const { store } = await open();
    expect((await store.services.workOrders.create(order({ areaId }))).promisedArrivalMinutes).toBe(minutes);
  });

  it('lists by phone, account, kind, status and creation time, newest first', async () => {
    const { c, store } = await open();
    const orders = store.services.workOrders;
    const a = await orders.create(order());
    c.advance(60_000);
    const b = await orders.create(order({ account: '3100123457', phone: '13900139000', kind: 'complaint' }));
    c.advance(60_000);
    const d = await orders.create(order({ account: null }), { status: 'abandoned' });
    expect(b.phone).toBe('+8613900139000');
    expect((await orders.list({ phone: '13800138000' })).map((o) => o.id)).toEqual([d.id, a.id]);
    expect((await orders.list({ account: '3100123457' })).map((o) => o.id)).toEqual([b.id]);
    expect((await orders.list({ phone: '+8613800138000', account: '3100123456' })).map((o) => o.id)).toEqual([a.id]);
    expect((await orders.list({ kind: 'complaint' })).map((o) => o.id)).toEqual([b.id]);
    expect((await orders.list({ status: 'abandoned' })).map((o) => o.id)).toEqual([d.id]);
    expect((await orders.list({ from: '2026-11-25T02:01:00Z', to: '2026-11-25T10:02:00+08:00' })).map((o) => o.id)).toEqual([b.id]);
    expect((await orders.list()).map((o) => o.id)).toEqual([d.id, b.id, a.id]);
    await expect(orders.list({ from: 'yesterday' })).rejects.toThrow(/from must be an ISO 8601/);
  });
}
