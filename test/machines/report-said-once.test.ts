/**
 * Audit 2, finding 9 (N8, N9): a report (举报) is not asked again what the caller said. "我要举报有人
 * 偷电" at the menu is a theft report: the type question is skipped; a story told at the type question
 * ("饭店私自从电线杆上拉线用电，好几个月了") is the type and the details at once; the report goes on to
 * where and is read back, never a dead end or a transfer.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine } from '../support/call.js';

const CALLER = '+8613912345678';

const LOCALES = [
  { locale: 'zh-CN', pick: undefined, named: '我要举报有人偷电', report: '我要举报', story: '我们楼下那家饭店私自从电线杆上拉线用电，好几个月了', where: '城关区解放街20号', theft: '有人窃电' },
  { locale: 'yue-HK', pick: '3', named: '我想舉報有人偷電', report: '我想舉報', story: '我哋樓下間餐廳私自由電線杆拉線用電，用咗好幾個月', where: '城關區解放街20號', theft: '偷電' },
  { locale: 'en-US', pick: '2', named: 'I want to report someone stealing electricity', report: 'I want to report something', story: 'the restaurant downstairs has been hooked up to the pole without a meter for months', where: '20 Jiefang Street, Chengguan District', theft: 'electricity theft' },
] as const;

async function dial(pick: string | undefined) {
  const call = await Call.dial(await openTestEngine(), { from: CALLER });
  if (pick) await call.press(pick);
  else await call.silence();
  return call;
}

describe('a report is not asked again what was said (audit 2, finding 9; N8)', () => {
  for (const { locale, pick, named, report, story, where, theft } of LOCALES) {
    it(`${locale} voice: "${named}" skips the type; the story, the place, and the read-back names the theft`, async () => {
      const call = await dial(pick);
      await call.say(named);
      expect(call.keys).toEqual(['report.askDetails']);
      await call.say(story);
      expect(call.state).toBe('report.askWhere');
      await call.say(where);
      await call.press('1'); // anonymous
      expect(call.keys[0]).toBe('report.readBack');
      expect(call.said).toContain(theft);
    });

    it(`${locale} voice: a story at the type question is the type and the details: no "didn't understand", no transfer`, async () => {
      const call = await dial(pick);
      await call.say(report);
      expect(call.state).toBe('report.askType');
      await call.say(story);
      expect(call.keys).not.toContain('common.notUnderstood');
      expect(call.state).toBe('report.askWhere');
      await call.say(where);
      await call.press('1'); // anonymous
      expect(call.said).toContain(theft);
      expect(call.turn.end).toBeNull();
    });
  }
});
