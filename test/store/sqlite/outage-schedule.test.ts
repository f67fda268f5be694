import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/store/seed.js';
import { SqliteOutageBoard, upsertOutage } from '../../../src/store/sqlite/outage-board.js';
import { demoDb, memoryDb } from '../helpers.js';

const NOW = new Date('2026-11-25T06:00:00+08:00');

function board() {
  const db = demoDb(NOW);
  db.exec('DELETE FROM outages');
  const add = (id: string, kind: 'planned' | 'fault', areaId: string, startsAt: string, expectedRestoreAt: string) =>
    upsertOutage(db, { id, areaId, kind, reason: '检修', startsAt, expectedRestoreAt });
  add('in-force', 'planned', 'xihe', '2026-11-25T05:00:00+08:00', '2026-11-25T08:00:00+08:00');
  add('over', 'planned', 'xihe', '2026-11-24T09:00:00+08:00', '2026-11-24T17:00:00+08:00');
  add('later', 'planned', 'xihe', '2026-11-28T09:00:00+08:00', '2026-11-28T17:00:00+08:00');
  add('beyond', 'planned', 'xihe', '2026-12-05T09:00:00+08:00', '2026-12-05T17:00:00+08:00');
  add('fault', 'fault', 'xihe', '2026-11-25T05:30:00+08:00', '2026-11-25T09:00:00+08:00');
  add('elsewhere', 'planned', 'dongshan', '2026-11-26T09:00:00+08:00', '2026-11-26T17:00:00+08:00');
  return new SqliteOutageBoard(db, () => NOW);
}

describe('scheduled outages (N9 outage schedule queries, N10)', () => {
  it('lists the planned outages of the area not over yet and starting within the horizon, earliest first', async () => {
    const b = board();
    expect((await b.scheduledOutages('xihe', NOW, 7)).map((o) => o.id)).toEqual(['in-force', 'later']);
    expect((await b.scheduledOutages('xihe', NOW, 1)).map((o) => o.id)).toEqual(['in-force']);
    expect(await b.scheduledOutages('chengnan', NOW, 7)).toEqual([]);
    await expect(b.scheduledOutages('xihe', NOW, 0)).rejects.toThrow(/days must be positive/);
  });

  it('the demo seed schedules tomorrow\'s planned outage in 城关区, 09:00-17:00 Shanghai time, refreshed at every start', async () => {
    const db = memoryDb();
    const late = new Date('2026-11-25T23:30:00+08:00'); // 15:30Z: still the 25th in UTC, nearly the 26th in Shanghai
    const { planned } = seedDemoData(db, late);
    expect(planned).toEqual({
      id: 'demo-chengguan-planned',
      areaId: 'chengguan',
      startsAt: new Date('2026-11-26T09:00:00+08:00').toISOString(),
      expectedRestoreAt: new Date('2026-11-26T17:00:00+08:00').toISOString(),
    });
    const b = new SqliteOutageBoard(db);
    expect((await b.scheduledOutages('chengguan', late, 7)).map((o) => o.kind)).toEqual(['planned']);
    expect(await b.activeOutage('chengguan', late)).toBeNull(); // the ordinary repair path stays open today

    const restart = new Date('2026-12-03T10:00:00+08:00');
    expect(seedDemoData(db, restart).planned?.startsAt).toBe(new Date('2026-12-04T09:00:00+08:00').toISOString());
  });
});
