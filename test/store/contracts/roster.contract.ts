import { expect, it } from 'vitest';
import type { DurableHarness } from './harness.js';

// Shanghai is UTC+8: 08:00 local = 00:00Z, 20:00 local = 12:00Z.
const DAY = { from: '08:00', to: '20:00', chain: [{ name: '王建国', phone: '+8613811110001' }, { name: '李明', phone: '+8613811110002' }] };
const NIGHT = { from: '20:00', to: '08:00', chain: [{ name: '陈志强', phone: '+8613811110003' }, { name: '刘海', phone: '+8613811110004' }] };

export function rosterContract(h: DurableHarness): void {
  it('the demo roster: the right shift on duty around the clock, across midnight, primary first', async () => {
    const roster = (await h.open()).services.roster;
    const cases: [string, typeof DAY][] = [
      ['2026-11-25T00:00:00Z', DAY], // 08:00 local
      ['2026-11-25T11:59:00Z', DAY], // 19:59
      ['2026-11-25T12:00:00Z', NIGHT], // 20:00
      ['2026-11-25T16:00:00Z', NIGHT], // 00:00, next day
      ['2026-11-24T23:59:00Z', NIGHT], // 07:59
    ];
    for (const [at, expected] of cases) expect(await roster.onDuty(new Date(at)), at).toEqual(expected);
  });

  it('has nobody on duty in a gap; a roster is replaced as a whole and checked first', async () => {
    const store = await h.open();
    await store.replaceRoster([{ from: '09:00', to: '17:00', chain: [{ name: '周', phone: '+8613811110009' }] }]);
    const roster = store.services.roster;
    expect(await roster.onDuty(new Date('2026-11-25T10:00:00Z'))).toBeNull(); // 18:00 local
    expect((await roster.onDuty(new Date('2026-11-25T02:00:00Z')))?.chain).toEqual([{ name: '周', phone: '+8613811110009' }]);
    await store.replaceRoster([{ from: '00:00', to: '00:00', chain: [{ name: '黄', phone: '+8613811110010' }] }]);
    expect((await roster.onDuty(new Date('2026-11-25T10:00:00Z')))?.from).toBe('00:00'); // a 24-hour shift
    await expect(store.replaceRoster([{ from: '8:00', to: '20:00', chain: [{ name: 'x', phone: 'y' }] }])).rejects.toThrow(RangeError);
    await expect(store.replaceRoster([{ from: '08:00', to: '20:00', chain: [] }])).rejects.toThrow(RangeError);
    expect((await roster.onDuty(new Date('2026-11-25T10:00:00Z')))?.from).toBe('00:00'); // unchanged
  });
}
