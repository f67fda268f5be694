/**
 * An address that names no district or town (issue 14 item 6): "解放街12号" is asked "请问是哪个区
 * 或者哪个镇？" before the area is looked up, instead of the slowest (remote) promise for a place we
 * could not find; the answer completes the address and is said back (N8), and the crew is the area's
 * (N10: its promise). All three locales, voice and chat.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

const LANGUAGE = { 'zh-CN': '1', 'en-US': '2', 'yue-HK': '3' } as const;
type Locale = keyof typeof LANGUAGE;

/** An unknown caller reports that the building has no power, and is asked where. */
async function toTheAddress(locale: Locale, channel: Channel) {
  const call = await Call.dial(await openTestEngine(), { from: channel === 'voice' ? UNKNOWN_PHONE : null, channel });
  await call.press(LANGUAGE[locale]);
  await call.press('1'); // fault repair
  await call.press('9'); // no account number
  await call.press('2'); // no danger
  await call.press('2'); // the whole building
  expect(call.keys).toEqual(['fault.askAddress']);
  return call;
}

const answer = (call: Call, words: string) => (call.channel === 'voice' ? call.say(words) : call.type(words));

describe('the district asked when the address names none (issue 14 item 6, N8, N10)', () => {
  it.each([
    ['zh-CN', 'voice', '解放街12号', '城关区', '停电地址记下了：城关区解放街12号。', '城关区解放街12号'],
    ['yue-HK', 'chat', '人民路88號', '城關區', '停電地址記低咗：城關區人民路88號。', '城關區人民路88號'],
    ['en-US', 'voice', '88 Renmin Road', 'Chengguan District', 'I have the address as 88 Renmin Road, Chengguan District.', '88 Renmin Road, Chengguan District'],
  ] as const)('%s %s: "%s" -> which district? -> "%s": said back, and the crew is the urban one (45 min)', async (locale, channel, street, district, heard, address) => {
    const call = await toTheAddress(locale, channel);
    await answer(call, street);
    expect(call.keys).toEqual(['fault.askDistrict']);
    expect(call.turn.ask?.kind).toBe('text');
    await answer(call, district);
    expect(call.keys).toEqual(['fault.heardAddress', 'fault.askDescription']);
    expect(call.heard[0]).toBe(heard);
    await answer(call, locale === 'en-US' ? 'no power at all' : '全部没电');
    expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
    expect(call.heard[0]).toContain(heard.replace(/^[^：:]*[：:]\s*|^I have the address as /u, '').replace(/[。.]$/u, ''));
    await call.press('1');
    if (channel === 'chat') await call.type('姓陈'); // how to address the chat customer (issue 14)
    if (channel === 'chat') await call.type('13912345678'); // a chat without a number
    expect(call.keys).toEqual(channel === 'chat' ? ['common.contactNamed', 'danger.confirmContact'] : ['danger.confirmContact']);
    await call.press('1');
    const ticket = String(call.turn.prompts[0]?.values?.ticket);
    expect(call.turn.prompts[0]?.values?.minutes).toBe(45);
    const order = await call.engine.stores.services.workOrders.get(ticket);
    expect(order).toMatchObject({ areaId: 'chengguan', address, promisedArrivalMinutes: 45 });
  });

  it('zh-CN voice: an address that names its district is not asked again', async () => {
    const call = await toTheAddress('zh-CN', 'voice');
    await call.say('城关区解放街12号');
    expect(call.keys).toEqual(['fault.askDescription']);
  });

  it('zh-CN chat: a district we do not serve is a district: no question, the report goes on', async () => {
    const call = await toTheAddress('zh-CN', 'chat');
    await call.type('海淀区中关村大街1号');
    expect(call.keys).toEqual(['fault.askDescription']);
  });

  it('yue-HK voice: "唔知" at the district question: the report goes on without one, asked once only', async () => {
    const call = await toTheAddress('yue-HK', 'voice');
    await call.say('解放街12號');
    expect(call.keys).toEqual(['fault.askDistrict']);
    await call.say('唔知');
    expect(call.keys).toEqual(['fault.askDescription']);
    await call.say('全部冇電');
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ address: '解放街12號', areaId: null });
  });

  it('zh-CN chat: "是" names no district (N8): asked again with the help, then the answer is taken', async () => {
    const call = await toTheAddress('zh-CN', 'chat');
    await call.type('解放街12号');
    await call.type('是');
    expect(call.keys).toContain('fault.askDistrictHelp');
    expect(call.state).toMatch(/askDistrict$/);
    await call.type('东山镇');
    // A chat without a number: registered on the outage with one asked and read back (issue 14, N8).
    expect(call.keys).toEqual(['fault.heardAddress', 'fault.knownOutageFault', 'outage.askContact']);
    await call.type('13912345678');
    expect(call.keys).toEqual(['outage.confirmContact']);
    await call.choose('yes');
    expect(call.keys).toEqual(['fault.registeredOnOutage', 'closing.anythingElse']);
  });

  it('en-US chat: a caller who says nothing at the district question is asked once more, then the report goes on', async () => {
    const call = await toTheAddress('en-US', 'chat');
    await call.type('12 Jiefang Street');
    expect(call.keys).toEqual(['fault.askDistrict']);
    await call.silence();
    expect(call.keys).toContain('fault.askDistrictHelp');
    await call.silence();
    await call.silence();
    expect(call.keys).toEqual(['fault.askDescription']);
  });

  it('zh-CN voice: the address said with the fault ("解放街12号停电了") is said back, then its district asked', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.say('解放街12号整栋楼停电了');
    await call.press('9'); // no account number
    await call.press('2'); // no danger
    expect(call.keys).toEqual(['fault.heardBuilding', 'fault.heardAddress', 'fault.askDistrict']);
    await call.say('城关区');
    expect(call.heard[0]).toBe('停电地址记下了：城关区解放街12号。');
  });
});
