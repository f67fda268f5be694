/**
 * What the caller said first is kept and not asked again (issue 9 item 2, N8, N12): the story an
 * angry caller tells at the menu is the complaint's "what happened" (apologised for, N12, and not
 * followed by "请您说一下发生了什么事情"). Calls in zh-CN, yue-HK and en-US, voice and chat.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

async function atMenu(language: string, channel: Channel) {
  const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE, channel });
  const answer = (words: string) => (channel === 'voice' ? call.say(words) : call.type(words));
  await answer(language);
  expect(call.state).toBe('menu.full');
  return { call, answer };
}

describe('the story told at the menu is the complaint (N12, N8)', () => {
  it.each([
    ['zh-CN', 'voice', '普通话', '你们这什么破服务，我家停电三天了，报修了好几次都没人来修', 'complaint.askWhen'],
    // The story says when (今日): not asked again either (N8, issue 14); where is next.
    ['yue-HK', 'chat', '廣東話', '我想投訴，你哋啲師傅講好今日嚟修，等咗成日都冇人嚟', 'complaint.askWhere'],
    ['en-US', 'voice', 'English', 'I want to complain, the bill is wrong again and nobody answers my emails', 'complaint.askWhen'],
  ] as const)('%s %s: the story is not asked for again; the next question is the first it did not answer', async (_, channel, language, story, next) => {
    const { call, answer } = await atMenu(language, channel);
    await answer(story);
    // One apology a turn (N12, issue 14): the one for the wait or the failure again, else the empathy.
    expect(call.keys[0]).toMatch(/^complaint\.(empathy|react)/);
    expect(call.keys.filter((key) => /^complaint\.(empathy|react)/.test(key))).toHaveLength(1);
    expect(call.keys.at(-1)).toBe(next);
    expect(call.keys).not.toContain('complaint.askWhat');
  });

  it('zh-CN voice: a bare "我要投诉" tells nothing yet: what happened is asked', async () => {
    const { call, answer } = await atMenu('普通话', 'voice');
    await answer('我要投诉');
    expect(call.keys).toEqual(['complaint.empathy', 'complaint.askWhat']);
  });
});
