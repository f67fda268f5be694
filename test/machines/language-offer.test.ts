/**
 * The language offer understands a need (issue 9 item 4, N4): a caller who speaks (or types) a need
 * at "普通话请按1, For English press 2, 廣東話請按3" has chosen the language they said it in, and
 * is served that need at once: no "not understood", no ladder to an agent. Words that name no need
 * still choose their language (the menu in it). Voice and chat, in the three locales.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

async function dial(channel: Channel) {
  const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE, channel });
  expect(call.state).toBe('greeting.chooseLanguage');
  const answer = (words: string) => (channel === 'voice' ? call.say(words) : call.type(words));
  return { call, answer };
}

describe('a need said at the language offer chooses the language and is served at once (N4)', () => {
  it.each([
    ['zh-CN', 'voice', '喂，你好，我家停电了', 'faultReport.identity.askAccount', 'identity.askAccount'],
    ['en-US', 'voice', 'I want to complain, the bill is wrong', 'complaint.askWhat', 'complaint.askWhat'],
    ['yue-HK', 'voice', '我想投訴，張單計錯咗', 'complaint.askWhat', 'complaint.askWhat'],
    ['en-US', 'chat', 'hi, my power is out', 'faultReport.identity.askAccount', 'identity.askAccount'],
    ['yue-HK', 'chat', '屋企冇電呀，點算', 'faultReport.identity.askAccount', 'identity.askAccount'],
    ['zh-CN', 'chat', '帮我查一下这个月的电费', 'query.bill.identity.askAccount', 'identity.askAccount'],
  ] as const)('%s %s: "%s" goes to the need in that language', async (locale, channel, words, state, key) => {
    const { call, answer } = await dial(channel);
    await answer(words);
    expect(call.turn.locale).toBe(locale);
    expect(call.state).toBe(state);
    expect(call.keys).toContain(key);
    expect(call.keys).not.toContain('common.notHeard');
  });

  it('yue-HK voice: the Cantonese caller who said a fault hears the rest in Cantonese and files it', async () => {
    const { call, answer } = await dial('voice');
    await answer('喂，我屋企冇電喎');
    await call.press('9'); // no account number
    expect(call.turn.locale).toBe('yue-HK');
    expect(call.keys).toContain('fault.askDanger');
    expect(call.said).toMatch(/觸電/);
  });

  it.each([
    ['en-US', 'voice', 'hello, can you hear me'],
    ['yue-HK', 'chat', '你好，唔該'],
    ['zh-CN', 'voice', '喂，你好'],
  ] as const)('%s %s: "%s" names no need: the menu, in the language it was said in', async (locale, channel, words) => {
    const { call, answer } = await dial(channel);
    await answer(words);
    expect(call.turn.locale).toBe(locale);
    expect(call.state).toBe('menu.full');
    expect(call.keys).not.toContain('common.notHeard');
  });

  it.each([
    ['yue-HK', 'voice', '條電線跌咗落地呀，仲喺度閃火', /電線/],
    ['en-US', 'chat', 'there is a wire down in the street and it is sparking', /wire/i],
    ['zh-CN', 'voice', '电线掉下来了，还在冒火花', /电线/],
  ] as const)('N10, N4: %s %s: danger said at the language offer is handled in the language it was said in', async (locale, channel, words, advice) => {
    const { call, answer } = await dial(channel);
    await answer(words);
    expect(call.turn.locale).toBe(locale);
    expect(call.state).toMatch(/^danger\./);
    expect(call.said).toMatch(advice);
  });

  it('a language named still wins over the language it is said in: "can I speak Mandarin" is Mandarin', async () => {
    const { call, answer } = await dial('voice');
    await answer('can I speak Mandarin please');
    expect(call.turn.locale).toBe('zh-CN');
    expect(call.state).toBe('menu.full');
  });
});
