/**
 * A caller with two accounts on his number chooses one by its address, as he would tell an agent
 * (issue 14, N8): "底商那个", "建設路6號底商嗰個", "the shop" are the account at 城南区建设路6号底商;
 * a key said still works.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine } from '../support/call.js';

/** 王芳 (docs/demo-data.md): 3100234561 at 城南区建设路6号1栋, 3100234562 at …6号底商. */
const WANG_FANG = '+8613700137000';
const FLAT = '3100234561';
const SHOP = '3100234562';

async function twoAccounts(key: '0' | '3' | '2') {
  const call = await Call.dial(await openTestEngine(), { from: WANG_FANG });
  if (key === '0') await call.silence();
  else await call.press(key);
  await call.press('1'); // a fault
  expect(call.keys).toEqual(['identity.twoAccounts', 'identity.chooseAccount', 'identity.chooseAccountKeys']);
  return call;
}

describe('N8: the account chosen by the words of its address', () => {
  it.each([
    ['zh-CN', '0', '底商那个', SHOP],
    ['zh-CN', '0', '是1栋那个', FLAT],
    ['yue-HK', '3', '建設路6號底商嗰個', SHOP],
    ['en-US', '2', 'the shop', SHOP],
    ['en-US', '2', "it's the flat", FLAT],
    ['zh-CN', '0', '按1', FLAT],
    ['zh-CN', '0', '前面那个，建设路那个', FLAT], // a road makes it a place; the words choose
    ['en-US', '2', 'press 2', SHOP],
  ] as const)('%s voice (language key %s): "%s" chooses %s', async (_locale, key, words, account) => {
    const call = await twoAccounts(key);
    await call.say(words);
    expect(call.keys[0]).toBe('identity.confirmed');
    expect(call.turn.prompts.find((p) => p.values?.account)?.values?.account).toBe(account);
  });

  it('zh-CN voice: words that name neither address are asked again', async () => {
    const call = await twoAccounts('0');
    await call.say('建设路6号');
    expect(call.keys).not.toContain('identity.confirmed');
    expect(call.state).toMatch(/chooseAccount$/);
  });
});
