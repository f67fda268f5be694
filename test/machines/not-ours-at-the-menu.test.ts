/**
 * Issue 9 item 1 (N1, N5, N9): a complaint about another business ("我要投诉燃气公司") is not
 * ours, though it says 投诉 / "complain": the recognizer judges it another's business, and the
 * menu's choice words do not make it our complaint. The caller hears, politely, that this line
 * serves electricity and where to turn (the gas company, the phone company, the property
 * management), then the menu again. A complaint that names the grid or us stays ours.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine } from '../support/call.js';
import { answer, readyCallback } from '../support/outbound.js';

const CALLER = '+8613912345678';

const LOCALES = [
  {
    locale: 'zh-CN', pick: undefined, typed: '普通话',
    gas: '我要投诉燃气公司，上门抄表的人态度太差了', heardGas: '燃气公司',
    telecom: '我要投诉电信，宽带老是断', heardTelecom: '运营商',
    ours: '我要投诉你们供电所的抄表员',
  },
  {
    locale: 'yue-HK', pick: '3', typed: '廣東話',
    gas: '我要投訴煤氣公司，收費亂嚟', heardGas: '煤氣公司',
    telecom: '我想投訴電訊公司，個網成日斷線', heardTelecom: '電訊公司',
    ours: '我要投訴你哋供電局嘅抄錶員',
  },
  {
    locale: 'en-US', pick: '2', typed: 'English',
    gas: 'I want to file a complaint against the gas company', heardGas: 'gas company',
    telecom: 'I want to complain about my internet provider', heardTelecom: 'provider',
    ours: 'I want to complain about your meter reader',
  },
] as const;

async function voice(pick: string | undefined) {
  const call = await Call.dial(await openTestEngine(), { from: CALLER });
  if (pick) await call.press(pick);
  else await call.silence();
  expect(call.state).toBe('menu.full');
  return call;
}

async function chat(typed: string) {
  const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null });
  await call.type(typed);
  expect(call.state).toBe('menu.full');
  return call;
}

describe('another business at the menu: where to turn, then the menu again (issue 9 item 1; N1, N5)', () => {
  for (const { locale, pick, typed, gas, heardGas, telecom, heardTelecom, ours } of LOCALES) {
    it(`${locale} voice: "${gas}" is not our complaint: the gas company, then the menu`, async () => {
      const call = await voice(pick);
      await call.say(gas);
      expect(call.state).toBe('menu.full');
      expect(call.keys[0]).toBe('common.notOursGas');
      expect(call.keys.slice(1)).toEqual(['menu.main']);
      expect(call.said).toContain(heardGas);
      // Then a business of ours is served as at any menu.
      await call.press('1');
      expect(call.state).not.toBe('menu.full');
    });

    it(`${locale} chat: "${telecom}" is the phone company's; our complaint said next is ours`, async () => {
      const call = await chat(typed);
      await call.type(telecom);
      expect(call.state).toBe('menu.full');
      expect(call.keys[0]).toBe('common.notOursTelecom');
      expect(call.said).toContain(heardTelecom);
      await call.type(ours);
      expect(call.state.startsWith('complaint')).toBe(true);
      expect(call.keys).not.toContain('common.notOursTelecom');
    });

    it(`${locale} voice: "${ours}" names us: our complaint, no word of another company`, async () => {
      const call = await voice(pick);
      await call.say(ours);
      expect(call.state.startsWith('complaint')).toBe(true);
      expect(call.keys.some((k) => k.startsWith('common.notOurs'))).toBe(false);
    });
  }

  it('zh-CN voice: a complaint about the property management over our electricity bill stays ours ("物业乱收电费")', async () => {
    const call = await voice(undefined);
    await call.say('物业乱收电费，我要投诉');
    expect(call.state.startsWith('complaint')).toBe(true);
  });

  it('zh-CN voice: at "complaint or report?" (key 4) the words 投诉燃气公司 are not our complaint either', async () => {
    const call = await voice(undefined);
    await call.press('4');
    expect(call.keys).toContain('menu.complaintOrReport');
    await call.say('我要投诉燃气公司');
    expect(call.keys[0]).toBe('common.notOursGas');
    expect(call.state).toContain('complaintOrReport');
  });
});

describe('on a callback, another business answers nothing we asked (issue 9 item 1; N7, N16)', () => {
  it('zh-CN voice: "我要投诉燃气公司" at "请问是…客户吗?" is a miss: the question again, no word of the business', async () => {
    const now = new Date('2026-11-25T10:00:00+08:00');
    const e = await openTestEngine({ now: () => now });
    const { task } = await readyCallback(e, { now });
    const call = await answer(e, task);
    expect(call.keys).toEqual(['callback.introNamed']);
    await call.say('我要投诉燃气公司');
    expect(call.keys.some((k) => k.startsWith('common.notOurs'))).toBe(false);
    expect(call.keys.at(-1)).toMatch(/^callback\.intro/);
    expect(call.turn.end ?? null).toBeNull();
  });
});
