/**
 * The holder's name is described once a call (issue 14, N2, N8): the first read-back says the
 * characters (户名张伟（弓长张，伟大的伟）); the contact person later in the call is the name alone.
 * English says the name in pinyin throughout, with nothing to describe.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

describe('N2, N8: the name described once, then said', () => {
  it.each([
    ['zh-CN', '0', '户名张伟（弓长张，伟大的伟）', '联系人张伟。', '家里全部没电了'],
    ['yue-HK', '3', '戶名張偉（弓長張，偉大嘅偉）', '聯絡人張偉。', '屋企成間冇電'],
  ] as const)('%s voice: 张伟 hears his characters at the account read-back, not again at the contact number', async (locale, key, first, later, fault) => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    if (key === '0') await call.silence();
    else await call.press(key);
    await call.press('1'); // a fault
    expect(call.keys, locale).toEqual(['identity.callerAccount', 'identity.confirmCaller']);
    expect(call.heard[0], locale).toContain(first);
    await call.press('1'); // my account
    await call.press('2'); // no danger
    await call.press('1'); // home only
    await call.press('1'); // the home address
    await call.say(fault);
    await call.press('1'); // the read-back is right
    expect(call.keys, locale).toEqual(['common.contactPerson', 'danger.confirmContact']);
    expect(call.heard[0], locale).toBe(later);
  });
});
