/**
 * Audit 2, finding 8 (N8): a caller identified in the call stays identified for the call. After
 * the bill, "上个月用了多少度电" is answered at once: no second "系统查到您来电号码的账户…", no 10-digit
 * question. In chat, a customer verified by the SMS code is not asked for his account number again.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import { FakeTwilioRest, SMS_ENV } from '../support/twilio-rest.js';

const LOCALES = [
  { locale: 'zh-CN', pick: undefined, bill: '我想查一下电费', again: '上个月用了多少度电' },
  { locale: 'yue-HK', pick: '3', bill: '我想查電費', again: '上個月用咗幾多度電' },
  { locale: 'en-US', pick: '2', bill: 'I want to check my bill', again: 'how many units did I use last month' },
] as const;

describe('identified once a call (audit 2, finding 8; N8)', () => {
  for (const { locale, pick, bill, again } of LOCALES) {
    it(`${locale} voice: the bill, then "${again}": answered from the account confirmed, not asked again`, async () => {
      const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
      if (pick) await call.press(pick);
      else await call.silence();
      await call.say(bill);
      expect(call.keys).toContain('identity.confirmCaller');
      await call.press('1');
      expect(call.keys).toContain('query.lastBill');
      await call.say(again);
      expect(call.keys).toEqual(['query.statement', 'query.lastBill', 'closing.anythingElse']);
    });
  }

  it('zh-CN chat: verified by the SMS code, a second bill question is answered, no account number asked', async () => {
    const rest = new FakeTwilioRest();
    const engine = await openTestEngine({ env: { ...SMS_ENV }, twilioHttpClient: rest });
    const call = await Call.dial(engine, { from: UNKNOWN_PHONE, channel: 'chat' });
    await call.type('普通话');
    await call.type('查电费');
    await call.type(ZHANG_WEI.account);
    await call.choose('yes'); // that is my account
    await call.choose('yes'); // send the code
    await call.type(rest.codeSentTo(ZHANG_WEI.phone));
    expect(call.keys).toContain('query.lastBill');
    await call.type('再帮我查一下电费');
    expect(call.keys).not.toContain('identity.askAccount');
    expect(call.keys).toEqual(['query.statement', 'query.lastBill', 'closing.anythingElse']);
  });
});
