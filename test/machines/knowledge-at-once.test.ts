/**
 * A question the knowledge base answers is answered at once, wherever it is asked (issue 9 item 2,
 * N8, N11): named at the language offer, at the menu ("装充电桩要什么材料"), as the question asked
 * at the consultation, or at "anything else?", the caller hears the answer, not the six-item topic
 * menu, and is not promised a 24-hour callback. Calls in zh-CN, yue-HK and en-US, voice and chat.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

/** The tariff answered: the three tiers, then the time-of-use rates offered, not read (issue 14). */
const PRICES = ['kb.prices', 'kb.pricesTiers', 'kb.offerTimeOfUse'];

async function dial(channel: Channel) {
  const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE, channel });
  const answer = (words: string) => (channel === 'voice' ? call.say(words) : call.type(words));
  return { call, answer };
}

async function atMenu(language: string, channel: Channel) {
  const { call, answer } = await dial(channel);
  await answer(language);
  expect(call.state).toBe('menu.full');
  return { call, answer };
}

async function callbacks(call: Call) {
  return call.engine.stores.services.callbacks.list({});
}

describe('a topic named at the menu is answered at once, no topic menu (N8, N11)', () => {
  it.each([
    ['zh-CN', 'voice', '普通话', '装充电桩要什么材料', ['kb.evCharger', 'consultation.offerApplication']],
    ['zh-CN', 'chat', '普通话', '我想了解一下峰谷电价', PRICES],
    ['yue-HK', 'voice', '廣東話', '想問下階梯電價點計', PRICES],
    ['yue-HK', 'chat', '廣東話', '我想問下過戶要帶啲咩', ['kb.nameTransfer', 'consultation.offerApplication']],
    ['en-US', 'chat', 'English', 'how does the time of use tariff work', PRICES],
    ['en-US', 'voice', 'English', 'what do I need to install an EV charger at home', ['kb.evCharger', 'consultation.offerApplication']],
  ] as const)('%s %s (chosen by saying %s): the caller says "%s" and hears the answer', async (_, channel, language, words, keys) => {
    const { call, answer } = await atMenu(language, channel);
    await answer(words);
    expect(call.keys).toEqual(keys);
    expect(call.keys).not.toContain('consultation.askTopic');
  });

  it('zh-CN voice: the answer goes on to the offer, and "好的" registers the application there', async () => {
    const { call, answer } = await atMenu('普通话', 'voice');
    await answer('我想装个充电桩，要准备什么');
    expect(call.keys).toEqual(['kb.evCharger', 'consultation.offerApplication']);
    await answer('好的');
    expect(call.keys).toEqual(['consultation.askAddress']);
  });

  it('zh-CN voice: a consultation without a topic still offers the topic menu', async () => {
    const { call, answer } = await atMenu('普通话', 'voice');
    await answer('我想咨询一下');
    expect(call.keys).toEqual(['consultation.askTopic']);
  });
});

describe('a topic named at the language offer is answered in the language it was said in (N4, N11)', () => {
  it.each([
    ['zh-CN', 'voice', '喂，你好，我想问一下阶梯电价怎么算'],
    ['yue-HK', 'chat', '你好，想問下峰谷電價係點計嘅'],
    ['en-US', 'voice', 'hi, I have a question about the tiered prices'],
  ] as const)('%s %s: "%s" is answered at once', async (locale, channel, words) => {
    const { call, answer } = await dial(channel);
    await answer(words);
    expect(call.turn.locale).toBe(locale);
    expect(call.keys).toContain('kb.prices');
    expect(call.keys).not.toContain('consultation.askTopic');
    expect(call.keys.at(-1)).toBe('kb.offerTimeOfUse');
  });
});

describe('the question asked at the consultation is answered when the knowledge base holds it, not a callback (N11)', () => {
  it.each([
    ['zh-CN', 'chat', '普通话', '阶梯电价怎么算的', PRICES],
    ['yue-HK', 'voice', '廣東話', '我想問下電唔夠用，點樣增容', ['kb.capacityIncrease', 'consultation.offerApplication']],
    ['en-US', 'voice', 'English', 'how do I put the account in my name, I just bought the flat', ['kb.nameTransfer', 'consultation.offerApplication']],
  ] as const)('%s %s (%s): "other question", then "%s": answered', async (_, channel, language, question, keys) => {
    const { call, answer } = await atMenu(language, channel);
    await call.press('3');
    expect(call.keys).toEqual(['consultation.askTopic']);
    await call.choose('other_question');
    expect(call.keys).toEqual(['consultation.askQuestion']);
    await answer(question);
    expect(call.keys).toEqual(keys);
    expect(await callbacks(call)).toEqual([]);
  });

  it('zh-CN voice: a question the knowledge base does not hold is still promised a callback (N11)', async () => {
    const { call, answer } = await atMenu('普通话', 'voice');
    await call.press('3');
    await call.choose('other_question');
    await answer('我想问一下家里屋顶装光伏发电能不能卖给你们');
    // The number is read back before the callback is promised (N8; audit 2, finding 5).
    expect(call.keys).toEqual(['consultation.confirmContact']);
    await call.press('1');
    expect(call.keys).toEqual(['consultation.callbackPromised', 'closing.anythingElse']);
    expect(await callbacks(call)).toHaveLength(1);
  });
});

describe('a topic named at "anything else?" is answered at once (N11, N20)', () => {
  it.each([
    ['zh-CN', 'voice', '普通话', '我还想问一下过户需要什么材料', ['kb.nameTransfer', 'consultation.offerApplication']],
    ['yue-HK', 'chat', '廣東話', '仲想問下裝充電樁要咩文件', ['kb.evCharger', 'consultation.offerApplication']],
    ['en-US', 'chat', 'English', 'also what are the peak and off peak prices', PRICES],
  ] as const)('%s %s (%s): after one answer, "%s" is answered too', async (_, channel, language, words, keys) => {
    const { call, answer } = await atMenu(language, channel);
    await call.press('3');
    await call.press('1');
    expect(call.keys).toEqual(PRICES);
    await call.press('2'); // no time-of-use rates
    expect(call.keys).toEqual(['closing.anythingElse']);
    await answer(words);
    expect(call.keys).toEqual(keys);
    expect(await callbacks(call)).toEqual([]);
  });

  it('zh-CN chat: the topic named first is answered once; the consultation chosen again by key offers the menu', async () => {
    const { call, answer } = await atMenu('普通话', 'chat');
    await answer('峰谷电价怎么收费');
    expect(call.keys).toEqual(PRICES);
    await call.choose('yes');
    expect(call.keys).toEqual(['kb.timeOfUse', 'closing.anythingElse']);
    await answer('还有');
    expect(call.state).toBe('menu.full');
    await call.press('3');
    expect(call.keys).toEqual(['consultation.askTopic']);
  });
});

describe('"电价是多少" hears the three tiers briefly, and the time-of-use rates are offered, not read (issue 14, N2, N11)', () => {
  it.each([
    ['zh-CN', 'voice', '普通话', '电价是多少', ['每月230度以内，每度0.538元', '231到400度0.588元，400度以上0.838元', '峰谷电价请按1，不用请按2'], '早8点到晚10点每度0.568元'],
    ['zh-CN', 'chat', '普通话', '电价是多少', ['每月230度以内每度0.538元，231到400度每度0.588元，400度以上每度0.838元', '峰谷电价', '需要了解峰谷电价吗'], '其余时间每度0.288元'],
    ['yue-HK', 'voice', '廣東話', '而家電價幾錢一度', ['每月230度以內，每度0.538元', '231到400度0.588元，400度以上0.838元', '峰谷電價請按1，唔使請按2'], '朝早8點到夜晚10點每度0.568元'],
    ['en-US', 'voice', 'English', 'how much is the electricity price', ['up to 230 kilowatt-hours a month, 0.538 yuan', 'From 231 to 400, 0.588 yuan; above 400, 0.838 yuan', 'press 1. If not, press 2'], '0.568 yuan a unit from 8 a.m. to 10 p.m.'],
    ['en-US', 'chat', 'English', 'how much is the electricity price', ['231 to 400 kWh, 0.588 yuan; above 400 kWh, 0.838 yuan', 'night-time', 'time-of-use rates?'], '0.288 yuan at other times'],
  ] as const)('%s %s: the tiers with their bounds and prices, then the time-of-use rates on request', async (_, channel, language, words, tiers, timeOfUse) => {
    const { call, answer } = await atMenu(language, channel);
    await answer(words);
    expect(call.keys).toEqual(PRICES);
    tiers.forEach((part, i) => expect(call.heard[i]).toContain(part));
    await (channel === 'voice' ? call.press('1') : call.choose('yes'));
    expect(call.keys).toEqual(['kb.timeOfUse', 'closing.anythingElse']);
    expect(call.heard[0]).toContain(timeOfUse);
  });

  it('zh-CN voice: 2 at the offer goes on to "anything else?", which names its keys (N7)', async () => {
    const { call, answer } = await atMenu('普通话', 'voice');
    await answer('电价是多少');
    await call.press('2');
    expect(call.keys).toEqual(['closing.anythingElse']);
    expect(call.heard[0]).toBe('请问还有什么可以帮您？有请按1，没有请按2。');
  });
});
