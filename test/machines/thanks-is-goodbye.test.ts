/**
 * Audit 2, finding 4 (N19, N20): "好的谢谢", "okay, thanks", "唔該晒" at "请问还有什么可以帮您？" is
 * the goodbye, not a yes to more help; "没有了" / "no" at the menu a caller reached by a yes is the
 * goodbye too, with the closing phrase. Never read in passing: "没有电", "no power", "谢谢，我家停电了"
 * at the menu are still the fault report.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine } from '../support/call.js';

const CALLER = '+8613912345678';

async function atAnythingElse(pick?: string) {
  const call = await Call.dial(await openTestEngine(), { from: CALLER });
  if (pick) await call.press(pick);
  else await call.silence();
  await call.press('3'); // business consultation
  await call.say(pick === '2' ? 'electricity prices' : pick === '3' ? '電價' : '电价是多少');
  await call.press('2'); // no time-of-use rates, thanks
  return call;
}

const LOCALES = [
  { locale: 'zh-CN', pick: undefined, thanks: '好的谢谢', nothing: '没有了' },
  { locale: 'yue-HK', pick: '3', thanks: '好，唔該晒', nothing: '冇喇' },
  { locale: 'en-US', pick: '2', thanks: 'okay, thanks', nothing: 'no' },
] as const;

describe('thanks at "anything else?" is the goodbye (audit 2, finding 4; N19, N20)', () => {
  for (const { locale, pick, thanks, nothing } of LOCALES) {
    it(`${locale} voice: "${thanks}" at "anything else?" hears the closing phrase and the call ends`, async () => {
      const call = await atAnythingElse(pick);
      expect(call.keys.at(-1)).toBe('closing.anythingElse');
      await call.say(thanks);
      expect(call.keys).toEqual(['closing.goodbye']);
      expect(call.turn.end).toMatchObject({ type: 'hangup' });
    });

    it(`${locale} voice: a yes, then "${nothing}" at the menu is the goodbye, not "didn't understand"`, async () => {
      const call = await atAnythingElse(pick);
      await call.press('1'); // yes, something else
      expect(call.keys).toContain('menu.main');
      await call.say(nothing);
      expect(call.keys).toEqual(['closing.goodbye']);
      expect(call.turn.end).toMatchObject({ type: 'hangup' });
    });
  }

  it('zh-CN and en-US voice: a fault said with such words at the menu is still the fault ("没有电", "谢谢，我家停电了", "no power")', async () => {
    for (const [words, pick] of [['我家没有电', undefined], ['谢谢，我家停电了', undefined], ['no power at my home', '2']] as const) {
      const call = await Call.dial(await openTestEngine(), { from: CALLER });
      if (pick) await call.press(pick);
      else await call.silence();
      await call.say(words);
      expect(call.state, words).toMatch(/^faultReport\./);
    }
  });
});
