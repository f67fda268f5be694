/**
 * A chat customer without a phone number (issue 14 item 6, N8): registered on a known outage, he is
 * asked for a contact number and hears it read back before he is registered, never "please keep
 * your phone on" with no number; a customer we cannot name is asked how to address him before a
 * repair is registered, and the read-back names him (not "您" forever, nor the claimed holder).
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { contactName } from '../../src/machines/contact-name.js';

const LANGUAGE = { 'zh-CN': '普通话', 'en-US': 'English', 'yue-HK': '廣東話' } as const;
type Locale = keyof typeof LANGUAGE;

/** A chat, no number given, to the fault's address question. */
async function chatToTheAddress(locale: Locale, from: string | null = null) {
  const chat = await Call.dial(await openTestEngine(), { from, channel: 'chat' });
  await chat.type(LANGUAGE[locale]);
  await chat.type(locale === 'en-US' ? 'my power is out' : locale === 'yue-HK' ? '屋企冇電' : '我家停电了');
  if (from) await chat.choose('yes'); // the account the typed number claims
  else await chat.choose('no_account');
  await chat.choose('no'); // no danger
  await chat.choose('home');
  return chat;
}

describe('a chat customer without a number registered on a known outage (issue 14 item 6, N8)', () => {
  it.each([
    ['zh-CN', '东山镇新街45号', /请留一个联系电话/, /有情况会打139 1234 5678通知您/],
    ['en-US', '45 Xin Street, Dongshan Town', /Please leave a contact number/, /We'll call 139 1234 5678 if anything changes/],
    ['yue-HK', '東山鎮新街45號', /請留低一個聯絡電話/, /有情況會打139 1234 5678話你知/],
  ] as const)('%s: the outage on "%s" is told, a number asked and read back, then he is registered with it', async (locale, address, ask, readBack) => {
    const chat = await chatToTheAddress(locale);
    await chat.type(address);
    expect(chat.keys).toEqual(['fault.knownOutageFault', 'outage.askContact']);
    expect(chat.said).toMatch(ask);
    await chat.type('1391234567'); // a digit short: read back, asked again (N8)
    expect(chat.keys[0]).toBe('common.heardDigits');
    await chat.type('13912345678');
    expect(chat.keys).toEqual(['outage.confirmContact']);
    expect(chat.said).toMatch(readBack);
    expect(chat.turn.ask?.choices.map((c) => c.label)).toEqual(['choice.yes_right', 'choice.no_right']);
    await chat.choose('yes');
    expect(chat.keys).toEqual(['fault.registeredOnOutage', 'closing.anythingElse']);
    expect(await chat.engine.stores.services.workOrders.list({})).toEqual([]); // no duplicate ticket (N10)
  });

  it('zh-CN: "不对" at the read-back takes the number again', async () => {
    const chat = await chatToTheAddress('zh-CN');
    await chat.type('东山镇新街45号');
    await chat.type('13912345678');
    await chat.choose('no');
    expect(chat.keys).toEqual(['outage.askContact']);
    await chat.type('13800138000');
    expect(chat.said).toContain('138 0013 8000');
  });
});

describe('a chat customer we cannot name is asked how to address him (issue 14, N8)', () => {
  it.each([
    ['zh-CN', '城关区人民路88号', '全部没电', '我姓王', /请问怎么称呼您/, /联系人姓王。/, '姓王'],
    ['en-US', '88 Renmin Road, Chengguan District', 'no power at all', "I'm Lisa Chen", /May I have your name/, /Contact: Lisa Chen\./, 'Lisa Chen'],
    ['yue-HK', '城關區人民路88號', '全部冇電', '叫我陳生就得', /請問點稱呼你/, /聯絡人陳生。/, '陳生'],
  ] as const)('%s: after the read-back, "%s"? then the number, read back with the name, kept on the order', async (locale, address, what, name, asked, named, kept) => {
    const chat = await chatToTheAddress(locale);
    await chat.type(address);
    await chat.type(what);
    await chat.choose('yes'); // the read-back is right
    expect(chat.keys).toEqual(['common.askName']);
    expect(chat.said).toMatch(asked);
    await chat.type(name);
    expect(chat.keys).toEqual(['danger.askContact']);
    await chat.type('13912345678');
    expect(chat.said).toMatch(named);
    await chat.choose('yes');
    const [order] = await chat.engine.stores.services.workOrders.list({});
    expect(order).toMatchObject({ kind: 'repair', phone: '+8613912345678', details: { contactName: kept } });
  });

  it('zh-CN: a typed number is only a claim: the holder is not named for the customer, who is asked', async () => {
    const chat = await chatToTheAddress('zh-CN', ZHANG_WEI.phone);
    await chat.type('城关区人民路88号3栋2单元501');
    await chat.type('家里全部没电了');
    await chat.choose('yes');
    expect(chat.keys).toEqual(['common.askName']);
    expect(chat.said).not.toMatch(/张伟/);
  });

  it('zh-CN: a customer who would rather not say is not pressed: the report goes on without a name', async () => {
    const chat = await chatToTheAddress('zh-CN');
    await chat.type('城关区人民路88号');
    await chat.type('全部没电');
    await chat.choose('yes');
    await chat.type('不知道');
    expect(chat.keys).toEqual(['danger.askContact']);
    await chat.type('13912345678');
    expect(chat.keys).toEqual(['danger.confirmContact']);
  });

  it('voice: a caller is not asked his name (the phone flow and its turn budget unchanged)', async () => {
    const call = await Call.dial(await openTestEngine(), { from: '+8613912345678' });
    await call.silence();
    await call.say('我家停电了');
    await call.press('9');
    await call.press('2');
    await call.press('1');
    await call.say('城关区人民路88号');
    await call.say('全部没电');
    await call.press('1');
    expect(call.keys).toEqual(['danger.confirmContact']);
  });

  it.each([
    ['我姓王', '姓王'], ['王女士', '王女士'], ['免贵姓李', '姓李'], ['叫我小陈就行', '小陈'], ['my name is John Smith', 'John Smith'],
    ['我係陳生', '陳生'], ['13912345678', null], ['', null],
  ] as const)('"%s" is kept as %s', (words, kept) => {
    expect(contactName(words)).toBe(kept);
  });
});

describe('a number typed in passing is the contact number, read back, not asked again (N8)', () => {
  it.each([
    ['zh-CN', '我家停电了，我电话是139 1234 5678，地址城关区人民路88号', '全部没电', '王女士', /城关区人民路88号/],
    ['en-US', 'my power is out, my number is 139-1234-5678, 88 Renmin Road, Chengguan District', 'no power at all', 'Ms Wang', /88 Renmin Road/],
    ['yue-HK', '屋企冇電，我電話係13912345678，城關區人民路88號', '全部冇電', '王小姐', /城關區人民路88號/],
  ] as const)('%s: "%s": the address read back holds no phone digits, and the number is read back for the crew', async (locale, opening, what, name, address) => {
    const chat = await Call.dial(await openTestEngine(), { from: null, channel: 'chat' });
    await chat.type(LANGUAGE[locale]);
    await chat.type(opening);
    await chat.choose('no_account');
    await chat.choose('no'); // no danger
    await chat.choose('home');
    if (chat.keys.includes('fault.askDescription')) await chat.type(what);
    expect(chat.keys.at(-1)).toBe('common.isThatRight');
    expect(chat.said).toMatch(address);
    expect(chat.said).not.toMatch(/139|1234|5678/); // no phone number in the place (masking, N8)
    await chat.choose('yes');
    await chat.type(name);
    expect(chat.keys).toEqual(['common.contactNamed', 'danger.confirmContact']);
    expect(chat.said).toContain('139 1234 5678');
  });
});

describe('a chat complaint told in one long message (issue 14; N8, N12, N13)', () => {
  it.each([
    ['zh-CN', '我要投诉，上周三你们的抄表员来我家，态度特别差，说话很难听，我打电话问了好几次都没人管😡😡', '城关区人民路88号', '不清楚', '我姓周', /联系人姓周/],
    ['yue-HK', '我想投訴，琴日下晝你哋啲職員嚟我屋企抄錶，態度好差，講嘢好難聽😡', '城關區人民路88號', '唔清楚', '周生', /聯絡人周生/],
    ['en-US', 'I want to complain, yesterday afternoon your meter reader was really rude to me at my door 😡', '88 Renmin Road, Chengguan District', "I don't know", 'Mr Zhou', /Contact: Mr Zhou\./],
  ] as const)('%s: an apology first, the time it told not asked again, then where and who; how to address him, and his number read back with it', async (locale, story, where, who, name, named) => {
    const chat = await Call.dial(await openTestEngine(), { from: null, channel: 'chat' });
    await chat.type(LANGUAGE[locale]);
    await chat.type(story);
    expect(chat.keys[0]).toMatch(/^complaint\.(empathy|react)/); // soothe first (N13)
    expect(chat.keys.at(-1)).toBe('complaint.askWhere'); // what and when were told
    await chat.type(where);
    await chat.type(who);
    expect(chat.keys).toContain('complaint.readBackWhen');
    await chat.choose('yes');
    expect(chat.keys).toEqual(['common.askName']);
    await chat.type(name);
    await chat.type('13912345678');
    expect(chat.said).toMatch(named);
    await chat.choose('yes');
    const [order] = await chat.engine.stores.services.workOrders.list({ kind: 'complaint' });
    expect(order?.details).toMatchObject({ contactName: expect.any(String) });
  });
});
