/**
 * A yes or a no that only opens a statement is not taken for a bare answer (issue 9, N8, N7):
 * "不是，我是想投诉" at "anything else?" is the complaint; "对，但是我家还是没电" at the fault
 * read-back does not confirm it: the caller is asked again, with help, and no order is made. A yes
 * followed by what the caller is calling about ("是的，我家停电了") is still a yes. Calls in
 * zh-CN, yue-HK and en-US, voice and chat.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

async function dial(language: string, channel: Channel, from: string = UNKNOWN_PHONE) {
  const call = await Call.dial(await openTestEngine(), { from, channel });
  const answer = (words: string) => (channel === 'voice' ? call.say(words) : call.type(words));
  await answer(language);
  expect(call.state).toBe('menu.full');
  return { call, answer };
}

describe('"anything else?" answered with a no or a yes that goes on to a need: the need is served', () => {
  it.each([
    ['zh-CN', 'voice', '普通话', '不是，我是想投诉'],
    ['yue-HK', 'chat', '廣東話', '唔係，我想投訴你哋啲師傅'],
    ['en-US', 'voice', 'English', 'yes but I want to complain'],
  ] as const)('%s %s (%s): "%s" is the complaint, not the end of the call', async (_, channel, language, words) => {
    const { call, answer } = await dial(language, channel);
    await call.press('3');
    await call.press('1');
    await call.choose('no'); // the tariff told, no time-of-use rates
    expect(call.keys.at(-1)).toBe('closing.anythingElse');
    await answer(words);
    expect(call.keys[0]).toBe('complaint.empathy');
  });
});

describe('a read-back answered with a yes that turns away is not a confirmation (N8)', () => {
  it.each([
    ['zh-CN', 'voice', '普通话', '停电了', '没有', '整栋楼', '城关区人民路88号', '全部没电', '对，但是我家还是没电', '对'],
    ['yue-HK', 'chat', '廣東話', '冇電呀', '冇', '成棟樓', '城關區人民路88號', '全部冇電', '係，但係我屋企仲係冇電', '啱'],
    ['en-US', 'chat', 'English', 'my power is out', 'no', 'the whole building', '88 Renmin Road, Chengguan District', 'no power at all', 'yes, but the power is still out', 'yes'],
  ] as const)('%s %s (%s): a yes that turns away is asked again with help; a plain yes then makes the order', async (_, channel, language, fault, noDanger, scope, address, what, turned, yes) => {
    const { call, answer } = await dial(language, channel);
    await answer(fault);
    await call.choose('no_account');
    await answer(noDanger);
    await answer(scope);
    await answer(address);
    await answer(what);
    expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
    await answer(turned);
    expect(call.keys).toEqual(['common.notUnderstood', 'fault.readBackHelp']);
    expect(await call.engine.stores.services.workOrders.list({})).toEqual([]);
    await answer(yes);
    if (channel === 'chat') await answer(language === 'English' ? 'Mr Chan' : '陳生'); // how to address the chat customer (issue 14)
    expect(call.keys.at(-1)).toBe('danger.confirmContact'); // the number next (N8)
    expect(await call.engine.stores.services.workOrders.list({})).toEqual([]);
    await answer(yes);
    expect(call.keys[0]).toBe('fault.ticketCreated');
  });

  it('zh-CN chat: "不是，我想投诉" at the read-back is not taken for "the address is wrong"', async () => {
    const { call, answer } = await dial('普通话', 'chat');
    await answer('停电了');
    await call.choose('no_account');
    await answer('没有');
    await answer('就我家');
    await answer('城关区人民路88号');
    await answer('全部没电');
    await answer('不是，我想投诉');
    expect(call.keys).toEqual(['common.notUnderstood', 'fault.readBackHelp']);
  });
});

describe('a yes that goes on with the business it is about is still a yes', () => {
  it.each([
    ['zh-CN', '普通话', '是的，我家停电了'],
    ['yue-HK', '廣東話', '係呀，我屋企冇電'],
    ['en-US', 'English', 'yes, my power is out'],
  ] as const)('%s voice (%s): "%s" confirms the account found by caller ID', async (_, language, words) => {
    const { call, answer } = await dial(language, 'voice', ZHANG_WEI.phone);
    await call.press('1');
    expect(call.keys.at(-1)).toBe('identity.confirmCaller');
    await answer(words);
    expect(call.keys[0]).toBe('identity.confirmed');
  });
});
