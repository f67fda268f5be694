import { describe, expect, it } from 'vitest';
import { SqliteOutageBoard, upsertOutage } from '../../../src/store/sqlite/outage-board.js';
import { demoDb } from '../helpers.js';

const NOW = new Date('2026-11-25T06:00:00Z'); // 14:00 in Shanghai

function board() {
  const db = demoDb(NOW);
  db.exec("DELETE FROM outages"); // start from a clean board; the demo outage is tested in seed.test.ts
  upsertOutage(db, {
    id: 'P-1',
    areaId: 'xihe',
    kind: 'planned',
    reason: '线路检修',
    startsAt: '2026-11-25T09:00:00+08:00',
    expectedRestoreAt: '2026-11-25T17:00:00+08:00',
  });
  return { db, board: new SqliteOutageBoard(db, () => NOW) };
}

describe('SqliteOutageBoard areas', () => {
  it('lists and gets areas with their type', async () => {
    const { board: b } = board();
    expect((await b.listAreas()).map((a) => `${a.name}:${a.type}`).sort()).toEqual(
      ['东山镇:rural', '城关区:urban', '城南区:urban', '西河乡:rural', '青峰山区:remote'].sort(),
    );
    expect(await b.getArea('qingfeng')).toEqual({ id: 'qingfeng', name: '青峰山区', type: 'remote' });
    expect(await b.getArea('nowhere')).toBeNull();
  });

  it('finds the area named in a free-text address, by name or alias, longest first', async () => {
    const { board: b } = board();
    expect((await b.findAreaInAddress('我家在东山镇桃园村'))?.id).toBe('dongshan');
    expect((await b.findAreaInAddress('青峰山林场那边'))?.id).toBe('qingfeng'); // alias
    expect((await b.findAreaInAddress('城关区东山路12号'))?.id).toBe('chengguan');
    expect((await b.findAreaInAddress('西 河 乡 河口村'))?.id).toBe('xihe');
    expect(await b.findAreaInAddress('人民路88号')).toBeNull();
  });
});

describe('SqliteOutageBoard outages (N10 known outages)', () => {
  it('N10: an outage in one area is not announced in another', async () => {
    const { board: b } = board();
    expect(await b.activeOutage('chengguan', NOW)).toBeNull();
  });

  it('N10: registers an affected caller once per conversation instead of a duplicate ticket', async () => {
    const { board: b } = board();
    await b.registerAffected('P-1', { phone: '13500135000', account: '3100456789', conversationId: 'CA-1' });
    await b.registerAffected('P-1', { phone: '13500135000', account: '3100456789', conversationId: 'CA-1' }); // retried turn
    await b.registerAffected('P-1', { phone: null, account: null, conversationId: 'chat-2' });
    expect(await b.affected('P-1')).toEqual([
      { phone: '+8613500135000', account: '3100456789', conversationId: 'CA-1', createdAt: NOW.toISOString() },
      { phone: null, account: null, conversationId: 'chat-2', createdAt: NOW.toISOString() },
    ]);
  });

  it('refuses to register against an unknown outage', async () => {
    const { board: b } = board();
    await expect(b.registerAffected('nope', { phone: null, account: null, conversationId: 'x' })).rejects.toThrow(/unknown outage/);
  });

  it('rejects an outage that restores before it starts', () => {
    const { db } = board();
    expect(() =>
      upsertOutage(db, { id: 'bad', areaId: 'xihe', kind: 'fault', reason: '', startsAt: '2026-11-25T10:00:00Z', expectedRestoreAt: '2026-11-25T09:00:00Z' }),
    ).toThrow(/CHECK/);
  });
});
