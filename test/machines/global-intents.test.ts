/**
 * Global intents at every question (issue 9 item 3): a goodbye closes politely (N20), an agent or
 * the supervisor takes over with what was collected (N24), repeat, a language switch (N4), and a
 * new need at "anything else?" is served at once. Calls in zh-CN, yue-HK and en-US, voice and chat.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

/** 11:00 in Shanghai: the day shift is on duty. */
const DAYTIME = () => new Date('2026-11-25T03:00:00Z');

async function dial(language: string, channel: Channel = 'voice', from: string = UNKNOWN_PHONE) {
  const call = await Call.dial(await openTestEngine({ now: DAYTIME }), { from, channel });
  const answer = (words: string) => (call.channel === 'voice' ? call.say(words) : call.type(words));
  await answer(language);
  return { call, answer };
}

/** An unidentified caller's fault report up to the read-back (城关区: no outage). */
async function faultToReadBack(language: '普通话' | 'English', channel: Channel) {
  const { call, answer } = await dial(language, channel);
  const zh = language === '普通话';
  await answer(zh ? '我家停电了' : 'my power is out');
  await call.press('9'); // no account number
  await answer(zh ? '没有' : 'no'); // no danger
  await answer(zh ? '整栋楼都没电' : 'the whole building');
  await answer(zh ? '城关区人民路1号' : '1 Renmin Road Chengguan');
  expect(call.keys).toEqual(['fault.askDescription']);
  await answer(zh ? '全部没电，一点声音都没有' : 'no power at all');
  expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
  return { call, answer };
}

async function ordersOf(call: Call) {
  return call.engine.stores.services.workOrders.list({});
}

describe('goodbye at any question (N20)', () => {
  it('zh-CN voice: "没事了，再见" while describing the fault is no description: closed politely, what was given kept', async () => {
    const { call, answer } = await dial('普通话');
    await answer('我家停电了');
    await call.press('9');
    await answer('没有');
    await answer('只有我家');
    await answer('城关区人民路1号');
    expect(call.keys).toEqual(['fault.askDescription']);
    await answer('没事了，再见');
    expect(call.keys).toEqual(['closing.goodbye']);
    expect(call.turn.end?.type).toBe('hangup');
    const orders = await ordersOf(call);
    expect(orders).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'abandoned', scope: 'home', address: '城关区人民路1号', description: '' })]));
  });

  it.each([
    ['zh-CN chat', '普通话', 'chat', '没有了，谢谢'],
    ['en-US voice', 'English', 'voice', 'no that is all'],
    ['en-US chat', 'English', 'chat', "that's it, thanks"],
    ['yue-HK voice', '廣東話', 'voice', '冇嘢喇，唔該晒'],
  ] as const)('%s: "%s" at "anything else?" ends the call with the closing phrase', async (_, language, channel, words) => {
    const { call, answer } = await dial(language, channel);
    await answer(language === 'English' ? 'check the planned outages' : '停电计划');
    await call.press('9'); // no account
    await answer('城关区');
    expect(call.keys.at(-1)).toBe('closing.anythingElse');
    await answer(words);
    expect(call.keys).toEqual(['closing.goodbye']);
  });
});

describe('a person takes over with what was collected (N24)', () => {
  it('zh-CN voice: "转人工" at the read-back: the report is saved and its ticket goes with the transfer', async () => {
    const { call, answer } = await faultToReadBack('普通话', 'voice');
    await answer('算了，帮我转人工');
    expect(call.keys).toEqual(['transfer.toAgent']);
    expect(call.turn.end?.type).toBe('transfer');
    const orders = await ordersOf(call);
    expect(orders).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'repair', scope: 'building', description: '全部没电，一点声音都没有' })]),
    );
  });

  it('en-US chat: "get me your supervisor" at the read-back: the supervisor\'s summary holds the fault', async () => {
    const { call, answer } = await faultToReadBack('English', 'chat');
    await answer('get me your supervisor');
    expect(call.turn.end?.type).toBe('escalate');
    const end = call.turn.end as { summary?: string };
    expect(end.summary).toContain('scope building');
    expect(end.summary).toContain('no power at all');
    expect(end.summary).toMatch(/ticket \d+ \(repair, not finished\)/);
  });
});

describe('repeat and language switch at any question (N4)', () => {
  it('yue-HK voice: "再講一次" says the scope question again; "English please" switches and asks it in English', async () => {
    const { call, answer } = await dial('廣東話');
    await answer('屋企冇電');
    await call.press('9');
    await answer('冇');
    expect(call.keys).toEqual(['fault.askScope']);
    await answer('唔該再講一次');
    expect(call.keys).toEqual(['fault.askScope']);
    await answer('English please');
    expect(call.keys).toEqual(['common.languageSwitched', 'fault.askScope']);
    expect(call.turn.locale).toBe('en-US');
    await answer('the whole building');
    expect(call.keys).toEqual(['fault.askAddress']);
  });
});

describe('a new need at "anything else?"', () => {
  it.each([
    ['zh-CN voice', '普通话', 'voice', '我还想投诉一下抢修太慢', 'complaint.empathy'],
    ['en-US chat', 'English', 'chat', 'I also want to report a power failure at my mum\'s place', 'identity.askAccount'],
  ] as const)('%s: "%s" is served at once, not asked yes or no', async (_, language, channel, need, first) => {
    const { call, answer } = await dial(language, channel);
    await answer(language === 'English' ? 'check the planned outages' : '停电计划');
    await call.press('9');
    await answer('城关区');
    expect(call.keys.at(-1)).toBe('closing.anythingElse');
    await answer(need);
    expect(call.keys[0]).toBe(first);
  });
});
