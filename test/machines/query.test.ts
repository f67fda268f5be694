import { describe, expect, it } from 'vitest';
import { Call, CHEN_QIANG, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';

async function queryCall(from: string) {
  const call = await Call.dial(await openTestEngine(), { from });
  await call.silence();
  await call.press('2');
  return call;
}

describe('information queries (N9)', () => {
  it('an identified customer hears the balance and the last bill', async () => {
    const call = await queryCall(ZHANG_WEI.phone);
    expect(call.keys).toEqual(['query.askWhich']);
    await call.press('1');
    await call.press('1'); // yes, my account
    expect(call.keys).toEqual(['query.statement', 'query.lastBill', 'closing.anythingElse']); // the balance itself says the account was found (N2)
    expect(call.turn.prompts[0]?.values).toMatchObject({
      balance: expect.any(Number),
      billAmount: expect.any(Number),
      billKwh: expect.any(Number),
    });
  });

  it('"查电费" at the menu goes straight to the bill', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.say('我想查一下电费');
    expect(call.keys).toEqual(['identity.callerAccount', 'identity.confirmCaller']);
    expect(call.state).toBe('query.bill.identity.confirmCaller');
  });

  it('a caller who cannot be identified is told how to find the bill', async () => {
    const call = await queryCall(UNKNOWN_PHONE);
    await call.press('1');
    await call.press('9'); // no account number
    expect(call.keys).toEqual(['query.needAccount', 'closing.anythingElse']);
  });

  it('N10, N8: an outage in force is told as a fault under repair with its restore time, never as "planned", in every locale', async () => {
    for (const [locale, key, heard] of [
      ['zh-CN', '1', /^东山镇线路故障正在抢修，预计.+来电。/],
      ['yue-HK', '3', /^東山鎮線路故障搶修緊，預計.+有電。/],
      ['en-US', '2', /^Our crew is repairing a line fault in Dongshan Town\. Power should be back by .+\./],
    ] as const) {
      const call = await Call.dial(await openTestEngine(), { from: CHEN_QIANG.phone });
      await call.press(key);
      expect(call.keys, locale).toEqual(['fault.knownOutageFault', 'outage.offer']); // told at once (issue 14 item 6)
      await call.press('2'); // something else
      await call.press('2'); // a query
      await call.press('2'); // the outage schedule
      await call.press('1'); // yes, my account
      expect(call.keys, locale).toEqual(['identity.confirmed', 'query.outageUnderRepair', 'closing.anythingElse']);
      expect(call.turn.prompts[1]?.values, locale).toMatchObject({ area: '东山镇' });
      expect(call.heard[1], locale).toMatch(heard);
      expect(call.said, locale).not.toMatch(/计划|計劃|planned|will be off/i);
    }
  });

  it('the planned outage scheduled in the customer\'s area is announced with its times', async () => {
    const call = await queryCall(ZHANG_WEI.phone);
    await call.press('2');
    await call.press('1');
    expect(call.keys[1]).toBe('query.outageScheduled');
    const { outagePeriod, area } = call.turn.prompts[1]?.values ?? {};
    const [outageStart, restoreAt] = String(outagePeriod).split('/');
    expect(area).toBe('城关区');
    expect(Date.parse(String(outageStart))).toBeGreaterThan(Date.now());
    expect(Date.parse(String(restoreAt))).toBeGreaterThan(Date.parse(String(outageStart)));
  });

  it('an unidentified caller names the area; an area with nothing planned hears so', async () => {
    const call = await queryCall(UNKNOWN_PHONE);
    await call.press('2');
    await call.press('9');
    expect(call.keys).toEqual(['query.askArea']);
    await call.say('我想查一下西河乡');
    expect(call.keys).toEqual(['query.noOutageScheduled', 'closing.anythingElse']);
    expect(call.said).toMatch(/^经查询，西河乡近期没有停电安排。/); // N8: the area the answer is for
  });

  it('N8: a place in no known area is not told "no outage": the place is said back, in every locale', async () => {
    for (const [locale, key, place, heard] of [
      ['zh-CN', '1', '嗯 就在火星镇那边', /^很抱歉，没有查到火星镇的停电信息。/],
      ['yue-HK', '3', '喺火星鎮嗰度', /^唔好意思，查唔到火星鎮嘅停電資訊。/],
      ['en-US', '2', "it's Mars Town please", /^I'm sorry, I couldn't find outage information for Mars Town\./],
    ] as const) {
      const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
      await call.press(key);
      await call.press('2'); // a query
      await call.press('2'); // the outage schedule
      await call.press('9'); // no account number
      await call.say(place);
      expect(call.keys, locale).toEqual(['query.areaNotFound', 'closing.anythingElse']);
      expect(call.said, locale).toMatch(heard);
    }
  });
});
