import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import type { Locale } from '../../src/core/locale.js';

async function reportCall(from: string | null = ZHANG_WEI.phone) {
  const call = await Call.dial(await openTestEngine(), { from });
  await call.silence();
  // A report that names no kind: the type is asked ("我要举报有人偷电" skips it: report-said-once.test.ts).
  await call.say('我要举报');
  return call;
}

/** A report in chat, with no number of the chat's own, as far as "what happened?". */
async function chatReport(locale: Locale, type: 'theft' | 'misconduct') {
  const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null, locale, params: { language: 'chosen' } });
  await call.choose('complaint_or_report');
  await call.choose('report');
  await call.choose(type);
  expect(call.keys, locale).toEqual(['report.askDetails']);
  return call;
}

async function orderOf(call: Call) {
  return call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
}

describe('reports (举报, N9)', () => {
  it('N8: an anonymous report of electricity theft is read back as what, where and when, keeps no number or account', async () => {
    const call = await reportCall();
    expect(call.keys).toEqual(['report.askType']);
    await call.press('1'); // theft
    expect(call.keys).toEqual(['report.askDetails']);
    await call.say('东山镇新街有户人家私拉电线 晚上最明显');
    expect(call.keys).toEqual(['report.askAnonymous']);
    await call.press('1'); // anonymous
    // Where and when were in the story: not asked again, summarised, and no number to read back.
    expect(call.keys).toEqual(['report.readBack', 'report.readBackWhen', 'common.isThatRight']);
    expect(call.heard.slice(0, 2)).toEqual(['核对一下：您举报有人窃电，在东山镇新街。', '时间是晚上。']);
    await call.press('1');
    expect(call.keys).toEqual(['report.recorded', 'ticket.again', 'ticket.offerAgain']);
    const order = await orderOf(call);
    expect(order).toMatchObject({ kind: 'report', subtype: 'theft', anonymous: true, phone: null, account: null });
    expect(order?.description).toBe('东山镇新街有户人家私拉电线 晚上最明显');
  });

  it('N8: a named report by phone: where asked when not told, the caller\'s own number read back with it', async () => {
    const call = await reportCall();
    await call.press('2'); // misconduct
    await call.say('抄表员收钱不开票');
    expect(call.keys).toEqual(['report.askWhere']);
    await call.say('在城关区人民路营业厅');
    await call.press('2'); // not anonymous
    // No time was said: none is read back.
    expect(call.keys).toEqual(['report.readBack', 'common.readBackContact', 'common.isThatRight']);
    expect(call.heard.slice(0, 2)).toEqual(['核对一下：您举报工作人员违规，在城关区人民路营业厅。', '联系电话幺三八 零零幺三 八零零零。']);
    await call.press('1');
    expect(await orderOf(call)).toMatchObject({ kind: 'report', subtype: 'misconduct', anonymous: false, phone: ZHANG_WEI.phone });
  });

  it('N8: a named report from a withheld number asks for one, by keypad, and reads it back', async () => {
    const call = await reportCall(null);
    await call.press('1'); // theft
    await call.say('昨天晚上十点多看到有人在城关区人民路88号接线');
    await call.press('2'); // not anonymous
    expect(call.keys).toEqual(['danger.askContact']);
    await call.press('13912345678');
    expect(call.keys).toEqual(['report.readBack', 'report.readBackWhen', 'common.readBackContact', 'common.isThatRight']);
    expect(call.said).toContain('在城关区人民路88号。 时间是昨天晚上十点多。 联系电话幺三九 幺二三四 五六七八。');
    await call.press('1');
    expect(await orderOf(call)).toMatchObject({ kind: 'report', subtype: 'theft', anonymous: false, phone: '+8613912345678' });
  });

  it('N8: a named report in chat without a number, in all three locales: the number asked, the read-back a summary', async () => {
    for (const [locale, story, readBack] of [
      ['zh-CN', '东山镇新街有户人家私拉电线，晚上最明显', '核对一下：您举报有人窃电，在东山镇新街。 时间是晚上。 联系电话139 1234 5678。 对吗？'],
      ['yue-HK', '琴日夜晚十點幾見到有人喺東山鎮新街駁電', '核對吓：你舉報有人偷電，喺東山鎮新街。 時間係琴日夜晚十點幾。 聯絡電話139 1234 5678。 啱唔啱？'],
      ['en-US', 'I saw someone tapping the line at 12 Jiefang Street last night around 10 pm', "Let me check: you're reporting electricity theft at 12 Jiefang Street. That was last night around 10 pm. Contact number 139 1234 5678. Is that right?"],
    ] as const) {
      const call = await chatReport(locale, 'theft');
      await call.type(story);
      expect(call.keys, locale).toEqual(['report.askAnonymous']);
      await call.choose('named');
      expect(call.keys, locale).toEqual(['danger.askContact']);
      await call.type('13912345678');
      expect(call.keys, locale).toEqual(['report.readBack', 'report.readBackWhen', 'common.readBackContact', 'common.isThatRight']);
      expect(call.said, locale).toBe(readBack);
      await call.choose('yes');
      const order = await orderOf(call);
      expect(order, locale).toMatchObject({ kind: 'report', subtype: 'theft', anonymous: false, phone: '+8613912345678', description: story });
    }
  });

  it('N8: voice in Cantonese and English: the place asked for, the caller ID read back in the caller\'s language', async () => {
    for (const [locale, story, where, expected] of [
      ['yue-HK', '抄錶嘅師傅收錢唔開單', '城關區人民路營業廳', ['核對吓：你舉報工作人員違規，喺城關區人民路營業廳。', '聯絡電話一三八 零零一三 八零零零。']],
      ['en-US', 'the meter reader took cash without a receipt', 'the service hall on Renmin Road', ["Let me check: you're reporting staff misconduct at the service hall on Renmin Road.", 'Contact number 1 3 8, 0 0 1 3, 8 0 0 0.']],
    ] as const) {
      const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone, locale });
      await call.silence(); // the language the call came in on
      await call.press('4'); // complaint or report
      await call.press('2'); // report
      await call.press('2'); // misconduct
      await call.say(story);
      expect(call.keys, locale).toEqual(['report.askWhere']);
      await call.say(where);
      await call.press('2'); // not anonymous
      expect(call.keys, locale).toEqual(['report.readBack', 'common.readBackContact', 'common.isThatRight']);
      expect(call.heard.slice(0, 2), locale).toEqual(expected);
    }
  });
});
