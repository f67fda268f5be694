import { describe, expect, it } from 'vitest';
import { replaceRoster, SqliteDutyRoster } from '../../../src/store/sqlite/duty-roster.js';
import { demoDb, memoryDb } from '../helpers.js';

// Shanghai is UTC+8: 08:00 local = 00:00Z, 20:00 local = 12:00Z.
const DAY = { from: '08:00', to: '20:00', chain: [{ name: '王建国', phone: '+8613811110001' }, { name: '李明', phone: '+8613811110002' }] };
const NIGHT = { from: '20:00', to: '08:00', chain: [{ name: '陈志强', phone: '+8613811110003' }, { name: '刘海', phone: '+8613811110004' }] };

describe('SqliteDutyRoster', () => {
  const roster = () => new SqliteDutyRoster(demoDb());

  it.each([
    ['2026-11-25T00:00:00Z', '08:00 local', DAY],
    ['2026-11-25T06:00:00Z', '14:00 local', DAY],
    ['2026-11-25T11:59:00Z', '19:59 local', DAY],
    ['2026-11-25T12:00:00Z', '20:00 local', NIGHT],
    ['2026-11-25T16:00:00Z', '00:00 local, next day', NIGHT],
    ['2026-11-25T18:30:00Z', '02:30 local', NIGHT],
    ['2026-11-24T23:59:00Z', '07:59 local', NIGHT],
  ])('at %s (%s) the right shift is on duty, primary first', async (iso, _label, expected) => {
    expect(await roster().onDuty(new Date(iso))).toEqual(expected);
  });

  it('has nobody on duty in a gap of the roster', async () => {
    const db = memoryDb();
    replaceRoster(db, [{ from: '09:00', to: '17:00', chain: [{ name: '周', phone: '+8613811110009' }] }]);
    const r = new SqliteDutyRoster(db);
    expect(await r.onDuty(new Date('2026-11-25T10:00:00Z'))).toBeNull(); // 18:00 local
    expect((await r.onDuty(new Date('2026-11-25T02:00:00Z')))?.chain).toEqual([{ name: '周', phone: '+8613811110009' }]);
  });

  it('replaces the roster as a whole', async () => {
    const db = demoDb();
    replaceRoster(db, [{ from: '00:00', to: '00:00', chain: [{ name: '黄', phone: '+8613811110010' }] }]);
    expect((await new SqliteDutyRoster(db).onDuty(new Date('2026-11-25T06:00:00Z')))?.from).toBe('00:00');
    expect(() => replaceRoster(db, [{ from: '8:00', to: '20:00', chain: [{ name: 'x', phone: 'y' }] }])).toThrow(RangeError);
  });
});
