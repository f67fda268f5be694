/**
 * Reactions to what the caller told (N12, issue 14): Cantonese time words tell a long wait; a
 * repeated failure ("打了三次都没人管") wins over the wait said with it; one apology a turn; a
 * progress query (催办) told with a long wait is sorry for it first.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { repairFor } from '../support/work-orders.js';

const APOLOGY = /sorry|抱歉|對唔住|唔好意思/giu;

async function faultDescription(key: '0' | '3' | '2', words: string) {
  const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
  if (key === '0') await call.silence();
  else await call.press(key);
  await call.press('1'); // a fault
  await call.press('1'); // my account
  await call.press('2'); // no danger
  await call.press('1'); // home only
  await call.press('1'); // the home address
  await call.say(words);
  return call;
}

async function complaintStory(key: '0' | '3' | '2', words: string) {
  const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
  if (key === '0') await call.silence();
  else await call.press(key);
  await call.press('4'); // complaint or report
  await call.press('1'); // a complaint
  await call.say(words);
  return call;
}

describe('N12: the wait or the failure again, as callers say it', () => {
  it.each(['琴晚八點開始冇電', '尋晚已經冇電，到依家都未有', '成日冇電，屋企啲嘢全部用唔到'])('yue-HK voice: "%s" in a fault report is sorry for the wait first', async (words) => {
    const call = await faultDescription('3', words);
    expect(call.keys[0]).toBe('common.reactWait');
    expect(call.heard[0]).toBe('等咗咁耐，對唔住。');
  });

  it.each([
    ['0', '报修打了三次电话都没人管', 'complaint.reactAgain'],
    ['3', '報修打咗三次電話都冇人理', 'complaint.reactAgain'],
    ['2', "I've called three times about the outage and nobody came", 'complaint.reactAgain'],
  ] as const)('language key %s: "%s": the repeated failure, not the wait', async (key, words, reaction) => {
    const call = await complaintStory(key, words);
    expect(call.keys).toEqual([reaction, 'complaint.askWhen']);
  });
});

describe('N12: one apology a turn', () => {
  it.each([
    ["I want to make a complaint, the meter reader was really rude to my mother yesterday", 'complaint.empathy'],
    ["I want to make a complaint, the power has been off for two days and nobody came", 'complaint.reactWait'],
  ] as const)('en-US voice: a complaint told at the menu hears one apology before the next question', async (words, reaction) => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.press('2');
    await call.say(words);
    expect(call.keys[0]).toBe(reaction);
    expect(call.keys).not.toContain('complaint.reactStory');
    expect(call.said.match(APOLOGY)).toHaveLength(1);
  });
});

describe('N12: 催办 told with a long wait', () => {
  function clock() {
    let at = new Date('2026-11-25T02:00:00Z');
    return { now: () => at, advance: (minutes: number) => (at = new Date(at.getTime() + minutes * 60_000)) };
  }

  it('zh-CN voice: "我上午报修的到现在还没人来" at "what would you like to check?": sorry for the wait, then the progress', async () => {
    const time = clock();
    const engine = await openTestEngine({ now: time.now });
    await engine.stores.services.workOrders.create(repairFor(ZHANG_WEI.phone));
    time.advance(30);
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('2'); // a query
    await call.say('我上午报修的到现在还没人来');
    expect(call.keys).toEqual(['common.reactWait', 'query.progressRepair', 'query.offerExpedite']);
    expect(call.heard[0]).toBe('让您久等了，抱歉。');
  });

  it('yue-HK voice: a repair past its promise apologises once, in its own words', async () => {
    const time = clock();
    const engine = await openTestEngine({ now: time.now });
    const order = await engine.stores.services.workOrders.create(repairFor(ZHANG_WEI.phone));
    time.advance(order.promisedArrivalMinutes + 20);
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.press('3');
    await call.press('2'); // a query
    await call.say('我想查下報修進度，我朝早報咗修，到而家仲未有人嚟');
    expect(call.keys).toEqual(['query.progressRepairLate', 'query.offerExpedite']);
    expect(call.said.match(APOLOGY)).toHaveLength(1);
  });

  it('en-US voice: no proven number: sorry for the wait before the ticket question', async () => {
    const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null, locale: 'en-US', params: { language: 'chosen' } });
    await call.choose('query');
    await call.type("I reported a fault this morning and still nobody has come");
    expect(call.keys).toEqual(['common.reactWait', 'query.askTicket']);
  });
});
