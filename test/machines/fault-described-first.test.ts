/**
 * The fault described when it is named is not asked for again (issue 9 item 2, N8): "家里一半房间
 * 没电" at the menu is the report's description; the read-back says it back in the engine's words
 * (您家, "your"), and a "no" at the read-back asks for it again. A bare "停电了" describes nothing yet:
 * the description question (all out, or part; flickering) is still asked.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

async function reportAtMenu(language: string, channel: Channel, words: string) {
  const call = await Call.dial(await openTestEngine(), { from: channel === 'voice' ? UNKNOWN_PHONE : null, channel });
  const answer = (said: string) => (channel === 'voice' ? call.say(said) : call.type(said));
  await answer(language);
  await answer(words);
  await call.choose('no_account');
  return { call, answer };
}

describe('the fault described at the menu is the description (N8)', () => {
  it.each([
    ['zh-CN', 'voice', '普通话', '我家一半房间没电，城关区人民路88号', '没有', '只有我家', '您家一半房间没电'],
    ['yue-HK', 'chat', '廣東話', '我屋企啲燈閃下閃下，城關區人民路88號', '冇', '淨係我屋企', '你屋企啲燈閃下閃下'],
    ['en-US', 'chat', 'English', 'my lights keep flickering, 88 Renmin Road, Chengguan District', 'no', 'just my home', 'your lights keep flickering'],
    ['en-US', 'voice', 'English', 'my lights keep flickering at 88 Renmin Road, Chengguan District', 'no', 'just my home', 'your lights keep flickering'],
  ] as const)('%s %s (%s): "%s": no description question, the read-back says it back', async (locale, channel, language, words, noDanger, home, readBack) => {
    const { call, answer } = await reportAtMenu(language, channel, words);
    await answer(noDanger);
    await answer(home);
    expect(call.keys, locale).not.toContain('fault.askDescription');
    expect(call.keys, locale).toContain('fault.readBack');
    expect(call.turn.prompts.find((p) => p.key === 'fault.readBack')?.values?.description, locale).toBe(readBack);
  });

  it('zh-CN voice: "no" at the read-back asks the address and then the description again', async () => {
    const { call, answer } = await reportAtMenu('普通话', 'voice', '我家一半房间没电，城关区人民路88号');
    await answer('没有');
    await answer('只有我家');
    expect(call.keys).toContain('fault.readBack');
    await call.press('2');
    expect(call.keys).toEqual(['fault.askWhichWrong']);
    await call.press('1'); // the address or the fault
    expect(call.keys).toEqual(['fault.askAddress']);
    await call.say('城关区解放街12号');
    expect(call.keys).toEqual(['fault.askDescription']);
    await call.say('全部没电');
    expect(call.turn.prompts.find((p) => p.key === 'fault.readBack')?.values?.description).toBe('全部没电');
  });

  it.each([
    ['zh-CN', '普通话', '我家停电了'],
    ['yue-HK', '廣東話', '屋企冇電'],
    ['en-US', 'English', 'my power is out'],
  ] as const)('%s: "%s" tells no symptom yet: the description is asked', async (locale, language, words) => {
    const { call, answer } = await reportAtMenu(language, 'voice', words);
    await answer(locale === 'en-US' ? 'no' : locale === 'yue-HK' ? '冇' : '没有');
    await answer(locale === 'en-US' ? 'just my home' : locale === 'yue-HK' ? '淨係我屋企' : '只有我家');
    await answer(locale === 'en-US' ? '88 Renmin Road, Chengguan District' : '城关区人民路88号');
    expect(call.keys, locale).toContain('fault.askDescription');
  });
});
