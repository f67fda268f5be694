/**
 * The fault report takes what the caller said when naming it (issue 9 item 2, N8, N10): an opening
 * that tells the scope and/or the address ("我家停电了，城关区人民路88号", "成棟樓冇電", "the whole
 * street has no power, 12 Jiefang Street") is not asked for them again. Danger is still asked
 * first (N10); then what was taken is said back in the engine's words (the address without the
 * words around it), the read-back confirms it before the order is made. Calls in zh-CN, yue-HK
 * and en-US, voice and chat.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

/** An unknown caller at the menu who says the fault, then has no account number: the report starts. */
async function reportAtMenu(language: string, channel: Channel, words: string) {
  const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE, channel });
  const answer = (said: string) => (channel === 'voice' ? call.say(said) : call.type(said));
  await answer(language);
  await answer(words);
  // Words that tell a long wait ("从昨晚…") are first answered with sorry (N12, test/machines/reactions.test.ts).
  expect(call.keys.filter((key) => key !== 'common.reactWait')).toEqual(['identity.askAccount']);
  await call.choose('no_account');
  expect(call.keys).toEqual(['identity.proceedByAddress', 'fault.askDanger']);
  return { call, answer };
}

describe('the scope and address said with the fault are not asked again (N8)', () => {
  it.each([
    ['zh-CN', 'voice', '普通话', '整栋楼都停电了，城关区人民路88号', '没有', ['fault.heardBuilding', 'fault.heardAddress', 'fault.askDescription'], '城关区人民路88号'],
    ['zh-CN', 'chat', '普通话', '就我家没电，邻居有电，城关区解放街12号', '没有', ['fault.heardHome', 'fault.heardAddress', 'fault.askDescription'], '城关区解放街12号'],
    ['yue-HK', 'chat', '廣東話', '成條街都冇電，城關區人民路88號', '冇', ['fault.heardArea', 'fault.heardAddress', 'fault.askDescription'], '城關區人民路88號'],
    ['en-US', 'voice', 'English', 'the whole street has no power, 12 Jiefang Street', 'no', ['fault.heardArea', 'fault.heardAddress', 'fault.askDistrict'], '12 Jiefang Street'], // no district named: asked which
  ] as const)('%s %s (%s): "%s": after the danger question, what was said is said back', async (_, channel, language, words, noDanger, keys, address) => {
    const { call, answer } = await reportAtMenu(language, channel, words);
    await answer(noDanger);
    expect(call.keys).toEqual(keys);
    expect(call.turn.prompts.find((p) => p.key === 'fault.heardAddress')?.values?.address).toBe(address);
    expect(call.keys).not.toContain('fault.askScope');
    expect(call.keys).not.toContain('fault.askAddress');
  });

  it('N8 (issue 14 item 4): since when, said with the fault ("从昨晚8点就停电了"), is read back after the description asked for', async () => {
    for (const [language, channel, words, noDanger, scope, where, what, since] of [
      ['普通话', 'voice', '从昨晚8点就停电了，城关区人民路88号', '没有', '就我家', '', '全部没电', '从昨晚8点开始停电。'],
      ['廣東話', 'chat', '琴晚八點開始冇電，城關區人民路88號', '冇', '淨係我屋企', '', '全部冇電', '由琴晚八點開始冇電。'],
      ['English', 'voice', 'the power has been out since last night, 88 Renmin Road, Chengguan District', 'no', 'just my place', '', 'no power at all', 'The power has been out since last night.'],
    ] as const) {
      const { call, answer } = await reportAtMenu(language, channel, words);
      await answer(noDanger);
      if (call.keys.includes('fault.askScope')) await answer(scope);
      if (where) await answer(where);
      expect(call.keys.at(-1), language).toBe('fault.askDescription');
      await answer(what);
      expect(call.keys, language).toEqual(['fault.readBack', 'fault.readBackSince', 'common.isThatRight']);
      expect(call.heard[1], language).toBe(since);
    }
  });

  it('zh-CN voice: "我家停电了，城关区人民路88号": the address is taken, the scope still asked; the read-back confirms, the order is made there', async () => {
    const { call, answer } = await reportAtMenu('普通话', 'voice', '我家停电了，城关区人民路88号');
    await answer('没有');
    expect(call.keys).toEqual(['fault.askScope']);
    await answer('就我一家');
    expect(call.keys).toEqual(['fault.heardAddress', 'fault.askDescription']);
    await answer('家里全部没电');
    expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
    expect(call.said).toContain('城关区人民路88号');
    await answer('对');
    expect(call.keys).toEqual(['danger.confirmContact']); // the number next (N8); the caller is not identified: no contact person
    await answer('对');
    expect(call.keys[0]).toBe('fault.ticketCreated');
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ address: '城关区人民路88号', scope: 'home' });
  });

  it('yue-HK voice: "成棟樓冇電": the scope is taken, the address asked', async () => {
    const { call, answer } = await reportAtMenu('廣東話', 'voice', '成棟樓冇電');
    await answer('冇');
    expect(call.keys).toEqual(['fault.heardBuilding', 'fault.askAddress']);
  });

  it('en-US chat: the address taken at the menu is wrong: "no" at the read-back asks for it', async () => {
    const { call, answer } = await reportAtMenu('English', 'chat', 'no power at 88 Renmin Road, Chengguan District');
    await answer('no');
    expect(call.keys).toEqual(['fault.askScope']);
    await answer('just my place');
    expect(call.keys).toEqual(['fault.heardAddress', 'fault.askDescription']);
    await answer('everything is off');
    expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
    expect(call.said).toContain('88 Renmin Road, Chengguan District');
    await answer('no, that is wrong');
    expect(call.keys).toEqual(['fault.askWhichWrong']);
    await answer('the address');
    expect(call.keys).toEqual(['fault.askAddress']);
  });

  it('zh-CN voice: danger is still asked first, and a yes takes the address said to the danger report (N10)', async () => {
    const { call, answer } = await reportAtMenu('普通话', 'voice', '城关区人民路88号停电了');
    await answer('有');
    expect(call.keys[0]).toBe('fault.safetyAdvice');
    expect(call.keys).not.toContain('fault.askScope');
  });

  it('yue-HK voice: said at the language offer, in Cantonese: the language is chosen and nothing said is asked again (N4)', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.say('喂，成棟樓冇晒電呀，城關區人民路88號');
    expect(call.turn.locale).toBe('yue-HK');
    expect(call.keys.at(-1)).toBe('identity.askAccount');
    await call.choose('no_account');
    await call.say('冇');
    expect(call.keys).toEqual(['fault.heardBuilding', 'fault.heardAddress', 'fault.askDescription']);
  });

  it('zh-CN chat: the area said is where a known outage is found: announced, not a duplicate ticket (N10)', async () => {
    const { call, answer } = await reportAtMenu('普通话', 'chat', '东山镇新街45号整条街都没电了');
    await answer('没有');
    expect(call.keys.slice(0, 3)).toEqual(['fault.heardArea', 'fault.heardAddress', 'fault.knownOutageFault']);
    expect(call.keys).toContain('fault.registeredOnOutage');
  });
});
