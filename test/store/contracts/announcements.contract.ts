import { expect, it } from 'vitest';
import { clock, type DurableHarness } from './harness.js';

export function announcementsContract(h: DurableHarness): void {
  it('N21: a notice is set, replaced and cleared; the latest one is current', async () => {
    const c = clock('2026-11-25T02:00:00Z');
    const announcements = (await h.open({ now: c.now })).services.announcements;
    expect(await announcements.current()).toBeNull();
    const text = { 'zh-CN': ' 城关区因暴雨大面积停电，正在全力抢修。 ', 'en-US': 'Heavy rain has cut power in Chengguan.' };
    const set = await announcements.set({ text, by: ' 王建国 ' });
    expect(set).toEqual({
      text: { 'zh-CN': '城关区因暴雨大面积停电，正在全力抢修。', 'en-US': 'Heavy rain has cut power in Chengguan.' },
      by: '王建国',
      at: '2026-11-25T02:00:00.000Z',
    });
    expect(await announcements.current()).toEqual(set);
    c.advance(60_000);
    const replaced = await announcements.set({ text: { 'zh-CN': '抢修已完成。' }, by: '李明' });
    expect(await announcements.current()).toEqual(replaced);
    c.advance(60_000);
    expect(await announcements.set(null, '李明')).toBeNull();
    expect(await announcements.current()).toBeNull();
  });

  it('refuses a notice without zh-CN, in an unknown language, too long, or by nobody; the current one stays', async () => {
    const announcements = (await h.open()).services.announcements;
    const kept = await announcements.set({ text: { 'zh-CN': '通知' }, by: '王建国' });
    await expect(announcements.set({ text: { 'en-US': 'Notice' }, by: '王建国' })).rejects.toThrow(/zh-CN/);
    await expect(announcements.set({ text: { 'zh-CN': '通知', 'fr-FR': 'Avis' } as never, by: '王建国' })).rejects.toThrow(/unknown locale/);
    await expect(announcements.set({ text: { 'zh-CN': '长'.repeat(301) }, by: '王建国' })).rejects.toThrow(/longer than/);
    await expect(announcements.set({ text: { 'zh-CN': '通知' }, by: ' ' })).rejects.toThrow(/by is required/);
    expect(await announcements.current()).toEqual(kept);
  });
}
