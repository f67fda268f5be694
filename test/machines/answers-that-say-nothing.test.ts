import { describe, expect, it } from 'vitest';
import { Call, openTestEngine } from '../support/call.js';

/**
 * N7, N8: an answer that is no answer is asked again, with the help, never recorded. A chat
 * customer who types "是" where the address is asked must not get a work order at "是", nor a
 * fault described as "对"; the same for an application address and the area of an outage query.
 */
const LOCALES = [
  { locale: 'zh-CN', key: '普通话', yes: '是', ok: '对', address: '城关区人民路88号', what: '家里全部没电' },
  { locale: 'yue-HK', key: '廣東話', yes: '係', ok: '啱', address: '城關區人民路88號', what: '全部冇電' },
  { locale: 'en-US', key: 'English', yes: 'yes', ok: 'ok', address: '88 Renmin Road, Chengguan District', what: 'no power at all' },
] as const;

/** A chat customer without a number, at the fault report's address question. */
async function atTheFaultAddress(key: string) {
  const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null });
  await call.type(key);
  await call.choose('fault_report');
  await call.choose('no_account');
  await call.choose('no'); // no danger
  await call.choose('home');
  return call;
}

describe('an answer that says nothing is asked again (N7, N8)', () => {
  it('a fault address: "是" / "係" / "yes" is no address: not understood, the help with an example, then the address is taken', async () => {
    for (const { locale, key, yes, address } of LOCALES) {
      const call = await atTheFaultAddress(key);
      expect(call.keys, locale).toEqual(['fault.askAddress']);
      await call.type(yes);
      expect(call.keys, locale).toEqual(['common.notUnderstood', 'fault.askAddressHelp']);
      await call.type(address);
      expect(call.keys, locale).toEqual(['fault.askDescription']);
    }
  });

  it('a fault address: the fault told again ("家里又没电了", "lights and fridge all off") is no address: asked again; a village or estate name is one', async () => {
    const told = { 'zh-CN': '家里又没电了 冰箱也停了', 'yue-HK': '屋企又冇電 雪櫃都停埋', 'en-US': 'lights and fridge all off' } as const;
    for (const { locale, key, address } of LOCALES) {
      const call = await atTheFaultAddress(key);
      await call.type(told[locale]);
      expect(call.keys, locale).toEqual(['common.notUnderstood', 'fault.askAddressHelp']);
      await call.type(address);
      expect(call.keys, locale).toEqual(['fault.askDescription']);
    }
    const village = await atTheFaultAddress('普通话');
    await village.type('王家庄停电了');
    expect(village.keys).not.toContain('common.notUnderstood'); // 庄: a place, read back later (N8)
  });

  it('a fault address said three times as nothing goes to a person, with no work order at "是"', async () => {
    const call = await atTheFaultAddress('普通话');
    const before = await call.engine.stores.services.workOrders.list();
    for (const answer of ['是', '不知道', '门口']) await call.type(answer);
    expect(call.keys).toEqual(['transfer.ladderExhausted']);
    expect(call.turn.end).toMatchObject({ type: 'transfer', queue: 'agent', reason: 'not_understood' });
    const after = await call.engine.stores.services.workOrders.list();
    expect(after.filter((o) => ['是', '不知道', '门口'].includes(o.address ?? ''))).toEqual([]);
    expect(after.length).toBe(before.length);
  });

  it('an outage query\'s area takes no "是" either', async () => {
    for (const { locale, key, yes } of LOCALES) {
      const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null });
      await call.type(key);
      await call.choose('query');
      await call.choose('outage_schedule');
      await call.choose('no_account');
      expect(call.keys, locale).toEqual(['query.askArea']);
      await call.type(yes);
      expect(call.keys, locale).toEqual(['common.notUnderstood', 'query.askAreaHelp']);
    }
  });

  it('a fault description: "对" / "啱" / "ok" is no description: asked again, and the read-back says what was described', async () => {
    for (const { locale, key, ok, address, what } of LOCALES) {
      const call = await atTheFaultAddress(key);
      await call.type(address);
      await call.type(ok);
      expect(call.keys, locale).toEqual(['common.notUnderstood', 'fault.askDescriptionHelp']);
      await call.type(what);
      expect(call.keys, locale).toEqual(['fault.readBack', 'common.isThatRight']);
      expect(call.said, locale).toContain(what);
    }
  });
});
