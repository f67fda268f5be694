/**
 * The contact number corrected at its read-back (N8): a caller who says the new number with the no
 * ("不对，打我老婆的手机，幺三九一二三四五六七八") hears that number read back, not the question
 * again; and only a real yes is a yes ("right outside my house" at "Is that the right number?" is not).
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

const LANGUAGE_KEY: Record<Locale, string> = { 'zh-CN': '1', 'en-US': '2', 'yue-HK': '3' };

/** 张伟 tells a complaint by voice and confirms its read-back: "号码对吗?" next. */
async function atTheNumber(locale: Locale): Promise<Call> {
  const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
  await call.press(LANGUAGE_KEY[locale]);
  await call.press('4'); // complaint or report
  await call.press('1'); // complaint
  const story = { 'zh-CN': ['抢修人员说好下午来 一直没来', '昨天下午', '城关区人民路营业厅'], 'yue-HK': ['搶修師傅話下晝嚟，一直都冇嚟', '琴日下晝', '城關區人民路營業廳'], 'en-US': ['the repair crew said they would come and never came', 'yesterday afternoon', 'the Renmin Road service hall'] }[locale];
  for (const words of story) await call.say(words);
  await call.silence(); // who: not known
  await call.press('1'); // the read-back is right
  expect(call.keys).toEqual(['complaint.confirmContact']);
  return call;
}

/** 张伟 reports a fault at home by voice: the contact number's read-back next. */
async function atTheFaultNumber(): Promise<Call> {
  const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
  await call.press('1'); // Mandarin
  await call.press('1'); // fault repair
  await call.press('1'); // this account
  await call.press('2'); // no danger
  await call.press('1'); // home only
  await call.say('家里全部没电了');
  await call.press('1'); // the read-back is right
  expect(call.keys.at(-1)).toBe('danger.confirmContact');
  return call;
}

describe('N8: a new number said with the no at "号码对吗?" is taken and read back', () => {
  for (const [locale, words, heard] of [
    ['zh-CN', '不对，打我老婆的手机，幺三九一二三四五六七八', '幺三九 幺二三四 五六七八'],
    ['yue-HK', '唔啱，打我老婆部手機，一三九一二三四五六七八', '一三九 一二三四 五六七八'],
    ['en-US', "no, call my wife's mobile, one three nine one two three four five six seven eight", '1 3 9, 1 2 3 4, 5 6 7 8'],
  ] as const) {
    it(`${locale}: the complaint's contact number, corrected in one breath, is read back`, async () => {
      const call = await atTheNumber(locale);
      const before = call.said;
      await call.say(words);
      expect(call.keys).toEqual(['complaint.confirmContact']);
      expect(call.said).not.toBe(before);
      expect(call.turn.prompts[0]?.values?.contact).toBe('13912345678');
      expect(call.said).toContain(heard);
      await call.press('1');
      const ticket = String(call.turn.prompts[0]?.values?.ticket);
      const order = await call.engine.stores.services.workOrders.get(ticket);
      expect(JSON.stringify(order)).toContain('13912345678');
    });
  }

  it('zh-CN: a fault report\'s contact number, corrected the same way, is read back', async () => {
    const call = await atTheFaultNumber();
    await call.say('不对，打我老婆的手机，幺三九一二三四五六七八');
    expect(call.keys.at(-1)).toBe('danger.confirmContact');
    expect(call.turn.prompts.at(-1)?.values?.contact).toBe('13912345678');
    expect(call.said).toContain('幺三九 幺二三四 五六七八');
  });

  it('zh-CN, chat: "不对，打这个 13912345678" typed at the read-back is the new number, shown back', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone, channel: 'chat', locale: 'zh-CN' });
    await call.type('我要投诉');
    for (const words of ['抢修人员说好下午来 一直没来', '昨天下午', '城关区人民路营业厅', '不清楚']) await call.type(words);
    await call.choose('yes'); // the read-back is right
    await call.type('张先生'); // how to address the chat customer (issue 14)
    expect(call.keys.at(-1)).toBe('complaint.confirmContact');
    await call.type('不对，打这个 13912345678');
    expect(call.keys.at(-1)).toBe('complaint.confirmContact');
    expect(call.said).toContain('139 1234 5678');
  });

  it('zh-CN: a plain "不对" still asks for the number', async () => {
    const call = await atTheNumber('zh-CN');
    await call.say('不对');
    expect(call.keys).toEqual(['complaint.askContact']);
  });

  it('zh-CN: "对，就是这个号" is a yes: the complaint is registered', async () => {
    const call = await atTheNumber('zh-CN');
    await call.say('对，就是这个号');
    expect(call.keys[0]).toBe('complaint.recorded');
  });
});

describe('N8: only a real yes is a yes at "Is that the right number?"', () => {
  it('en-US: "right outside my house" is no yes: asked again, nothing registered', async () => {
    const call = await atTheNumber('en-US');
    await call.say('right outside my house');
    expect(call.state).toBe('complaint.confirmContact');
    expect(call.keys).not.toContain('complaint.recorded');
    await call.say('yes, that is right');
    expect(call.keys[0]).toBe('complaint.recorded');
  });
});
