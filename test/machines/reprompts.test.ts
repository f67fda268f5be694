/**
 * Reprompts that help (issue 9 item 5, N7): silence, speech heard unclearly, clear words not
 * understood and a key that answers nothing are each told their own way, and the first reprompt
 * already guides (what can be said or pressed, with an example) instead of repeating the question.
 * In chat nothing says "did not hear": it was typed. Calls in zh-CN, yue-HK and en-US, voice and chat.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

async function atMenu(language: string, channel: Channel = 'voice') {
  const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE, channel });
  const answer = (words: string) => (channel === 'voice' ? call.say(words) : call.type(words));
  await answer(language);
  expect(call.state).toBe('menu.full');
  return { call, answer };
}

describe('each miss is told its own way, then guided (N7)', () => {
  it('zh-CN voice: silence is "没有听到", not "没有听清楚"; the help follows, not the menu again', async () => {
    const { call } = await atMenu('普通话');
    await call.silence();
    expect(call.keys).toEqual(['common.noInput', 'menu.mainHelp']);
    expect(call.said).toContain('没有听到');
    expect(call.said).not.toContain('听清楚');
  });

  it('zh-CN voice: "对不起，我没有听清楚" only for speech the recognizer was unsure of', async () => {
    const { call } = await atMenu('普通话');
    await call.say('嗯那个就是', 0.1);
    expect(call.keys).toEqual(['common.notHeard', 'menu.mainHelp']);
    expect(call.said).toContain('对不起，我没有听清楚');
  });

  it('en-US voice: clear words not understood are "didn\'t understand", with an example of what to say', async () => {
    const { call, answer } = await atMenu('English');
    await answer("what's the weather like today");
    expect(call.keys).toEqual(['common.notUnderstood', 'menu.mainHelp']);
    expect(call.said).toMatch(/understand/);
    expect(call.said).not.toMatch(/catch|hear/);
  });

  it('yue-HK voice: a key that is no choice says so; a key at a spoken question says just say it', async () => {
    const { call, answer } = await atMenu('廣東話');
    await answer('我屋企冇電');
    await call.press('9'); // no account number
    expect(call.keys).toContain('fault.askDanger');
    await call.press('7');
    expect(call.keys).toEqual(['common.wrongKey', 'fault.askDangerHelp']);
    await call.press('2'); // no danger
    await call.press('1'); // only my home
    expect(call.keys).toEqual(['fault.askAddress']);
    await call.press('5');
    expect(call.keys).toEqual(['common.sayIt', 'fault.askAddressHelp']);
    expect(call.said).toContain('直接講');
  });

  it.each([
    ['zh-CN', '普通话', '今天天气怎么样', /没有看明白/, /收到您的消息/],
    ['en-US', 'English', 'what is the weather like', /understand/, /received your message/],
    ['yue-HK', '廣東話', '今日天氣點呀', /明白/, /收到你嘅訊息/],
  ] as const)('%s chat: typed words not understood and a silent chat are told as writing, never "not heard"', async (_, language, words, notUnderstood, nothingYet) => {
    const { call, answer } = await atMenu(language, 'chat');
    await answer(words);
    expect(call.keys).toEqual(['common.notUnderstood', 'menu.mainHelp']);
    expect(call.said).toMatch(notUnderstood);
    expect(call.said).not.toMatch(/听|聽|hear|catch/);
    await call.silence();
    expect(call.keys).toEqual(['common.noInput', 'menu.mainHelp']);
    expect(call.said).toMatch(nothingYet);
  });
});
