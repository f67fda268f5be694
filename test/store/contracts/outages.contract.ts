import { expect, it } from 'vitest';
import type { DurableHarness } from './harness.js';

const NOW = new Date('2026-11-25T06:00:00Z'); // 14:00 in Shanghai
const PLANNED = {
  id: 'P-1',
  areaId: 'xihe',
  kind: 'planned' as const,
  reason: '线路检修',
  startsAt: '2026-11-25T09:00:00+08:00',
  expectedRestoreAt: '2026-11-25T17:00:00+08:00',
};

export function outagesContract(h: DurableHarness): void {
  /** The demo areas, no demo outages, one planned outage in 西河乡 today 09:00-17:00 local. */
  async function board() {
    const store = await h.open({ now: () => NOW });
    await store.clearOutages();
    await store.upsertOutage(PLANNED);
    return { store, board: store.services.outages };
  }

  it('lists and gets areas with their type', async () => {
    const { board: b } = await board();
    expect((await b.listAreas()).map((a) => a.id)).toEqual(['chengguan', 'chengnan', 'dongshan', 'qingfeng', 'xihe']);
    expect(await b.getArea('qingfeng')).toEqual({ id: 'qingfeng', name: '青峰山区', type: 'remote' });
    expect(await b.getArea('nowhere')).toBeNull();
  });

  it('finds the area named in a free-text address, by name or alias, longest first', async () => {
    const { board: b } = await board();
    expect((await b.findAreaInAddress('我家在东山镇桃园村'))?.id).toBe('dongshan');
    expect((await b.findAreaInAddress('青峰山林场那边'))?.id).toBe('qingfeng');
    expect((await b.findAreaInAddress('城关区东山路12号'))?.id).toBe('chengguan');
    expect((await b.findAreaInAddress('西 河 乡 河口村'))?.id).toBe('xihe');
    expect(await b.findAreaInAddress('人民路88号')).toBeNull();
  });

  it('N10: an outage is active from its start up to, not including, its expected restore, in its own area only', async () => {
    const { board: b } = await board();
    expect(await b.activeOutage('xihe', new Date('2026-11-25T00:59:59.999Z'))).toBeNull();
    expect((await b.activeOutage('xihe', new Date('2026-11-25T01:00:00Z')))?.id).toBe('P-1');
    expect(await b.activeOutage('xihe', new Date('2026-11-25T08:59:59.999Z'))).toEqual({
      id: 'P-1',
      areaId: 'xihe',
      kind: 'planned',
      reason: '线路检修',
      startsAt: '2026-11-25T01:00:00.000Z',
      expectedRestoreAt: '2026-11-25T09:00:00.000Z',
    });
    expect(await b.activeOutage('xihe', new Date('2026-11-25T09:00:00Z'))).toBeNull();
    expect(await b.activeOutage('chengguan', NOW)).toBeNull();
  });

  it('N10: of two outages in force, the latest-starting one is announced', async () => {
    const { store, board: b } = await board();
    await store.upsertOutage({ ...PLANNED, id: 'F-2', kind: 'fault', reason: '故障', startsAt: '2026-11-25T05:00:00Z', expectedRestoreAt: '2026-11-25T07:00:00Z' });
    expect((await b.activeOutage('xihe', NOW))?.id).toBe('F-2');
  });

  it('N10: registers an affected caller once per conversation instead of a duplicate ticket', async () => {
    const { store, board: b } = await board();
    await b.registerAffected('P-1', { phone: '13500135000', account: '3100456789', conversationId: 'CA-1' });
    await b.registerAffected('P-1', { phone: '13500135000', account: '3100456789', conversationId: 'CA-1' }); // retried turn
    await b.registerAffected('P-1', { phone: null, account: null, conversationId: 'chat-2' });
    expect(await store.affected('P-1')).toEqual([
      { phone: '+8613500135000', account: '3100456789', conversationId: 'CA-1', createdAt: NOW.toISOString() },
      { phone: null, account: null, conversationId: 'chat-2', createdAt: NOW.toISOString() },
    ]);
    await expect(b.registerAffected('nope', { phone: null, account: null, conversationId: 'x' })).rejects.toThrow(/unknown outage/);
  });

  it('N9: lists the planned outages of an area not over yet and starting within the horizon, earliest first', async () => {
    const { store, board: b } = await board();
    const tomorrow = { ...PLANNED, id: 'P-2', startsAt: '2026-11-26T09:00:00+08:00', expectedRestoreAt: '2026-11-26T12:00:00+08:00' };
    const nextWeek = { ...PLANNED, id: 'P-3', startsAt: '2026-12-03T09:00:00+08:00', expectedRestoreAt: '2026-12-03T12:00:00+08:00' };
    await store.upsertOutage(nextWeek);
    await store.upsertOutage(tomorrow);
    await store.upsertOutage({ ...tomorrow, id: 'F-1', kind: 'fault' }); // faults are not scheduled
    expect((await b.scheduledOutages('xihe', NOW, 3)).map((o) => o.id)).toEqual(['P-1', 'P-2']);
    expect((await b.scheduledOutages('xihe', new Date('2026-11-25T09:00:00Z'), 30)).map((o) => o.id)).toEqual(['P-2', 'P-3']);
    expect(await b.scheduledOutages('chengguan', NOW, 3)).toEqual([]);
    await expect(b.scheduledOutages('xihe', NOW, 0)).rejects.toThrow(RangeError);
  });

  it('refuses an outage that restores before it starts', async () => {
    const { store } = await board();
    await expect(store.upsertOutage({ ...PLANNED, id: 'bad', startsAt: '2026-11-25T10:00:00Z', expectedRestoreAt: '2026-11-25T09:00:00Z' })).rejects.toThrow();
  });
}
