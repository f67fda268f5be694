import { expect, it } from 'vitest';
import { DEMO_CUSTOMERS } from '../../../src/store/demo-data.js';
import type { DurableHarness } from './harness.js';

const FIRST = new Date('2026-11-25T06:07:00Z');

export function seedContract(h: DurableHarness): void {
  it('seeds an empty store once, then only refreshes the demo outages (N10) at each start', async () => {
    const store = await h.open({ seedAt: null });
    expect(await store.seed(FIRST)).toEqual({
      seeded: true,
      outage: { id: 'demo-dongshan-fault', areaId: 'dongshan', startsAt: '2026-11-25T05:15:00.000Z', expectedRestoreAt: '2026-11-25T09:15:00.000Z' },
      planned: { id: 'demo-chengguan-planned', areaId: 'chengguan', startsAt: '2026-11-26T01:00:00.000Z', expectedRestoreAt: '2026-11-26T09:00:00.000Z' },
      billed: DEMO_CUSTOMERS.length,
    });
    await store.upsertOutage({ id: 'OUT-7', areaId: 'xihe', kind: 'planned', reason: '检修', startsAt: '2026-12-01T00:00:00Z', expectedRestoreAt: '2026-12-01T08:00:00Z' });

    const later = new Date('2026-12-03T13:50:00Z'); // a restart days later: the old window is long over
    const second = await store.seed(later);
    expect(second).toMatchObject({ seeded: false, billed: 0, outage: { expectedRestoreAt: '2026-12-03T17:00:00.000Z' } });
    const { outages, customers, roster } = store.services;
    expect((await outages.activeOutage('dongshan', later))?.id).toBe('demo-dongshan-fault');
    expect(await outages.activeOutage('chengguan', later)).toBeNull();
    expect((await outages.scheduledOutages('chengguan', later, 2)).map((o) => o.id)).toEqual(['demo-chengguan-planned']);
    expect((await outages.scheduledOutages('xihe', new Date('2026-11-30T00:00:00Z'), 2)).map((o) => o.id)).toEqual(['OUT-7']); // real outage kept
    expect((await customers.findByPhone('+8613700137000')).length).toBe(2);
    expect((await roster.onDuty(later))?.chain.length).toBe(2);
  });
}
