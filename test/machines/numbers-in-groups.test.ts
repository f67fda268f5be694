/**
 * Issue 14 item 2 (N8): every number the engine acts on is read back in groups, digit by digit, as a
 * 95598 agent reads it (a mobile 3-4-4, a landline with its area code apart, a ticket in threes and
 * fours), and the callback number may be a landline with its area code, said or keyed in.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { firstKeyAlone, restOfNumberTwiml } from '../../src/channels/twilio/twiml.js';

const LANGUAGE_KEY: Record<Locale, string> = { 'zh-CN': '1', 'en-US': '2', 'yue-HK': '3' };

/** 张伟 tells a complaint by voice and confirms its read-back: "号码对吗?" next. */
async function atTheNumber(locale: Locale): Promise<Call> {
  const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
  await call.press(LANGUAGE_KEY[locale]);
  await call.press('4');
  await call.press('1');
  const story = { 'zh-CN': ['抢修人员说好下午来 一直没来', '昨天下午', '城关区人民路营业厅'], 'yue-HK': ['搶修師傅話下晝嚟，一直都冇嚟', '琴日下晝', '城關區人民路營業廳'], 'en-US': ['the repair crew said they would come and never came', 'yesterday afternoon', 'the Renmin Road service hall'] }[locale];
  for (const words of story) await call.say(words);
  await call.silence();
  await call.press('1');
  expect(call.keys).toEqual(['complaint.confirmContact']);
  return call;
}

describe('numbers read back in groups; a landline taken as the callback number (issue 14 item 2, N8)', () => {
  for (const [locale, mobile, words, landline] of [
    ['zh-CN', '结果会打幺三八 零零幺三 八零零零告诉您', '不对，打我单位座机，零五七幺八七六五四三二幺', '零五七幺 八七六五 四三二幺'],
    ['yue-HK', '結果會打一三八 零零一三 八零零零話你知', '唔啱，打我公司固網，零五七一八七六五四三二一', '零五七一 八七六五 四三二一'],
    ['en-US', 'on 1 3 8, 0 0 1 3, 8 0 0 0.', 'no, call my office landline, zero five seven one eight seven six five four three two one', '0 5 7 1, 8 7 6 5, 4 3 2 1'],
  ] as const) {
    it(`${locale} voice: the caller's mobile is read 3-4-4; a landline said instead is taken and read with its area code apart`, async () => {
      const call = await atTheNumber(locale);
      expect(call.said).toContain(mobile);
      await call.say(words);
      expect(call.keys).toEqual(['complaint.confirmContact']);
      expect(call.turn.prompts[0]?.values?.contact).toBe('057187654321');
      expect(call.said).toContain(landline);
      await call.press('1');
      // The ticket: ten digits read 3-3-4, not one run of ten.
      expect(call.heard[0]).toMatch(locale === 'en-US' ? /ticket number \d \d \d, \d \d \d, \d \d \d \d\./ : /[零幺一二三四五六七八九]{3} [零幺一二三四五六七八九]{3} [零幺一二三四五六七八九]{4}/);
    });
  }

  it('zh-CN voice: "号码不对" then a Beijing landline keyed in (11 digits) is read back 010 8888 6666', async () => {
    const call = await atTheNumber('zh-CN');
    await call.press('2');
    expect(call.keys).toEqual(['complaint.askContact']);
    expect(call.said).toContain('座机加区号');
    await call.press('01088886666');
    expect(call.said).toContain('零幺零 八八八八 六六六六');
    expect(call.turn.prompts.at(-1)?.values?.contact).toBe('01088886666');
  });

  it('on the phone the number question gathers its first key alone: 1 a mobile, 0 a landline ended by a pause', async () => {
    const call = await atTheNumber('zh-CN');
    await call.press('2');
    const ask = call.turn.ask!;
    expect(ask.phone).toBe(true);
    expect(firstKeyAlone(ask)).toBe(true);
    expect(restOfNumberTwiml(ask, '1', '/g')).toContain('numDigits="10"');
    const landline = restOfNumberTwiml(ask, '0', '/g');
    expect(landline).toContain('numDigits="11"');
    expect(landline).toContain('timeout="3"');
  });

  it('a number of the wrong length is not a phone number: read back and asked again', async () => {
    const call = await atTheNumber('zh-CN');
    await call.press('2');
    await call.press('057187');
    expect(call.keys).toContain('complaint.askContact');
  });
});
