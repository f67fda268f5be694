/**
 * Issue 14 item 1 (N8: summarise, then confirm): a fault told as callers tell it (fillers, hedges,
 * "at my home" before the story) is read back in the engine's words: the address, what is wrong and
 * since when, without 吧, 啊, 㗎, "I think" or a second "your place"; a complaint's who without 好像.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

const LANGUAGE_KEY: Record<Locale, string> = { 'zh-CN': '1', 'en-US': '2', 'yue-HK': '3' };

describe('read-backs summarise in the engine’s words (issue 14 item 1, N8)', () => {
  for (const [locale, story, heard, notHeard] of [
    ['zh-CN', '嗯那个就是，呃，我家里那个，从昨天晚上八点多吧就没电了，然后灯也不亮', '城关区人民路88号3栋2单元501，从昨天晚上八点多就没电了，灯也不亮。', /吧|您家里|嗯|那个/],
    ['yue-HK', '嗯即係，我屋企呀，由尋晚八點幾就冇晒電喇，雪櫃都停咗㗎', '城關區人民路88號3棟2單元501，由尋晚八點幾就冇晒電，雪櫃都停咗。', /呀|喇|㗎|你屋企/],
    ['en-US', 'um so like my place, the power went out last night around 8 I think, and uh the fridge stopped too', 'Chengguan District, the power went out last night around 8 and the fridge stopped too.', /\bum\b|I think|your place|\bso\b/],
  ] as const) {
    it(`${locale} voice: a rambling fault story is read back as the address, what and since when`, async () => {
      const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
      await call.press(LANGUAGE_KEY[locale]);
      await call.press('1'); // fault repair
      await call.press('1'); // this account
      await call.press('2'); // no danger
      await call.press('1'); // home only
      await call.say(story);
      // Out since last night: a short sorry for the wait may come first (N12).
      expect(call.keys.slice(-2)).toEqual(['fault.readBack', 'common.isThatRight']);
      const readBack = call.heard.at(-2)!;
      expect(readBack).toContain(heard);
      expect(readBack).not.toMatch(notHeard);
      // The work order keeps every word the caller said.
      await call.press('1');
      await call.press('1');
      const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
      expect(order?.description).toContain(locale === 'en-US' ? 'I think' : locale === 'zh-CN' ? '吧' : '㗎');
    });
  }

  it('zh-CN voice: a complaint told with hedges reads back what went wrong and who, without 啊, 吧 or 好像 (N13 first)', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.press('1');
    await call.press('4');
    await call.press('1');
    for (const words of ['就是那个，呃，你们抢修的人啊说好下午来的，结果一直没来', '嗯就是昨天下午吧，大概三点多', '就在我家，城关区人民路88号', '那个师傅姓王吧好像']) await call.say(words);
    expect(call.said).toContain('我们抢修的人说好下午来的，结果一直没来');
    expect(call.said).toContain('师傅姓王。');
    expect(call.said).not.toMatch(/啊|吧|好像/);
  });
});
